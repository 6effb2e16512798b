"""Commit → consumer-effect latency at a steady 200 events/s: outbox path vs raw aiokafka.

Outbox path: a producer task here commits one event per transaction (`Outbox.add`),
paced by the clock; one `OutboxRelay` (production defaults, LISTEN/NOTIFY on) and one
`EventConsumer` run in processes of their own, as deployed (`bench/procs.py`); the
consumer's handler stamps the receive time inside the inbox transaction. Latency = effect
commit (stamped when `process()` returned, i.e. after the inbox transaction committed)
minus outbox commit (stamped when the producer's transaction returned), on CLOCK_MONOTONIC.
Baseline: the producer sends straight to Kafka with a raw idempotent producer (acks=all)
at the same pace, and a raw consumer in this process stamps each record as it arrives.

The load is open loop (`stack.paced`): each commit/send starts at its due time whatever
the previous one is doing (at most 8 in flight), so a slow system is not offered less load.
Three stage rows split the outbox path using the Kafka record's create time (the relay's
send): outbox commit → relay send → handler receive → inbox commit.

Both flows first push a few unmeasured warm-up events through and wait for them, so the
consumer-group join and the first metadata fetches are not part of the numbers.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from tramita_platform.db import session_factory
from tramita_platform.events import HEADER_ID, EventEnvelope, encode, kafka_headers, topic_for
from tramita_platform.outbox import Outbox

from bench.report import Result, percentile
from bench.stack import CLOCK, BenchStack, envelope, monotonic, paced, wait_for

RATE = 200.0
SECONDS = 15.0
WARMUP = 20
GOAL_P99_MS = 100.0
DRAIN_TIMEOUT = 20.0
WARMUP_TIMEOUT = 30.0
ROOT = Path(__file__).resolve().parent.parent


class Tracker:
    """Commit and effect times (CLOCK_MONOTONIC s) by event id; `reached` fires at `arm(n)`."""

    def __init__(self) -> None:
        self.committed: dict[str, float] = {}
        self.committed_wall: dict[str, float] = {}
        self.sent_wall: dict[str, float] = {}
        self.received: dict[str, float] = {}
        self.effects: dict[str, float] = {}
        self.reached = asyncio.Event()
        self.lateness = 0.0
        self._target = 0

    def arm(self, total: int) -> None:
        self._target = total
        self.reached.clear()
        self._check()

    def effect(self, event_id: str, when: float | None = None) -> None:
        self.effects.setdefault(event_id, monotonic() if when is None else when)
        self._check()

    def _check(self) -> None:
        if self._target and len(self.effects) >= self._target:
            self.reached.set()

    def latencies_ms(self, ids: list[str]) -> list[float]:
        return [(self.effects[i] - self.committed[i]) * 1000 for i in ids]

    def stages_ms(self, ids: list[str]) -> dict[str, list[float]]:
        """Commit → relay send → handler receive → effect commit, per event."""
        return {
            "outbox commit → relay send": [
                (self.sent_wall[i] - self.committed_wall[i]) * 1000 for i in ids
            ],
            "relay send → handler receive": [
                (self.received[i] - self.committed[i]) * 1000
                - (self.sent_wall[i] - self.committed_wall[i]) * 1000
                for i in ids
            ],
            "handler receive → inbox commit": [
                (self.effects[i] - self.received[i]) * 1000 for i in ids
            ],
        }


type Send = Callable[[EventEnvelope], Awaitable[None]]


async def _drive(
    tracker: Tracker, source: str, send: Send, guards: list[asyncio.Task[None]]
) -> list[str]:
    """Warm up, then send RATE events/s for SECONDS; wait for every effect; return the ids."""
    tracker.arm(WARMUP)
    warm = [envelope(source, seq) for seq in range(WARMUP)]
    await paced(RATE / 4, WARMUP, lambda i: send(warm[i]))
    await wait_for(tracker.reached, WARMUP_TIMEOUT, "warm-up", *guards)
    count = int(RATE * SECONDS)
    events = [envelope(source, WARMUP + seq) for seq in range(count)]
    tracker.arm(WARMUP + count)
    tracker.lateness = await paced(RATE, count, lambda i: send(events[i]))
    await wait_for(tracker.reached, DRAIN_TIMEOUT, "latency drain", *guards)
    return [event.id for event in events]


@contextlib.asynccontextmanager
async def _tasks(*runners: tuple[Callable[[], Awaitable[None]], Callable[[], None]]):
    """Run each `(run, stop)` pair as a task; stop and await them all on exit."""
    tasks = [asyncio.create_task(run()) for run, _ in runners]
    try:
        yield tasks
    finally:
        for _, stop in runners:
            stop()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 30)


@contextlib.asynccontextmanager
async def _process(*args: str) -> AsyncIterator[asyncio.subprocess.Process]:
    """`python -m bench.procs ARGS` (stdout piped); SIGTERM on exit, killed after 30 s."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.procs", *args, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()


