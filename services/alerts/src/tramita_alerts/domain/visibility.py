"""Who sees an alert's personal data (the provider's data), and until when.

IMI guide §6.2.3.1 (alert profiles of entities that have the alert see everything),
§6.3.4.1 note 5 (the Commission never sees personal data), §6.3.3 (after withdrawal the
recipients see only part of the alert), §6.3.6.5 (after closure a summary without personal
data), §10 (only the authorities directly involved). Retention follows PRODUCT §6, which
deliberately replaces the guide's "deleted 6 months after closure": blocked 6 months and
deleted 3 years after formal closure (withdrawal counts as such, PRODUCT §12) — both
durations passed in, suspended by a legal hold. The decision names the rule applied, so
it can be logged and shown.
"""

import calendar
import enum
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.roles import Actor, Profile
from tramita_alerts.domain.states import AlertState

ALERT_PROFILES = frozenset(Profile)


class Rule(enum.StrEnum):
    COMMISSION_NEVER = "commission_never_sees_personal_data"
    NO_ALERT_PROFILE = "no_alert_profile"
    NOT_INVOLVED = "entity_not_involved"
    DELETED_ALERT = "deleted_alert"
    DELETED_AFTER_CLOSURE = "deleted_after_closure"
    BLOCKED_AFTER_CLOSURE = "blocked_after_closure"
    LEGAL_NEED = "blocked_but_documented_legal_need"
    CLOSED_SUMMARY_ONLY = "closed_alert_summary_only"
    WITHDRAWN_PARTIAL = "withdrawn_alert_partial_content_for_recipients"
    INVOLVED_ENTITY = "involved_entity_with_alert_profile"


class Stage(enum.StrEnum):
    KEPT = "KEPT"
    BLOCKED = "BLOCKED"
    DELETED = "DELETED"


@dataclass(frozen=True, slots=True)
class Retention:
    """Months after formal closure until personal data is blocked, then deleted."""

    block_after_months: int = 6
    delete_after_months: int = 36

    def __post_init__(self) -> None:
        if not 0 < self.block_after_months <= self.delete_after_months:
            raise InvalidField("retention", "block_before_delete", "0 < block ≤ delete months")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the policy needs to know of an alert (see `facts_of`)."""

    state: AlertState
    launching_country: str
    involved_entity_ids: Collection[str]
    ended_at: datetime | None  # closed or withdrawn


@dataclass(frozen=True, slots=True)
class Decision:
    visible: bool
    rule: Rule


def months_after(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months later (the month's last day when shorter)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def retention_stage(
    *, ended_at: datetime | None, now: datetime, retention: Retention, legal_hold: bool = False
) -> Stage:
    """Where an alert's personal data stands: kept, blocked, or due for deletion."""
    if ended_at is None or legal_hold:
        return Stage.KEPT
    if now >= months_after(ended_at, retention.delete_after_months):
        return Stage.DELETED
    if now >= months_after(ended_at, retention.block_after_months):
        return Stage.BLOCKED
    return Stage.KEPT


def personal_data_visibility(
    *,
    reader: Actor,
    case: CaseFacts,
    now: datetime,
    retention: Retention,
    legal_hold: bool = False,
    legal_need: bool = False,
) -> Decision:
    """Whether `reader` may see the provider's data of `case` now, and by which rule."""
    if reader.commission or reader.entity is None:
        return Decision(False, Rule.COMMISSION_NEVER)
    if not reader.profiles & ALERT_PROFILES:
        return Decision(False, Rule.NO_ALERT_PROFILE)
    if case.state is AlertState.DELETED:
        return Decision(False, Rule.DELETED_ALERT)
    if reader.entity.entity_id not in case.involved_entity_ids:
        return Decision(False, Rule.NOT_INVOLVED)
    stage = retention_stage(
        ended_at=case.ended_at, now=now, retention=retention, legal_hold=legal_hold
    )
    if stage is Stage.DELETED:
        return Decision(False, Rule.DELETED_AFTER_CLOSURE)
    if legal_need and case.ended_at is not None:
        return Decision(True, Rule.LEGAL_NEED)
    if stage is Stage.BLOCKED:
        return Decision(False, Rule.BLOCKED_AFTER_CLOSURE)
    return _in_normal_use(reader, case)


def _in_normal_use(reader: Actor, case: CaseFacts) -> Decision:
    if case.state is AlertState.CLOSED:
        return Decision(False, Rule.CLOSED_SUMMARY_ONLY)
    if case.state is AlertState.WITHDRAWN and reader.country != case.launching_country:
        return Decision(False, Rule.WITHDRAWN_PARTIAL)
    return Decision(True, Rule.INVOLVED_ENTITY)
