"""The event consumer base: exactly-once effects over at-least-once Kafka delivery.

For each record: decode the envelope, open a transaction, insert (consumer, event id)
into the inbox; if the row is new, run the handler in that same transaction; commit; only
then commit the Kafka offset. A redelivered event finds its inbox row and has no second
effect. A handler that keeps failing is retried a bounded number of times, then the
record is written to `dead_letters` (and the inbox, so a redelivery does not repeat it)
and the consumer moves on. Database or broker outages are retried without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Literal

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from opentelemetry import context as otel_context
from sqlalchemy import insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_platform.backoff import Backoff, poll_until_stopped, wait_for_stop
from tramita_platform.clock import Clock
from tramita_platform.consumer.tables import DEAD_LETTERS, INBOX
from tramita_platform.events import EnvelopeError, EventEnvelope, decode, trace_context
from tramita_platform.ids import new_id
from tramita_platform.metrics import counter, gauge

__all__ = ["EventConsumer", "Handler", "Outcome"]

_log = logging.getLogger(__name__)
_BACKOFF = Backoff(initial=0.2, maximum=5.0)

type Handler = Callable[[AsyncSession, EventEnvelope], Awaitable[None]]
type Outcome = Literal["processed", "duplicate", "dead_lettered"]


class _HandlerFailed(Exception):
    """The handler (not the infrastructure) raised."""


class EventConsumer:
    """Consumes envelopes from `topics` as consumer group `group_id`.

    Give `handlers` (envelope type → handler; other types are skipped) or subclass and
    override `handle`. `name` keys the inbox, so a new group id with the same name (an
    offset reset) re-reads events without repeating their effects.
    """

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        bootstrap_servers: str,
        group_id: str,
        topics: Sequence[str],
        clock: Clock,
        handlers: Mapping[str, Handler] | None = None,
        name: str | None = None,
        max_attempts: int = 5,
        backoff: Backoff = _BACKOFF,
        batch_size: int = 100,
        poll_timeout: float = 0.5,
        consumer_factory: Callable[[], AIOKafkaConsumer] | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._handlers = dict(handlers or {})
        self.name = name or group_id
        self._max_attempts = max_attempts
        self._backoff = backoff
        self._batch_size = batch_size
        self._poll_ms = int(poll_timeout * 1000)
        self._new_consumer = consumer_factory or (
            lambda: AIOKafkaConsumer(
                *topics,
                bootstrap_servers=bootstrap_servers,
                group_id=group_id,
                client_id=self.name,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
            )
        )
        self._consumer: AIOKafkaConsumer | None = None
        self._stop = asyncio.Event()
        self._outcomes = counter(
            "tramita_consumer_events", "Consumed events by outcome.", ("consumer", "outcome")
        )
        self._lag = gauge(
            "tramita_consumer_lag",
            "Records behind the partition end.",
            ("consumer", "topic", "partition"),
        )

    async def handle(self, session: AsyncSession, envelope: EventEnvelope) -> None:
        """Apply one event inside the inbox transaction (dispatches on `envelope.type`)."""
        handler = self._handlers.get(envelope.type)
        if handler is not None:
            await handler(session, envelope)

    def observed(self, outcome: Outcome, record: ConsumerRecord) -> None:
        """Count the committed outcome of one record (subclasses may watch them too)."""
        self._outcomes.labels(self.name, outcome).inc()

    def stop(self) -> None:
        """Ask the loop to finish the current record, commit its offset and return."""
        self._stop.set()

    async def run(self) -> None:
        """Consume until `stop()` (a broker still starting up is waited for)."""
        if not await self._start_consumer():
            return
        try:
            await poll_until_stopped(
                self._step,
                stop=self._stop,
                poll_interval=0.0,
                backoff=self._backoff,
                name=f"consumer {self.name}",
            )
        finally:
            consumer, self._consumer = self._consumer, None
            if consumer is not None:
                await consumer.stop()

    async def _start_consumer(self) -> bool:
        """Start the Kafka consumer, retrying with backoff; False when stopped first."""
        attempt = 0
        while not self._stop.is_set():
            consumer = self._new_consumer()
            try:
                await consumer.start()
            except KafkaError:
                attempt += 1
                _log.warning("%s: Kafka unavailable (attempt %d)", self.name, attempt)
                await consumer.stop()
                await wait_for_stop(self._stop, self._backoff.delay(attempt))
                continue
            self._consumer = consumer
            return True
        return False

    async def _step(self) -> bool:
        """Fetch and process one batch; True when anything arrived."""
        assert self._consumer is not None
        batches = await self._consumer.getmany(
            timeout_ms=self._poll_ms, max_records=self._batch_size
        )
        untouched = dict(batches)
        try:
            for partition, records in batches.items():
                del untouched[partition]
                await self._process_partition(partition, records)
        finally:
            for partition, records in untouched.items():
                self._rewind(partition, records[0].offset)
        return bool(batches)

    async def _process_partition(
        self, partition: TopicPartition, records: list[ConsumerRecord]
    ) -> None:
        """Process records in order, commit the offset after the last effect, rewind the rest."""
        done = 0
        try:
            for record in records:
                if self._stop.is_set():
                    break
                await self.process(record)
                done += 1
        finally:
            if done:
                await self._commit(partition, records[done - 1].offset + 1)
            if done < len(records):
                self._rewind(partition, records[done].offset)

    async def process(self, record: ConsumerRecord) -> Outcome:
        """Apply one Kafka record exactly once (by event id) and return what happened."""
        try:
            envelope = decode(record.value or b"")
        except EnvelopeError as exc:
            _log.error(
                "%s: undecodable record %s/%d@%d dead-lettered",
                self.name,
                record.topic,
                record.partition,
                record.offset,
            )
            outcome: Outcome = await self._dead_letter(record, None, exc, attempts=1)
            self.observed(outcome, record)
            return outcome
        token = otel_context.attach(trace_context(record.headers, envelope))
        try:
            outcome = await self._apply_with_retries(record, envelope)
        finally:
            otel_context.detach(token)
        self.observed(outcome, record)
        return outcome

    async def _apply_with_retries(self, record: ConsumerRecord, envelope: EventEnvelope) -> Outcome:
        """Retry a failing handler `max_attempts` times, then dead-letter the record."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._apply(envelope)
            except _HandlerFailed as failed:
                error = failed.__cause__ or failed
                if attempt >= self._max_attempts:
                    _log.error(
                        "%s: event %s (%s) dead-lettered after %d attempts: %r",
                        self.name,
                        envelope.id,
                        envelope.type,
                        attempt,
                        error,
                    )
                    return await self._dead_letter(record, envelope, error, attempts=attempt)
                delay = self._backoff.delay(attempt)
                _log.warning(
                    "%s: event %s failed (attempt %d), retrying in %.2fs: %r",
                    self.name,
                    envelope.id,
                    attempt,
                    delay,
                    error,
                )
                await asyncio.sleep(delay)

    async def _apply(self, envelope: EventEnvelope) -> Outcome:
        """Record the event in the inbox and run the handler, in one transaction."""
        async with self._sessions() as session, session.begin():
            if not await self._claim_inbox(session, envelope.id):
                return "duplicate"
            try:
                await self.handle(session, envelope)
            except Exception as exc:
                raise _HandlerFailed from exc
        return "processed"

    async def _claim_inbox(self, session: AsyncSession, event_id: str) -> bool:
        """Insert the inbox row; False when this consumer already processed the event."""
        statement = (
            pg_insert(INBOX)
            .values(consumer=self.name, event_id=event_id, processed_at=self._clock.now())
            .on_conflict_do_nothing()
            .returning(INBOX.c.event_id)
        )
        return (await session.execute(statement)).first() is not None

    async def _dead_letter(
        self,
        record: ConsumerRecord,
        envelope: EventEnvelope | None,
        error: BaseException,
        *,
        attempts: int,
    ) -> Outcome:
        """Store the record as dead (and its id as processed) so the consumer can move on."""
        async with self._sessions() as session, session.begin():
            if envelope is not None:
                await self._claim_inbox(session, envelope.id)
            await session.execute(
                insert(DEAD_LETTERS).values(
                    id=new_id(),
                    consumer=self.name,
                    event_id=envelope.id if envelope else None,
                    event_type=envelope.type if envelope else None,
                    topic=record.topic,
                    partition=record.partition,
                    offset=record.offset,
                    record=record.value or b"",
                    error=repr(error)[:4000],
                    attempts=attempts,
                    created_at=self._clock.now(),
                )
            )
        return "dead_lettered"

    async def _commit(self, partition: TopicPartition, offset: int) -> None:
        """Commit `offset`; a lost partition only means redelivery, which the inbox absorbs."""
        assert self._consumer is not None
        try:
            await self._consumer.commit({partition: offset})
        except KafkaError:
            _log.warning("%s: offset commit for %s failed", self.name, partition, exc_info=True)
        highwater = self._consumer.highwater(partition)
        if highwater is not None:
            self._lag.labels(self.name, partition.topic, str(partition.partition)).set(
                max(highwater - offset, 0)
            )

    def _rewind(self, partition: TopicPartition, offset: int) -> None:
        """Fetch from `offset` again (unprocessed records after a stop or an outage)."""
        assert self._consumer is not None
        with contextlib.suppress(KafkaError):
            self._consumer.seek(partition, offset)
