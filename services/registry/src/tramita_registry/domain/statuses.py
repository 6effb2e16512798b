"""Statuses of entities and of their legislative-area and workflow accesses, as tables.

Each row is one line of IMI guide §9.1.5 (with PRODUCT §4.2 and §12): the action, the
status it starts from (None: no access yet), the status it leads to (None: the access
disappears, as a refused request does), the preconditions, and who performs it. Status
changes happen only through `transition()`; a reader can check the tables line by line.
"""

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from tramita_registry.domain.errors import TransitionNotAllowed


class EntityStatus(enum.StrEnum):
    REGISTRATION_REQUESTED = "REGISTRATION_REQUESTED"
    ACTIVE = "ACTIVE"
    REGISTRATION_REFUSED = "REGISTRATION_REFUSED"
    SUSPENDED = "SUSPENDED"
    INACTIVE = "INACTIVE"


class AccessStatus(enum.StrEnum):
    REQUESTED = "REQUESTED"
    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"
    SUSPENDED_REACTIVATION_REQUESTED = "SUSPENDED_REACTIVATION_REQUESTED"
    DELETED = "DELETED"
    DELETED_REACTIVATION_REQUESTED = "DELETED_REACTIVATION_REQUESTED"


class EntityAction(enum.StrEnum):
    VALIDATE = "VALIDATE"
    REFUSE_REGISTRATION = "REFUSE_REGISTRATION"
    SUSPEND = "SUSPEND"
    REACTIVATE = "REACTIVATE"
    DEACTIVATE = "DEACTIVATE"


class AccessAction(enum.StrEnum):
    REQUEST = "REQUEST"
    GRANT = "GRANT"
    REFUSE = "REFUSE"
    SUSPEND = "SUSPEND"
    REQUEST_REACTIVATION = "REQUEST_REACTIVATION"
    REACTIVATE = "REACTIVATE"
    REJECT_REACTIVATION = "REJECT_REACTIVATION"
    DELETE = "DELETE"


class Precondition(enum.StrEnum):
    ENTITY_ACTIVE = "entity_active"
    AREA_ACTIVE = "area_active"
    AREA_ACTIVE_OR_REQUESTED = "area_active_or_requested"
    ALL_ACCESS_SUSPENDED_OR_DELETED = "all_access_suspended_or_deleted"
    ALL_ACCESS_DELETED = "all_access_deleted"
    WORKFLOWS_SUSPENDED_OR_DELETED = "workflows_suspended_or_deleted"
    WORKFLOWS_DELETED = "workflows_deleted"
    CASES_CLOSED = "requests_and_alerts_closed"
    WITHIN_SIX_MONTHS = "within_six_months"
    PRIVILEGED_COORDINATOR_SET = "privileged_coordinator_set"


class Actor(enum.StrEnum):
    """Who performs a transition (rights are then checked against IMI §9.1.1)."""

    VALIDATING_COORDINATOR = "validating_coordinator"
    ACCESS_COORDINATOR = "access_coordinator"
    ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class Transition[S]:
    action: str
    source: S | None
    target: S | None
    requires: tuple[Precondition, ...]
    by: Actor


E, A, P = EntityStatus, AccessStatus, Precondition
VC, AC, ENT = Actor.VALIDATING_COORDINATOR, Actor.ACCESS_COORDINATOR, Actor.ENTITY
EA, AA = EntityAction, AccessAction

# fmt: off
ENTITY_TRANSITIONS: tuple[Transition[EntityStatus], ...] = (
    Transition(EA.VALIDATE, E.REGISTRATION_REQUESTED, E.ACTIVE,
               (P.PRIVILEGED_COORDINATOR_SET,), VC),
    Transition(EA.VALIDATE, E.REGISTRATION_REFUSED, E.ACTIVE,
               (P.WITHIN_SIX_MONTHS, P.PRIVILEGED_COORDINATOR_SET), VC),
    Transition(EA.REFUSE_REGISTRATION, E.REGISTRATION_REQUESTED, E.REGISTRATION_REFUSED, (), VC),
    Transition(EA.SUSPEND, E.ACTIVE, E.SUSPENDED, (P.ALL_ACCESS_SUSPENDED_OR_DELETED,), VC),
    Transition(EA.REACTIVATE, E.SUSPENDED, E.ACTIVE, (), VC),
    Transition(EA.REACTIVATE, E.INACTIVE, E.SUSPENDED, (P.WITHIN_SIX_MONTHS,), VC),
    Transition(EA.DEACTIVATE, E.SUSPENDED, E.INACTIVE, (P.ALL_ACCESS_DELETED, P.CASES_CLOSED), VC),
)

