"""Access requests' domain: the transition table row by row, the form's field rules."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from tramita_identity.domain.access_requests import (
    TRANSITIONS,
    AccessRequest,
    AccessRequestAction,
    AccessRequestState,
    ProofUpload,
    next_state,
    proof_filename,
    read_application,
    split_name,
    token_digest,
)
from tramita_identity.domain.errors import InvalidFields, WrongState
from tramita_identity.domain.events import AccessRequestRejected

from .account_fakes import PDF

S, A = AccessRequestState, AccessRequestAction
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ALLOWED = {
    (S.SUBMITTED, A.VALIDATE_EMAIL): S.EMAIL_VALIDATED,
    (S.SUBMITTED, A.EXPIRE): S.EXPIRED,
    (S.EMAIL_VALIDATED, A.APPROVE): S.APPROVED,
    (S.EMAIL_VALIDATED, A.REJECT): S.REJECTED,
}


def test_the_table_is_exactly_the_allowed_moves() -> None:
    assert dict(TRANSITIONS) == ALLOWED


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(A))
def test_every_state_and_action(state: AccessRequestState, action: AccessRequestAction) -> None:
    if (state, action) in ALLOWED:
        assert next_state(state, action) is ALLOWED[(state, action)]
    else:
        with pytest.raises(WrongState) as refused:
            next_state(state, action)
        assert (refused.value.state, refused.value.action) == (state.value, action.value)


def form(**changes) -> dict:
    values = {
        "name": "Ana Maria Silva",
        "email": " Ana.Silva@Example.PT ",
        "phone": "+351 912 345 678",
        "organization": "Direção-Geral X",
        "role": "Chefe de Divisão",
        "reason": "Pedido de certificados de assinatura qualificada",
        "first_login_channel": "sms",
        "language": "pt_PT",
        "proof": ProofUpload("C:\\docs\\nomeacao.pdf", "application/pdf", PDF),
        "max_proof_bytes": 5 * 1024 * 1024,
    }
    return {**values, **changes}


def test_a_good_form_is_read_and_normalized() -> None:
    applicant, sha256 = read_application(**form())
    assert (applicant.email, applicant.phone, applicant.language) == (
        "ana.silva@example.pt",
        "+351912345678",
        "pt-PT",
    )
    assert applicant.first_login_channel.value == "sms"
    assert sha256 == hashlib.sha256(PDF).hexdigest()


def test_every_broken_rule_is_reported_at_once() -> None:
    with pytest.raises(InvalidFields) as refused:
        read_application(
            **form(
                name=" ",
                email="not-an-address",
                phone="12",
                organization="x" * 201,
                role="ok\x00",
                reason="",
                first_login_channel="pigeon",
                language="not a language",
                proof=ProofUpload("a.pdf", "image/png", b"\x89PNG...."),
            )
        )
    found = {(field, rule) for field, rule, _ in refused.value.violations}
    assert found == {
        ("name", "required"),
        ("email", "email"),
        ("phone", "e164"),
        ("organization", "max_length"),
        ("role", "characters"),
        ("reason", "required"),
        ("language", "language"),
        ("first_login_channel", "one_of"),
        ("proof", "pdf"),
    }


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"phone": "", "first_login_channel": "sms"}, {("phone", "required_for_sms")}),
        ({"proof": ProofUpload("a.pdf", "application/pdf", b"")}, {("proof", "required")}),
        ({"proof": ProofUpload("a.pdf", "application/pdf", b"%PDF-1" + b"0" * 40)}, set()),
        ({"proof": ProofUpload("a.pdf", "application/pdf", b"%PDF-" + b"0" * 60)}, set()),
        (
            {"proof": ProofUpload("a.pdf", "application/pdf", PDF), "max_proof_bytes": 10},
            {("proof", "max_size")},
        ),
        ({"proof": ProofUpload("a.pdf", "application/pdf", b"MZ not a pdf")}, {("proof", "pdf")}),
        ({"proof": ProofUpload("a.pdf", "", PDF)}, set()),
        ({"first_login_channel": ""}, set()),
    ],
)
def test_single_rules(changes: dict, expected: set) -> None:
    if not expected:
        read_application(**form(**changes))
        return
    with pytest.raises(InvalidFields) as refused:
        read_application(**form(**changes))
    assert {(f, r) for f, r, _ in refused.value.violations} == expected


def submitted(valid_for: timedelta = timedelta(hours=24)) -> AccessRequest:
    applicant, sha256 = read_application(**form())
    from tramita_identity.domain.access_requests import Proof

    proof = Proof("nomeacao.pdf", "application/pdf", len(PDF), sha256, "k")
    return AccessRequest.submit(
        request_id="r1",
        applicant=applicant,
        proof=proof,
        token_hash=token_digest("t"),
        now=NOW,
        link_valid_for=valid_for,
    )


def test_the_link_lapses_into_expired_and_stops_blocking() -> None:
    request = submitted()
    assert request.is_pending(NOW + timedelta(hours=23))
    assert not request.expire_if_due(NOW + timedelta(hours=23))
    assert not request.is_pending(NOW + timedelta(hours=24))
    assert request.expire_if_due(NOW + timedelta(hours=24))
    assert request.state is S.EXPIRED
    with pytest.raises(WrongState) as refused:
        request.validate_email(NOW + timedelta(hours=25))
    assert refused.value.state == "expired"


def test_rejection_event_names_the_request_and_who_decided_only() -> None:
    request = submitted()
    request.validate_email(NOW)
    request.reject(by="staff-1", reason="Not public administration", now=NOW)
    assert request.events[-1] == AccessRequestRejected(request.request_id, "staff-1")
    assert request.decision_reason == "Not public administration"


def test_helpers() -> None:
    assert split_name("Ana Maria Silva") == ("Ana", "Maria Silva")
    assert split_name("Ana") == ("Ana", "Ana")
    assert proof_filename("C:\\docs\\nomeacao.pdf") == "nomeacao.pdf"
    assert proof_filename("../../etc/passwd") == "passwd"
    assert proof_filename("") == "proof.pdf"
    assert token_digest("t") != "t" and len(token_digest("t")) == 64
