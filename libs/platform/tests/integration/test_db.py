"""Engine, naming conventions, platform tables and the Alembic helpers on real PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool
from tramita_platform.db import (
    async_dsn,
    create_engine,
    make_metadata,
    platform_tables,
    run_migrations,
    run_migrations_async,
)

pytestmark = pytest.mark.integration

PLATFORM_TABLES = {"outbox", "inbox", "dead_letters", "timers", "idempotency_keys"}

ENV_PY = """
from tramita_platform.db import make_metadata, platform_tables, run_alembic_env

metadata = make_metadata()
platform_tables(metadata)
run_alembic_env(metadata)
"""

FIRST_REVISION = """
from alembic import op
from tramita_platform.db import make_metadata, platform_tables

revision = "0001"
down_revision = None


def upgrade() -> None:
    metadata = make_metadata()
    platform_tables(metadata)
    metadata.create_all(op.get_bind())
"""


@pytest.fixture
def alembic_ini(tmp_path: Path) -> Path:
    """A minimal service migrations folder whose env.py is the platform helper."""
    (tmp_path / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "migrations" / "env.py").write_text(ENV_PY)
    (tmp_path / "migrations" / "versions" / "0001_platform.py").write_text(FIRST_REVISION)
    ini = tmp_path / "alembic.ini"
    ini.write_text(f"[alembic]\nscript_location = {tmp_path / 'migrations'}\n")
    return ini


@pytest.fixture
async def empty_database(postgres_admin_dsn: str) -> AsyncIterator[str]:
    """A brand-new empty database, dropped afterwards."""
    name = f"plat_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_admin_dsn).set(database=name).render_as_string(hide_password=False)
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    await admin.dispose()


def test_metadata_names_constraints_predictably() -> None:
    metadata = make_metadata()
    tables = platform_tables(metadata)
    assert set(tables) == PLATFORM_TABLES == set(metadata.tables)
    assert tables["outbox"].primary_key.name == "pk_outbox"
    assert {c.name for c in tables["timers"].constraints} >= {"pk_timers", "uq_timers_kind_key"}
    assert {i.name for i in tables["outbox"].indexes} == {
        "ix_outbox_unpublished",
        "ix_outbox_unpublished_key",
    }


def test_dsns_get_the_asyncpg_driver() -> None:
    assert async_dsn("postgresql://u:p@h:1/d") == "postgresql+asyncpg://u:p@h:1/d"
    assert async_dsn("postgresql+asyncpg://u@h/d") == "postgresql+asyncpg://u@h/d"


async def test_run_migrations_creates_the_platform_tables_matching_the_metadata(
    empty_database: str,
    alembic_ini: Path,
) -> None:
    await asyncio.to_thread(run_migrations, empty_database, alembic_ini)
    engine = create_engine(empty_database)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
            drift = await conn.run_sync(_drift, _platform_metadata())
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    finally:
        await engine.dispose()
    assert names == PLATFORM_TABLES | {"alembic_version"}
    assert drift == []  # autogenerate would write no migration: conventions round-trip
    assert version == "0001"


async def test_run_migrations_async_works_inside_a_running_loop(
    empty_database: str,
    alembic_ini: Path,
) -> None:
    await run_migrations_async(empty_database, alembic_ini)
    await run_migrations_async(empty_database, alembic_ini)  # already at head: no-op
    engine = create_engine(empty_database)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    finally:
        await engine.dispose()
    assert PLATFORM_TABLES <= names


def _platform_metadata() -> MetaData:
    metadata = make_metadata()
    platform_tables(metadata)
    return metadata


def _drift(connection: Connection, metadata: MetaData) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return [
        diff
        for diff in compare_metadata(context, metadata)
        if not (isinstance(diff, tuple) and diff[0] == "remove_table")
    ]
