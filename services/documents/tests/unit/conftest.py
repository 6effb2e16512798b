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

    async def list_page(self, *, where, after, limit: int):
        def keep(d: Document) -> bool:
            return (
                (where.organization_id is None or d.organization_id == where.organization_id)
                and (not where.kind or d.kind.value == where.kind)
                and d.number.startswith(where.number_prefix)
                and (where.created_from is None or d.created_at >= where.created_from)
                and (where.created_before is None or d.created_at < where.created_before)
                and (after is None or (d.created_at, d.document_id) < after)
            )

        rows = sorted(
            (d for d in self.rows.values() if keep(d)),
            key=lambda d: (d.created_at, d.document_id),
            reverse=True,
        )
        return rows[:limit]

    async def organization_tax_key(self, organization_id: str) -> str | None:
        keys = [
            d.organization_tax_key
            for d in self.rows.values()
            if d.organization_id == organization_id
        ]
        return max(keys) if keys else None

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

    async def presigned_get(self, *, key, expires, file_name, media_type) -> str:
        return f"https://s3.test/{key}?expires={int(expires.total_seconds())}&name={file_name}"


class FakeSigner:
    """Appends a marker instead of a PAdES signature; counts signatures."""

    MARK = b"%signed-by-fake\n"

    def __init__(self) -> None:
        self.signed = 0

    async def sign(self, pdf: bytes, *, reason: str) -> bytes:
        self.signed += 1
        return pdf + self.MARK


class FakeBonds:
    """Identity's answers: (subject, tax key) pairs that are bonded; counts the questions."""

    def __init__(self, *pairs: tuple[str, str]) -> None:
        self.pairs = set(pairs)
        self.asked = 0

    async def bonded(self, *, subject: str, tax_key: str) -> bool:
        self.asked += 1
        return (subject, tax_key) in self.pairs


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


@pytest.fixture
def bonds() -> FakeBonds:
    return FakeBonds()
