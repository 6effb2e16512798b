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
from tramita_platform.db import create_engine, run_migrations_async
from tramita_requests.adapters.orm import metadata

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"

pytestmark = pytest.mark.integration


async def _tables(dsn: str) -> tuple[set[str], list[object]]:
    engine = create_engine(dsn, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
            drift = await conn.run_sync(_drift)
            await conn.execute(text("SELECT 1"))
    finally:
        await engine.dispose()
    return names, drift


async def test_upgrade_head_builds_exactly_the_metadata(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    names, drift = await _tables(empty_database)
    assert names == set(metadata.tables) | {"alembic_version"}
    assert drift == []


async def test_downgrade_to_base_drops_everything(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    await asyncio.to_thread(_downgrade, empty_database, "base")
    names, _ = await _tables(empty_database)
    assert names <= {"alembic_version"}


def _drift(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _downgrade(dsn: str, revision: str) -> None:
    config = Config(str(ALEMBIC_INI))
    config.attributes["dsn"] = dsn
    command.downgrade(config, revision)
