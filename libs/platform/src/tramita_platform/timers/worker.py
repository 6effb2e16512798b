"""The timer worker: fires due timers once, whichever replica gets them, even after downtime.

Due rows are claimed with `FOR UPDATE SKIP LOCKED`; each handler runs in a savepoint of
the claiming transaction and the row is stamped `fired_at` in that same transaction, so
the effect and "fired" commit together. A worker killed mid-batch releases its locks and
nothing of the batch is committed; the next worker fires those timers. A failing handler
leaves its timer unfired, counts the attempt and pushes `run_at` back with backoff.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_platform.backoff import Backoff, poll_until_stopped
from tramita_platform.clock import Clock
from tramita_platform.metrics import counter, gauge, histogram
from tramita_platform.timers.schedule import DueTimer
from tramita_platform.timers.tables import TIMERS

__all__ = ["TimerHandler", "TimerWorker"]

type TimerHandler = Callable[[AsyncSession, DueTimer], Awaitable[None]]

_RETRY = Backoff(initial=1.0, maximum=300.0)
_LOOP = Backoff(initial=0.5, maximum=10.0)
_LATENESS_BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0)


class TimerWorker:
    """A long-running loop (one per `timers` process) firing the kinds it has handlers for."""

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        handlers: Mapping[str, TimerHandler],
        batch_size: int = 50,
        poll_interval: float = 1.0,
        retry_backoff: Backoff = _RETRY,
        loop_backoff: Backoff = _LOOP,
        name: str = "timer-worker",
    ) -> None:
        if not handlers:
            raise ValueError("a timer worker needs at least one handler")
        self._sessions = sessions
        self._clock = clock
        self._handlers = dict(handlers)
        self._batch_size = batch_size
        self._poll_interval = poll_interval
        self._retry = retry_backoff
        self._loop_backoff = loop_backoff
        self._name = name
        self._stop = asyncio.Event()
        self._due_checked = 0.0
        self.fired = 0
        self._fired = counter("tramita_timers_fired", "Timers fired, by kind.", ("kind",))
        self._failed = counter("tramita_timers_failed", "Timer handler failures.", ("kind",))
        self._due = gauge("tramita_timers_due", "Timers due and not yet fired.")
        self._lateness = histogram(
            "tramita_timer_lateness_seconds",
            "Delay between due time and firing, by kind.",
            ("kind",),
            buckets=_LATENESS_BUCKETS,
        )

    def stop(self) -> None:
        """Ask the loop to finish its current batch and return."""
        self._stop.set()

    async def run(self) -> None:
        """Fire due timers until `stop()`."""
        await poll_until_stopped(
            self._step,
            stop=self._stop,
            poll_interval=self._poll_interval,
            backoff=self._loop_backoff,
            name=self._name,
        )

    async def _step(self) -> bool:
        """Fire one batch and refresh the due gauge; True when the batch was full."""
        claimed = await self.fire_due()
        await self._update_due()
        return claimed >= self._batch_size

    async def fire_due(self) -> int:
        """Claim and run one batch of due timers in one transaction; return how many claimed."""
        now = self._clock.now()
        claim = (
            select(
                TIMERS.c.id,
                TIMERS.c.kind,
                TIMERS.c.key,
                TIMERS.c.due_at,
                TIMERS.c.payload,
                TIMERS.c.attempts,
            )
            .where(
                TIMERS.c.fired_at.is_(None),
                TIMERS.c.run_at <= now,
                TIMERS.c.kind.in_(list(self._handlers)),
            )
            .order_by(TIMERS.c.run_at)
            .limit(self._batch_size)
            .with_for_update(skip_locked=True)
        )
        fired: list[DueTimer] = []
        async with self._sessions() as session, session.begin():
            timers = [DueTimer(*row) for row in (await session.execute(claim)).all()]
            for timer in timers:
                if await self._fire(session, timer, now):
                    fired.append(timer)
        for timer in fired:
            self._fired.labels(timer.kind).inc()
            self._lateness.labels(timer.kind).observe(_seconds(now - timer.due_at))
        self.fired += len(fired)
        return len(timers)

    async def _fire(self, session: AsyncSession, timer: DueTimer, now: datetime) -> bool:
        """Run one handler in a savepoint; stamp the row fired, or count the failure."""
        values: dict[str, object]
        try:
            async with session.begin_nested():
                await self._handlers[timer.kind](session, timer)
        except Exception as exc:
            self._failed.labels(timer.kind).inc()
            attempts = timer.attempts + 1
            retry_at = now + timedelta(seconds=self._retry.delay(attempts))
            values = {"attempts": attempts, "last_error": repr(exc)[:4000], "run_at": retry_at}
            ok = False
        else:
            values = {"attempts": timer.attempts + 1, "fired_at": now, "last_error": None}
            ok = True
        await session.execute(update(TIMERS).where(TIMERS.c.id == timer.id).values(**values))
        return ok

    async def _update_due(self) -> None:
        """Refresh the due gauge, at most once a second."""
        if time.monotonic() - self._due_checked < 1.0:
            return
        self._due_checked = time.monotonic()
        query = select(func.count()).where(
            TIMERS.c.fired_at.is_(None), TIMERS.c.due_at <= self._clock.now()
        )
        async with self._sessions() as session:
            self._due.set((await session.execute(query)).scalar_one())


def _seconds(delta: timedelta) -> float:
    """Return a non-negative number of seconds."""
    return max(delta.total_seconds(), 0.0)
