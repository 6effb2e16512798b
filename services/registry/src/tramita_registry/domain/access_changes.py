"""Changes to an authority's area and workflow accesses, roles, flags and privileged
coordinators (IMI §9.1.4-§9.1.6), as methods the Authority aggregate inherits."""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tramita_registry.domain import flags as flag_rules
from tramita_registry.domain.access import (
    AreaAccess,
    AreaGrant,
    WorkflowAccess,
    WorkflowGrant,
    build_area,
    build_workflow,
    content_role,
    legislative_area,
    mailbox,
)
from tramita_registry.domain.errors import Forbidden, InvalidField, TransitionNotAllowed
from tramita_registry.domain.events import (
    AllocationChanged,
    AreaAccessChanged,
    AreaRoleChanged,
    PrivilegedCoordinatorsChanged,
    WorkflowAccessChanged,
    WorkflowFlagsChanged,
    WorkflowRoleChanged,
)
from tramita_registry.domain.reference import WORKFLOWS_BY_CODE
from tramita_registry.domain.roles import (
    AREA_ROLES,
    AUTHORITY_CONTENT_ROLES,
    AdminRole,
    ContentRole,
)
from tramita_registry.domain.statuses import (
    AREA_TRANSITIONS,
    ROLE_CHANGE_STATUSES,
    SUSPENDED_OR_DELETED,
    WORKFLOW_TRANSITIONS,
    AccessAction,
    AccessStatus,
    EntityStatus,
    Precondition,
    find,
    transition,
)

if TYPE_CHECKING:
    from tramita_registry.domain.authority import Authority

P = Precondition
CHANGE_ROLE = "CHANGE_ROLE"


