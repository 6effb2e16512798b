"""Reception in each country (IMI guide §6.3.4), as methods the Alert aggregate inherits.

The alert must be sent and neither withdrawn nor closed; then the country's own table
(`recipients.RECIPIENT_TRANSITIONS`) decides. Disseminating stays within one country:
the actor's own (§6.1 "apresentar e divulgar ... circunscritas a um único país").
"""

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from tramita_alerts.domain.checklist import SuggestedAuthority
from tramita_alerts.domain.errors import (
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownItem,
)
from tramita_alerts.domain.events import AlertAcknowledged, AlertDisseminated, RecipientRemoved
from tramita_alerts.domain.recipients import (
    RECIPIENT_TRANSITIONS,
    REFUSALS,
    CountryRecipients,
    Recipient,
    RecipientAction,
    RecipientState,
)
from tramita_alerts.domain.roles import Actor, AlertEntity
from tramita_alerts.domain.states import RECEIVING_STATES
from tramita_alerts.domain.table import Precondition, Transition, resolve

if TYPE_CHECKING:
    from tramita_alerts.domain.model import Alert

RA = RecipientAction


class Reception:
    __slots__ = ()

    def _recipient_row(
        self: "Alert",
        action: RecipientAction,
        actor: Actor,
        *,
        target: Recipient | None = None,
    ) -> tuple[CountryRecipients, Transition[RecipientState, RecipientAction]]:
        if self.state not in RECEIVING_STATES:
            raise TransitionNotAllowed(
                subject="alert", state=str(self.state), action=str(action), missing="sent_alert"
            )
        by_country = self.recipients.get(actor.country)
        if by_country is None:
            raise NotPermitted(
                subject="alert",
                state=str(self.state),
                action=str(action),
                missing="an entity of a country the alert was sent to",
            )
        row = resolve(
            RECIPIENT_TRANSITIONS,
            subject=f"alert in {by_country.country}",
            action=action,
            state=by_country.state,
            plays=lambda party: self.plays(party, actor, country=by_country.country),
            facts={Precondition.RECIPIENT_HAS_NOT_ACTED: target is None or not target.acted},
            refusals=REFUSALS,
        )
        return by_country, row

    def acknowledge(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """A broadcaster of one of the country's mailboxes acknowledges receipt; that
        mailbox then acts for the country (first to acknowledge wins)."""
        by_country, row = self._recipient_row(RA.ACKNOWLEDGE, actor)
        assert row.target is not None
        by_country.state = row.target
        by_country.acknowledged_by, by_country.acknowledged_at = actor.entity_id, now
        self._record(
            AlertAcknowledged, actor, country=by_country.country, mailbox_id=actor.entity_id
        )

    def disseminate(
        self: "Alert", *, actor: Actor, entities: Sequence[AlertEntity], now: datetime
    ) -> None:
        """Pass the alert to coordinators and authorities of the actor's own country."""
        by_country, _row = self._recipient_row(RA.DISSEMINATE, actor)
        involved = set(self.involved_entity_ids())
        wrong = [e.entity_id for e in entities if e.country != by_country.country]
        if wrong:
            raise InvalidField("entities", "same_country", f"{wrong} are not of the country")
        new = {e.entity_id: e for e in entities if e.entity_id not in involved}
        if not new:
            raise InvalidField("entities", "new_recipients", "no entity not yet a recipient")
        for key, entity in new.items():
            by_country.entities[key] = Recipient(entity, added_by=actor.entity_id, added_at=now)
        self._mark_acted(actor.entity_id)
        self._record(
            AlertDisseminated,
            actor,
            country=by_country.country,
            by_entity_id=actor.entity_id,
            entity_ids=tuple(new),
        )

    def remove_recipient(self: "Alert", *, actor: Actor, entity_id: str, now: datetime) -> None:
        """The acting mailbox takes off a recipient that has not acted (it found the alert
        not relevant); it receives nothing more."""
        by_country = self.recipients.get(actor.country)
        target = by_country.active().get(entity_id) if by_country else None
        by_country, _row = self._recipient_row(RA.REMOVE_RECIPIENT, actor, target=target)
        if target is None:
            raise UnknownItem("recipient", entity_id)
        target.removed = True
        self._record(
            RecipientRemoved,
            actor,
            country=by_country.country,
            by_entity_id=actor.entity_id,
            entity_id=entity_id,
        )

    def suggestions_for(self: "Alert", country: str) -> tuple[SuggestedAuthority, ...]:
        """The authorities the launcher suggested for `country`, offered when disseminating."""
        return tuple(s for s in self.form.suggestions if s.country == country)
