"""Clock and id generation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from tramita_platform.clock import Clock, ManualClock, SystemClock
from tramita_platform.ids import new_id


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    assert isinstance(SystemClock(), Clock)


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock(datetime(2031, 5, 1, 12, tzinfo=UTC))
    assert clock.now() == clock.now() == datetime(2031, 5, 1, 12, tzinfo=UTC)
    assert clock.advance(minutes=5) == datetime(2031, 5, 1, 12, 5, tzinfo=UTC)
    clock.advance(timedelta(days=1))
    assert clock.now() == datetime(2031, 5, 2, 12, 5, tzinfo=UTC)
    clock.set(datetime(2031, 6, 1, 14, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == datetime(2031, 6, 1, 12, tzinfo=UTC)
    assert clock.now().tzinfo is UTC


def test_manual_clock_refuses_naive_times_and_going_back() -> None:
    with pytest.raises(ValueError, match="naive"):
        ManualClock(datetime(2031, 1, 1))
    with pytest.raises(ValueError, match="backwards"):
        ManualClock().advance(seconds=-1)


def test_new_id_is_a_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(2000)]
    assert all(uuid.UUID(value).version == 7 for value in ids)
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
