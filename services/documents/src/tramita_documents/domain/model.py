"""The Document aggregate: a stored, numbered artefact issued to an organization."""

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from tramita_documents.domain.events import DocumentEvent, DocumentStored


class DocumentKind(enum.StrEnum):
    REGISTRATION_RECEIPT = "registration-receipt"


@dataclass(frozen=True, slots=True)
class Content:
    """Bytes of a document with what identifies them."""

    data: bytes
    media_type: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def document_number(*, kind: DocumentKind, year: int, sequence: int) -> str:
    """Human document number, unique per kind and year: RR-2026-000042."""
    prefix = "".join(part[0] for part in kind.value.split("-")).upper()
    return f"{prefix}-{year}-{sequence:06d}"


def object_key(*, kind: DocumentKind, document_id: str) -> str:
    """Where the bytes live in object storage; derived from the id, so writes are idempotent."""
    return f"{kind.value}/{document_id}"


@dataclass(slots=True)
class Document:
    """A document issued to one organization; the only one who may list or read it."""

    document_id: str
    organization_id: str
    kind: DocumentKind
    number: str
    sha256: str
    media_type: str
    size_bytes: int
    object_key: str
    created_at: datetime
    # "PT:NIPC:500000000"; empty for documents stored before it was recorded (staff only).
    organization_tax_key: str = ""
    events: list[DocumentEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def issue(
        cls,
        *,
        document_id: str,
        organization_id: str,
        kind: DocumentKind,
        number: str,
        content: Content,
        now: datetime,
        organization_tax_key: str = "",
    ) -> "Document":
        """A new document for stored content, with its DocumentStored event."""
        document = cls(
            document_id=document_id,
            organization_id=organization_id,
            kind=kind,
            number=number,
            sha256=content.sha256,
            media_type=content.media_type,
            size_bytes=len(content.data),
            object_key=object_key(kind=kind, document_id=document_id),
            created_at=now,
            organization_tax_key=organization_tax_key,
        )
        document.events.append(
            DocumentStored(document_id, organization_id, kind.value, content.sha256)
        )
        return document
