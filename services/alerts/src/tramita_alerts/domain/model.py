"""The Alert aggregate: its data, who plays which part, and the one way its state changes.

Behaviour lives in mixins by stage — `launching` (§6.3.1), `modification` (§6.3.2-§6.3.3),
`reception` (§6.3.4), `exchange` (§6.3.5), `closing` (§6.3.6) — and every state change goes
through `_act()`, i.e. through the table in `states`. Other entities appear as
`AlertEntity` snapshots taken when they join the alert; the app layer calls `refresh()`
with the registry's current view before a command, so flags such as final authorisation
are read as they are now.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from tramita_alerts.domain.checklist import LaunchForm
from tramita_alerts.domain.closing import Closing
from tramita_alerts.domain.events import SYSTEM, AlertEvent
from tramita_alerts.domain.exchange import Exchange
from tramita_alerts.domain.information import AdditionalInfo, InfoState
from tramita_alerts.domain.launching import Launching
from tramita_alerts.domain.modification import Modification
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.proposals import ClosureProposal, Withdrawal
from tramita_alerts.domain.reception import Reception
from tramita_alerts.domain.recipients import CountryRecipients
from tramita_alerts.domain.roles import Actor, AlertEntity
from tramita_alerts.domain.states import (
    ALERT_TRANSITIONS,
    CLOSURE_ACTIONS,
    REFUSALS,
    AlertAction,
    AlertState,
)
from tramita_alerts.domain.table import PARTIES, Party, Precondition, Transition, resolve
from tramita_alerts.domain.visibility import CaseFacts

SUBJECT = "alert"


@dataclass(slots=True)
class Alert(Launching, Modification, Reception, Exchange, Closing):
    alert_id: str
    number: AlertNumber
    launching_entity: AlertEntity
    launched_by: str
    form: LaunchForm
    coordinator: AlertEntity | None  # chosen, then accepting, then sending coordinator
    state: AlertState
    created_at: datetime
    accepted_by: str = ""
    sent_by: str = ""
    sent_at: datetime | None = None
    recipients: dict[str, CountryRecipients] = field(default_factory=dict)
    information: dict[str, AdditionalInfo] = field(default_factory=dict)
    closure: ClosureProposal | None = None
    withdrawal: Withdrawal | None = None
    ended_at: datetime | None = None  # closed or withdrawn: formal closure for retention
    version: int = 1
    events: list[AlertEvent] = field(default_factory=list, compare=False, repr=False)

    # -- the one way the state changes -------------------------------------------------

    def _act(
        self, action: AlertAction, actor: Actor | None, *, now: datetime
    ) -> Transition[AlertState, AlertAction]:
        """Check then take the transition: for actions with nothing else to validate."""
        row = self._allowed(action, actor, now=now)
        self._enter(row)
        return row

    def _allowed(
        self, action: AlertAction, actor: Actor | None, *, now: datetime
    ) -> Transition[AlertState, AlertAction]:
        """The row allowing `action` now (state, party, preconditions); changes nothing."""
        return resolve(
            ALERT_TRANSITIONS,
            subject=SUBJECT,
            action=action,
            state=self.state,
            plays=lambda party: self.plays(party, actor),
            facts=self._facts(action, now=now),
            refusals=REFUSALS,
        )

    def _enter(self, row: Transition[AlertState, AlertAction]) -> None:
        assert row.target is not None and row.source is self.state
        self.state = row.target

    def _facts(self, action: AlertAction, *, now: datetime) -> dict[Precondition, bool]:
        in_charge = (
            self.closure.coordinator
            if action in CLOSURE_ACTIONS and self.closure
            else (self.coordinator)
        )
        final = in_charge is not None and in_charge.final_authorisation
        ends_at = self.period_ends_at
        return {
            Precondition.FINAL_AUTHORISATION: final,
            Precondition.NO_FINAL_AUTHORISATION: not final,
            Precondition.PERIOD_OVER: ends_at is not None and now >= ends_at,
        }

    def _record(self, event: type[AlertEvent], actor: Actor | None, **fields: Any) -> None:
        acted_by = actor.person_id if actor else SYSTEM
        self.events.append(event(self.alert_id, str(self.number), acted_by, **fields))

    # -- who plays which part ------------------------------------------------------------

    def plays(
        self,
        party: Party,
        actor: Actor | None,
        *,
        country: str = "",
        info: AdditionalInfo | None = None,
    ) -> bool:
        """Whether `actor` plays `party` on this alert (for a recipient `country` or an
        information item `info` where the party is relative to one)."""
        if party is Party.SYSTEM or actor is None:
            return party is Party.SYSTEM and actor is None
        if actor.entity is None or not actor.profiles & PARTIES[party][0]:
            return False
        return self._entity_plays(party, actor.entity, country=country, info=info)

    def _entity_plays(
        self, party: Party, entity: AlertEntity, *, country: str, info: AdditionalInfo | None
    ) -> bool:
        key = entity.entity_id
        by_country = self.recipients.get(country)
        closure, withdrawal = self.closure, self.withdrawal
        relations: Mapping[Party, Callable[[], bool]] = {
            Party.ANY_MANAGER: lambda: True,
            Party.LAUNCHER_MANAGER: lambda: key == self.launching_entity.entity_id,
            Party.COORDINATOR_MANAGER: lambda: _is(self.coordinator, key),
            Party.COORDINATOR_BROADCASTER: lambda: _is(self.coordinator, key),
            Party.WITHDRAWAL_SUBMITTER: lambda: bool(withdrawal and withdrawal.entity_id == key),
            Party.CLOSURE_COUNTRY_MANAGER: lambda: (
                entity.country == self.closure_country and key in self.involved_entity_ids()
            ),
            Party.PROPOSER_MANAGER: lambda: bool(closure and closure.proposer_entity_id == key),
            Party.CLOSURE_COORDINATOR_BROADCASTER: lambda: bool(
                closure and closure.coordinator.entity_id == key
            ),
            Party.MAILBOX_BROADCASTER: lambda: bool(
                by_country and key in by_country.acting_mailbox_ids
            ),
            Party.RECIPIENT_COORDINATOR_BROADCASTER: lambda: bool(
                by_country and by_country.is_recipient_coordinator(key)
            ),
            Party.INVOLVED_MEMBER: lambda: key in self.involved_entity_ids(),
            Party.INFO_SUBMITTER: lambda: bool(info and info.entity_id == key),
            Party.INFO_COORDINATOR_BROADCASTER: lambda: bool(
                info and info.coordinator.entity_id == key
            ),
        }
        return relations[party]()

    # -- derived facts -------------------------------------------------------------------

    @property
    def launching_country(self) -> str:
        return self.launching_entity.country

    @property
    def closure_country(self) -> str:
        """The member state of establishment, or the launching country when unknown."""
        return self.form.establishment_country or self.launching_country

    @property
    def period_ends_at(self) -> datetime | None:
        """When the running comment or objection period ends (timers live outside)."""
        if self.closure is None:
            return None
        if self.state is AlertState.CLOSURE_OPEN_FOR_COMMENTS:
            return self.closure.comment_period_ends_at
        if self.state is AlertState.CLOSURE_OPEN_FOR_OBJECTIONS:
            return self.closure.objection_period_ends_at
        return None

    def involved_entity_ids(self, *, country: str = "") -> tuple[str, ...]:
        """Entities the alert is with now (of `country` when given): the launching
        authority, the coordinator once submitted, every mailbox and recipient not removed,
        the closure coordinator and coordinators holding information to send."""
        found = [self.launching_entity.entity_id]
        if self.coordinator is not None and self.state is not AlertState.DRAFT:
            found.append(self.coordinator.entity_id)
        for by_country in self.recipients.values():
            found.extend(by_country.involved_ids())
        if self.closure is not None:
            found.append(self.closure.coordinator.entity_id)
        found.extend(
            info.coordinator.entity_id
            for info in self.information.values()
            if info.state is not InfoState.DELETED
        )
        unique = tuple(dict.fromkeys(found))
        if not country:
            return unique
        return tuple(key for key in unique if self._country_of(key) == country)

    def _country_of(self, entity_id: str) -> str:
        for snapshot in self._snapshots():
            if snapshot.entity_id == entity_id:
                return snapshot.country
        for by_country in self.recipients.values():
            if entity_id in by_country.mailbox_ids:
                return by_country.country
        return ""

    def _snapshots(self) -> list[AlertEntity]:
        found = [self.launching_entity]
        found += [self.coordinator] if self.coordinator else []
        found += [self.closure.coordinator] if self.closure else []
        found += [info.coordinator for info in self.information.values()]
        for by_country in self.recipients.values():
            found += [recipient.entity for recipient in by_country.entities.values()]
        return found

    def case_facts(self) -> CaseFacts:
        """What the personal-data policy (`visibility`) needs of this alert."""
        return CaseFacts(
            state=self.state,
            launching_country=self.launching_country,
            involved_entity_ids=frozenset(self.involved_entity_ids()),
            ended_at=self.ended_at,
        )

    def _mark_acted(self, entity_id: str) -> None:
        for by_country in self.recipients.values():
            if entity_id in by_country.entities:
                by_country.entities[entity_id].acted = True

    def refresh(self, entity: AlertEntity) -> None:
        """Take the registry's current view of `entity` (flags, privileged coordinators)."""
        key = entity.entity_id
        if self.launching_entity.entity_id == key:
            self.launching_entity = entity
        if _is(self.coordinator, key):
            self.coordinator = entity
        if self.closure is not None and self.closure.coordinator.entity_id == key:
            self.closure.coordinator = entity
        for info in self.information.values():
            if info.coordinator.entity_id == key:
                info.coordinator = entity
        for by_country in self.recipients.values():
            if key in by_country.entities:
                by_country.entities[key] = replace(by_country.entities[key], entity=entity)


def _is(entity: AlertEntity | None, entity_id: str) -> bool:
    return entity is not None and entity.entity_id == entity_id
