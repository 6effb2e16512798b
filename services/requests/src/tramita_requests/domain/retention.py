"""Retention of personal data (PRODUCT §6, following Regulation (EU) 1024/2012 art. 14,
which supersedes 003 §10's "deleted six months after closure").

Closure, refusal or withdrawal starts the clock. After the blocking period personal data
is no longer shown in normal use; after the deletion period it is erased. Both periods
are passed in (configurable per area). A legal hold suspends both: `held` is the time
spent under hold up to `now`, a hold still on included, so it pushes both dates back and
nothing moves while a hold lasts. Drafts never sent are purged 12 months after the last
save.
"""

import calendar
import enum
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar months and days ("6 months" is not a fixed number of days)."""

    months: int = 0
    days: int = 0


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    blocking: Period = Period(months=6)
    deletion: Period = Period(months=36)


DEFAULT_POLICY = RetentionPolicy()
DRAFT_PURGE = Period(months=12)


class DataStage(enum.StrEnum):
    AVAILABLE = "AVAILABLE"
    BLOCKED = "BLOCKED"
    ERASED = "ERASED"


def after(moment: datetime, period: Period) -> datetime:
    """`moment` plus the period; the month's last day when the day does not exist."""
    month_index = moment.month - 1 + period.months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day) + timedelta(days=period.days)


def blocking_due(closed_at: datetime, policy: RetentionPolicy, held: timedelta) -> datetime:
    return after(closed_at, policy.blocking) + held


def deletion_due(closed_at: datetime, policy: RetentionPolicy, held: timedelta) -> datetime:
    return after(closed_at, policy.deletion) + held


def stage_at(
    closed_at: datetime | None,
    now: datetime,
    policy: RetentionPolicy = DEFAULT_POLICY,
    *,
    held: timedelta = timedelta(),
) -> DataStage:
    """Where the clock stands at `now`: an open request's data is always available."""
    if closed_at is None:
        return DataStage.AVAILABLE
    if now >= deletion_due(closed_at, policy, held):
        return DataStage.ERASED
    if now >= blocking_due(closed_at, policy, held):
        return DataStage.BLOCKED
    return DataStage.AVAILABLE


def draft_purge_due(last_saved_at: datetime, period: Period = DRAFT_PURGE) -> datetime:
    return after(last_saved_at, period)
