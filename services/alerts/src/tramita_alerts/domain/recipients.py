"""Reception in each country (IMI guide §6.3.4): acknowledge, disseminate, remove.

A sent alert reaches every incoming-alerts mailbox of each recipient country and awaits
acknowledgement there; with several mailboxes in one country the first to acknowledge acts
for the country (PRODUCT §12). The launching country's mailboxes receive the alert too,
need no acknowledgement, and disseminate at home (§6.2.1.3, §6.3.4.2). Coordinators the
alert was disseminated to may add recipients of their country; only the acting mailbox
removes a recipient, and only one that has not acted on the alert (§6.3.4.2).
"""

import enum
from dataclasses import dataclass, field
from datetime import datetime

from tramita_alerts.domain.roles import AlertEntity
from tramita_alerts.domain.table import Party, Precondition, Transition


class RecipientState(enum.StrEnum):
    AWAITING_ACKNOWLEDGEMENT = "AWAITING_ACKNOWLEDGEMENT"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    HOME = "HOME"  # the launching country: received, no acknowledgement needed


class RecipientAction(enum.StrEnum):
    ACKNOWLEDGE = "ACKNOWLEDGE"
    DISSEMINATE = "DISSEMINATE"
    REMOVE_RECIPIENT = "REMOVE_RECIPIENT"


R, RA, By = RecipientState, RecipientAction, Party
NOT_ACTED = (Precondition.RECIPIENT_HAS_NOT_ACTED,)
T = Transition  # rows are built untyped; the tuples below carry the types
# fmt: off
RECIPIENT_TRANSITIONS: tuple[Transition[RecipientState, RecipientAction], ...] = (
    T(RA.ACKNOWLEDGE,      R.AWAITING_ACKNOWLEDGEMENT, R.ACKNOWLEDGED, By.MAILBOX_BROADCASTER),
    T(RA.DISSEMINATE,      R.ACKNOWLEDGED, R.ACKNOWLEDGED, By.MAILBOX_BROADCASTER),
    T(RA.DISSEMINATE,      R.ACKNOWLEDGED, R.ACKNOWLEDGED, By.RECIPIENT_COORDINATOR_BROADCASTER),
    T(RA.DISSEMINATE,      R.HOME,         R.HOME,         By.MAILBOX_BROADCASTER),
    T(RA.DISSEMINATE,      R.HOME,         R.HOME,         By.RECIPIENT_COORDINATOR_BROADCASTER),
    T(RA.REMOVE_RECIPIENT, R.ACKNOWLEDGED, R.ACKNOWLEDGED, By.MAILBOX_BROADCASTER, NOT_ACTED),
    T(RA.REMOVE_RECIPIENT, R.HOME,         R.HOME,         By.MAILBOX_BROADCASTER, NOT_ACTED),
)
# fmt: on
REFUSALS = {
    (RA.ACKNOWLEDGE, R.HOME): "not_the_launching_country",
    (RA.ACKNOWLEDGE, R.ACKNOWLEDGED): "not_yet_acknowledged",
    (RA.DISSEMINATE, R.AWAITING_ACKNOWLEDGEMENT): "acknowledged",
    (RA.REMOVE_RECIPIENT, R.AWAITING_ACKNOWLEDGEMENT): "acknowledged",
}


@dataclass(slots=True)
class Recipient:
    """An entity the alert was disseminated to in one country."""

    entity: AlertEntity
    added_by: str  # entity id of the mailbox or coordinator that disseminated
    added_at: datetime
    acted: bool = False
    removed: bool = False


@dataclass(slots=True)
class CountryRecipients:
    country: str
    state: RecipientState
    mailbox_ids: tuple[str, ...]
    received_at: datetime
    acknowledged_by: str = ""  # the mailbox acting for the country
    acknowledged_at: datetime | None = None
    entities: dict[str, Recipient] = field(default_factory=dict)

    @property
    def acting_mailbox_ids(self) -> tuple[str, ...]:
        """The mailbox that acknowledged, or every mailbox while none has (and at home)."""
        return (self.acknowledged_by,) if self.acknowledged_by else self.mailbox_ids

    def active(self) -> dict[str, Recipient]:
        """Recipients not removed: a removed recipient stops receiving anything."""
        return {key: r for key, r in self.entities.items() if not r.removed}

    def involved_ids(self) -> tuple[str, ...]:
        return (*self.mailbox_ids, *(key for key in self.active() if key not in self.mailbox_ids))

    def is_recipient_coordinator(self, entity_id: str) -> bool:
        recipient = self.active().get(entity_id)
        return recipient is not None and recipient.entity.is_coordinator
