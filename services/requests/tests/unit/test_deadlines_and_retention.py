"""Deadline and retention arithmetic, with dates passed in (no clock in the domain)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from tramita_requests.domain import deadlines, retention
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.retention import DataStage, Period, RetentionPolicy
from tramita_requests.domain.states import RequestState

S = RequestState
TODAY = date(2026, 3, 2)
SENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_the_indicative_deadline_is_required_and_after_today() -> None:
    assert deadlines.check_indicative(date(2026, 3, 3), today=TODAY, field="d") == date(2026, 3, 3)
    for bad in (None, TODAY, date(2026, 3, 1)):
        with pytest.raises(InvalidField):
            deadlines.check_indicative(bad, today=TODAY, field="d")


@pytest.mark.parametrize(
    ("proposed", "ok"),
    [
        (date(2026, 3, 31), True),
        (date(2026, 3, 30), False),
        (date(2026, 3, 10), False),
        (TODAY, False),
    ],
)
def test_a_proposal_is_later_than_the_current_deadline(proposed, ok) -> None:
    current = date(2026, 3, 30)
    if ok:
        assert (
            deadlines.check_proposal(proposed, current=current, today=TODAY, field="p") == proposed
        )
    else:
        with pytest.raises(InvalidField):
            deadlines.check_proposal(proposed, current=current, today=TODAY, field="p")


def test_the_agreed_deadline_wins() -> None:
    assert deadlines.effective(date(2026, 3, 30), None) == date(2026, 3, 30)
    assert deadlines.effective(date(2026, 3, 30), date(2026, 4, 15)) == date(2026, 4, 15)


def test_acceptance_is_expected_within_seven_days() -> None:
    assert deadlines.acceptance_due(SENT) == date(2026, 3, 9)
    overdue = deadlines.acceptance_overdue
    assert not overdue(state=S.AWAITING_ACCEPTANCE, received_at=SENT, today=date(2026, 3, 9))
    assert overdue(state=S.AWAITING_ACCEPTANCE, received_at=SENT, today=date(2026, 3, 10))
    assert not overdue(state=S.ACCEPTED, received_at=SENT, today=date(2026, 3, 10))
    assert not overdue(state=S.AWAITING_ACCEPTANCE, received_at=None, today=date(2026, 3, 10))


@pytest.mark.parametrize(
    ("state", "answered", "today", "late"),
    [
        (S.ACCEPTED, False, date(2026, 3, 31), True),
        (S.ACCEPTED, False, date(2026, 3, 30), False),
        (S.AWAITING_ACCEPTANCE, False, date(2026, 4, 1), True),
        (S.AWAITING_ANSWER_APPROVAL, False, date(2026, 4, 1), True),
        (S.ACCEPTED, True, date(2026, 4, 1), False),
        (S.ANSWERED, False, date(2026, 4, 1), False),
        (S.CLOSED, False, date(2026, 4, 1), False),
        (S.DRAFT, False, date(2026, 4, 1), False),
    ],
)
def test_late_means_unanswered_past_the_deadline(state, answered, today, late) -> None:
    deadline = date(2026, 3, 30)
    assert deadlines.is_late(state=state, deadline=deadline, answered=answered, today=today) is late
    assert deadlines.days_left(deadline, today=TODAY) == 28


def test_notified_measures_may_be_taken_fifteen_days_later() -> None:
    assert deadlines.measures_may_be_taken_on(date(2026, 3, 2)) == date(2026, 3, 17)
    assert deadlines.measures_may_be_taken_on(date(2026, 12, 20)) == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("moment", "period", "expected"),
    [
        (datetime(2026, 8, 31), Period(months=6), datetime(2027, 2, 28)),
        (datetime(2027, 8, 31), Period(months=6), datetime(2028, 2, 29)),
        (datetime(2026, 3, 2), Period(months=36), datetime(2029, 3, 2)),
        (datetime(2026, 3, 2), Period(days=10), datetime(2026, 3, 12)),
        (datetime(2026, 1, 31), Period(months=1, days=1), datetime(2026, 3, 1)),
    ],
)
def test_periods_are_calendar_months_and_days(moment, period, expected) -> None:
    assert retention.after(moment, period) == expected


def test_personal_data_is_available_then_blocked_then_erased() -> None:
    closed = datetime(2026, 3, 2, tzinfo=UTC)
    stage = retention.stage_at
    assert stage(None, closed + timedelta(days=5000)) is DataStage.AVAILABLE
    assert stage(closed, datetime(2026, 9, 1, tzinfo=UTC)) is DataStage.AVAILABLE
    assert stage(closed, datetime(2026, 9, 2, tzinfo=UTC)) is DataStage.BLOCKED
    assert stage(closed, datetime(2029, 3, 1, tzinfo=UTC)) is DataStage.BLOCKED
    assert stage(closed, datetime(2029, 3, 2, tzinfo=UTC)) is DataStage.ERASED


def test_periods_are_configurable_and_a_legal_hold_pushes_them_back() -> None:
    closed = datetime(2026, 3, 2, tzinfo=UTC)
    short = RetentionPolicy(blocking=Period(days=1), deletion=Period(days=2))
    assert retention.stage_at(closed, closed + timedelta(days=2), short) is DataStage.ERASED
    held = timedelta(days=30)
    later = closed + timedelta(days=20)
    assert retention.stage_at(closed, later, short, held=held) is DataStage.AVAILABLE
    assert retention.deletion_due(closed, short, held) == closed + timedelta(days=32)


def test_drafts_are_purged_a_year_after_the_last_save() -> None:
    assert retention.draft_purge_due(datetime(2026, 3, 2)) == datetime(2027, 3, 2)
