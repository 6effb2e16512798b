"""The outbox and its relay on real PostgreSQL and Kafka, including the no-loss proofs."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiokafka import ConsumerRecord
from google.protobuf.message import Message
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from tramita_platform.clock import ManualClock, SystemClock
from tramita_platform.db import create_engine
from tramita_platform.events import EventEnvelope, decode, make_envelope, unpack
from tramita_platform.outbox import OUTBOX, Outbox, OutboxRelay

pytestmark = pytest.mark.integration

type Sessions = async_sessionmaker[AsyncSession]
type Poll = Callable[..., Awaitable[Any]]
type StartConsumer = Callable[..., Awaitable[Any]]
type TopicRecords = Callable[[str], Awaitable[list[ConsumerRecord]]]
type Spawn = Callable[..., subprocess.Popen[str]]
type ReadStdout = Callable[..., Awaitable[str]]


def envelopes(pinged: type[Message], count: int, *, keys: int = 8) -> list[EventEnvelope]:
    """`count` events spread over `keys` aggregates, `seq` counting up per aggregate."""
    clock = SystemClock()
    return [
        make_envelope(
            pinged(key=f"agg-{n % keys}", seq=n // keys),
            source="test",
            subject=f"agg-{n % keys}",
            clock=clock,
        )
        for n in range(count)
    ]


async def commit_events(sessions: Sessions, topic: str, events: list[EventEnvelope]) -> None:
    """Commit events in several transactions, as a busy service would."""
    outbox = Outbox(clock=SystemClock())
    for start in range(0, len(events), 50):
        async with sessions() as session, session.begin():
            await outbox.add_all(session, events[start : start + 50], topic=topic)


async def outbox_stats(sessions: Sessions) -> tuple[int, int, int, int]:
    """(rows, published, min attempts, max attempts)."""
    async with sessions() as session:
        row = (
            await session.execute(
                text(
                    "SELECT count(*), count(published_at), coalesce(min(attempts), 0),"
                    " coalesce(max(attempts), 0) FROM outbox"
                )
            )
        ).one()
    return tuple(row)  # type: ignore[return-value]


async def test_rows_exist_only_if_the_business_transaction_commits(
    sessions: Sessions,
    pinged: type[Message],
) -> None:
    outbox = Outbox(clock=ManualClock())
    [kept, dropped] = envelopes(pinged, 2)
    with pytest.raises(RuntimeError):
        async with sessions() as session, session.begin():
            await outbox.add(session, dropped)
            raise RuntimeError("the state change failed")
    async with sessions() as session, session.begin():
        await outbox.add(session, kept)
    async with sessions() as session:
        rows = (await session.execute(select(OUTBOX))).mappings().all()
    assert [row["id"] for row in rows] == [kept.id]
    row = rows[0]
    assert (row["topic"], row["key"], row["published_at"], row["attempts"]) == (
        "tramita.test.events.v1",
        kept.subject,
        None,
        0,
    )
    assert decode(row["envelope"]) == kept
    assert row["headers"] == {"ce_id": kept.id, "ce_type": "tramita.testing.Pinged.v1"}


async def test_relay_publishes_key_value_and_headers_then_marks_rows(
    engine: AsyncEngine,
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    topic_records: TopicRecords,
    pinged: type[Message],
) -> None:
    events = envelopes(pinged, 5, keys=2)
    await commit_events(sessions, topic, events)
    relay = OutboxRelay(engine=engine, bootstrap_servers=kafka_bootstrap, clock=SystemClock())
    try:
        assert await relay.relay_once() == 5
        assert await relay.relay_once() == 0
    finally:
        await relay._close_producer()
    assert await outbox_stats(sessions) == (5, 5, 1, 1)
    records = await topic_records(topic)
    by_id = {decode(record.value).id: record for record in records}
    assert set(by_id) == {event.id for event in events}
    sample = by_id[events[0].id]
    assert sample.key == events[0].subject.encode()
    assert dict(sample.headers)["ce_type"] == b"tramita.testing.Pinged.v1"


async def test_notify_wakes_the_relay_long_before_its_poll_interval(
    engine: AsyncEngine,
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    poll: Poll,
    pinged: type[Message],
) -> None:
    relay = OutboxRelay(
        engine=engine, bootstrap_servers=kafka_bootstrap, clock=SystemClock(), poll_interval=60
    )
    task = asyncio.create_task(relay.run())
    try:
        await asyncio.sleep(0.5)  # the relay's first (empty) round is done, it now idles
        await commit_events(sessions, topic, envelopes(pinged, 3))
        await poll(lambda: _published(sessions, 3), within=10, what="NOTIFY-driven publish")
    finally:
        relay.stop()
        await asyncio.wait_for(task, 10)


async def test_proof_killing_the_relay_mid_way_loses_no_event(
    database_dsn: str,
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    spawn: Spawn,
    read_stdout: ReadStdout,
    start_consumer: StartConsumer,
    topic_records: TopicRecords,
    poll: Poll,
    pinged: type[Message],
) -> None:
    total, batch = 300, 20
    events = envelopes(pinged, total)
    await commit_events(sessions, topic, events)

    doomed = spawn("relay.py", database_dsn, kafka_bootstrap, str(batch), "3")
    await read_stdout(doomed, "HANGING")  # batch 3 is in Kafka but not marked published
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(10)
    assert (await outbox_stats(sessions))[:2] == (total, 2 * batch)

    survivor = spawn("relay.py", database_dsn, kafka_bootstrap, str(batch))
    consumer = await start_consumer(topic)
    await poll(lambda: _at_least(consumer.outcomes, total + batch), what="every record consumed")
    survivor.send_signal(signal.SIGTERM)
    await read_stdout(survivor, "STOPPED")
    assert survivor.wait(10) == 0

    assert await outbox_stats(sessions) == (total, total, 1, 1)
    records = await topic_records(topic)
    assert len(records) == total + batch  # the killed batch went out twice
    assert consumer.outcomes.count("processed") == total
    assert consumer.outcomes.count("duplicate") == batch
    async with sessions() as session:
        effects = (
            await session.execute(text("SELECT count(*), count(DISTINCT event_id) FROM effects"))
        ).one()
    assert tuple(effects) == (total, total)


async def test_proof_two_relays_never_double_publish_and_keep_per_key_order(
    database_dsn: str,
    sessions: Sessions,
    kafka_bootstrap: str,
    topic: str,
    topic_records: TopicRecords,
    poll: Poll,
    pinged: type[Message],
) -> None:
    total = 400
    await commit_events(sessions, topic, envelopes(pinged, total, keys=40))
    engines = [_engine(database_dsn) for _ in range(2)]
    relays = [
        OutboxRelay(
            engine=engine,
            bootstrap_servers=kafka_bootstrap,
            clock=SystemClock(),
            batch_size=10,
            poll_interval=0.05,
            name=f"relay-{n}",
        )
        for n, engine in enumerate(engines)
    ]
    tasks = [asyncio.create_task(relay.run()) for relay in relays]
    try:
        await poll(lambda: _published(sessions, total), what="all rows published")
    finally:
        for relay in relays:
            relay.stop()
        await asyncio.wait_for(asyncio.gather(*tasks), 10)
        for engine in engines:
            await engine.dispose()

    assert sum(relay.published for relay in relays) == total
    assert all(relay.published > 0 for relay in relays), [r.published for r in relays]
    assert await outbox_stats(sessions) == (total, total, 1, 1)
    records = await topic_records(topic)
    ids = [decode(record.value).id for record in records]
    assert len(ids) == len(set(ids)) == total
    sequences: dict[str, list[int]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.partition, r.offset)):
        payload = unpack(decode(record.value), pinged)
        sequences[payload.key].append(payload.seq)
    assert all(seqs == sorted(seqs) for seqs in sequences.values()), sequences


async def test_a_key_whose_earlier_event_another_relay_holds_is_deferred(
    engine: AsyncEngine,
    sessions: Sessions,
    pinged: type[Message],
) -> None:
    events = envelopes(pinged, 6, keys=3)  # agg-0, agg-1, agg-2, agg-0, agg-1, agg-2
    await commit_events(sessions, "t", events)
    first = OutboxRelay(engine=engine, bootstrap_servers="", clock=SystemClock(), batch_size=2)
    second = OutboxRelay(engine=engine, bootstrap_servers="", clock=SystemClock())
    async with engine.begin() as held, engine.begin() as other:
        claimed_first = await first.claim(held)
        claimed_second = await second.claim(other)
    assert [r.id for r in claimed_first] == [events[0].id, events[1].id]
    assert [r.id for r in claimed_second] == [events[2].id, events[5].id]


def _engine(dsn: str) -> AsyncEngine:
    return create_engine(dsn)


async def _published(sessions: Sessions, expected: int) -> bool:
    return (await outbox_stats(sessions))[1] >= expected


async def _at_least(items: list[object], count: int) -> bool:
    return len(items) >= count
