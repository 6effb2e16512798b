"""The event consumer on real Kafka and PostgreSQL: exactly-once effects, dead letters."""

from __future__ import annotations

import subprocess
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer, ConsumerRecord
from google.protobuf.message import Message
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.backoff import Backoff
from tramita_platform.clock import SystemClock
from tramita_platform.events import (
    EventEnvelope,
    encode,
    event_type,
    kafka_headers,
    make_envelope,
)

pytestmark = pytest.mark.integration

type Sessions = async_sessionmaker[AsyncSession]
type Poll = Callable[..., Awaitable[Any]]
type StartConsumer = Callable[..., Awaitable[Any]]
type TopicRecords = Callable[[str], Awaitable[list[ConsumerRecord]]]
type Spawn = Callable[..., subprocess.Popen[str]]
type ReadStdout = Callable[..., Awaitable[str]]


def envelope_for(pinged: type[Message], key: str, seq: int = 0) -> EventEnvelope:
    return make_envelope(pinged(key=key, seq=seq), source="test", subject=key, clock=SystemClock())


async def send(bootstrap: str, topic: str, envelopes: list[EventEnvelope]) -> None:
    """Publish raw envelopes (bypassing the outbox) to simulate redelivery."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        for envelope in envelopes:
            await producer.send_and_wait(
                topic,
                encode(envelope),
                key=envelope.subject.encode(),
                headers=kafka_headers(envelope),
            )
    finally:
        await producer.stop()


async def query(sessions: Sessions, sql: str) -> list[tuple[object, ...]]:
    async with sessions() as session:
        return [tuple(row) for row in (await session.execute(text(sql))).all()]


async def test_proof_a_redelivered_event_has_no_second_effect(
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    start_consumer: StartConsumer,
    poll: Poll,
    pinged: type[Message],
) -> None:
    envelope = envelope_for(pinged, "agg-1")
    other = envelope_for(pinged, "agg-2")
    await send(kafka_bootstrap, topic, [envelope, envelope, other, envelope])

    first = await start_consumer(topic, group="group-a", name="effects")
    await poll(lambda: _at_least(first.outcomes, 4), what="4 records processed")
    assert sorted(first.outcomes) == ["duplicate", "duplicate", "processed", "processed"]

    # An offset reset (a new group id, same consumer name) re-reads everything: no effect.
    replay = await start_consumer(topic, group="group-b", name="effects")
    await poll(lambda: _at_least(replay.outcomes, 4), what="4 records replayed")
    assert replay.outcomes == ["duplicate"] * 4
    assert await query(
        sessions, "SELECT event_id, count(*) FROM effects GROUP BY 1 ORDER BY 1"
    ) == sorted([(envelope.id, 1), (other.id, 1)])


async def test_a_persistently_failing_handler_dead_letters_and_the_consumer_moves_on(
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    start_consumer: StartConsumer,
    poll: Poll,
    pinged: type[Message],
) -> None:
    poison = envelope_for(pinged, "same-key", seq=1)
    after = envelope_for(pinged, "same-key", seq=2)
    attempts: list[str] = []

    async def handler(session: AsyncSession, envelope: EventEnvelope) -> None:
        attempts.append(envelope.id)
        await session.execute(
            text("INSERT INTO effects (event_id) VALUES (:i)"), {"i": envelope.id}
        )
        if envelope.id == poison.id:
            raise ValueError("cannot apply")

    await send(kafka_bootstrap, topic, [poison, after])
    await _send_raw(kafka_bootstrap, topic, b"\x08not an envelope")
    consumer = await start_consumer(
        topic,
        handlers={event_type(pinged): handler},
        max_attempts=3,
        backoff=Backoff(initial=0.01, maximum=0.02),
    )
    await poll(lambda: _at_least(consumer.outcomes, 3), what="3 outcomes")
    assert sorted(consumer.outcomes) == ["dead_lettered", "dead_lettered", "processed"]
    assert attempts.count(poison.id) == 3
    assert await query(sessions, "SELECT event_id FROM effects") == [(after.id,)]
    dead = await query(
        sessions, "SELECT event_id, attempts, error FROM dead_letters ORDER BY event_id NULLS LAST"
    )
    assert [(row[0], row[1]) for row in dead] == [(poison.id, 3), (None, 1)]
    assert "cannot apply" in str(dead[0][2])
    inbox = await query(sessions, "SELECT event_id FROM inbox ORDER BY event_id")
    assert sorted(inbox) == sorted([(poison.id,), (after.id,)])


async def test_a_transient_handler_failure_is_retried_to_one_effect(
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    start_consumer: StartConsumer,
    poll: Poll,
    pinged: type[Message],
) -> None:
    failures = 2

    async def flaky(session: AsyncSession, envelope: EventEnvelope) -> None:
        nonlocal failures
        await session.execute(
            text("INSERT INTO effects (event_id) VALUES (:i)"), {"i": envelope.id}
        )
        if failures:
            failures -= 1
            raise ConnectionError("downstream blip")

    await send(kafka_bootstrap, topic, [envelope_for(pinged, "k")])
    consumer = await start_consumer(topic, handlers={event_type(pinged): flaky})
    await poll(lambda: _at_least(consumer.outcomes, 1), what="1 outcome")
    assert consumer.outcomes == ["processed"]
    assert len(await query(sessions, "SELECT * FROM effects")) == 1
    assert await query(sessions, "SELECT * FROM dead_letters") == []


async def test_the_handler_runs_in_the_producers_trace(
    kafka_bootstrap: str,
    topic: str,
    start_consumer: StartConsumer,
    poll: Poll,
    pinged: type[Message],
) -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("command") as span:
        envelope = envelope_for(pinged, "traced")
        expected = span.get_span_context().trace_id
    seen: list[int] = []

    async def handler(session: AsyncSession, received: EventEnvelope) -> None:
        seen.append(trace.get_current_span().get_span_context().trace_id)

    await send(kafka_bootstrap, topic, [envelope])
    consumer = await start_consumer(topic, handlers={event_type(pinged): handler})
    await poll(lambda: _at_least(consumer.outcomes, 1), what="1 outcome")
    assert seen == [expected]


async def _send_raw(bootstrap: str, topic: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=b"same-key")
    finally:
        await producer.stop()


async def _at_least(items: list[object], count: int) -> bool:
    return len(items) >= count
