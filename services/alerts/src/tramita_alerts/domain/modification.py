"""Modification after sending (IMI guide §6.3.2) and withdrawal (§6.3.3), as methods the
Alert aggregate inherits.

Only the launching country changes a sent alert: its sending coordinator adds countries
(in `launching`) and changes the member state of establishment — never while a closure
proposal is pending (note 4) — and everyone involved is told; the launching authority, or
the sending coordinator when it has final authorisation, rectifies the provider's data
and the description. Changes apply at once for every recipient, without re-sending.
Withdrawal is submitted by the launching authority or the coordinator and sent by the
coordinator's broadcaster; it cancels a pending closure proposal (PRODUCT §12).
"""

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from tramita_alerts.domain import checklist
from tramita_alerts.domain.checklist import ESTABLISHMENT_UNKNOWN, Provider
from tramita_alerts.domain.errors import InvalidField, InvalidLaunch
from tramita_alerts.domain.events import (
    AlertRectified,
    AlertWithdrawn,
    ClosureProposalCancelled,
    EstablishmentChanged,
    RecipientCountriesAdded,
    WithdrawalRecalled,
    WithdrawalSubmitted,
)
from tramita_alerts.domain.launching import Mailboxes, require_mailboxes
from tramita_alerts.domain.proposals import REASON_MAX, Withdrawal
from tramita_alerts.domain.roles import COUNTRY_CODE, Actor
from tramita_alerts.domain.states import AlertAction

if TYPE_CHECKING:
    from tramita_alerts.domain.model import Alert

A = AlertAction


def check_text(value: str, *, field_name: str, limit: int = REASON_MAX) -> str:
    """Required free text of at most `limit` characters."""
    if not value.strip():
        raise InvalidField(field_name, "required", "must be given")
    if len(value) > limit:
        raise InvalidField(field_name, "max_length", f"at most {limit} characters")
    return value


class Modification:
    __slots__ = ()

    def change_establishment(
        self: "Alert",
        *,
        actor: Actor,
        establishment: str,
        now: datetime,
        mailboxes: Mailboxes | None = None,
    ) -> None:
        """A new member state of establishment (a country code or UNKNOWN); a country not
        yet a recipient is added and receives the alert at once."""
        row = self._allowed(A.CHANGE_ESTABLISHMENT, actor, now=now)
        previous = self.form.establishment
        if establishment != ESTABLISHMENT_UNKNOWN and not COUNTRY_CODE.fullmatch(establishment):
            raise InvalidField("establishment", "country_or_unknown", "a country code or UNKNOWN")
        if establishment == previous:
            raise InvalidField("establishment", "changed", "already the member state")
        form = checklist.with_establishment(
            replace(self.form, establishment=establishment),
            launching_country=self.launching_country,
        )
        added = tuple(c for c in form.recipient_countries if c not in self.form.recipient_countries)
        require_mailboxes(added, mailboxes or {})
        self._enter(row)
        self.form = form
        ids = [self._receive(country, mailboxes or {}, now=now) for country in added]
        if added:
            self._record(
                RecipientCountriesAdded,
                actor,
                countries=added,
                sent=True,
                mailbox_ids=tuple(k for group in ids for k in group),
            )
        self._record(
            EstablishmentChanged,
            actor,
            previous=previous,
            current=establishment,
            involved_entity_ids=self.involved_entity_ids(),
        )

    def rectify(
        self: "Alert",
        *,
        actor: Actor,
        now: datetime,
        provider: Provider | None = None,
        description: str | None = None,
    ) -> None:
        """Update the provider's data and/or the case description of a sent alert."""
        row = self._allowed(A.RECTIFY, actor, now=now)
        changes = {"provider": provider, "description": description}
        changes = {name: value for name, value in changes.items() if value is not None}
        if not changes:
            raise InvalidField("provider", "something_to_change", "give provider or description")
        form = replace(self.form, **changes)
        errors = checklist.problems(form, launching_country=self.launching_country, complete=True)
        errors = [e for e in errors if e.field.split(".")[0] in changes]
        if errors:
            raise InvalidLaunch(tuple(errors))
        self._enter(row)
        self.form = form
        self._record(
            AlertRectified,
            actor,
            fields=tuple(sorted(changes)),
            involved_entity_ids=self.involved_entity_ids(),
        )

    def submit_withdrawal(self: "Alert", *, actor: Actor, reason: str, now: datetime) -> None:
        """Propose to withdraw an alert sent on wrong information (to the sending
        coordinator); a closure proposal in progress is cancelled."""
        row = self._allowed(A.SUBMIT_WITHDRAWAL, actor, now=now)
        check_text(reason, field_name="reason")
        self._enter(row)
        if self.closure is not None:
            self._record(
                ClosureProposalCancelled,
                actor,
                closure_coordinator_id=self.closure.coordinator.entity_id,
                reason="withdrawal",
                notified_entity_ids=self.involved_entity_ids(),
            )
            self.closure = None
        self.withdrawal = Withdrawal(actor.entity_id, actor.person_id, now, reason)
        assert self.coordinator is not None
        self._record(
            WithdrawalSubmitted,
            actor,
            entity_id=actor.entity_id,
            coordinator_id=self.coordinator.entity_id,
        )

    def recall_withdrawal(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """Take a withdrawal back before it is sent: the alert is simply sent again."""
        self._act(A.RECALL_WITHDRAWAL, actor, now=now)
        self.withdrawal = None
        assert self.coordinator is not None
        self._record(WithdrawalRecalled, actor, coordinator_id=self.coordinator.entity_id)

    def send_withdrawal(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """Broadcast the withdrawal: the alert is no longer active, nothing can be added,
        recipients see only part of it; it counts as formal closure for retention."""
        self._act(A.SEND_WITHDRAWAL, actor, now=now)
        self.ended_at = now
        assert self.coordinator is not None
        self._record(
            AlertWithdrawn,
            actor,
            coordinator_id=self.coordinator.entity_id,
            withdrawn_at=now,
            involved_entity_ids=self.involved_entity_ids(),
        )
