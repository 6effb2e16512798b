"""Injected time: every component asks a `Clock` instead of calling `datetime.now()`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """A source of the current time."""

    def now(self) -> datetime:
        """Return the current time as a timezone-aware UTC datetime."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to (tests)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = _require_aware(start) if start else datetime(2030, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        """Return the frozen current time."""
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to `when` (timezone-aware)."""
        self._now = _require_aware(when)

    def advance(self, delta: timedelta | None = None, /, **kwargs: float) -> datetime:
        """Move forward by `delta` or by `timedelta(**kwargs)` and return the new time."""
        step = delta if delta is not None else timedelta(**kwargs)
        if step < timedelta(0):
            raise ValueError("a ManualClock never goes backwards")
        self._now += step
        return self._now


def _require_aware(when: datetime) -> datetime:
    """Return `when` in UTC, refusing naive datetimes."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware value")
    return when.astimezone(UTC)
