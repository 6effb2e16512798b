"""Access request use cases with fake storage, accounts, messages and proofs (journey 8)."""

from dataclasses import replace
from datetime import timedelta

import pytest
from tramita_identity.app.access_requests import (
    Decide,
    StaffMember,
    SubmitAccessRequest,
    approve_access_request,
    list_access_requests,
    read_proof,
    reject_access_request,
    submit_access_request,
    validate_access_email,
)
from tramita_identity.domain.access_requests import AccessRequestState, ProofUpload
from tramita_identity.domain.errors import (
    AccessRequestNotFound,
    DuplicateAccessRequest,
    NotPermitted,
    WrongState,
)
from tramita_identity.domain.events import (
    AccessRequestApproved,
    AccessRequestEmailValidated,
    AccessRequestRejected,
    AccessRequestSubmitted,
    PersonRegistered,
)
from tramita_platform.idempotency import IdempotencyKeyReused

from .account_fakes import PDF, access_ports

STAFF = StaffMember("staff-1", frozenset({"staff"}))
CLIENT = StaffMember("client-1", frozenset({"client"}))


def application(**changes) -> SubmitAccessRequest:
    values = {
        "name": "Ana Maria Silva",
        "email": "ana.silva@example.pt",
        "phone": "+351912345678",
        "organization": "Direção-Geral X",
        "role": "Chefe de Divisão",
        "reason": "Pedido de certificados",
        "first_login_channel": "sms",
        "language": "pt-PT",
        "proof": ProofUpload("nomeacao.pdf", "application/pdf", PDF),
        "portal": "tramita-gateway",
    }
    return SubmitAccessRequest(**{**values, **changes})


@pytest.fixture
def ports(uow, clock, ids):
    return access_ports(uow, clock, ids)


def token_of(ports) -> str:
    link = ports.messages.sent[-1].link
    return link.split("?token=")[1]


async def validated(ports) -> str:
    request = await submit_access_request(application(), ports=ports)
    await validate_access_email(token_of(ports), uow=ports.uow, clock=ports.clock)
    return request.request_id


async def test_submit_keeps_the_proof_and_mails_the_single_use_link(ports, uow) -> None:
    request = await submit_access_request(application(), ports=ports)
    assert request.state is AccessRequestState.SUBMITTED
    assert ports.proofs.blobs[request.proof.blob_key] == PDF
    [message] = ports.messages.sent
    assert (message.kind, message.channel, message.address, message.language) == (
        "access_request.email_validation",
        "email",
        "ana.silva@example.pt",
        "pt-PT",
    )
    assert message.link == "/api/v1/access-requests/validate?token=token-001"
    assert message.params == {"valid_hours": "24"}
    stored = uow.access_requests.rows[request.request_id]
    assert stored.token_hash != "token-001"  # only the digest is kept
    assert uow.published == [AccessRequestSubmitted(request.request_id)]


async def test_nothing_is_kept_when_the_link_cannot_be_sent(ports, uow) -> None:
    ports.messages.fail = True
    with pytest.raises(Exception, match="notifications is away"):
        await submit_access_request(application(), ports=ports)
    assert uow.access_requests.rows == {} and uow.commits == 0


async def test_a_retry_with_the_same_key_returns_the_first_request(ports, uow) -> None:
    first = await submit_access_request(application(idempotency_key="k1"), ports=ports)
    again = await submit_access_request(application(idempotency_key="k1"), ports=ports)
    assert again.request_id == first.request_id
    assert len(uow.access_requests.rows) == 1 and len(ports.messages.sent) == 1
    with pytest.raises(IdempotencyKeyReused):
        await submit_access_request(application(idempotency_key="k1", role="Other"), ports=ports)


async def test_a_second_pending_request_for_the_address_is_refused(ports) -> None:
    await submit_access_request(application(), ports=ports)
    with pytest.raises(DuplicateAccessRequest):
        await submit_access_request(application(email="ANA.SILVA@example.pt"), ports=ports)
    await validate_access_email(token_of(ports), uow=ports.uow, clock=ports.clock)
    with pytest.raises(DuplicateAccessRequest):
        await submit_access_request(application(), ports=ports)


async def test_a_lapsed_request_expires_and_a_new_one_is_accepted(ports, uow, clock) -> None:
    first = await submit_access_request(application(), ports=ports)
    clock.advance(timedelta(hours=24, seconds=1))
    second = await submit_access_request(application(), ports=ports)
    assert uow.access_requests.rows[first.request_id].state is AccessRequestState.EXPIRED
    assert second.request_id != first.request_id


async def test_the_link_validates_once(ports, uow) -> None:
    request = await submit_access_request(application(), ports=ports)
    token = token_of(ports)
    done = await validate_access_email(token, uow=uow, clock=ports.clock)
    assert done.state is AccessRequestState.EMAIL_VALIDATED
    assert AccessRequestEmailValidated(request.request_id) in uow.published
    with pytest.raises(WrongState) as refused:
        await validate_access_email(token, uow=uow, clock=ports.clock)
    assert (refused.value.state, refused.value.action) == ("email_validated", "validate_email")
    with pytest.raises(AccessRequestNotFound):
        await validate_access_email("forged", uow=uow, clock=ports.clock)


async def test_a_retried_validation_with_its_key_answers_the_same(ports, uow) -> None:
    await submit_access_request(application(), ports=ports)
    token = token_of(ports)
    first = await validate_access_email(token, uow=uow, clock=ports.clock, idempotency_key="v")
    again = await validate_access_email(token, uow=uow, clock=ports.clock, idempotency_key="v")
    assert again.request_id == first.request_id


