"""The outbox relay: publishes committed outbox rows to Kafka, then marks them published.

Delivery is at-least-once: a relay killed after Kafka acknowledged a batch but before its
transaction committed publishes that batch again on restart; consumers deduplicate by
event id (inbox). Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays share
the work without publishing a row twice, and a key whose earlier event another relay is
still publishing is deferred, so events of one aggregate keep their order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from tramita_platform.backoff import Backoff, poll_until_stopped
from tramita_platform.clock import Clock
from tramita_platform.metrics import counter, gauge
from tramita_platform.outbox.tables import OUTBOX
from tramita_platform.outbox.writer import DEFAULT_CHANNEL

__all__ = ["OutboxRecord", "OutboxRelay"]

_log = logging.getLogger(__name__)

_BACKOFF = Backoff(initial=0.2, maximum=10.0)
_BLOCKED_KEYS = text(
    "SELECT b.key"
    " FROM unnest(CAST(:keys AS text[]), CAST(:first_ids AS uuid[])) AS b(key, first_id)"
    " WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.key = b.key AND o.published_at IS NULL"
    " AND o.id < b.first_id)"
)


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    """One claimed outbox row, ready to send."""

    id: str
    topic: str
    key: str
    envelope: bytes
    headers: dict[str, str]


def default_producer(bootstrap_servers: str, client_id: str) -> AIOKafkaProducer:
    """Return a producer that never duplicates on its own retries and waits for all replicas."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers,
        client_id=client_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=5,
    )


