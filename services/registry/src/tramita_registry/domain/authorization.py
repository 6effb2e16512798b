"""Whether the acting entity may act on an authority: §9.1.1 rows applied to real entities.

The acting side is the entity the caller acts for (membership is the identity service's
answer) or a platform administrator. Coordinators act only while active, only within their
country, and an SDIMIC only within its region. Each refusal names the rule that failed.
"""

from dataclasses import dataclass

from tramita_registry.domain.access import WorkflowAccess
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import Forbidden
from tramita_registry.domain.flags import Changer
from tramita_registry.domain.invitations import InvitedArea
from tramita_registry.domain.reference import WORKFLOWS_BY_CODE
from tramita_registry.domain.rights import (
    ASSIGN_RIGHT,
    Right,
    holds,
    manage_access_right,
    register_right,
)
from tramita_registry.domain.roles import (
    COORDINATOR_CONTENT_ROLES,
    COORDINATOR_ROLES,
    AdminRole,
    default_content_role,
)
from tramita_registry.domain.statuses import AccessAction, AccessStatus, EntityStatus

PLATFORM = ""  # the validating/access coordinator of a NIMIC: the platform administrators
HIDDEN_STATUSES = frozenset(
    {EntityStatus.REGISTRATION_REQUESTED, EntityStatus.REGISTRATION_REFUSED}
)


@dataclass(frozen=True, slots=True)
class Acting:
    """Who acts: a person, for an entity (or none), maybe as a platform administrator."""

    person_id: str
    entity: Authority | None = None
    platform_admin: bool = False

    def is_(self, target: Authority) -> bool:
        return self.entity is not None and self.entity.entity_id == target.entity_id


def coordinator(acting: Acting, action: str) -> Authority:
    """The acting entity, which must be active to act as a coordinator."""
    if acting.entity is None:
        raise Forbidden(action, "ACTING_ENTITY_REQUIRED")
    if acting.entity.status is not EntityStatus.ACTIVE:
        raise Forbidden(action, "ACTING_ENTITY_NOT_ACTIVE")
    return acting.entity


def check_scope(actor: Authority, target: Authority, action: str) -> None:
    if actor.country != target.country:
        raise Forbidden(action, "SAME_COUNTRY_ONLY")
    if actor.horizontal_role is AdminRole.SDIMIC and (
        actor.region.casefold() != target.region.casefold()
    ):
        raise Forbidden(action, "SDIMIC_OWN_REGION_ONLY")


def require(right: Right | None, role: AdminRole | None, *, area: str, action: str) -> None:
    if right is None or not holds(right, role, area=area):
        rule = right.value.upper() if right else "PLATFORM_ADMIN_ONLY"
        raise Forbidden(action, f"{rule}_NOT_HELD_BY_{role.value if role else 'NONE'}")


def check_may_register(acting: Acting, target: Authority, action: str = "register") -> None:
    """Registering or validating `target` needs every §9.1.1 row its roles call for."""
    if target.horizontal_role is AdminRole.NIMIC:
        if not acting.platform_admin:
            raise Forbidden(action, "NIMIC_BY_PLATFORM_ADMIN")
        return
    actor = coordinator(acting, action)
    check_scope(actor, target, action)
    if target.horizontal_role is AdminRole.SDIMIC:
        require(Right.REGISTER_SDIMIC, actor.horizontal_role, area="", action=action)
    for area in target.areas.values():
        if not target.horizontal_role:
            require(
                register_right(area.role), actor.role_in(area.area), area=area.area, action=action
            )
        for workflow in area.workflows.values():
            check_assignable(actor, area.area, workflow, action)


def check_assignable(actor: Authority, area: str, workflow: WorkflowAccess, action: str) -> None:
    """The content role (and mailbox designation) are the actor's to assign in `area`."""
    role = actor.role_in(area)
    require(ASSIGN_RIGHT[workflow.content_role], role, area=area, action=action)
    if workflow.alert_mailbox:
        require(Right.DESIGNATE_ALERT_MAILBOX, role, area=area, action=action)