async def _read_effects(proc: asyncio.subprocess.Process, tracker: Tracker) -> None:
    """Feed the consumer process's `<id> <received> <effect>` lines to the tracker."""
    assert proc.stdout is not None
    while line := await proc.stdout.readline():
        event_id, sent, received, effect = line.decode().split()
        tracker.sent_wall[event_id] = float(sent)
        tracker.received[event_id] = float(received)
        tracker.effect(event_id, float(effect))
    raise RuntimeError(f"consumer process exited ({await proc.wait()})")


async def outbox_flow(stack: BenchStack) -> tuple[Tracker, list[str]]:
    """The outbox → relay process → EventConsumer process path, driven from here."""
    await stack.reset_tables()
    source = await stack.new_source()
    tracker = Tracker()
    engine = stack.engine(pool_size=8)
    sessions = session_factory(engine)
    outbox = Outbox(clock=CLOCK)

    async def commit(env: EventEnvelope) -> None:
        async with sessions() as session, session.begin():
            await outbox.add(session, env)
        tracker.committed[env.id] = monotonic()
        tracker.committed_wall[env.id] = time.time()

    common = (stack.dsn, stack.schema, stack.bootstrap)
    group = f"bench-{uuid.uuid4().hex[:10]}"
    try:
        async with (
            _process("relay", *common) as relay,
            _process("consume", *common, topic_for(source), group) as consumer,
        ):
            reader = asyncio.create_task(_read_effects(consumer, tracker))
            exited = asyncio.create_task(relay.wait())
            try:
                ids = await _drive(tracker, source, commit, [reader, exited])
            finally:
                reader.cancel()
                exited.cancel()
    finally:
        await engine.dispose()
    return tracker, ids


@contextlib.asynccontextmanager
async def _raw_clients(
    stack: BenchStack, topic: str
) -> AsyncIterator[tuple[AIOKafkaProducer, AIOKafkaConsumer]]:
    producer = AIOKafkaProducer(
        bootstrap_servers=stack.bootstrap, enable_idempotence=True, acks="all"
    )
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=stack.bootstrap,
        group_id=f"bench-{uuid.uuid4().hex[:10]}",
        auto_offset_reset="earliest",
    )
    await producer.start()
    try:
        await consumer.start()
        try:
            yield producer, consumer
        finally:
            await consumer.stop()
    finally:
        await producer.stop()


async def raw_flow(stack: BenchStack) -> tuple[Tracker, list[str]]:
    """Raw producer.send → raw consumer receipt, both in this process."""
    source = await stack.new_source()
    topic = topic_for(source)
    tracker = Tracker()
    stopped = asyncio.Event()

    async with _raw_clients(stack, topic) as (producer, consumer):

        async def receive() -> None:
            while not stopped.is_set():
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    for record in records:
                        tracker.effect(dict(record.headers)[HEADER_ID].decode())

        async def send(env: EventEnvelope) -> None:
            tracker.committed[env.id] = monotonic()
            await producer.send(
                topic, encode(env), key=env.subject.encode(), headers=kafka_headers(env)
            )

        async with _tasks((receive, stopped.set)) as tasks:
            ids = await _drive(tracker, source, send, tasks)
    return tracker, ids


async def run(stack: BenchStack) -> list[tuple[Result, str]]:
    """p50/p99 of both paths; the p99 row carries the ratio and the verdict."""
    raw, raw_ids = await raw_flow(stack)
    outbox, ids = await outbox_flow(stack)
    raw_ms, outbox_ms = raw.latencies_ms(raw_ids), outbox.latencies_ms(ids)
    p99 = percentile(outbox_ms, 99)
    label = f"{RATE:.0f} ev/s for {SECONDS:.0f} s"
    lag = f"pacing lag max {outbox.lateness * 1000:.0f} ms"
    rows = [
        Result(
            f"Commit → effect p50 via outbox ({label})",
            percentile(outbox_ms, 50),
            "ms",
            baseline="raw aiokafka p50",
            baseline_value=percentile(raw_ms, 50),
            higher_is_better=False,
        ),
        Result(
            f"Commit → effect p99 via outbox ({label}, {lag})",
            p99,
            "ms",
            baseline=f"raw aiokafka p99 (pacing lag max {raw.lateness * 1000:.0f} ms)",
            baseline_value=percentile(raw_ms, 99),
            goal=f"p99 ≤ {GOAL_P99_MS:.0f} ms",
            higher_is_better=False,
        ),
    ]
    verdict = "met" if p99 <= GOAL_P99_MS else "NOT met"
    stages = [
        Result(f"  stage p99: {stage}", percentile(samples, 99), "ms", higher_is_better=False)
        for stage, samples in outbox.stages_ms(ids).items()
    ]
    return [(rows[0], "—"), (rows[1], verdict), *((row, "—") for row in stages)]