class AccessChanges:
    __slots__ = ()

    def change_area(
        self: "Authority",
        action: AccessAction,
        area: str,
        *,
        grant: AreaGrant | None = None,
        coordinator_id: str = "",
        cases_closed: bool = True,
    ) -> None:
        """Move the access to `area` along AREA_TRANSITIONS (a new one is built from `grant`)."""
        existing = self.areas.get(area)
        source = existing.status if existing else None
        find(AREA_TRANSITIONS, subject=f"area {area}", action=action, source=source)
        candidate = existing or self._new_area(area, grant, coordinator_id)
        facts = self._area_facts(candidate, cases_closed=cases_closed)
        target = transition(
            AREA_TRANSITIONS, subject=f"area {area}", action=action, source=source, facts=facts
        )
        if target is None:
            del self.areas[area]
        else:
            candidate.status = target
            if existing is None:
                for workflow in candidate.workflows.values():
                    workflow.status = target
                self.areas[area] = candidate
        self.events.append(
            AreaAccessChanged(
                self.entity_id,
                area,
                action.value,
                source or "",
                target or "",
                candidate.role.value,
                candidate.access_coordinator_id,
            )
        )

    def _area_facts(
        self: "Authority", area: AreaAccess, *, cases_closed: bool
    ) -> dict[Precondition, bool]:
        workflows = list(area.workflows.values())
        return {
            P.ENTITY_ACTIVE: self.status is EntityStatus.ACTIVE,
            P.WORKFLOWS_SUSPENDED_OR_DELETED: all(
                w.status in SUSPENDED_OR_DELETED for w in workflows
            ),
            P.WORKFLOWS_DELETED: all(w.status is AccessStatus.DELETED for w in workflows),
            P.CASES_CLOSED: cases_closed,
            P.PRIVILEGED_COORDINATOR_SET: all(w.has_privileged_coordinator for w in workflows),
        }

    def _new_area(
        self: "Authority", area: str, grant: AreaGrant | None, coordinator_id: str
    ) -> AreaAccess:
        legislative_area(area, field_name="area")
        return build_area(
            grant or AreaGrant(area),
            horizontal=self.horizontal_role,
            status=AccessStatus.REQUESTED,
            coordinator=coordinator_id,
            field_name="area",
        )

    def change_workflow(
        self: "Authority",
        action: AccessAction,
        workflow: str,
        *,
        grant: WorkflowGrant | None = None,
        cases_closed: bool = True,
    ) -> None:
        """Move the access to `workflow` along WORKFLOW_TRANSITIONS."""
        area = self._area_of(workflow)
        existing = area.workflows.get(workflow) if area else None
        source = existing.status if existing else None
        find(WORKFLOW_TRANSITIONS, subject=f"workflow {workflow}", action=action, source=source)
        candidate = existing or self._new_workflow(workflow, area, grant)
        facts = self._workflow_facts(area, candidate, cases_closed=cases_closed)
        target = transition(
            WORKFLOW_TRANSITIONS,
            subject=f"workflow {workflow}",
            action=action,
            source=source,
            facts=facts,
        )
        assert area is not None and candidate is not None  # the preconditions saw to it
        if target is None:
            del area.workflows[workflow]
        else:
            candidate.status = target
            area.workflows[workflow] = candidate
        self.events.append(
            WorkflowAccessChanged(
                self.entity_id,
                workflow,
                action.value,
                source or "",
                target or "",
                candidate.content_role.value,
            )
        )

    def _workflow_facts(
        self: "Authority",
        area: AreaAccess | None,
        workflow: WorkflowAccess | None,
        *,
        cases_closed: bool,
    ) -> dict[Precondition, bool]:
        area_status = area.status if area else None
        return {
            P.ENTITY_ACTIVE: self.status is EntityStatus.ACTIVE,
            P.AREA_ACTIVE: area_status is AccessStatus.ACTIVE,
            P.AREA_ACTIVE_OR_REQUESTED: area_status
            in {AccessStatus.ACTIVE, AccessStatus.REQUESTED},
            P.CASES_CLOSED: cases_closed,
            P.PRIVILEGED_COORDINATOR_SET: workflow is None or workflow.has_privileged_coordinator,
        }

    def _area_of(self: "Authority", workflow: str) -> AreaAccess | None:
        known = WORKFLOWS_BY_CODE.get(workflow)
        if known is None:
            raise InvalidField("workflow", "workflow", f"no workflow {workflow!r}")
        return self.areas.get(known.area)

    def _new_workflow(
        self: "Authority", workflow: str, area: AreaAccess | None, grant: WorkflowGrant | None
    ) -> WorkflowAccess | None:
        if area is None:
            return None
        return build_workflow(
            legislative_area(area.area, field_name="area"),
            grant or WorkflowGrant(workflow),
            admin_role=area.role,
            status=AccessStatus.REQUESTED,
            field_name="workflow",
        )

    def _workflow(self: "Authority", workflow: str, action: str) -> WorkflowAccess:
        area = self._area_of(workflow)
        access = area.workflows.get(workflow) if area else None
        if access is None:
            raise TransitionNotAllowed(subject=f"workflow {workflow}", state="NONE", action=action)
        return access

    # -- roles (§9.1.6) ----------------------------------------------------------------

    def change_area_role(self: "Authority", area: str, role: AdminRole) -> None:
        access = self.areas.get(area)
        if access is None:
            raise TransitionNotAllowed(subject=f"area {area}", state="NONE", action=CHANGE_ROLE)
        if self.horizontal_role or role not in AREA_ROLES:
            raise InvalidField("role", "area_role", "LIMIC, DIMIC or authority; NIMIC/SDIMIC fixed")
        self._check_role_change(f"area {area}", access.status)
        if access.role is role:
            return
        access.role = role
        self.events.append(AreaRoleChanged(self.entity_id, area, role.value))

    def change_workflow_role(
        self: "Authority", workflow: str, role: ContentRole, *, alert_mailbox: bool = False
    ) -> None:
        access = self._workflow(workflow, CHANGE_ROLE)
        self._check_role_change(f"workflow {workflow}", access.status)
        new_role = content_role(access.kind, role, AdminRole.COMPETENT_AUTHORITY, field_name="role")
        new_mailbox = mailbox(new_role, alert_mailbox, field_name="alert_mailbox")
        if (new_role, new_mailbox) == (access.content_role, access.alert_mailbox):
            return
        access.content_role, access.alert_mailbox = new_role, new_mailbox
        self.events.append(WorkflowRoleChanged(self.entity_id, workflow, new_role, new_mailbox))
        self._replace_flags(access, flag_rules.refit(access.kind, new_role, access.flags))

    def _check_role_change(self: "Authority", subject: str, status: AccessStatus) -> None:
        if status in ROLE_CHANGE_STATUSES or self.status is EntityStatus.REGISTRATION_REQUESTED:
            return
        raise TransitionNotAllowed(
            subject=subject,
            state=status.value,
            action=CHANGE_ROLE,
            missing="access_suspended_or_requested",
        )

    # -- flags and privileged coordinators (§9.1.4) ------------------------------------

    def set_flags(
        self: "Authority",
        workflow: str,
        changes: Mapping[str, bool],
        *,
        changers: frozenset[flag_rules.Changer],
    ) -> None:
        """Change flags; each must apply to the content role and be the changer's to set."""
        access = self._workflow(workflow, "SET_FLAGS")
        specs = {
            spec.name: spec for spec in flag_rules.applicable(access.kind, access.content_role)
        }
        for name in changes:
            spec = specs.get(name)
            if spec is None:
                raise InvalidField(f"flags.{name}", "flag_applies", f"no flag {name} here")
            if not spec.changed_by & changers:
                who = "_OR_".join(sorted(c.upper() for c in spec.changed_by))
                raise Forbidden(f"change the flag {name}", f"FLAG_CHANGED_BY_{who}")
        self._replace_flags(access, {**access.flags, **{k: bool(v) for k, v in changes.items()}})

    def _replace_flags(self: "Authority", access: WorkflowAccess, flags: dict[str, bool]) -> None:
        old = access.flags
        if flags == old:
            return
        access.flags = flags
        self.events.append(
            WorkflowFlagsChanged(self.entity_id, access.workflow, tuple(sorted(flags.items())))
        )
        allocation = flags.get(flag_rules.USES_ALLOCATION, False)
        if allocation != old.get(flag_rules.USES_ALLOCATION, False):
            self.events.append(AllocationChanged(self.entity_id, access.workflow, allocation))

    def set_privileged_coordinators(self: "Authority", workflow: str, ids: tuple[str, ...]) -> None:
        """Replace them; an authority keeps at least one once its access is granted."""
        access = self._workflow(workflow, "SET_PRIVILEGED_COORDINATORS")
        chosen = tuple(dict.fromkeys(i for i in ids if i))
        if self.entity_id in chosen:
            raise InvalidField("coordinator_ids", "not_self", "an entity cannot coordinate itself")
        needs_one = access.content_role in AUTHORITY_CONTENT_ROLES
        if needs_one and not chosen and access.status is not AccessStatus.REQUESTED:
            raise InvalidField("coordinator_ids", "required", "at least one privileged coordinator")
        if chosen == access.privileged_coordinator_ids:
            return
        access.privileged_coordinator_ids = chosen
        self.events.append(PrivilegedCoordinatorsChanged(self.entity_id, workflow, chosen))
