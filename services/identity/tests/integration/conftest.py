"""A fresh identity database per test module, migrated with the service's own Alembic
history, on the local stack's PostgreSQL (or `TRAMITA_TEST_POSTGRES_DSN`)."""

import os
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool
from tramita_identity.adapters.sealing import PersonalDataSealer
from tramita_identity.adapters.unit_of_work import SqlUnitOfWork
from tramita_platform.clock import ManualClock
from tramita_platform.db import create_engine, run_migrations_async, session_factory
from tramita_platform.ids import new_id
from tramita_platform.outbox import Outbox

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"
BUSINESS_TABLES = (
    "persons",
    "organization_ledgers",
    "bonds",
    "delegations",
    "representation_history",
    "authorization_decisions",
    "outbox",
    "idempotency_keys",
    "personal_data_reads",
    "access_requests",
    "access_request_applicants",
    "authority_users",
    "authority_user_profiles",
    "account_actions",
    "consents",
    "acting_choices",
)


@pytest.fixture(scope="session")
def postgres_admin_dsn() -> str:
    if dsn := os.environ.get("TRAMITA_TEST_POSTGRES_DSN"):
        return dsn
    from tramita_devstack.api import ensure_running

    return ensure_running(["postgres"]).postgres_dsn("postgres")


@pytest.fixture(scope="module")
async def database_dsn(postgres_admin_dsn: str) -> AsyncIterator[str]:
    name = f"identity_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    dsn = make_url(postgres_admin_dsn).set(database=name).render_as_string(hide_password=False)
    await run_migrations_async(dsn, ALEMBIC_INI)
    yield dsn
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture
async def engine(database_dsn: str) -> AsyncIterator[AsyncEngine]:
    """An engine whose identity tables start empty for each test."""
    engine = create_engine(database_dsn, pool_size=5)
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {', '.join(BUSINESS_TABLES)}"))
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def uow(
    sessions: async_sessionmaker[AsyncSession], clock: ManualClock
) -> Callable[[], SqlUnitOfWork]:
    outbox = Outbox(clock=clock)
    sealer = PersonalDataSealer(b"integration-test-personal-data-key")
    return lambda: SqlUnitOfWork(sessions, outbox=outbox, clock=clock, new_id=new_id, sealer=sealer)
