"""Launch and sending (IMI guide §6.3.1), as methods the Alert aggregate inherits.

Draft (numbered on first save) → submitted for sending to a privileged coordinator (the
launcher may recall it until a broadcaster accepts; a broadcaster may forward it to
another coordinator of the country) → awaiting sending (edit/delete: §6.2.2; any of its
broadcasters may add countries) → sent to every recipient country's mailboxes, the
launching country's mailboxes and the Commission.
"""

from collections.abc import Iterable, Mapping
from dataclasses import fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Self

from tramita_alerts.domain import checklist
from tramita_alerts.domain.checklist import LaunchForm
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.events import (
    AlertAccepted,
    AlertDeleted,
    AlertEdited,
    AlertForwarded,
    AlertLaunched,
    AlertSent,
    AlertSubmissionRecalled,
    AlertSubmittedForSending,
    RecipientCountriesAdded,
)
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.recipients import CountryRecipients, RecipientState
from tramita_alerts.domain.roles import Actor, AlertEntity, countries_without_mailbox
from tramita_alerts.domain.states import ALERT_TRANSITIONS, AlertAction, AlertState
from tramita_alerts.domain.table import profiles_for, resolve

if TYPE_CHECKING:
    from tramita_alerts.domain.model import Alert

A, S = AlertAction, AlertState
type Mailboxes = Mapping[str, Iterable[str]]


def check_coordinator(launcher: AlertEntity, coordinator: AlertEntity | None) -> None:
    """The chosen coordinator must hold privileged access to the launcher (or be it)."""
    if coordinator is not None and not launcher.may_submit_to(coordinator):
        raise InvalidField(
            "coordinator_id", "privileged_coordinator", "one of your privileged coordinators"
        )


def require_mailboxes(countries: Iterable[str], mailboxes: Mailboxes) -> None:
    missing = countries_without_mailbox(countries, mailboxes)
    if missing:
        raise InvalidField(
            "mailboxes", "mailbox_per_country", f"no incoming-alerts mailbox in {missing}"
        )


