"""Shared plumbing for the outbox benchmarks: the local stack, a per-run schema, topics, events.

Every run works in the dedicated `bench` database, inside a schema of its own (set as the
connections' `search_path`, so the platform's unqualified SQL finds the tables there), and on
Kafka topics with a uuid suffix. `bench_stack()` drops the schema and deletes the topics it
created, whatever happens.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import NullPool
from tramita.registry.events.v1 import events_pb2
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, make_metadata, platform_tables
from tramita_platform.events import EventEnvelope, make_envelope, topic_for

DATABASE = "bench"
PARTITIONS = 3
KEYS = 500  # events cycle over this many aggregates (the Kafka key is the subject)
CLOCK = SystemClock()


@dataclass
class BenchStack:
    """What one benchmark run works with; `new_source()` also creates the source's topic."""

    dsn: str
    bootstrap: str
    schema: str
    admin: AIOKafkaAdminClient
    topics: list[str] = field(default_factory=list)

    def engine(self, **opts: object) -> AsyncEngine:
        """An engine whose connections see this run's schema first."""
        args = {"server_settings": {"search_path": self.schema}}
        return create_engine(self.dsn, connect_args=args, **opts)

    async def new_source(self) -> str:
        """A fresh service name whose `topic_for` topic exists (PARTITIONS partitions)."""
        source = f"bench-{uuid.uuid4().hex[:10]}"
        topic = topic_for(source)
        await self.admin.create_topics([NewTopic(topic, PARTITIONS, replication_factor=1)])
        self.topics.append(topic)
        return source

    async def reset_tables(self) -> None:
        """Empty the platform tables of this run's schema."""
        engine = self.engine(poolclass=NullPool)
        try:
            async with engine.begin() as conn:
                await conn.execute(text("TRUNCATE outbox, inbox, dead_letters"))
        finally:
            await engine.dispose()


@contextlib.asynccontextmanager
async def bench_stack() -> AsyncIterator[BenchStack]:
    """Start (or find) PostgreSQL and Kafka, create a schema; drop it and the topics after."""
    from tramita_devstack.api import ensure_running

    endpoints = await asyncio.to_thread(ensure_running, ["postgres", "kafka"])
    await asyncio.to_thread(endpoints.create_database, DATABASE)
    admin = AIOKafkaAdminClient(bootstrap_servers=endpoints.kafka_bootstrap)
    await admin.start()
    stack = BenchStack(
        dsn=endpoints.postgres_dsn(DATABASE),
        bootstrap=endpoints.kafka_bootstrap,
        schema=f"bench_{uuid.uuid4().hex[:10]}",
        admin=admin,
    )
    try:
        await _create_schema(stack)
        yield stack
    finally:
        await _drop_schema(stack)
        if stack.topics:
            with contextlib.suppress(KafkaError):
                await admin.delete_topics(stack.topics)
        await admin.close()


async def _create_schema(stack: BenchStack) -> None:
    metadata = make_metadata()
    platform_tables(metadata)
    engine = stack.engine(poolclass=NullPool)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{stack.schema}"'))
            await conn.run_sync(metadata.create_all)
    finally:
        await engine.dispose()


async def _drop_schema(stack: BenchStack) -> None:
    engine = create_engine(stack.dsn, poolclass=NullPool)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{stack.schema}" CASCADE'))
    finally:
        await engine.dispose()


def monotonic() -> float:
    """CLOCK_MONOTONIC seconds: system-wide on Linux, so comparable between processes."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def envelope(source: str, seq: int) -> EventEnvelope:
    """A registry `OrganizationRegistered` event for aggregate `seq % KEYS`."""
    org = f"org-{seq % KEYS:05d}"
    payload = events_pb2.OrganizationRegistered(
        organization_id=org, name=f"Organization {seq} of the benchmark"
    )
    return make_envelope(payload, source=source, subject=org, clock=CLOCK, organization=org)


async def wait_for(
    done: asyncio.Event, within: float, what: str, *guards: asyncio.Future[object]
) -> None:
    """Wait for `done` at most `within` s; fail early if a guarded task ended."""
    waiter = asyncio.ensure_future(done.wait())
    try:
        finished, _ = await asyncio.wait(
            [waiter, *guards], timeout=within, return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        waiter.cancel()
    if done.is_set():
        return
    for task in guards:
        if task in finished:
            task.result()  # re-raise its error
            raise RuntimeError(f"{what}: a task ended early")
    raise TimeoutError(f"{what}: not done within {within:.0f}s")


async def paced(
    rate: float, count: int, action: Callable[[int], Awaitable[None]], *, in_flight: int = 8
) -> float:
    """Start `action(i)` for i < count at `start + i / rate` by the clock; return the lateness.

    Open loop: each call runs as its own task (at most `in_flight` at once), so a slow call
    does not delay the next one's start (no coordinated omission). Returns the worst start
    lateness in seconds; waits for every call and re-raises the first failure.
    """
    slots = asyncio.Semaphore(in_flight)

    async def one(i: int) -> None:
        try:
            await action(i)
        finally:
            slots.release()

    start = monotonic()
    worst = 0.0
    tasks = []
    for i in range(count):
        due = start + i / rate
        ahead = due - monotonic()
        if ahead > 0:
            await asyncio.sleep(ahead)
        await slots.acquire()
        worst = max(worst, monotonic() - due)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    return worst
