"""Fixtures for the platform library's tests.

Integration tests run on the real local stack started by `tramita_devstack`
(`TRAMITA_TEST_POSTGRES_DSN` / `TRAMITA_TEST_KAFKA_BOOTSTRAP` point them at servers
started elsewhere instead). Each test module gets a fresh database holding the platform
tables plus two effect tables; each test starts with those tables empty and gets its own
Kafka topic.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import Message
from sqlalchemy import Column, DateTime, Integer, MetaData, Table, Text, func, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool

from tramita_platform.clock import SystemClock
from tramita_platform.consumer import EventConsumer, Handler, Outcome
from tramita_platform.db import create_engine, make_metadata, platform_tables, session_factory
from tramita_platform.events import EventEnvelope

type Poll = Callable[..., Awaitable[Any]]
type Spawn = Callable[..., subprocess.Popen[str]]
type StartConsumer = Callable[..., Awaitable["RecordingConsumer"]]
PARTITIONS = 3
PROCS = Path(__file__).parent / "integration" / "procs"


def _test_metadata() -> MetaData:
    """Platform tables plus the effect tables the proofs count rows in."""
    metadata = make_metadata()
    platform_tables(metadata)
    Table(
        "effects", metadata,
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
        name="tramita/testing/events/v1/pinged.proto", package="tramita.testing.events.v1",
        syntax="proto3",
    )
    message = proto.message_type.add(name="Pinged")
    message.field.add(name="key", number=1, type=9, label=1)
    message.field.add(name="seq", number=2, type=3, label=1)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(
        "tramita.testing.events.v1.Pinged"
    ))


PINGED = _ping_type()


@pytest.fixture(scope="session")
def pinged() -> type[Message]:
    """A versioned test payload message type with `key` and `seq` fields."""
    return PINGED


@pytest.fixture
def poll() -> Poll:
    """Return `poll(check, timeout=...)`: await `check()` until truthy or fail."""

    async def _poll(check: Callable[[], Awaitable[Any]], *, timeout: float = 20.0,
                    interval: float = 0.1, what: str = "condition") -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = await check()
            if value:
                return value
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout}s waiting for {what} (last: {value!r})")
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
async def database_dsn(postgres_admin_dsn: str, request: pytest.FixtureRequest) -> AsyncIterator[str]:
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


@pytest.fixture
async def topic(kafka_bootstrap: str) -> str:
    """A new three-partition topic for this test."""
    name = f"tramita.test.{uuid.uuid4().hex[:12]}.events.v1"
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, num_partitions=PARTITIONS, replication_factor=1)])
    finally:
        await admin.close()
    return name


async def read_topic(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    """Return every record currently in a test `topic` (all partitions, from the start)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records: list[ConsumerRecord] = []
        while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


@pytest.fixture
def topic_records(kafka_bootstrap: str) -> Callable[[str], Awaitable[list[ConsumerRecord]]]:
    """Return `read(topic)` listing every record in a topic."""
    return lambda name: read_topic(kafka_bootstrap, name)


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Return `spawn(script, *args, env={})` starting `integration/procs/<script>`; killed after."""
    procs: list[subprocess.Popen[str]] = []

    def _spawn(script: str, *args: str, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, str(PROCS / script), *args], stdout=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})},
        )
        procs.append(proc)
        return proc

    yield _spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


async def read_line(proc: subprocess.Popen[str], prefix: str, timeout: float = 30) -> str:
    """Return the first stdout line of `proc` starting with `prefix` (bounded wait)."""
    assert proc.stdout is not None
    stdout = proc.stdout

    async def _read() -> str:
        while True:
            line = await asyncio.to_thread(stdout.readline)
            if not line:
                raise AssertionError(f"process exited before printing {prefix!r}")
            if line.startswith(prefix):
                return line.strip()

    return await asyncio.wait_for(_read(), timeout)


@pytest.fixture
def read_stdout() -> Callable[..., Awaitable[str]]:
    """Return `read_line(proc, prefix)`."""
    return read_line


async def record_effect(session: AsyncSession, envelope: EventEnvelope) -> None:
    """Handler for the proofs: one `effects` row per applied event."""
    await session.execute(
        text("INSERT INTO effects (event_id, label) VALUES (:id, :type)"),
        {"id": envelope.id, "type": envelope.type},
    )


class RecordingConsumer(EventConsumer):
    """An EventConsumer that remembers outcomes; without `handlers` it records every event."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.outcomes: list[Outcome] = []
        self._record_all = not kwargs.get("handlers")

    async def handle(self, session: AsyncSession, envelope: EventEnvelope) -> None:
        if self._record_all:
            await record_effect(session, envelope)
        else:
            await super().handle(session, envelope)

    async def process(self, record: ConsumerRecord) -> Outcome:
        outcome = await super().process(record)
        self.outcomes.append(outcome)
        return outcome


@pytest.fixture
async def start_consumer(
    kafka_bootstrap: str, sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[StartConsumer]:
    """Return `await start(topic, group=..., name=..., handlers=..., **opts)`; stopped after."""
    running: list[tuple[RecordingConsumer, asyncio.Task[None]]] = []

    async def _start(topic: str, *, group: str | None = None, name: str | None = None,
                     handlers: Mapping[str, Handler] | None = None,
                     **opts: Any) -> RecordingConsumer:
        consumer = RecordingConsumer(
            sessions=sessions, bootstrap_servers=kafka_bootstrap, topics=[topic],
            group_id=group or f"g-{uuid.uuid4().hex[:8]}", name=name or "effects",
            clock=SystemClock(), handlers=handlers, **opts,
        )
        running.append((consumer, asyncio.create_task(consumer.run())))
        return consumer

    yield _start
    for consumer, task in running:
        consumer.stop()
    await asyncio.wait_for(asyncio.gather(*(task for _, task in running)), 15)
