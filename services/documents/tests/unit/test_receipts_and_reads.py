"""Issuing a registration receipt, listing per organization, reading verified bytes."""

import hashlib

import pytest
from tramita_documents.app.handlers import IssueRegistrationReceipt, issue_registration_receipt
from tramita_documents.app.ports import DocumentFilter
from tramita_documents.app.queries import get_document, list_documents, read_content
from tramita_documents.domain.access import Reader
from tramita_documents.domain.errors import ContentIntegrityError, DocumentNotFound

STAFF = Reader("staff-1", frozenset({"staff"}))


async def issue(uow, blobs, clock, signer, org: str, doc: str):
    command = IssueRegistrationReceipt(org, f"event-{org}", doc)
    return await issue_registration_receipt(
        command, work=uow, blobs=blobs, clock=clock, signer=signer
    )


async def test_receipt_is_stored_numbered_and_readable(uow, blobs, clock, signer, bonds) -> None:
    document = await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    assert document.number == "RR-2026-000001"
    _, data = await read_content("doc-1", reader=STAFF, uow=uow, blobs=blobs, bonds=bonds)
    assert hashlib.sha256(data).hexdigest() == document.sha256
    assert data.startswith(b"%PDF-") and data.endswith(signer.MARK)
    assert b"organization_id: org-1" in data
    assert (document.media_type, signer.signed) == ("application/pdf", 1)


async def test_second_issue_for_same_organization_returns_the_first(
    uow, blobs, clock, signer
) -> None:
    first = await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    again = await issue(uow, blobs, clock, signer, "org-1", "doc-2")
    assert again.document_id == first.document_id
    assert (len(uow.documents.rows), blobs.puts) == (1, 1)


async def test_listing_shows_only_the_organizations_documents(
    uow, blobs, clock, signer, bonds
) -> None:
    await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    await issue(uow, blobs, clock, signer, "org-2", "doc-2")

    async def listing(organization_id: str):
        return await list_documents(
            reader=STAFF,
            where=DocumentFilter(organization_id=organization_id),
            page_token="",
            page_size=10,
            uow=uow,
            bonds=bonds,
        )

    page, cursor = await listing("org-1")
    assert ([d.document_id for d in page], cursor) == (["doc-1"], None)
    none, _ = await listing("org-3")
    assert none == []


async def test_unknown_document_and_tampered_bytes_are_refused(
    uow, blobs, clock, signer, bonds
) -> None:
    document = await issue(uow, blobs, clock, signer, "org-1", "doc-1")
    with pytest.raises(DocumentNotFound):
        await get_document("missing", reader=STAFF, uow=uow, bonds=bonds)
    blobs.objects[document.object_key] += b" "
    with pytest.raises(ContentIntegrityError):
        await read_content("doc-1", reader=STAFF, uow=uow, blobs=blobs, bonds=bonds)
