"""Deadlines of a request (003 §5.3.1, §5.3.2.1, §7.1; PRODUCT §12). No clock here: every
function takes the dates it needs; `today` is the acting entity's local date.

- The requester sets an indicative deadline; it must lie in the future when sent.
- Before accepting, the responder may keep it or propose a later date, which becomes the
  binding deadline; forward keeps whichever deadline holds.
- Acceptance is expected within 7 days of receipt (a service-level indicator, not a rule
  that blocks anything).
- A request is late while it is unanswered past its deadline.
- Notified case-by-case measures may be taken 15 days after the notification.
"""

from datetime import date, datetime, timedelta

from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.states import RequestState

ACCEPTANCE_DAYS = 7
MEASURES_WAIT_DAYS = 15
# Awaiting an answer: the deadline matters only until the first answer goes out.
UNANSWERED = frozenset(
    {
        RequestState.AWAITING_ACCEPTANCE,
        RequestState.ACCEPTED,
        RequestState.AWAITING_ANSWER_APPROVAL,
    }
)


def check_indicative(deadline: date | None, *, today: date, field: str) -> date:
    """The requester's indicative deadline, which must be after today."""
    if deadline is None:
        raise InvalidField(field, "required", "set an indicative deadline")
    if deadline <= today:
        raise InvalidField(field, "in_future", "the deadline must be after today")
    return deadline


def check_proposal(proposed: date, *, current: date, today: date, field: str) -> date:
    """A responder's proposal: later than the current deadline (which it cannot meet,
    §5.3.2.1) and after today."""
    if proposed <= today:
        raise InvalidField(field, "in_future", "the proposed deadline must be after today")
    if proposed <= current:
        raise InvalidField(
            field, "later", f"propose a date later than the current deadline {current}"
        )
    return proposed


def effective(indicative: date, agreed: date | None) -> date:
    """The deadline that binds: the agreed one once the responder proposed it."""
    return agreed or indicative


def acceptance_due(received_at: datetime) -> date:
    """The last day on which acceptance meets the 7-day indicator (from receipt by the
    current responder: a forward restarts it)."""
    return received_at.date() + timedelta(days=ACCEPTANCE_DAYS)


def acceptance_overdue(*, state: RequestState, received_at: datetime | None, today: date) -> bool:
    """Still awaiting acceptance after the 7 days."""
    return (
        state is RequestState.AWAITING_ACCEPTANCE
        and received_at is not None
        and today > acceptance_due(received_at)
    )


def is_late(*, state: RequestState, deadline: date | None, answered: bool, today: date) -> bool:
    """Unanswered past the deadline: flagged to the handler and the coordinator."""
    return not answered and state in UNANSWERED and deadline is not None and today > deadline


def days_left(deadline: date, *, today: date) -> int:
    """Days until the deadline (negative once it has passed)."""
    return (deadline - today).days


def measures_may_be_taken_on(notified_on: date, *, wait_days: int = MEASURES_WAIT_DAYS) -> date:
    """When notified measures may be taken unless the Commission decides otherwise."""
    return notified_on + timedelta(days=wait_days)
