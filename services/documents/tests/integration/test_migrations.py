"""The Alembic history builds exactly the tables the adapters use, and unwinds cleanly."""

import asyncio
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool
from tramita_documents.adapters.orm import metadata
from tramita_platform.db import create_engine, run_migrations_async

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"

pytestmark = pytest.mark.integration


async def test_upgrade_head_builds_exactly_the_metadata(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            drift = await conn.run_sync(_drift)
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    finally:
        await engine.dispose()
    assert drift == []
    assert version == "0002"


async def test_downgrade_to_0001_drops_the_tax_key(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    await asyncio.to_thread(_downgrade, empty_database, "0001")
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            columns = await conn.run_sync(
                lambda c: {col["name"] for col in inspect(c).get_columns("documents")}
            )
    finally:
        await engine.dispose()
    assert "organization_tax_key" not in columns and "organization_id" in columns


def _drift(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _downgrade(dsn: str, revision: str) -> None:
    config = Config(str(ALEMBIC_INI))
    config.attributes["dsn"] = dsn
    command.downgrade(config, revision)
