"""Past-tense facts the alert records; they leave the service only through the outbox.

Each carries what notifications needs to address its e-mails (IMI guide §6.4.1, PRODUCT
§12) — alert id and number, countries, entity ids, the acting person (`acted_by`, or
SYSTEM for a period's end) — and never personal data, the description or the text of
information, comments and proposals: e-mails carry no case content.

Who is told (rules in notifications): submitted/forwarded → broadcasters of `coordinator_id`;
sent and countries added after sending → broadcasters of each of `mailbox_ids`;
disseminated → managers and broadcasters of `entity_ids`; information sent, rectified,
withdrawn, closure proposal sent, closed → managers and broadcasters of
`involved_entity_ids`; establishment changed → everyone of `involved_entity_ids`;
closure proposed → `notified_entity_ids` (the closure country); each period's end →
broadcasters of `closure_coordinator_id`.
"""

from dataclasses import dataclass
from datetime import datetime

SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class AlertEvent:
    alert_id: str
    number: str
    acted_by: str


@dataclass(frozen=True, slots=True)
class AlertLaunched(AlertEvent):
    launching_entity_id: str
    launching_country: str


@dataclass(frozen=True, slots=True)
class AlertEdited(AlertEvent):
    """Changed before sending; `fields` names what changed, not its content."""

    state: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AlertDeleted(AlertEvent):
    launching_entity_id: str


@dataclass(frozen=True, slots=True)
class AlertSubmittedForSending(AlertEvent):
    launching_entity_id: str
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertSubmissionRecalled(AlertEvent):
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertForwarded(AlertEvent):
    from_coordinator_id: str
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertAccepted(AlertEvent):
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertSent(AlertEvent):
    """Sent to each recipient country's mailboxes, the launching country's and the
    Commission's (guide §6.3.1.2, §6.2.1.3)."""

    coordinator_id: str
    launching_entity_id: str
    launching_country: str
    recipient_countries: tuple[str, ...]
    mailbox_ids: tuple[str, ...]
    home_mailbox_ids: tuple[str, ...]
    commission: bool = True


@dataclass(frozen=True, slots=True)
class RecipientCountriesAdded(AlertEvent):
    """`sent`: added after sending, the new countries' `mailbox_ids` received the alert."""

    countries: tuple[str, ...]
    sent: bool
    mailbox_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AlertRectified(AlertEvent):
    fields: tuple[str, ...]
    involved_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EstablishmentChanged(AlertEvent):
    previous: str
    current: str
    involved_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AlertAcknowledged(AlertEvent):
    country: str
    mailbox_id: str


@dataclass(frozen=True, slots=True)
class AlertDisseminated(AlertEvent):
    country: str
    by_entity_id: str
    entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecipientRemoved(AlertEvent):
    country: str
    by_entity_id: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class AdditionalInfoSubmitted(AlertEvent):
    info_id: str
    kind: str
    entity_id: str
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AdditionalInfoEdited(AlertEvent):
    info_id: str


@dataclass(frozen=True, slots=True)
class AdditionalInfoDeleted(AlertEvent):
    info_id: str


@dataclass(frozen=True, slots=True)
class AdditionalInfoSent(AlertEvent):
    info_id: str
    kind: str
    entity_id: str
    coordinator_id: str
    addressed_to: str
    involved_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WithdrawalSubmitted(AlertEvent):
    entity_id: str
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class WithdrawalRecalled(AlertEvent):
    coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertWithdrawn(AlertEvent):
    coordinator_id: str
    withdrawn_at: datetime
    involved_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClosureProposed(AlertEvent):
    closure_country: str
    proposer_entity_id: str
    closure_coordinator_id: str
    comment_period_ends_at: datetime
    notified_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClosureCommented(AlertEvent):
    comment_id: str
    entity_id: str
    closure_coordinator_id: str


@dataclass(frozen=True, slots=True)
class ClosureProposalEdited(AlertEvent):
    closure_coordinator_id: str


@dataclass(frozen=True, slots=True)
class ClosureProposalCancelled(AlertEvent):
    """`reason`: "cancelled", "declined" (after objections) or "withdrawal"."""

    closure_coordinator_id: str
    reason: str
    notified_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommentPeriodEnded(AlertEvent):
    closure_coordinator_id: str


@dataclass(frozen=True, slots=True)
class ClosureProposalSent(AlertEvent):
    closure_coordinator_id: str
    objection_period_ends_at: datetime
    included_comment_ids: tuple[str, ...]
    involved_entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ObjectionPeriodEnded(AlertEvent):
    closure_coordinator_id: str


@dataclass(frozen=True, slots=True)
class AlertClosed(AlertEvent):
    closure_coordinator_id: str
    closed_at: datetime
    involved_entity_ids: tuple[str, ...]
