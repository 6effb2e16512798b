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
from tramita_registry.adapters.orm import metadata

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"

pytestmark = pytest.mark.integration


async def test_upgrade_head_builds_exactly_the_metadata(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
            drift = await conn.run_sync(_drift)
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    finally:
        await engine.dispose()
    assert names == set(metadata.tables) | {"alembic_version"}
    assert drift == []
    assert version == "0004"


async def test_downgrade_to_0002_drops_the_authority_tables(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    await asyncio.to_thread(_downgrade, empty_database, "0002")
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    finally:
        await engine.dispose()
    assert "authorities" not in names and "organizations" in names


async def test_downgrade_to_0003_drops_the_invitation_tables(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    await asyncio.to_thread(_downgrade, empty_database, "0003")
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    finally:
        await engine.dispose()
    assert not {"invitations", "invitation_days"} & names and "authorities" in names


def _drift(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _downgrade(dsn: str, revision: str) -> None:
    config = Config(str(ALEMBIC_INI))
    config.attributes["dsn"] = dsn
    command.downgrade(config, revision)
