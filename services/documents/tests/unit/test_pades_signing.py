"""PAdES signing and verification with a PKI generated for the test session (no network)."""

from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder
from pyhanko.pdf_utils.generic import TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.timestamps import DummyTimeStamper
from tramita_documents.adapters import dev_pki
from tramita_documents.adapters.pades import KeyFiles, PadesSigner, PadesVerifier
from tramita_documents.app.handlers import IssueRegistrationReceipt, issue_registration_receipt
from tramita_documents.app.verification import verify_document
from tramita_documents.domain.pdf import text_pdf
from tramita_documents.domain.verification import Problem

UNSIGNED = text_pdf(title="Certificate", lines=["number: RR-2026-000001", "holder: org-1"])


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dev_pki.DevPki:
    return dev_pki.ensure(tmp_path_factory.mktemp("pki") / "trusted")


@pytest.fixture(scope="module")
def rogue(tmp_path_factory: pytest.TempPathFactory) -> dev_pki.DevPki:
    directory = tmp_path_factory.mktemp("pki") / "rogue"
    return dev_pki.generate(directory, organization="Rogue CA")


def keys_of(pki: dev_pki.DevPki) -> KeyFiles:
    return KeyFiles(key_file=pki.signer_key, cert_file=pki.signer_cert, chain_files=[pki.chain])


@pytest.fixture(scope="module")
def verifier(pki: dev_pki.DevPki) -> PadesVerifier:
    return PadesVerifier(trust_roots=[pki.root_cert], other_certs=[pki.chain])


def test_pki_is_created_once(pki: dev_pki.DevPki) -> None:
    before = {name: (pki.directory / name).read_bytes() for name in dev_pki.FILES}
    again = dev_pki.ensure(pki.directory)
    assert {name: (again.directory / name).read_bytes() for name in dev_pki.FILES} == before
    assert oct(pki.signer_key.stat().st_mode & 0o777) == "0o600"


async def test_signed_document_verifies_as_b_b_with_signer_and_time(pki, verifier) -> None:
    signed = await PadesSigner(keys_of(pki)).sign(UNSIGNED, reason="test")
    check = await verifier.check(signed)
    assert (check.intact, check.trusted, check.unmodified, check.level) == (
        True,
        True,
        True,
        "B-B",
    )
    assert "Document Signing" in check.signer_subject
    assert "Issuing CA" in check.issuer_subject
    assert check.signing_time is not None
    assert not check.timestamp_present


async def test_key_is_loaded_once(pki, monkeypatch: pytest.MonkeyPatch) -> None:
    signer = PadesSigner(keys_of(pki))
    await signer.sign(UNSIGNED, reason="first")
    monkeypatch.setattr(signer, "_keys", KeyFiles(Path("/missing"), Path("/missing")))
    await signer.sign(UNSIGNED, reason="second")  # still uses the cached key


async def test_byte_modified_copy_is_invalid(pki, verifier) -> None:
    signed = await PadesSigner(keys_of(pki)).sign(UNSIGNED, reason="test")
    tampered = signed.replace(b"holder: org-1", b"holder: org-2", 1)
    assert tampered != signed
    check = await verifier.check(tampered)
    assert not check.intact and not check.unmodified


async def test_appended_update_is_modified_after_signing(pki, verifier) -> None:
    signed = await PadesSigner(keys_of(pki)).sign(UNSIGNED, reason="test")
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    writer.root["/Lang"] = TextStringObject("pt")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    check = await verifier.check(out.getvalue())
    assert check.intact and not check.unmodified


async def test_copy_re_signed_by_another_ca_is_not_trusted(rogue, verifier) -> None:
    signed = await PadesSigner(keys_of(rogue)).sign(UNSIGNED, reason="forged")
    check = await verifier.check(signed)
    assert check.intact and not check.trusted
    assert "Rogue CA" in check.issuer_subject


async def test_b_t_with_an_in_process_timestamp_authority(pki, verifier) -> None:
    tsa = DummyTimeStamper(
        tsa_cert=load_cert_from_pemder(str(pki.tsa_cert)),
        tsa_key=load_private_key_from_pemder(str(pki.tsa_key), passphrase=None),
        certs_to_embed=[load_cert_from_pemder(str(pki.chain))],
    )
    signed = await PadesSigner(keys_of(pki), timestamper=tsa).sign(UNSIGNED, reason="t")
    check = await verifier.check(signed)
    assert (check.level, check.timestamp_present, check.timestamp_valid) == ("B-T", True, True)
    assert check.timestamp_time is not None and check.trusted


async def test_unsigned_and_non_pdf_input(verifier) -> None:
    assert not (await verifier.check(UNSIGNED)).signed
    assert not (await verifier.check(b"not a pdf at all")).pdf


async def test_issued_receipt_is_a_signed_pdf_that_verifies(
    pki, verifier, uow, blobs, clock
) -> None:
    command = IssueRegistrationReceipt("org-1", "event-1", "doc-1")
    document = await issue_registration_receipt(
        command, work=uow, blobs=blobs, clock=clock, signer=PadesSigner(keys_of(pki))
    )
    stored = blobs.objects[document.object_key]
    by_number = await verify_document(
        content=b"", number=document.number, uow=uow, blobs=blobs, verifier=verifier
    )
    assert by_number.valid, by_number.problems
    assert by_number.registration.matches and by_number.sha256 == document.sha256
    uploaded = await verify_document(
        content=stored, number="", uow=uow, blobs=blobs, verifier=verifier
    )
    assert uploaded.valid and uploaded.registration.number == document.number
    tampered = stored.replace(b"organization_id: org-1", b"organization_id: org-9", 1)
    bad = await verify_document(
        content=tampered, number=document.number, uow=uow, blobs=blobs, verifier=verifier
    )
    assert Problem.SIGNATURE_BROKEN in bad.problems
    assert Problem.DOES_NOT_MATCH_REGISTERED in bad.problems
