"""What the documents use cases need from the outside world, by role."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, Self

from tramita_documents.domain.model import Document, DocumentKind
from tramita_documents.domain.verification import SignatureCheck


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """Which documents a listing wants; None/empty means no restriction."""

    organization_id: str | None = None
    kind: str = ""
    number_prefix: str = ""
    created_from: datetime | None = None
    created_before: datetime | None = None


# Keyset position in the newest-first order: (created_at, document_id) of the last row seen.
type Position = tuple[datetime, str]


class DocumentRepository(Protocol):
    async def add(self, document: Document) -> None: ...
    async def get(self, document_id: str) -> Document | None: ...
    async def find(self, *, organization_id: str, kind: DocumentKind) -> Document | None: ...
    async def list_page(
        self, *, where: DocumentFilter, after: Position | None, limit: int
    ) -> list[Document]:
        """Newest first (created_at, then document_id, both descending)."""
        ...

    async def organization_tax_key(self, organization_id: str) -> str | None:
        """The tax key recorded with the organization's documents; "" when only documents
        without one exist; None when it has no documents."""
        ...

    async def next_sequence(self, *, kind: DocumentKind, year: int) -> int: ...
    async def find_by_number(self, number: str) -> Document | None: ...
    async def find_by_sha256(self, sha256: str) -> Document | None: ...


class DocumentWork(Protocol):
    """Work inside a transaction the caller owns (e.g. a consumer's inbox transaction)."""

    documents: DocumentRepository


class UnitOfWork(Protocol):
    """One transaction: the repository, and the outbox on commit."""

    documents: DocumentRepository

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...


class BlobStore(Protocol):
    """Object storage for document bytes (any S3-compatible store)."""

    async def put(self, *, key: str, data: bytes, media_type: str) -> None: ...
    async def get(self, *, key: str) -> bytes: ...
    async def presigned_get(
        self, *, key: str, expires: timedelta, file_name: str, media_type: str
    ) -> str:
        """A URL anyone may GET the object from until `expires` has passed."""
        ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class Signer(Protocol):
    """Signs a PDF as the issuing institution (PAdES); one key, loaded once."""

    async def sign(self, pdf: bytes, *, reason: str) -> bytes: ...


class Verifier(Protocol):
    """Checks the signature of a PDF against the configured trust roots."""

    async def check(self, pdf: bytes) -> SignatureCheck: ...


class Bonds(Protocol):
    """Identity's answer to "is this person bonded to this organization?" (as the caller)."""

    async def bonded(self, *, subject: str, tax_key: str) -> bool: ...
