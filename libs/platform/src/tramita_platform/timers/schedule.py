"""Scheduling and cancelling timers inside the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_platform.clock import Clock
from tramita_platform.ids import new_id
from tramita_platform.timers.tables import TIMERS

__all__ = ["DueTimer", "Timers"]


@dataclass(frozen=True, slots=True)
class DueTimer:
    """A timer handed to its handler."""

    id: str
    kind: str
    key: str
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0


class Timers:
    """Schedules durable timers; never commits (the caller's transaction does)."""

    def __init__(self, *, clock: Clock) -> None:
        self._clock = clock

    async def schedule(
        self,
        session: AsyncSession,
        *,
        kind: str,
        key: str,
        due_at: datetime,
        payload: dict[str, Any] | None = None,
    ) -> bool:
        """Schedule (kind, key) at `due_at`, or move it if still unfired.

        Returns False when that timer already fired: a fired timer is never re-armed,
        so a retried command cannot fire a deadline twice. Use a new key instead.
        """
        if due_at.tzinfo is None:
            raise ValueError("due_at must be timezone-aware")
        values = {
            "id": new_id(),
            "kind": kind,
            "key": key,
            "due_at": due_at,
            "run_at": due_at,
            "payload": payload or {},
            "created_at": self._clock.now(),
        }
        statement = insert(TIMERS).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=[TIMERS.c.kind, TIMERS.c.key],
            set_={
                "due_at": statement.excluded.due_at,
                "run_at": statement.excluded.run_at,
                "payload": statement.excluded.payload,
                "attempts": 0,
                "last_error": None,
            },
            where=TIMERS.c.fired_at.is_(None),
        ).returning(TIMERS.c.id)
        return (await session.execute(statement)).first() is not None

    async def cancel(self, session: AsyncSession, *, kind: str, key: str) -> bool:
        """Cancel an unfired timer; True when there was one."""
        statement = (
            delete(TIMERS)
            .where(TIMERS.c.kind == kind, TIMERS.c.key == key, TIMERS.c.fired_at.is_(None))
            .returning(TIMERS.c.id)
        )
        return (await session.execute(statement)).first() is not None

    async def purge_fired(self, session: AsyncSession, *, older_than: timedelta) -> int:
        """Delete timers fired more than `older_than` ago; return how many."""
        cutoff = self._clock.now() - older_than
        statement = delete(TIMERS).where(TIMERS.c.fired_at < cutoff).returning(TIMERS.c.id)
        return len((await session.execute(statement)).all())
