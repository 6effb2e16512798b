"""What the documents use cases need from the outside world, by role."""

from datetime import datetime
from typing import Protocol, Self

from tramita_documents.domain.model import Document, DocumentKind
from tramita_documents.domain.verification import SignatureCheck


class DocumentRepository(Protocol):
    async def add(self, document: Document) -> None: ...
    async def get(self, document_id: str) -> Document | None: ...
    async def find(self, *, organization_id: str, kind: DocumentKind) -> Document | None: ...
    async def list_page(
        self, *, organization_id: str, after: str | None, limit: int
    ) -> list[Document]: ...
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


class Clock(Protocol):
    def now(self) -> datetime: ...


class Signer(Protocol):
    """Signs a PDF as the issuing institution (PAdES); one key, loaded once."""

    async def sign(self, pdf: bytes, *, reason: str) -> bytes: ...


class Verifier(Protocol):
    """Checks the signature of a PDF against the configured trust roots."""

    async def check(self, pdf: bytes) -> SignatureCheck: ...
