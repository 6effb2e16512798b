"""The verdict rules of a validation report, and the public verification use case."""

import hashlib
from dataclasses import replace

import pytest
from tramita_documents.app.handlers import IssueRegistrationReceipt, issue_registration_receipt
from tramita_documents.app.verification import verify_document
from tramita_documents.domain.errors import DocumentNotFound, NothingToVerify
from tramita_documents.domain.verification import (
    Problem,
    Registration,
    SignatureCheck,
    problems_of,
    report,
)

GOOD = SignatureCheck(signed=True, intact=True, trusted=True, unmodified=True, level="B-B")
REGISTERED = Registration(number="RR-2026-000001", matches=True)


def test_intact_trusted_unmodified_and_registered_is_valid() -> None:
    assert report(sha256="h", signature=GOOD, registration=REGISTERED).valid


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"intact": False}, Problem.SIGNATURE_BROKEN),
        ({"trusted": False}, Problem.SIGNER_NOT_TRUSTED),
        ({"revoked": True}, Problem.CERTIFICATE_REVOKED),
        ({"unmodified": False}, Problem.MODIFIED_AFTER_SIGNING),
        ({"timestamp_present": True, "timestamp_valid": False}, Problem.TIMESTAMP_INVALID),
    ],
)
def test_each_failed_signature_check_is_a_problem(change: dict, problem: Problem) -> None:
    result = report(sha256="h", signature=replace(GOOD, **change), registration=REGISTERED)
    assert (result.valid, result.problems) == (False, (problem,))


def test_a_valid_timestamp_is_no_problem_and_a_missing_one_neither() -> None:
    stamped = replace(GOOD, timestamp_present=True, timestamp_valid=True, level="B-T")
    assert problems_of(stamped, REGISTERED) == ()
    assert problems_of(GOOD, REGISTERED) == ()


def test_unsigned_or_unreadable_files_and_registration_mismatches() -> None:
    assert problems_of(SignatureCheck(signed=False), REGISTERED) == (Problem.NO_SIGNATURE,)
    assert problems_of(SignatureCheck(pdf=False), Registration()) == (
        Problem.NOT_A_PDF,
        Problem.NOT_REGISTERED,
    )
    assert problems_of(GOOD, Registration(matches=False)) == (Problem.DOES_NOT_MATCH_REGISTERED,)


class StubVerifier:
    def __init__(self, check: SignatureCheck = GOOD) -> None:
        self.seen: list[bytes] = []
        self._check = check

    async def check(self, pdf: bytes) -> SignatureCheck:
        self.seen.append(pdf)
        return self._check


async def _issued(uow, blobs, clock, signer):
    command = IssueRegistrationReceipt("org-1", "event-1", "doc-1")
    return await issue_registration_receipt(
        command, work=uow, blobs=blobs, clock=clock, signer=signer
    )


async def test_by_number_checks_the_stored_bytes(uow, blobs, clock, signer) -> None:
    document = await _issued(uow, blobs, clock, signer)
    verifier = StubVerifier()
    result = await verify_document(
        content=b"", number=document.number, uow=uow, blobs=blobs, verifier=verifier
    )
    assert result.valid and result.registration.number == document.number
    assert verifier.seen == [blobs.objects[document.object_key]]


async def test_upload_is_matched_by_hash_or_against_the_number(uow, blobs, clock, signer) -> None:
    document = await _issued(uow, blobs, clock, signer)
    stored = blobs.objects[document.object_key]
    verifier = StubVerifier()
    found = await verify_document(
        content=stored, number="", uow=uow, blobs=blobs, verifier=verifier
    )
    assert found.valid and found.sha256 == hashlib.sha256(stored).hexdigest()
    other = await verify_document(
        content=b"%PDF other", number="", uow=uow, blobs=blobs, verifier=verifier
    )
    assert other.problems == (Problem.NOT_REGISTERED,)
    mismatch = await verify_document(
        content=b"%PDF other", number=document.number, uow=uow, blobs=blobs, verifier=verifier
    )
    assert mismatch.problems == (Problem.DOES_NOT_MATCH_REGISTERED,)


async def test_nothing_or_an_unknown_number_is_refused(uow, blobs) -> None:
    verifier = StubVerifier()
    with pytest.raises(NothingToVerify):
        await verify_document(content=b"", number=" ", uow=uow, blobs=blobs, verifier=verifier)
    with pytest.raises(DocumentNotFound):
        await verify_document(
            content=b"", number="RR-1999-000001", uow=uow, blobs=blobs, verifier=verifier
        )


def test_report_reaches_the_wire_with_every_check() -> None:
    from tramita_documents.entrypoints.grpc_servicer import report_to_proto

    bad = report(sha256="h", signature=replace(GOOD, unmodified=False), registration=REGISTERED)
    message = report_to_proto(bad)
    assert (message.valid, list(message.problems)) == (False, ["MODIFIED_AFTER_SIGNING"])
    assert (message.signed, message.signature_intact, message.certificate_trusted) == (
        True,
        True,
        True,
    )
    assert (message.registered, message.matches_registered, message.number) == (
        True,
        True,
        "RR-2026-000001",
    )
    assert not message.HasField("signing_time") and message.level == "B-B"