async def test_an_expired_link_is_refused_and_the_request_expires(ports, uow, clock) -> None:
    request = await submit_access_request(application(), ports=ports)
    clock.advance(timedelta(hours=25))
    with pytest.raises(WrongState) as refused:
        await validate_access_email(token_of(ports), uow=uow, clock=clock)
    assert refused.value.state == "expired"
    assert uow.access_requests.rows[request.request_id].state is AccessRequestState.EXPIRED


async def test_staff_list_the_validated_requests_page_by_page_and_reads_are_audited(
    ports, uow, ids
) -> None:
    for n in range(3):
        await submit_access_request(application(email=f"p{n}@example.pt"), ports=ports)
        await validate_access_email(token_of(ports), uow=uow, clock=ports.clock)
    await submit_access_request(application(email="late@example.pt"), ports=ports)
    reads = dict(uow=uow, clock=ports.clock, new_id=ids)
    page, cursor = await list_access_requests(STAFF, state="", after=None, page_size=2, **reads)
    assert len(page) == 2 and cursor == page[-1].request_id
    rest, end = await list_access_requests(STAFF, state="", after=cursor, page_size=2, **reads)
    assert len(rest) == 1 and end is None
    assert {r.applicant.email for r in [*page, *rest]} == {f"p{n}@example.pt" for n in range(3)}
    assert len(uow.reads.rows) == 3
    with pytest.raises(NotPermitted):
        await list_access_requests(CLIENT, state="", after=None, page_size=2, **reads)


async def test_staff_download_the_proof(ports, uow, ids) -> None:
    request_id = await validated(ports)
    proof, data = await read_proof(
        STAFF, request_id, uow=uow, clock=ports.clock, new_id=ids, proofs=ports.proofs
    )
    assert (proof.filename, data) == ("nomeacao.pdf", PDF)
    with pytest.raises(NotPermitted):
        await read_proof(
            CLIENT, request_id, uow=uow, clock=ports.clock, new_id=ids, proofs=ports.proofs
        )


async def test_approval_creates_the_account_and_sends_the_set_password_email(ports, uow) -> None:
    request_id = await validated(ports)
    approved = await approve_access_request(Decide(STAFF, request_id), ports=ports)
    assert approved.state is AccessRequestState.APPROVED
    [(account_id, account)] = ports.accounts.created.items()
    assert (account.username, account.email, account.email_verified) == (
        "ana.silva@example.pt",
        "ana.silva@example.pt",
        True,
    )
    assert (account.first_name, account.last_name) == ("Ana", "Maria Silva")
    assert account.attributes == {"first_login_otp": "sms", "phone_number": "+351912345678"}
    assert account.realm_roles == ("client",)
    assert ports.accounts.set_password_emails == [(account_id, 48 * 3600)]
    assert approved.person_id == account_id and approved.decided_by == "staff-1"
    assert uow.persons.rows[account_id].profile.contact.email == "ana.silva@example.pt"
    assert PersonRegistered(account_id) in uow.published
    assert AccessRequestApproved(request_id, account_id, "staff-1") in uow.published
    assert [(a.actor, a.action, a.subject_id) for a in uow.account_log.rows] == [
        ("staff-1", "access_request.approved", request_id)
    ]
    with pytest.raises(WrongState) as refused:
        await approve_access_request(Decide(STAFF, request_id), ports=ports)
    assert (refused.value.state, refused.value.action) == ("approved", "approve")


async def test_an_approval_that_fails_midway_leaves_no_account(ports, uow) -> None:
    request_id = await validated(ports)
    ports.accounts.fail_set_password_email = True
    with pytest.raises(RuntimeError):
        await approve_access_request(Decide(STAFF, request_id), ports=ports)
    assert ports.accounts.created == {} and len(ports.accounts.deleted) == 1
    assert uow.access_requests.rows[request_id].state is AccessRequestState.EMAIL_VALIDATED


async def test_only_validated_requests_are_decided(ports) -> None:
    request = await submit_access_request(application(), ports=ports)
    for decide in (approve_access_request, reject_access_request):
        with pytest.raises(WrongState) as refused:
            await decide(Decide(STAFF, request.request_id, "no"), ports=ports)
        assert refused.value.state == "submitted"
    assert ports.accounts.created == {}
    with pytest.raises(NotPermitted):
        await approve_access_request(Decide(CLIENT, request.request_id), ports=ports)
    with pytest.raises(AccessRequestNotFound):
        await approve_access_request(Decide(STAFF, "missing"), ports=ports)


async def test_rejection_records_who_and_why_and_tells_the_applicant(ports, uow) -> None:
    request_id = await validated(ports)
    decide = Decide(STAFF, request_id, "  Não pertence à administração pública ", "r-1")
    rejected = await reject_access_request(decide, ports=ports)
    assert (rejected.state, rejected.decision_reason) == (
        AccessRequestState.REJECTED,
        "Não pertence à administração pública",
    )
    assert uow.published[-1] == AccessRequestRejected(request_id, "staff-1")
    told = ports.messages.sent[-1]
    assert (told.kind, told.address, told.params) == (
        "access_request.rejected",
        "ana.silva@example.pt",
        {"reason": "Não pertence à administração pública"},
    )
    again = await reject_access_request(decide, ports=ports)
    assert again.request_id == request_id  # the retry returns the first outcome
    with pytest.raises(WrongState):
        await reject_access_request(replace(decide, idempotency_key="r-2"), ports=ports)
