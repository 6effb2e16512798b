"""Events → queued mails: the notifications consumer vs raw consumption of the same events.

Prepared (untimed): the notifications tables are created in the run's schema
(`tramita_notifications.adapters.orm.metadata`); the service's `DirectoryWriter` enters PEOPLE
active people (e-mail, stored sealed; language; one entity-wide profile each); N envelopes
are published to a fresh topic with a raw producer: even positions are
`registry.OrganizationRegistered` with a contact mailbox (directory upsert + 1 mail), odd
positions `identity.DelegationGranted` to one of the people (1 mail + 1 in-app notice).

Three consumers then read that same topic (the same bytes) in this process, one after the
other (the two `EventConsumer`s each in a fresh consumer group, with an inbox name of its own):

- **bare**: a raw `AIOKafkaConsumer` counting records (partitions assigned by hand, no
  group, no decoding, no offset commits; median of 3 passes);
- **baseline**: an `EventConsumer` (inbox, one transaction per record, offset commits) whose
  handlers for both types do nothing — what the platform costs before the service's work;
- **measured**: an `EventConsumer` with `kafka_consumer.handlers(wiring)` of the notifications
  service, wired as `bootstrap.Notifications.wiring()` does (`SessionWork` stores, the
  packaged `JinjaRenderer`, the system clock; the identity contact source is a stub that
  fails if asked: these event types never ask it), on an engine built like the service's.

Each is timed from the moment its partitions are assigned (for the two `EventConsumer`s,
the group join of a fresh group, ~3 s of Kafka's initial rebalance delay, is left out)
until its N-th record is processed (the `observed` hook, i.e. after the inbox transaction
committed). Afterwards the measured run must have queued exactly one message per event and
one notice per delegation, or the benchmark fails.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from aiokafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    ConsumerRebalanceListener,
    ConsumerRecord,
    TopicPartition,
)
from google.protobuf.message import Message
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.pool import NullPool
from tramita.identity.events.v1 import events_pb2 as identity_events
from tramita.registry.events.v1 import events_pb2 as registry_events
from tramita_notifications.adapters import orm
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.templates import JinjaRenderer
from tramita_notifications.adapters.unit_of_work import SessionWork
from tramita_notifications.app.ports import ContactPoint
from tramita_notifications.entrypoints.kafka_consumer import Wiring, handlers
from tramita_platform.consumer import EventConsumer, Handler, Outcome
from tramita_platform.db import session_factory
from tramita_platform.events import (
    EventEnvelope,
    encode,
    event_type,
    kafka_headers,
    make_envelope,
    topic_for,
)

from bench.report import Result, median
from bench.stack import CLOCK, PARTITIONS, BenchStack, wait_for

COUNT = 5_000
PEOPLE = 500
GOAL_RATIO = 0.5
JOIN_TIMEOUT = 30.0
DRAIN_TIMEOUT = 240.0
PUBLISH_TIMEOUT = 60.0
PORTAL_URL = "https://portal.bench.example"
TYPES = (
    event_type(registry_events.OrganizationRegistered),
    event_type(identity_events.DelegationGranted),
)


def _person(n: int) -> str:
    return f"person-{n % PEOPLE:04d}"


def events(source: str, count: int) -> list[EventEnvelope]:
    """Even positions register an organization (with a mailbox), odd ones grant a delegation."""
    out = []
    for seq in range(count):
        org = f"org-{seq - seq % 2:06d}"
        if seq % 2 == 0:
            payload: Message = registry_events.OrganizationRegistered(
                organization_id=org,
                name=f"Organization {seq} of the benchmark, Lda",
                registered_by_person_id=_person(seq + 1),
                contact_email=f"geral-{seq}@org.bench.example",
                preferred_language="pt-PT" if seq % 4 == 0 else "en-GB",
            )
            subject = org
        else:
            subject = f"delegation-{seq:06d}"
            payload = identity_events.DelegationGranted(
                delegation_id=subject,
                organization_id=org,
                member_person_id=_person(seq),
                granted_by_person_id=_person(seq + 7),
                process_types=["metrology-work-request", "licence-renewal"],
            )
        out.append(
            make_envelope(payload, source=source, subject=subject, clock=CLOCK, organization=org)
        )
    return out


async def prepare(stack: BenchStack, sealer: Sealer) -> None:
    """Create the notifications tables in the run's schema and fill the directory.

    The people go in through the service's own `DirectoryWriter` (as identity's events
    would put them there), so they are stored as the service stores them (contacts sealed).
    """
    engine = stack.engine(poolclass=NullPool)
    now = datetime.now(UTC)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(orm.metadata.create_all)
        async with session_factory(engine)() as session, session.begin():
            writer = SessionWork(session, sealer=sealer).writer
            for n in range(PEOPLE):
                person = _person(n)
                await writer.upsert_person(
                    person,
                    email=f"{person}@people.bench.example",
                    phone="",
                    language="pt-PT" if n % 3 else "en",
                    event_time=now,
                )
                await writer.replace_profiles(person, f"org-{n:06d}", [("", "member")])
    finally:
        await engine.dispose()


async def publish(stack: BenchStack, topic: str, envelopes: list[EventEnvelope]) -> None:
    """Pre-publish the envelopes (key = subject, the relay's headers) with a raw producer."""
    producer = AIOKafkaProducer(
        bootstrap_servers=stack.bootstrap, enable_idempotence=True, acks="all"
    )
    await producer.start()
    try:
        futures = [
            await producer.send(
                topic, encode(env), key=env.subject.encode(), headers=kafka_headers(env)
            )
            for env in envelopes
        ]
        await asyncio.wait_for(asyncio.gather(*futures), PUBLISH_TIMEOUT)
    finally:
        await producer.stop()


class _Assigned(ConsumerRebalanceListener):
    """Stamps when the consumer first got partitions: the timing starts there."""

    def __init__(self) -> None:
        self.at = 0.0
        self.event = asyncio.Event()

    async def on_partitions_revoked(self, revoked: object) -> None:
        return None

    async def on_partitions_assigned(self, assigned: object) -> None:
        if assigned and not self.event.is_set():
            self.at = time.perf_counter()
            self.event.set()


def _kafka_consumer(
    stack: BenchStack, topic: str, group: str, listener: _Assigned
) -> AIOKafkaConsumer:
    """The consumer `EventConsumer` builds by default, subscribed with `listener`."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=stack.bootstrap,
        group_id=group,
        client_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    consumer.subscribe([topic], listener=listener)
    return consumer


class _CountingConsumer(EventConsumer):
    """Stamps the time its `target`-th record was processed; any other outcome fails."""

    def __init__(self, *, target: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.target = target
        self.processed = 0
        self.other: list[Outcome] = []
        self.ended = 0.0
        self.done = asyncio.Event()

    def observed(self, outcome: Outcome, record: ConsumerRecord) -> None:
        super().observed(outcome, record)
        if outcome != "processed":
            self.other.append(outcome)
            self.done.set()
            return
        self.processed += 1
        if self.processed == self.target:
            self.ended = time.perf_counter()
            self.done.set()


async def consumer_rate(
    stack: BenchStack,
    topic: str,
    count: int,
    make_handlers: Callable[[], Mapping[str, Handler]],
    what: str,
) -> float:
    """Events/s of an `EventConsumer` (fresh group, its own engine) processing `count` records."""
    engine: AsyncEngine = stack.engine()  # as the service builds it (pool_pre_ping, pool 5)
    group = f"bench-{uuid.uuid4().hex[:10]}"
    listener = _Assigned()
    consumer = _CountingConsumer(
        target=count,
        sessions=session_factory(engine),
        bootstrap_servers=stack.bootstrap,
        group_id=group,
        topics=[topic],
        clock=CLOCK,
        handlers=make_handlers(),
        consumer_factory=lambda: _kafka_consumer(stack, topic, group, listener),
    )
    task = asyncio.create_task(consumer.run())
    try:
        await wait_for(listener.event, JOIN_TIMEOUT, f"{what}: group join", task)
        await wait_for(consumer.done, DRAIN_TIMEOUT, f"{what}: drain", task)
    finally:
        consumer.stop()
        try:
            await asyncio.wait_for(task, 30)
        finally:
            await engine.dispose()
    if consumer.other:
        raise RuntimeError(f"{what}: outcomes other than processed: {set(consumer.other)}")
    return count / (consumer.ended - listener.at)


async def bare_rate(stack: BenchStack, topic: str, count: int, repeats: int = 3) -> float:
    """Median events/s of a raw `AIOKafkaConsumer` reading `count` records.

    No group (the partitions are assigned by hand, from the beginning), no decoding, no
    commits; timed from the assignment to the `count`-th record. A pass is a few fetches
    (tens of ms), so it is the median of `repeats` passes.
    """
    rates = []
    for _ in range(repeats):
        consumer = AIOKafkaConsumer(
            bootstrap_servers=stack.bootstrap,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            consumer.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
            began = time.perf_counter()
            seen = 0
            async with asyncio.timeout(DRAIN_TIMEOUT):
                while seen < count:
                    for records in (await consumer.getmany(timeout_ms=500)).values():
                        seen += len(records)
            rates.append(count / (time.perf_counter() - began))
        finally:
            await consumer.stop()
    return median(rates)


def _noop_handlers() -> dict[str, Handler]:
    async def noop(session: AsyncSession, envelope: EventEnvelope) -> None:
        return None

    return dict.fromkeys(TYPES, noop)


class _NoContacts:
    """The identity contact source: never asked for these event types (only for
    `PersonContactChanged`), so a call fails the benchmark instead of timing a stub."""

    async def contact_points(self, person_ids: Sequence[str]) -> dict[str, ContactPoint]:
        raise RuntimeError(f"identity contact points asked for {list(person_ids)}")


def _service_handlers(sealer: Sealer) -> dict[str, Handler]:
    """`handlers(wiring)` wired as `bootstrap.Notifications.wiring()` wires them."""
    wiring = Wiring(
        work_in=lambda session: SessionWork(session, sealer=sealer),
        renderer=JinjaRenderer(PORTAL_URL),
        clock=CLOCK,
        contacts=_NoContacts(),
    )
    return handlers(wiring)


async def verify(stack: BenchStack, count: int) -> None:
    """One message per event and one notice per delegation, or the benchmark fails."""
    engine = stack.engine(poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            mailed = (
                await conn.execute(select(func.count(func.distinct(orm.messages.c.event_id))))
            ).scalar_one()
            rows = (await conn.execute(select(func.count()).select_from(orm.messages))).scalar_one()
            notices = (
                await conn.execute(select(func.count()).select_from(orm.notices))
            ).scalar_one()
            dead = (await conn.execute(text("SELECT count(*) FROM dead_letters"))).scalar_one()
    finally:
        await engine.dispose()
    expected = (count, count, count // 2, 0)
    if (rows, mailed, notices, dead) != expected:
        raise RuntimeError(
            f"notifications: {rows} messages for {mailed} events, {notices} notices, "
            f"{dead} dead letters; expected {expected}"
        )


async def run(stack: BenchStack, count: int = COUNT) -> list[tuple[Result, str]]:
    """The three rates; the measured row carries the ratio to the no-op consumer and the goal."""
    await stack.reset_tables()
    sealer = Sealer(Sealer.generate_key())
    await prepare(stack, sealer)
    source = await stack.new_source()
    topic = topic_for(source)
    await publish(stack, topic, events(source, count))
    bare = await bare_rate(stack, topic, count)
    noop = await consumer_rate(stack, topic, count, _noop_handlers, "no-op consumer")
    measured = await consumer_rate(
        stack, topic, count, lambda: _service_handlers(sealer), "notifications"
    )
    await verify(stack, count)
    result = Result(
        f"Notifications consumer: events → queued mails ({count:,} events, 1 mail each, "
        f"+1 notice for the {count // 2:,} delegations)",
        measured,
        "events/s",
        baseline="EventConsumer, same inbox, no-op handlers",
        baseline_value=noop,
        goal=f"ratio ≥ {GOAL_RATIO}",
    )
    reference = Result(
        "  reference: EventConsumer with no-op handlers",
        noop,
        "events/s",
        baseline="bare aiokafka consumer read (median of 3)",
        baseline_value=bare,
    )
    verdict = "met" if (result.ratio or 0) >= GOAL_RATIO else "NOT met"
    return [(result, verdict), (reference, "—")]
