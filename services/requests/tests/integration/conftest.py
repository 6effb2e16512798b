"""A fresh requests database per test module, migrated with the service's own Alembic
history, on the local stack's PostgreSQL (or `TRAMITA_TEST_POSTGRES_DSN`)."""

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool
from tramita_platform.db import create_engine, run_migrations_async, session_factory

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"
TABLES = (
    "request_subjects",
    "requests",
    "request_numbers",
    "request_entities",
    "outbox",
    "idempotency_keys",
)


@pytest.fixture(scope="session")
def postgres_admin_dsn() -> str:
    if dsn := os.environ.get("TRAMITA_TEST_POSTGRES_DSN"):
        return dsn
    from tramita_devstack.api import ensure_running

    return ensure_running(["postgres"]).postgres_dsn("postgres")


async def _create(admin_dsn: str, name: str) -> str:
    admin = create_engine(admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return make_url(admin_dsn).set(database=name).render_as_string(hide_password=False)


async def _drop(admin_dsn: str, name: str) -> None:
    admin = create_engine(admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture
async def empty_database(postgres_admin_dsn: str) -> AsyncIterator[str]:
    """A database with no tables at all (for the migration tests)."""
    name = f"requests_mig_{uuid.uuid4().hex[:10]}"
    yield await _create(postgres_admin_dsn, name)
    await _drop(postgres_admin_dsn, name)


@pytest.fixture(scope="module")
async def database_dsn(postgres_admin_dsn: str) -> AsyncIterator[str]:
    name = f"requests_test_{uuid.uuid4().hex[:10]}"
    dsn = await _create(postgres_admin_dsn, name)
    await run_migrations_async(dsn, ALEMBIC_INI)
    yield dsn
    await _drop(postgres_admin_dsn, name)


@pytest.fixture
async def engine(database_dsn: str) -> AsyncIterator[AsyncEngine]:
    """An engine whose requests tables start empty for each test."""
    engine = create_engine(database_dsn, pool_size=5)
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {', '.join(TABLES)} CASCADE"))
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)
