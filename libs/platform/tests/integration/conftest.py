"""Fixtures for the integration tests: Kafka topics, helper processes, recording consumers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import SystemClock
from tramita_platform.consumer import EventConsumer, Handler, Outcome
from tramita_platform.events import EventEnvelope

type Spawn = Callable[..., subprocess.Popen[str]]
type StartConsumer = Callable[..., Awaitable["RecordingConsumer"]]
PARTITIONS = 3
PROCS = Path(__file__).parent / "procs"


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

    def _spawn(
        script: str, *args: str, env: Mapping[str, str] | None = None
    ) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, str(PROCS / script), *args],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        procs.append(proc)
        return proc

    yield _spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


async def read_line(proc: subprocess.Popen[str], prefix: str, within: float = 30) -> str:
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

    return await asyncio.wait_for(_read(), within)


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

    def observed(self, outcome: Outcome, record: ConsumerRecord) -> None:
        super().observed(outcome, record)
        self.outcomes.append(outcome)


@pytest.fixture
async def start_consumer(
    kafka_bootstrap: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[StartConsumer]:
    """Return `await start(topic, group=..., name=..., handlers=..., **opts)`; stopped after."""
    running: list[tuple[RecordingConsumer, asyncio.Task[None]]] = []

    async def _start(
        topic: str,
        *,
        group: str | None = None,
        name: str | None = None,
        handlers: Mapping[str, Handler] | None = None,
        **opts: Any,
    ) -> RecordingConsumer:
        consumer = RecordingConsumer(
            sessions=sessions,
            bootstrap_servers=kafka_bootstrap,
            topics=[topic],
            group_id=group or f"g-{uuid.uuid4().hex[:8]}",
            name=name or "effects",
            clock=SystemClock(),
            handlers=handlers,
            **opts,
        )
        running.append((consumer, asyncio.create_task(consumer.run())))
        return consumer

    yield _start
    for consumer, _ in running:
        consumer.stop()
    await asyncio.wait_for(asyncio.gather(*(task for _, task in running)), 15)
