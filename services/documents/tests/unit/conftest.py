"""In-memory stand-ins for the documents ports, as fixtures (unit tests only)."""

from datetime import UTC, datetime
from typing import Self

import pytest
from tramita_documents.domain.model import Document, DocumentKind


class FakeDocuments:
    def __init__(self) -> None:
        self.rows: dict[str, Document] = {}
        self.sequences: dict[tuple[str, int], int] = {}

    async def add(self, document: Document) -> None:
        self.rows[document.document_id] = document

    async def get(self, document_id: str) -> Document | None:
        return self.rows.get(document_id)

    async def find(self, *, organization_id: str, kind: DocumentKind) -> Document | None:
        return next(
            (
                d
                for d in self.rows.values()
                if (d.organization_id, d.kind) == (organization_id, kind)
            ),
            None,
        )

    async def list_page(self, *, organization_id: str, after: str | None, limit: int):
        ids = sorted(
            i
            for i, d in self.rows.items()
            if d.organization_id == organization_id and (after is None or i > after)
        )
        return [self.rows[i] for i in ids[:limit]]

    async def find_by_number(self, number: str) -> Document | None:
        return next((d for d in self.rows.values() if d.number == number), None)

    async def find_by_sha256(self, sha256: str) -> Document | None:
        return next((d for d in self.rows.values() if d.sha256 == sha256), None)

    async def next_sequence(self, *, kind: DocumentKind, year: int) -> int:
        key = (kind.value, year)
        self.sequences[key] = self.sequences.get(key, 0) + 1
        return self.sequences[key]


class FakeUnitOfWork:
    def __init__(self) -> None:
        self.documents = FakeDocuments()
        self.commits = 0

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        self.commits += 1


class FakeBlobs:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.puts = 0

    async def put(self, *, key: str, data: bytes, media_type: str) -> None:
        self.puts += 1
        self.objects[key] = data

    async def get(self, *, key: str) -> bytes:
        return self.objects[key]


class FakeSigner:
    """Appends a marker instead of a PAdES signature; counts signatures."""

    MARK = b"%signed-by-fake\n"

    def __init__(self) -> None:
        self.signed = 0

    async def sign(self, pdf: bytes, *, reason: str) -> bytes:
        self.signed += 1
        return pdf + self.MARK


class FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def blobs() -> FakeBlobs:
    return FakeBlobs()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def signer() -> FakeSigner:
    return FakeSigner()
