"""The SQL repository: filters, newest-first keyset pages, the organization's tax key."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from tramita_documents.adapters.repository import SqlDocumentRepository
from tramita_documents.app.ports import DocumentFilter
from tramita_documents.domain.model import Content, Document, DocumentKind
from tramita_platform.db import create_engine, session_factory

pytestmark = pytest.mark.integration


def document(number: str, day: int, *, org: str = "org-1", key: str = "PT:NIPC:500000000"):
    return Document.issue(
        document_id=f"doc-{number}",
        organization_id=org,
        kind=DocumentKind.REGISTRATION_RECEIPT,
        number=number,
        content=Content(number.encode(), "application/pdf"),
        now=datetime(2026, 11, day, 12, tzinfo=UTC),
        organization_tax_key=key,
    )


async def test_filters_pages_and_tax_key(database_dsn: str) -> None:
    engine = create_engine(database_dsn)
    sessions = session_factory(engine)
    try:
        async with sessions.begin() as session:
            await session.execute(text("TRUNCATE documents"))
            repo = SqlDocumentRepository(session)
            for day, number in enumerate(["RR-2026-000001", "RR-2026-000002", "R%-2026-000003"], 1):
                await repo.add(document(number, day))
            await repo.add(document("RR-2026-000004", 4, org="org-old", key=""))
        async with sessions() as session:
            repo = SqlDocumentRepository(session)

            async def numbers(after=None, limit=10, **where) -> list[str]:
                rows = await repo.list_page(where=DocumentFilter(**where), after=after, limit=limit)
                return [d.number for d in rows]

            assert await numbers(organization_id="org-1") == [
                "R%-2026-000003",
                "RR-2026-000002",
                "RR-2026-000001",
            ]
            assert len(await numbers()) == 4
            assert await numbers(organization_id="org-1", number_prefix="R%") == ["R%-2026-000003"]
            assert await numbers(
                organization_id="org-1",
                created_from=datetime(2026, 11, 2, tzinfo=UTC),
                created_before=datetime(2026, 11, 3, tzinfo=UTC),
            ) == ["RR-2026-000002"]
            assert await numbers(kind="certificate") == []
            first = await repo.list_page(
                where=DocumentFilter(organization_id="org-1"), after=None, limit=2
            )
            last = first[-1]
            rest = await numbers(after=(last.created_at, last.document_id), organization_id="org-1")
            assert rest == ["RR-2026-000001"]

            assert await repo.organization_tax_key("org-1") == "PT:NIPC:500000000"
            assert await repo.organization_tax_key("org-old") == ""
            assert await repo.organization_tax_key("org-none") is None
            stored = await repo.get("doc-RR-2026-000001")
            assert stored is not None and stored.organization_tax_key == "PT:NIPC:500000000"
    finally:
        await engine.dispose()
