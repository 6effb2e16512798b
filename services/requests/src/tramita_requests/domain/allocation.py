"""Allocation of a request to handlers, or to supervisors at a coordinator (003 §5.3.5), and
the change of a side's coordinator (§5.3.2.1), as methods of Request."""

from datetime import datetime
from typing import TYPE_CHECKING

from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.events import CoordinatorChanged, HandlerAssigned
from tramita_requests.domain.states import (
    AUTHORITY_OF,
    COORDINATOR_OF,
    Action,
    Party,
    Profile,
    Side,
)

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

A, P = Action, Party
# Requests needing a coordinator's approval or opinion go to supervisors only (§5.3.5.3).
ASSIGNABLE = {
    P.REQUESTER: Profile.HANDLER,
    P.RESPONDER: Profile.HANDLER,
    P.REQUESTING_COORDINATOR: Profile.SUPERVISOR,
    P.RESPONDING_COORDINATOR: Profile.SUPERVISOR,
}


class Allocation:
    __slots__ = ()

    def assign(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        party: Party,
        assignees: tuple[Actor, ...],
    ) -> None:
        """An allocator (re)assigns the request, for its entity's party, to one or more of
        its users; only they may then act while allocation is on. Each newly assigned
        person is told."""
        row = self._authorize(A.ASSIGN, actor, entities, party=party)
        people = self._check_assignees(party, assignees)
        added = [p for p in people if p not in self.assigned(party)]
        self._move(row, actor, now)
        self.assignments[party] = frozenset(people)
        for person_id in added:
            self._record(
                HandlerAssigned, actor, now, party=party.value, assigned_person_id=person_id
            )

    def _check_assignees(self: "Request", party: Party, assignees: tuple[Actor, ...]) -> list[str]:
        profile = ASSIGNABLE[party]
        if not assignees:
            raise InvalidField("assignees", "required", "assign at least one user")
        people = [a.person_id for a in assignees]
        if len(set(people)) != len(people):
            raise InvalidField("assignees", "unique", "each user once")
        for index, assignee in enumerate(assignees):
            if assignee.entity_id != self.entity_of(party) or profile not in assignee.profiles:
                raise InvalidField(
                    f"assignees[{index}]", "profile", f"assign users holding {profile.value}"
                )
        return people

    def change_coordinator(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        side: Side,
        coordinator_id: str,
    ) -> None:
        """A side picks another of its privileged request coordinators (not while the
        current one is approving or supervising)."""
        authority, coordinator = AUTHORITY_OF[side], COORDINATOR_OF[side]
        row = self._authorize(A.CHANGE_COORDINATOR, actor, entities, party=authority)
        entity = entities.get(self.entity_of(authority))
        previous = self.entity_of(coordinator)
        if not coordinator_id or coordinator_id == previous:
            raise InvalidField("coordinator_id", "changed", "choose another coordinator")
        self._settle_coordinator(entity, coordinator_id, A.CHANGE_COORDINATOR)
        self._move(row, actor, now)
        if side is Side.REQUESTING:
            self.requesting_coordinator_id = coordinator_id
        else:
            self.responding_coordinator_id = coordinator_id
        self.assignments.pop(coordinator, None)
        self.last_actors.pop(coordinator, None)
        self._record(
            CoordinatorChanged,
            actor,
            now,
            side=side.value,
            previous_coordinator_id=previous,
            coordinator_id=coordinator_id,
        )
