"""The two proposals that end an alert: closure (guide §6.3.6) and withdrawal (§6.3.3)."""

from dataclasses import dataclass, field
from datetime import datetime

from tramita_alerts.domain.roles import AlertEntity

REASON_MAX = 20_000


@dataclass(slots=True)
class ClosureComment:
    comment_id: str
    entity_id: str
    person_id: str
    text: str
    at: datetime


@dataclass(slots=True)
class ClosureProposal:
    """A proposal to close, made in the closure country to its closure coordinator."""

    country: str
    proposer_entity_id: str
    proposed_by: str
    coordinator: AlertEntity  # the closure coordinator
    reason: str
    proposed_at: datetime
    comment_period_ends_at: datetime
    objection_period_ends_at: datetime | None = None
    sent_by: str = ""
    comments: dict[str, ClosureComment] = field(default_factory=dict)
    included_comment_ids: tuple[str, ...] = ()


@dataclass(slots=True)
class Withdrawal:
    """A withdrawal submitted to the sending coordinator, waiting for its broadcaster."""

    entity_id: str
    submitted_by: str
    submitted_at: datetime
    reason: str