class OutboxRelay:
    """A long-running loop (one per `relay` process) moving outbox rows to Kafka."""

    def __init__(
        self,
        *,
        engine: AsyncEngine,
        bootstrap_servers: str,
        clock: Clock,
        batch_size: int = 500,
        poll_interval: float = 0.5,
        backoff: Backoff = _BACKOFF,
        notify_channel: str | None = DEFAULT_CHANNEL,
        name: str = "outbox-relay",
        producer_factory: Callable[[], AIOKafkaProducer] | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._batch_size = batch_size
        self._poll_interval = poll_interval
        self._backoff = backoff
        self._channel = notify_channel
        self._name = name
        self._new_producer = producer_factory or (lambda: default_producer(bootstrap_servers, name))
        self._producer: AIOKafkaProducer | None = None
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._listener: AsyncConnection | None = None
        self._lag_checked = 0.0
        self.published = 0
        self._published = counter("tramita_outbox_published", "Outbox events published.")
        self._failures = counter("tramita_outbox_publish_failures", "Failed publish rounds.")
        self._pending = gauge("tramita_outbox_pending", "Unpublished outbox rows.")
        self._lag = gauge("tramita_outbox_lag_seconds", "Age of the oldest unpublished row.")

    def stop(self) -> None:
        """Ask the loop to finish its current batch and return."""
        self._stop.set()

    async def run(self) -> None:
        """Relay until `stop()`; Kafka and database errors are retried with backoff."""
        await self._start_listening()
        try:
            await poll_until_stopped(
                self._step,
                stop=self._stop,
                poll_interval=self._poll_interval,
                backoff=self._backoff,
                name=self._name,
                wake=self._wake,
            )
        finally:
            await self._stop_listening()
            await self._close_producer()

    async def _step(self) -> bool:
        """Relay one batch and refresh the lag metrics; True when the batch was full."""
        count = await self.relay_once()
        await self._update_lag()
        return count >= self._batch_size

    async def relay_once(self) -> int:
        """Claim, publish and mark one batch; return how many rows were published."""
        records: list[OutboxRecord] = []
        try:
            async with self._engine.begin() as conn:
                records = await self.claim(conn)
                if not records:
                    return 0
                await self.publish(records)
                await self._mark(conn, records, published=True)
        except Exception:
            self._failures.inc()
            if records:
                await self._record_failed_round(records)
            raise
        self.published += len(records)
        self._published.inc(len(records))
        return len(records)

    async def publish(self, records: Sequence[OutboxRecord]) -> None:
        """Send every record, then wait for every acknowledgement (raise if any failed)."""
        producer = await self._ensure_producer()
        try:
            sent = [
                await producer.send(
                    record.topic,
                    value=record.envelope,
                    key=record.key.encode(),
                    headers=[(name, value.encode()) for name, value in record.headers.items()],
                )
                for record in records
            ]
            results = await asyncio.gather(*sent, return_exceptions=True)
        except KafkaError:
            await self._close_producer()
            raise
        errors = [result for result in results if isinstance(result, BaseException)]
        if errors:
            # An idempotent producer can be left fenced after a failure: start afresh.
            await self._close_producer()
            raise errors[0]

    async def claim(self, conn: AsyncConnection) -> list[OutboxRecord]:
        """Lock the oldest unpublished rows no other relay holds, minus deferred keys."""
        claim = (
            select(OUTBOX.c.id, OUTBOX.c.topic, OUTBOX.c.key, OUTBOX.c.envelope, OUTBOX.c.headers)
            .where(OUTBOX.c.published_at.is_(None))
            .order_by(OUTBOX.c.id)
            .limit(self._batch_size)
            .with_for_update(skip_locked=True)
        )
        records = [OutboxRecord(*row) for row in (await conn.execute(claim)).all()]
        first_ids: dict[str, str] = {}
        for record in records:
            first_ids.setdefault(record.key, record.id)
        if not first_ids:
            return []
        blocked = set(
            (
                await conn.execute(
                    _BLOCKED_KEYS, {"keys": list(first_ids), "first_ids": list(first_ids.values())}
                )
            ).scalars()
        )
        return [record for record in records if record.key not in blocked]

    async def _mark(
        self, conn: AsyncConnection, records: Sequence[OutboxRecord], *, published: bool
    ) -> None:
        """Count a publish round on the rows, stamping them published when it succeeded."""
        values: dict[str, Any] = {"attempts": OUTBOX.c.attempts + 1}
        if published:
            values["published_at"] = self._clock.now()
        ids = [record.id for record in records]
        await conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_(ids)).values(**values))

    async def _record_failed_round(self, records: Sequence[OutboxRecord]) -> None:
        """Best effort: keep the attempt count honest after a rolled-back round."""
        try:
            async with self._engine.begin() as conn:
                await self._mark(conn, records, published=False)
        except Exception:
            _log.warning("%s could not record a failed round", self._name, exc_info=True)

    async def _update_lag(self) -> None:
        """Refresh the pending/lag gauges, at most once a second."""
        if time.monotonic() - self._lag_checked < 1.0:
            return
        self._lag_checked = time.monotonic()
        query = select(func.count(), func.min(OUTBOX.c.created_at)).where(
            OUTBOX.c.published_at.is_(None)
        )
        async with self._engine.connect() as conn:
            pending, oldest = (await conn.execute(query)).one()
        self._pending.set(pending)
        lag = (self._clock.now() - oldest).total_seconds() if oldest else 0.0
        self._lag.set(max(lag, 0.0))

    async def _ensure_producer(self) -> AIOKafkaProducer:
        """Return the started producer, creating it on first use or after a failure."""
        if self._producer is None:
            producer = self._new_producer()
            await producer.start()
            self._producer = producer
        return self._producer

    async def _close_producer(self) -> None:
        """Stop the producer (flushing what it holds) and forget it."""
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.stop()
            except Exception:
                _log.warning("%s: producer did not stop cleanly", self._name, exc_info=True)

    async def _start_listening(self) -> None:
        """LISTEN for outbox NOTIFYs on a dedicated connection; polling covers any failure."""
        if not self._channel:
            return
        try:
            conn = await self._engine.connect()
            raw = await conn.get_raw_connection()
            await raw.driver_connection.add_listener(self._channel, self._on_notify)
            self._listener = conn
        except Exception:
            _log.warning("%s: LISTEN failed, polling only", self._name, exc_info=True)

    async def _stop_listening(self) -> None:
        """Drop the LISTEN connection."""
        conn, self._listener = self._listener, None
        if conn is None:
            return
        try:
            raw = await conn.get_raw_connection()
            await raw.driver_connection.remove_listener(self._channel, self._on_notify)
            await conn.close()
        except Exception:
            _log.debug("%s: LISTEN connection already gone", self._name, exc_info=True)

    def _on_notify(self, *_: object) -> None:
        """Wake the loop: a transaction with new outbox rows just committed."""
        self._wake.set()