def check_validating_coordinator(acting: Acting, target: Authority, action: str) -> None:
    """Entity data and lifecycle belong to its one validating coordinator (§9.1.1)."""
    if target.validating_coordinator_id == PLATFORM:
        if acting.platform_admin:
            return
        raise Forbidden(action, "PLATFORM_ADMIN_ONLY")
    actor = coordinator(acting, action)
    if actor.entity_id != target.validating_coordinator_id:
        raise Forbidden(action, "VALIDATING_COORDINATOR_ONLY")


def check_access_coordinator(
    acting: Acting, target: Authority, area: str, action: str, *, role: AdminRole | None = None
) -> None:
    """Access to `area` is managed by its access coordinator, within the §9.1.1 rows."""
    access = target.areas.get(area)
    designated = access.access_coordinator_id if access else None
    if designated == PLATFORM or target.horizontal_role is AdminRole.NIMIC:
        if acting.platform_admin:
            return
        raise Forbidden(action, "PLATFORM_ADMIN_ONLY")
    actor = coordinator(acting, action)
    check_scope(actor, target, action)
    target_role = target.horizontal_role or role or (access.role if access else None)
    target_role = target_role or AdminRole.COMPETENT_AUTHORITY
    require(manage_access_right(target_role), actor.role_in(area), area=area, action=action)
    if designated and designated != actor.entity_id:
        raise Forbidden(action, "ACCESS_COORDINATOR_ONLY")


def check_access_change(
    acting: Acting,
    target: Authority,
    area: str,
    action: AccessAction,
    *,
    coordinator_access: bool,
    role: AdminRole | None = None,
) -> None:
    """Suspending a coordinator's access is for platform administrators (§9.1.5 notes 8, 10)."""
    if action is AccessAction.SUSPEND and coordinator_access:
        if acting.platform_admin:
            return
        raise Forbidden("suspend a coordinator's access", "COORDINATOR_SUSPENDED_BY_PLATFORM_ADMIN")
    check_access_coordinator(
        acting, target, area, f"{action.value.lower()} access to {area}", role=role
    )


def is_coordinator_area(target: Authority, area: str) -> bool:
    access = target.areas.get(area)
    return bool(target.horizontal_role) or (access is not None and access.role in COORDINATOR_ROLES)


def is_coordinator_workflow(target: Authority, workflow: str) -> bool:
    for area in target.areas.values():
        access = area.workflows.get(workflow)
        if access is not None:
            return access.content_role in COORDINATOR_CONTENT_ROLES
    return False


def flag_changers(acting: Acting, target: Authority, area: str) -> frozenset[Changer]:
    """In which capacities the acting side changes flags of `target` in `area` (§9.1.4)."""
    changers = set()
    if acting.is_(target):
        changers.add(Changer.ENTITY)
    try:
        check_access_coordinator(acting, target, area, "change flags")
        changers.add(Changer.ACCESS_COORDINATOR)
    except Forbidden:
        pass
    if not changers:
        raise Forbidden("change flags", "ENTITY_OR_ACCESS_COORDINATOR_ONLY")
    return frozenset(changers)


def check_self_or(check, acting: Acting, target: Authority, *args: object) -> None:
    """The entity itself (its local data administrators) or whoever `check` admits."""
    if acting.is_(target):
        return
    check(acting, target, *args)


def may_see(acting: Acting, target: Authority) -> bool:
    """An unvalidated self-registration shows only to its validating coordinator (§9.1.5.1)."""
    if target.status not in HIDDEN_STATUSES or acting.platform_admin or acting.is_(target):
        return True
    entity = acting.entity
    return entity is not None and entity.entity_id == target.validating_coordinator_id


def check_may_invite(actor: Authority, areas: tuple[InvitedArea, ...], action: str) -> None:
    """Inviting is registering a competent authority with the default roles (§9.1.3.4):
    the §9.1.1 rows for that in every invited area, and for its default content roles."""
    if not actor.horizontal_role and not any(
        access.role in COORDINATOR_ROLES and access.status is AccessStatus.ACTIVE
        for access in actor.areas.values()
    ):
        raise Forbidden(action, "COORDINATORS_ONLY")
    for area in areas:
        role = actor.role_in(area.area)
        require(Right.REGISTER_AC, role, area=area.area, action=action)
        for workflow in area.workflows:
            kind = WORKFLOWS_BY_CODE[workflow].kind
            content = default_content_role(kind, AdminRole.COMPETENT_AUTHORITY)
            require(ASSIGN_RIGHT[content], role, area=area.area, action=action)