class Launching:
    __slots__ = ()

    @classmethod
    def launch(
        cls,
        *,
        alert_id: str,
        number: AlertNumber,
        actor: Actor,
        form: LaunchForm,
        now: datetime,
        coordinator: AlertEntity | None = None,
    ) -> Self:
        """The first save of a draft; `number` comes from `numbering.next_number`."""
        resolve(
            ALERT_TRANSITIONS,
            subject="alert",
            action=A.LAUNCH,
            state=None,
            plays=lambda party: (
                actor.entity is not None and bool(actor.profiles & profiles_for(party))
            ),
            facts={},
        )
        assert actor.entity is not None
        check_coordinator(actor.entity, coordinator)
        form = checklist.check(form, launching_country=actor.entity.country, complete=False)
        alert = cls(  # type: ignore[call-arg]
            alert_id=alert_id,
            number=number,
            launching_entity=actor.entity,
            launched_by=actor.person_id,
            form=form,
            coordinator=coordinator,
            state=S.DRAFT,
            created_at=now,
        )
        alert._record(  # type: ignore[attr-defined]
            AlertLaunched,
            actor,
            launching_entity_id=actor.entity.entity_id,
            launching_country=actor.entity.country,
        )
        return alert

    def edit(
        self: "Alert",
        *,
        actor: Actor,
        form: LaunchForm,
        now: datetime,
        coordinator: AlertEntity | None = None,
    ) -> None:
        """Change a draft, or an alert awaiting sending (§6.2.2 decides who); once
        accepted, the coordinator changes only by forwarding and the checklist stays full."""
        row = self._allowed(A.EDIT, actor, now=now)
        draft = self.state is S.DRAFT
        if coordinator is not None and not draft:
            raise InvalidField("coordinator_id", "fixed_once_accepted", "forward it instead")
        form = checklist.check(form, launching_country=self.launching_country, complete=not draft)
        check_coordinator(actor.entity or self.launching_entity, coordinator)
        changed = tuple(
            f.name for f in fields(form) if getattr(form, f.name) != getattr(self.form, f.name)
        )
        if coordinator is not None and coordinator != self.coordinator:
            changed += ("coordinator_id",)
            self.coordinator = coordinator
        self._enter(row)
        self.form = form
        self._record(AlertEdited, actor, state=str(row.source), fields=changed)

    def delete(self: "Alert", *, actor: Actor, now: datetime) -> None:
        self._act(A.DELETE, actor, now=now)
        self._record(AlertDeleted, actor, launching_entity_id=self.launching_entity.entity_id)

    def submit(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """Submit to the chosen coordinator, once the checklist is complete."""
        row = self._allowed(A.SUBMIT, actor, now=now)
        form = checklist.check(self.form, launching_country=self.launching_country, complete=True)
        if self.coordinator is None:
            raise InvalidField("coordinator_id", "required", "choose a coordinator")
        assert actor.entity is not None
        check_coordinator(actor.entity, self.coordinator)
        self._enter(row)
        self.form = form
        self._record(
            AlertSubmittedForSending,
            actor,
            launching_entity_id=self.launching_entity.entity_id,
            coordinator_id=self.coordinator.entity_id,
        )

    def recall(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """The launcher takes a submission back until a broadcaster accepts it."""
        self._act(A.RECALL, actor, now=now)
        assert self.coordinator is not None
        self._record(AlertSubmissionRecalled, actor, coordinator_id=self.coordinator.entity_id)

    def forward(self: "Alert", *, actor: Actor, to: AlertEntity, now: datetime) -> None:
        """Pass the submission to another alert coordinator of the launching country."""
        row = self._allowed(A.FORWARD, actor, now=now)
        previous = self.coordinator
        assert previous is not None
        if not to.is_coordinator or to.country != self.launching_country or to == previous:
            raise InvalidField("to", "other_coordinator_same_country", "another coordinator")
        self._enter(row)
        self.coordinator = to
        self._record(
            AlertForwarded,
            actor,
            from_coordinator_id=previous.entity_id,
            coordinator_id=to.entity_id,
        )

    def accept(self: "Alert", *, actor: Actor, now: datetime) -> None:
        self._act(A.ACCEPT, actor, now=now)
        assert self.coordinator is not None
        self.accepted_by = actor.person_id
        self._record(AlertAccepted, actor, coordinator_id=self.coordinator.entity_id)

    def send(self: "Alert", *, actor: Actor, mailboxes: Mailboxes, now: datetime) -> None:
        """Send to each recipient country's mailboxes; the launching country's receive it
        too and need no acknowledgement; the Commission always receives it."""
        row = self._allowed(A.SEND, actor, now=now)
        countries = self.form.recipient_countries
        require_mailboxes((*countries, self.launching_country), mailboxes)
        self._enter(row)
        self.sent_by, self.sent_at = actor.person_id, now
        home = self._receive(self.launching_country, mailboxes, now=now, home=True)
        received = [self._receive(country, mailboxes, now=now) for country in countries]
        assert self.coordinator is not None
        self._record(
            AlertSent,
            actor,
            coordinator_id=self.coordinator.entity_id,
            launching_entity_id=self.launching_entity.entity_id,
            launching_country=self.launching_country,
            recipient_countries=countries,
            mailbox_ids=tuple(key for ids in (home, *received) for key in ids),
            home_mailbox_ids=home,
        )

    def add_countries(
        self: "Alert",
        *,
        actor: Actor,
        countries: tuple[str, ...],
        now: datetime,
        mailboxes: Mailboxes | None = None,
    ) -> None:
        """Widen the recipients: any broadcaster of the coordinator before sending, the
        sending coordinator after (the new countries receive the alert at once, §6.3.2)."""
        row = self._allowed(A.ADD_COUNTRIES, actor, now=now)
        new = tuple(c for c in dict.fromkeys(countries) if c not in self.form.recipient_countries)
        if not new:
            raise InvalidField("countries", "new_countries", "no country that is not a recipient")
        form = replace(self.form, recipient_countries=(*self.form.recipient_countries, *new))
        form = checklist.check(form, launching_country=self.launching_country, complete=False)
        sent = self.sent_at is not None
        if sent:
            require_mailboxes(new, mailboxes or {})
        self._enter(row)
        self.form = form
        ids = [self._receive(c, mailboxes or {}, now=now) for c in new] if sent else []
        self._record(
            RecipientCountriesAdded,
            actor,
            countries=new,
            sent=sent,
            mailbox_ids=tuple(key for group in ids for key in group),
        )

    def _receive(
        self: "Alert", country: str, mailboxes: Mailboxes, *, now: datetime, home: bool = False
    ) -> tuple[str, ...]:
        ids = tuple(dict.fromkeys(mailboxes[country]))
        state = RecipientState.HOME if home else RecipientState.AWAITING_ACKNOWLEDGEMENT
        self.recipients[country] = CountryRecipients(country, state, ids, received_at=now)
        return ids
