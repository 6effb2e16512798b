"""The Alembic history builds exactly the tables the adapters use, and unwinds cleanly."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool
from tramita_devstack.endpoints import Endpoints
from tramita_notifications.adapters.orm import metadata
from tramita_platform.db import create_engine, run_migrations_async

pytestmark = pytest.mark.integration

ALEMBIC_INI = Path(__file__).parents[2] / "alembic.ini"


@pytest.fixture
async def empty_database(stack: Endpoints) -> AsyncIterator[str]:
    name = f"notif_mig_{uuid.uuid4().hex[:8]}"
    admin_dsn = stack.postgres_dsn("postgres")
    admin = create_engine(admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin_dsn).set(database=name).render_as_string(hide_password=False)
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    await admin.dispose()


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
    assert drift == []  # autogenerate would write no migration
    head = ScriptDirectory.from_config(Config(str(ALEMBIC_INI))).get_current_head()
    assert version == head


async def test_downgrade_base_drops_every_table(empty_database: str) -> None:
    await run_migrations_async(empty_database, ALEMBIC_INI)
    await asyncio.to_thread(_downgrade, empty_database, "base")
    engine = create_engine(empty_database, poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    finally:
        await engine.dispose()
    assert names == {"alembic_version"}


def _drift(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _downgrade(dsn: str, revision: str) -> None:
    config = Config(str(ALEMBIC_INI))
    config.attributes["dsn"] = dsn
    command.downgrade(config, revision)
