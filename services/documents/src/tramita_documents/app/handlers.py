"""Use cases of the documents service."""

from dataclasses import dataclass

from tramita_documents.app.ports import BlobStore, Clock, DocumentWork, Signer
from tramita_documents.domain.model import (
    Content,
    Document,
    DocumentKind,
    document_number,
    object_key,
)
from tramita_documents.domain.receipts import registration_receipt


@dataclass(frozen=True, slots=True)
class IssueRegistrationReceipt:
    """Issued when an organization was registered (from the registry's event)."""

    organization_id: str
    registered_event_id: str
    document_id: str
    # The organization's tax key (how identity names it); "" when the event had none.
    organization_tax_key: str = ""


async def issue_registration_receipt(
    command: IssueRegistrationReceipt,
    *,
    work: DocumentWork,
    blobs: BlobStore,
    clock: Clock,
    signer: Signer,
) -> Document:
    """Sign the receipt's PDF once, store the signed bytes, then register the document (with
    the SHA-256 of the signed bytes) in the caller's transaction.

    The object key derives from the document id, which derives from the event id, so a
    retry after a crash between the two writes overwrites the same object.
    """
    existing = await work.documents.find(
        organization_id=command.organization_id, kind=DocumentKind.REGISTRATION_RECEIPT
    )
    if existing is not None:
        return existing
    now = clock.now()
    kind = DocumentKind.REGISTRATION_RECEIPT
    sequence = await work.documents.next_sequence(kind=kind, year=now.year)
    number = document_number(kind=kind, year=now.year, sequence=sequence)
    unsigned = registration_receipt(
        organization_id=command.organization_id,
        number=number,
        registered_event_id=command.registered_event_id,
        issued_at=now,
    )
    signed = await signer.sign(unsigned.data, reason=f"Registration receipt {number}")
    content = Content(signed, unsigned.media_type)
    key = object_key(kind=kind, document_id=command.document_id)
    await blobs.put(key=key, data=content.data, media_type=content.media_type)
    document = Document.issue(
        document_id=command.document_id,
        organization_id=command.organization_id,
        kind=kind,
        number=number,
        content=content,
        now=now,
        organization_tax_key=command.organization_tax_key,
    )
    await work.documents.add(document)
    return document
