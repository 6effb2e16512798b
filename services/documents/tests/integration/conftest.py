"""The local stack's MinIO and PostgreSQL (a fresh, migrated documents database per module)."""

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from tramita_platform.db import create_engine, run_migrations_async

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


@pytest.fixture(scope="session")
def stack_endpoints():
    from tramita_devstack.api import ensure_running

    return ensure_running(["postgres", "minio"])


@pytest.fixture(scope="session")
def postgres_admin_dsn(stack_endpoints) -> str:
    return os.environ.get("TRAMITA_TEST_POSTGRES_DSN") or stack_endpoints.postgres_dsn("postgres")


async def _admin(admin_dsn: str, statement: str) -> None:
    admin = create_engine(admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(statement))
    await admin.dispose()


@pytest.fixture(scope="module")
async def database_dsn(postgres_admin_dsn: str) -> AsyncIterator[str]:
    name = f"documents_test_{uuid.uuid4().hex[:10]}"
    await _admin(postgres_admin_dsn, f'CREATE DATABASE "{name}"')
    dsn = make_url(postgres_admin_dsn).set(database=name).render_as_string(hide_password=False)
    await run_migrations_async(dsn, ALEMBIC_INI)
    yield dsn
    await _admin(postgres_admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def empty_database(postgres_admin_dsn: str) -> AsyncIterator[str]:
    """A database with no tables at all (for the migration tests)."""
    name = f"documents_mig_{uuid.uuid4().hex[:10]}"
    await _admin(postgres_admin_dsn, f'CREATE DATABASE "{name}"')
    yield make_url(postgres_admin_dsn).set(database=name).render_as_string(hide_password=False)
    await _admin(postgres_admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
