"""Outbox relay throughput vs raw aiokafka, both measured in the same run.

Baseline: a raw idempotent `AIOKafkaProducer` (acks=all) publishes N pre-encoded envelopes
(same bytes, key and headers the relay would send) with `create_batch`/`send_batch`, one
stream of batches per partition, timed from `start()` to the last acknowledgement.

Measured: the same N events are first committed to the outbox, 100 per transaction with
`Outbox.add_all` (the batch form of `Outbox.add`; untimed); then one `OutboxRelay` with the
production defaults (batch_size=500, poll_interval=0.5 s) is started and timed until it has
published all N (its `published` counter reaches N).
"""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner
from tramita_platform.db import session_factory
from tramita_platform.events import encode, kafka_headers
from tramita_platform.outbox import Outbox, OutboxRelay

from bench.report import Result, median
from bench.stack import CLOCK, PARTITIONS, BenchStack, envelope, wait_for

GOAL_RATIO = 0.25
TXN_SIZE = 100
TIMEOUT = 60.0

type Message = tuple[bytes, bytes, list[tuple[str, bytes]]]  # key, value, headers


class _CountingRelay(OutboxRelay):
    """An `OutboxRelay` that sets `drained` once it has published `target` rows."""

    def __init__(self, *, target: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.target = target
        self.drained = asyncio.Event()

    async def relay_once(self) -> int:
        count = await super().relay_once()
        if self.published >= self.target:
            self.drained.set()
        return count


def _messages(source: str, count: int) -> list[Message]:
    messages = []
    for seq in range(count):
        env = envelope(source, seq)
        messages.append((env.subject.encode(), encode(env), kafka_headers(env)))
    return messages


async def raw_kafka_rate(stack: BenchStack, count: int, repeats: int = 3) -> float:
    """Median events/s of a raw idempotent producer publishing `count` envelopes in batches.

    One pass takes well under a second, so it is repeated (fresh producer and topic).
    """
    rates = []
    for _ in range(repeats):
        topic = topic_of(await stack.new_source())
        rates.append(await _raw_pass(stack, topic, _messages(topic.split(".")[1], count)))
    return median(rates)


async def _raw_pass(stack: BenchStack, topic: str, messages: list[Message]) -> float:
    partitioner = DefaultPartitioner()
    by_partition: dict[int, list[Message]] = {p: [] for p in range(PARTITIONS)}
    for message in messages:
        by_partition[partitioner(message[0], list(range(PARTITIONS)), None)].append(message)
    began = time.perf_counter()
    producer = AIOKafkaProducer(
        bootstrap_servers=stack.bootstrap, enable_idempotence=True, acks="all"
    )
    await producer.start()
    try:
        sends = [_send_partition(producer, topic, p, batch) for p, batch in by_partition.items()]
        futures = [future for sent in await asyncio.gather(*sends) for future in sent]
        await asyncio.wait_for(asyncio.gather(*futures), TIMEOUT)
        elapsed = time.perf_counter() - began
    finally:
        await producer.stop()
    return len(messages) / elapsed


async def _send_partition(
    producer: AIOKafkaProducer, topic: str, partition: int, messages: list[Message]
) -> list[asyncio.Future[object]]:
    """Fill batches for one partition, submit each when full; return the delivery futures."""
    futures = []
    batch = producer.create_batch()
    for key, value, headers in messages:
        if batch.append(key=key, value=value, timestamp=None, headers=headers) is None:
            futures.append(await producer.send_batch(batch, topic, partition=partition))
            batch = producer.create_batch()
            batch.append(key=key, value=value, timestamp=None, headers=headers)
    if batch.record_count():
        futures.append(await producer.send_batch(batch, topic, partition=partition))
    return futures


def topic_of(source: str) -> str:
    return f"tramita.{source}.events.v1"


async def fill_outbox(stack: BenchStack, source: str, count: int) -> None:
    """Commit `count` events to the outbox, `TXN_SIZE` per transaction (`Outbox.add_all`)."""
    engine = stack.engine(pool_size=2)
    outbox = Outbox(clock=CLOCK)
    sessions = session_factory(engine)
    try:
        for first in range(0, count, TXN_SIZE):
            async with sessions() as session, session.begin():
                last = min(first + TXN_SIZE, count)
                await outbox.add_all(session, [envelope(source, seq) for seq in range(first, last)])
    finally:
        await engine.dispose()


async def relay_rate(stack: BenchStack, count: int, **relay_opts: object) -> float:
    """Events/s of one `OutboxRelay` draining `count` committed outbox rows."""
    await stack.reset_tables()
    source = await stack.new_source()
    await fill_outbox(stack, source, count)
    engine = stack.engine(pool_size=3)
    relay = _CountingRelay(
        target=count,
        engine=engine,
        bootstrap_servers=stack.bootstrap,
        clock=CLOCK,
        name="bench-relay",
        **relay_opts,
    )
    began = time.perf_counter()
    task = asyncio.create_task(relay.run())
    try:
        await wait_for(relay.drained, TIMEOUT, "relay drain", task)
        elapsed = time.perf_counter() - began
    finally:
        relay.stop()
        await asyncio.wait_for(task, 30)
        await engine.dispose()
    return count / elapsed


async def run(stack: BenchStack, count: int = 20_000) -> list[tuple[Result, str]]:
    """Both measurements and the ratio row with its verdict."""
    raw = await raw_kafka_rate(stack, count)
    relayed = await relay_rate(stack, count)
    result = Result(
        f"Outbox relay throughput ({count:,} events, defaults: batch 500)",
        relayed,
        "events/s",
        baseline="raw aiokafka send_batch, idempotent, acks=all (median of 3)",
        baseline_value=raw,
        goal=f"ratio ≥ {GOAL_RATIO}",
    )
    verdict = "met" if (result.ratio or 0) >= GOAL_RATIO else "NOT met"
    return [(result, verdict)]