AREA_TRANSITIONS: tuple[Transition[AccessStatus], ...] = (
    Transition(AA.REQUEST, None, A.REQUESTED, (P.ENTITY_ACTIVE,), ENT),
    Transition(AA.GRANT, None, A.ACTIVE, (P.ENTITY_ACTIVE,), AC),
    Transition(AA.GRANT, A.REQUESTED, A.ACTIVE, (P.ENTITY_ACTIVE,), AC),
    Transition(AA.REFUSE, A.REQUESTED, None, (), AC),
    Transition(AA.SUSPEND, A.ACTIVE, A.SUSPENDED, (P.WORKFLOWS_SUSPENDED_OR_DELETED,), AC),
    Transition(AA.REQUEST_REACTIVATION, A.SUSPENDED, A.SUSPENDED_REACTIVATION_REQUESTED,
               (P.ENTITY_ACTIVE,), ENT),
    Transition(AA.REQUEST_REACTIVATION, A.DELETED, A.DELETED_REACTIVATION_REQUESTED,
               (P.ENTITY_ACTIVE,), ENT),
    Transition(AA.REACTIVATE, A.SUSPENDED, A.ACTIVE, (P.ENTITY_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.SUSPENDED_REACTIVATION_REQUESTED, A.ACTIVE, (P.ENTITY_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.DELETED, A.SUSPENDED, (P.ENTITY_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.DELETED_REACTIVATION_REQUESTED, A.SUSPENDED,
               (P.ENTITY_ACTIVE,), AC),
    Transition(AA.REJECT_REACTIVATION, A.SUSPENDED_REACTIVATION_REQUESTED, A.SUSPENDED, (), AC),
    Transition(AA.REJECT_REACTIVATION, A.DELETED_REACTIVATION_REQUESTED, A.DELETED, (), AC),
    Transition(AA.DELETE, A.SUSPENDED, A.DELETED, (P.WORKFLOWS_DELETED, P.CASES_CLOSED), AC),
)

WORKFLOW_TRANSITIONS: tuple[Transition[AccessStatus], ...] = (
    Transition(AA.REQUEST, None, A.REQUESTED, (P.ENTITY_ACTIVE, P.AREA_ACTIVE_OR_REQUESTED), ENT),
    Transition(AA.GRANT, None, A.ACTIVE,
               (P.ENTITY_ACTIVE, P.AREA_ACTIVE, P.PRIVILEGED_COORDINATOR_SET), AC),
    Transition(AA.GRANT, A.REQUESTED, A.ACTIVE,
               (P.ENTITY_ACTIVE, P.AREA_ACTIVE, P.PRIVILEGED_COORDINATOR_SET), AC),
    Transition(AA.REFUSE, A.REQUESTED, None, (), AC),
    Transition(AA.SUSPEND, A.ACTIVE, A.SUSPENDED, (), AC),
    Transition(AA.REQUEST_REACTIVATION, A.SUSPENDED, A.SUSPENDED_REACTIVATION_REQUESTED,
               (P.AREA_ACTIVE,), ENT),
    Transition(AA.REQUEST_REACTIVATION, A.DELETED, A.DELETED_REACTIVATION_REQUESTED,
               (P.AREA_ACTIVE,), ENT),
    Transition(AA.REACTIVATE, A.SUSPENDED, A.ACTIVE, (P.AREA_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.SUSPENDED_REACTIVATION_REQUESTED, A.ACTIVE, (P.AREA_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.DELETED, A.SUSPENDED, (P.AREA_ACTIVE,), AC),
    Transition(AA.REACTIVATE, A.DELETED_REACTIVATION_REQUESTED, A.SUSPENDED, (P.AREA_ACTIVE,), AC),
    Transition(AA.REJECT_REACTIVATION, A.SUSPENDED_REACTIVATION_REQUESTED, A.SUSPENDED, (), AC),
    Transition(AA.REJECT_REACTIVATION, A.DELETED_REACTIVATION_REQUESTED, A.DELETED, (), AC),
    Transition(AA.DELETE, A.SUSPENDED, A.DELETED, (P.CASES_CLOSED,), AC),
)
# fmt: on

# Changing a role needs the access suspended or requested, or the entity not yet validated
# (§9.1.6.1 for workflows, §9.1.6.2 for areas).
ROLE_CHANGE_STATUSES = frozenset({AccessStatus.REQUESTED, AccessStatus.SUSPENDED})
# Statuses that count as "suspended or deleted" for suspending an area or an entity.
SUSPENDED_OR_DELETED = frozenset(AccessStatus) - {AccessStatus.ACTIVE, AccessStatus.REQUESTED}


def find[S](
    table: tuple[Transition[S], ...], *, subject: str, action: str, source: S | None
) -> Transition[S]:
    """The row for this action from this status; TransitionNotAllowed names both if none."""
    for row in table:
        if row.action == action and row.source == source:
            return row
    raise TransitionNotAllowed(
        subject=subject, state=str(source) if source else "NONE", action=str(action)
    )


def transition[S](
    table: tuple[Transition[S], ...],
    *,
    subject: str,
    action: str,
    source: S | None,
    facts: Mapping[Precondition, bool],
) -> S | None:
    """The status after `action`, once every precondition of its row holds."""
    row = find(table, subject=subject, action=action, source=source)
    for precondition in row.requires:
        if not facts.get(precondition, False):
            raise TransitionNotAllowed(
                subject=subject,
                state=str(source) if source else "NONE",
                action=str(action),
                missing=precondition.value,
            )
    return row.target
