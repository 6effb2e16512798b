"""Writing events: rows added to the outbox inside the caller's unit-of-work transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_platform.clock import Clock
from tramita_platform.events import EventEnvelope, encode, kafka_headers, topic_for
from tramita_platform.outbox.tables import OUTBOX

__all__ = ["DEFAULT_CHANNEL", "Outbox"]

DEFAULT_CHANNEL: Final = "tramita_outbox"


class Outbox:
    """Adds envelopes to the outbox; never commits (the caller's transaction does)."""

    def __init__(self, *, clock: Clock, notify_channel: str | None = DEFAULT_CHANNEL) -> None:
        self._clock = clock
        self._channel = notify_channel

    async def add(
        self,
        session: AsyncSession,
        envelope: EventEnvelope,
        *,
        topic: str | None = None,
        key: str | None = None,
    ) -> None:
        """Queue one envelope; topic defaults to the source's topic, key to the subject."""
        await self.add_all(session, [envelope], topic=topic, key=key)

    async def add_all(
        self,
        session: AsyncSession,
        envelopes: Iterable[EventEnvelope],
        *,
        topic: str | None = None,
        key: str | None = None,
    ) -> None:
        """Queue envelopes in order, then wake the relay once the transaction commits."""
        now = self._clock.now()
        rows = [
            {
                "id": envelope.id,
                "topic": topic or topic_for(envelope.source),
                "key": key or envelope.subject,
                "envelope": encode(envelope),
                "headers": {name: value.decode() for name, value in kafka_headers(envelope)},
                "created_at": now,
            }
            for envelope in envelopes
        ]
        if not rows:
            return
        await session.execute(insert(OUTBOX), rows)
        if self._channel:
            # NOTIFY is transactional: the relay hears it only if (and when) this commits.
            await session.execute(select(func.pg_notify(self._channel, "")))
