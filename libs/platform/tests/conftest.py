"""Fixtures for the platform library's tests.

Integration tests run on the real local stack started by `tramita_devstack`
(`TRAMITA_TEST_POSTGRES_DSN` / `TRAMITA_TEST_KAFKA_BOOTSTRAP` point them at servers
started elsewhere instead). Each test module gets a fresh database holding the platform
tables plus two effect tables; each test starts with those tables empty and gets its own
Kafka topic (see `integration/conftest.py`).
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import Message
from sqlalchemy import Column, DateTime, Integer, MetaData, Table, Text, func, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool
from tramita_platform.db import create_engine, make_metadata, platform_tables, session_factory

type Poll = Callable[..., Awaitable[Any]]


def _test_metadata() -> MetaData:
    """Platform tables plus the effect tables the proofs count rows in."""
    metadata = make_metadata()
    platform_tables(metadata)
    Table(
        "effects",
        metadata,
        Column("n", Integer, primary_key=True, autoincrement=True),
        Column("event_id", Text, nullable=False),
        Column("label", Text, nullable=False, server_default=""),
        Column("created_at", DateTime(timezone=True), server_default=func.now()),
    )
    Table("timer_effects", metadata, Column("timer_key", Text, primary_key=True))
    return metadata


METADATA = _test_metadata()


def _ping_type() -> type[Message]:
    """Build `tramita.testing.events.v1.Pinged` (key, seq) without generated code."""
    proto = descriptor_pb2.FileDescriptorProto(
        name="tramita/testing/events/v1/pinged.proto",
        package="tramita.testing.events.v1",
        syntax="proto3",
    )
    message = proto.message_type.add(name="Pinged")
    message.field.add(name="key", number=1, type=9, label=1)
    message.field.add(name="seq", number=2, type=3, label=1)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    return message_factory.GetMessageClass(
        pool.FindMessageTypeByName("tramita.testing.events.v1.Pinged")
    )


PINGED = _ping_type()


@pytest.fixture(scope="session")
def pinged() -> type[Message]:
    """A versioned test payload message type with `key` and `seq` fields."""
    return PINGED


@pytest.fixture
def poll() -> Poll:
    """Return `poll(check, within=...)`: await `check()` until truthy or fail."""

    async def _poll(
        check: Callable[[], Awaitable[Any]],
        *,
        within: float = 20.0,
        interval: float = 0.1,
        what: str = "condition",
    ) -> Any:
        deadline = time.monotonic() + within
        while True:
            value = await check()
            if value:
                return value
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {within}s waiting for {what} (last: {value!r})")
            await asyncio.sleep(interval)

    return _poll


@pytest.fixture(scope="session")
def postgres_admin_dsn() -> str:
    """DSN of the maintenance database on the stack's PostgreSQL."""
    if dsn := os.environ.get("TRAMITA_TEST_POSTGRES_DSN"):
        return dsn
    from tramita_devstack.api import ensure_running

    return ensure_running(["postgres"]).postgres_dsn("postgres")


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    """Bootstrap servers of the stack's Kafka."""
    if bootstrap := os.environ.get("TRAMITA_TEST_KAFKA_BOOTSTRAP"):
        return bootstrap
    from tramita_devstack.api import ensure_running

    return ensure_running(["kafka"]).kafka_bootstrap


@pytest.fixture(scope="module")
async def database_dsn(
    postgres_admin_dsn: str, request: pytest.FixtureRequest
) -> AsyncIterator[str]:
    """A fresh database for this test module with the test tables created."""
    module = request.module.__name__.rsplit(".", 1)[-1][:30]
    name = f"plat_{module}_{uuid.uuid4().hex[:8]}".lower()
    admin = create_engine(postgres_admin_dsn, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    dsn = make_url(postgres_admin_dsn).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(dsn, poolclass=NullPool)
    async with engine.begin() as conn:
        await conn.run_sync(METADATA.create_all)
    await engine.dispose()
    yield dsn
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture
async def engine(database_dsn: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the module's database, whose tables start empty for each test."""
    engine = create_engine(database_dsn, pool_size=10)
    tables = ", ".join(f'"{table}"' for table in METADATA.tables)
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {tables}"))
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory on the test engine."""
    return session_factory(engine)
