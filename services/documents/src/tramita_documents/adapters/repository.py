"""Documents in PostgreSQL; remembers the aggregates it handed out so their events get out."""

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_documents.adapters.orm import document_sequences, documents
from tramita_documents.app.ports import DocumentFilter, Position
from tramita_documents.domain.model import Document, DocumentKind

_COLUMNS = (
    "document_id",
    "organization_id",
    "number",
    "sha256",
    "media_type",
    "size_bytes",
    "object_key",
    "created_at",
    "organization_tax_key",
)


class SqlDocumentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.seen: list[Document] = []

    async def add(self, document: Document) -> None:
        row = {name: getattr(document, name) for name in _COLUMNS}
        await self._session.execute(documents.insert().values(**row, kind=document.kind.value))
        self.seen.append(document)

    async def get(self, document_id: str) -> Document | None:
        return await self._one(documents.c.document_id == document_id)

    async def find(self, *, organization_id: str, kind: DocumentKind) -> Document | None:
        return await self._one(
            (documents.c.organization_id == organization_id) & (documents.c.kind == kind.value)
        )

    async def find_by_number(self, number: str) -> Document | None:
        return await self._one(documents.c.number == number)

    async def find_by_sha256(self, sha256: str) -> Document | None:
        return await self._one(documents.c.sha256 == sha256)

    async def list_page(
        self, *, where: DocumentFilter, after: Position | None, limit: int
    ) -> list[Document]:
        c = documents.c
        conditions = []
        if where.organization_id is not None:
            conditions.append(c.organization_id == where.organization_id)
        if where.kind:
            conditions.append(c.kind == where.kind)
        if where.number_prefix:
            conditions.append(c.number.startswith(where.number_prefix, autoescape=True))
        if where.created_from is not None:
            conditions.append(c.created_at >= where.created_from)
        if where.created_before is not None:
            conditions.append(c.created_at < where.created_before)
        if after is not None:
            created_at, document_id = after
            conditions.append(
                or_(
                    c.created_at < created_at,
                    and_(c.created_at == created_at, c.document_id < document_id),
                )
            )
        query = (
            select(documents)
            .where(*conditions)
            .order_by(c.created_at.desc(), c.document_id.desc())
            .limit(limit)
        )
        return [_document(r) for r in (await self._session.execute(query)).mappings()]

    async def organization_tax_key(self, organization_id: str) -> str | None:
        query = (
            select(documents.c.organization_tax_key)
            .where(documents.c.organization_id == organization_id)
            .order_by(documents.c.organization_tax_key.desc())
            .limit(1)
        )
        return (await self._session.execute(query)).scalar_one_or_none()

    async def next_sequence(self, *, kind: DocumentKind, year: int) -> int:
        """Per kind and year; the row lock serializes concurrent issuers of one kind."""
        statement = (
            insert(document_sequences)
            .values(kind=kind.value, year=year, last_value=1)
            .on_conflict_do_update(
                index_elements=["kind", "year"],
                set_={"last_value": document_sequences.c.last_value + 1},
            )
            .returning(document_sequences.c.last_value)
        )
        return int((await self._session.execute(statement)).scalar_one())

    async def _one(self, condition: Any) -> Document | None:
        row = (await self._session.execute(select(documents).where(condition))).mappings().first()
        return None if row is None else _document(row)


def _document(row: Any) -> Document:
    return Document(kind=DocumentKind(row["kind"]), **{name: row[name] for name in _COLUMNS})
