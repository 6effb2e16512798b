"""A small world of entities and people across three countries, and a driver that takes an
alert to any state through its public methods (unit tests only, no I/O).

PT launches (authority + two coordinators + mailbox), ES is the member state of
establishment (two mailboxes, an authority, a coordinator), FR is a plain recipient.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from tramita_alerts.domain.checklist import (
    Attachment,
    Criterion,
    LaunchForm,
    Provider,
    SuggestedAuthority,
)
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.roles import Actor, AlertEntity, EntityRole, Profile
from tramita_alerts.domain.states import AlertState

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
COMMENTS, OBJECTIONS = timedelta(days=7), timedelta(days=14)
PROVIDER_NAME = "Joana Provedora Lda"
DESCRIPTION = "Unlicensed gas installations found at three sites"
AUTH, COORD = EntityRole.ALERT_AUTHORITY, EntityRole.ALERT_COORDINATOR
M, B, V = Profile.MANAGER, Profile.BROADCASTER, Profile.VIEWER
S = AlertState


def entity(key: str, role: EntityRole = AUTH, **flags) -> AlertEntity:
    return AlertEntity(entity_id=key, country=key[:2].upper(), role=role, **flags)


def person(on: AlertEntity, *profiles: Profile, name: str = "") -> Actor:
    label = name or f"{on.entity_id}/{'+'.join(sorted(p.name.lower() for p in profiles))}"
    return Actor(person_id=label, entity=on, profiles=frozenset(profiles))


def complete_form(**changes) -> LaunchForm:
    form = LaunchForm(
        criteria=frozenset(Criterion),
        provider=Provider(name=PROVIDER_NAME, identifier="PT509999990", natural_person=False),
        service_activity="Gas installation services",
        establishment="ES",
        description=DESCRIPTION,
        attachments=(Attachment("att-1", "inspection.pdf", "application/pdf", 12_345),),
        recipient_countries=("FR",),
        suggestions=(SuggestedAuthority("ES", entity_id="es-health"),),
    )
    return replace(form, **changes)


@dataclass
class World:
    final_authorisation: bool = False
    now: datetime = T0
    entities: dict[str, AlertEntity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        fa = self.final_authorisation
        for e in (
            entity("pt-coord", COORD, final_authorisation=fa),
            entity("pt-coord2", COORD),
            entity("pt-mailbox", COORD, mailbox=True),
            entity("pt-auth", privileged_coordinator_ids=frozenset({"pt-coord", "pt-coord2"})),
            entity("pt-other", privileged_coordinator_ids=frozenset({"pt-coord"})),
            entity("es-mailbox1", COORD, mailbox=True),
            entity("es-mailbox2", COORD, mailbox=True),
            entity("es-coord", COORD, final_authorisation=fa),
            entity("es-health", privileged_coordinator_ids=frozenset({"es-coord"})),
            entity("es-env", privileged_coordinator_ids=frozenset({"es-coord"})),
            entity("fr-mailbox", COORD, mailbox=True),
            entity("fr-auth", privileged_coordinator_ids=frozenset({"fr-mailbox"})),
        ):
            self.entities[e.entity_id] = e

    def __getitem__(self, key: str) -> AlertEntity:
        return self.entities[key]

    def manager(self, key: str) -> Actor:
        return person(self[key], M)

    def broadcaster(self, key: str) -> Actor:
        return person(self[key], B)

    def viewer(self, key: str) -> Actor:
        return person(self[key], V)

    @property
    def mailboxes(self) -> dict[str, tuple[str, ...]]:
        return {
            "PT": ("pt-mailbox",),
            "ES": ("es-mailbox1", "es-mailbox2"),
            "FR": ("fr-mailbox",),
            "DE": ("de-mailbox",),
        }

    def tick(self, delta: timedelta = timedelta(hours=1)) -> datetime:
        self.now += delta
        return self.now

    def draft(self, **form_changes) -> Alert:
        return Alert.launch(
            alert_id="alert-1",
            number=AlertNumber(2025, 1),
            actor=self.manager("pt-auth"),
            form=complete_form(**form_changes),
            coordinator=self["pt-coord"],
            now=self.now,
        )

    def alert_in(self, state: AlertState, **form_changes) -> Alert:
        """An alert taken to `state` by the parties the guide names, step by step."""
        alert = self.draft(**form_changes)
        for step in PATHS[state]:
            step(self, alert)
        assert alert.state is state, (alert.state, state)
        alert.events.clear()
        return alert


def _submit(w: World, a: Alert) -> None:
    a.submit(actor=w.manager("pt-auth"), now=w.tick())


def _accept(w: World, a: Alert) -> None:
    a.accept(actor=w.broadcaster("pt-coord"), now=w.tick())


def _send(w: World, a: Alert) -> None:
    a.send(actor=w.broadcaster("pt-coord"), mailboxes=w.mailboxes, now=w.tick())


def _receive_in_spain(w: World, a: Alert) -> None:
    a.acknowledge(actor=w.broadcaster("es-mailbox1"), now=w.tick())
    a.disseminate(
        actor=w.broadcaster("es-mailbox1"),
        entities=[w["es-health"], w["es-coord"]],
        now=w.tick(),
    )


def _propose(w: World, a: Alert) -> None:
    a.propose_closure(
        actor=w.manager("es-health"),
        coordinator=w["es-coord"],
        reason="The provider's licence was withdrawn",
        comment_period=COMMENTS,
        now=w.tick(),
    )


def _end_comments(w: World, a: Alert) -> None:
    a.end_comment_period(now=w.tick(COMMENTS))


def _send_proposal(w: World, a: Alert) -> None:
    a.send_closure_proposal(
        actor=w.broadcaster("es-coord"), objection_period=OBJECTIONS, now=w.tick()
    )


def _end_objections(w: World, a: Alert) -> None:
    a.end_objection_period(now=w.tick(OBJECTIONS))


def _close(w: World, a: Alert) -> None:
    a.close(actor=w.broadcaster("es-coord"), now=w.tick())


def _withdraw(w: World, a: Alert) -> None:
    a.submit_withdrawal(actor=w.manager("pt-auth"), reason="Wrong provider", now=w.tick())


def _send_withdrawal(w: World, a: Alert) -> None:
    a.send_withdrawal(actor=w.broadcaster("pt-coord"), now=w.tick())


def _delete(w: World, a: Alert) -> None:
    a.delete(actor=w.manager("pt-auth"), now=w.tick())


Step = Callable[[World, Alert], None]
_SENT: list[Step] = [_submit, _accept, _send, _receive_in_spain]
PATHS: dict[AlertState, list[Step]] = {
    S.DRAFT: [],
    S.DELETED: [_delete],
    S.SUBMITTED_FOR_SENDING: [_submit],
    S.AWAITING_SENDING: [_submit, _accept],
    S.SENT: _SENT,
    S.WITHDRAWAL_SUBMITTED_FOR_SENDING: [*_SENT, _withdraw],
    S.WITHDRAWN: [*_SENT, _withdraw, _send_withdrawal],
    S.CLOSURE_OPEN_FOR_COMMENTS: [*_SENT, _propose],
    S.CLOSURE_PENDING_SENDING: [*_SENT, _propose, _end_comments],
    S.CLOSURE_OPEN_FOR_OBJECTIONS: [*_SENT, _propose, _end_comments, _send_proposal],
    S.CLOSURE_PENDING_DECISION: [
        *_SENT,
        _propose,
        _end_comments,
        _send_proposal,
        _end_objections,
    ],
    S.CLOSED: [*_SENT, _propose, _end_comments, _send_proposal, _end_objections, _close],
}
