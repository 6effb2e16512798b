"""Status changes of an entity and of its area and workflow accesses (IMI guide §9.1.5)."""

from tramita_registry.app.authorities.commands import (
    ChangeAreaAccess,
    ChangeEntityStatus,
    ChangeWorkflowAccess,
)
from tramita_registry.app.authorities.common import (
    AuthorityDeps,
    acting_coordinator_id,
    check_privileged_coordinators,
    claim_coordinator_slots,
    load,
    run,
)
from tramita_registry.app.invitations.registration import on_refused
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import (
    Acting,
    check_access_change,
    check_access_coordinator,
    check_assignable,
    check_validating_coordinator,
    coordinator,
    is_coordinator_area,
    is_coordinator_workflow,
)
from tramita_registry.domain.errors import Forbidden, InvalidField
from tramita_registry.domain.reference import WORKFLOWS_BY_CODE
from tramita_registry.domain.statuses import AccessAction, EntityAction

# What the entity does for itself; the access coordinator does the rest (table column "by").
ENTITY_ACTIONS = frozenset({AccessAction.REQUEST, AccessAction.REQUEST_REACTIVATION})
NEW_ACCESS = frozenset({AccessAction.REQUEST, AccessAction.GRANT})


async def change_entity_status(command: ChangeEntityStatus, *, deps: AuthorityDeps) -> Authority:
    """Refuse, suspend, reactivate or deactivate: the validating coordinator's decisions."""
    if command.action is EntityAction.VALIDATE:
        raise InvalidField("action", "use_validate", "validate with ValidateAuthority")

    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        check_validating_coordinator(acting, authority, f"{command.action.value.lower()} it")
        closed = True
        if command.action is EntityAction.DEACTIVATE:
            closed = await deps.open_cases.count(authority.entity_id) == 0
        now = deps.clock.now()
        authority.change_status(command.action, now=now, cases_closed=closed)
        if command.action is EntityAction.REFUSE_REGISTRATION:
            await on_refused(work, authority, now)
        return authority

    return await run(command, deps, change)


def _check_entity_itself(acting: Acting, authority: Authority, action: AccessAction) -> None:
    if not acting.is_(authority):
        raise Forbidden(f"{action.value.lower()} access for another entity", "ENTITY_ITSELF_ONLY")


async def change_area_access(command: ChangeAreaAccess, *, deps: AuthorityDeps) -> Authority:
    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        action, area = command.action, command.area
        coordinator_id = acting_coordinator_id(acting)
        if action in ENTITY_ACTIONS:
            _check_entity_itself(acting, authority, action)
            coordinator_id = await _chosen_coordinator(work, authority, command)
        else:
            check_access_change(
                acting,
                authority,
                area,
                action,
                coordinator_access=is_coordinator_area(authority, area),
                role=command.grant.role if command.grant else None,
            )
        closed = True
        if action is AccessAction.DELETE:
            closed = await deps.open_cases.count(authority.entity_id, area=area) == 0
        authority.change_area(
            action, area, grant=command.grant, coordinator_id=coordinator_id, cases_closed=closed
        )
        if action is AccessAction.GRANT and area in authority.areas:
            actor = coordinator(acting, "grant access")
            for workflow in authority.areas[area].workflows.values():
                check_assignable(actor, area, workflow, "grant access")
        if action in NEW_ACCESS:
            await check_privileged_coordinators(work, authority)
            await claim_coordinator_slots(work, authority, acting)
        return authority

    return await run(command, deps, change)


async def _chosen_coordinator(work: UnitOfWork, authority: Authority, command) -> str:
    """The access coordinator an entity asks for must hold the §9.1.1 row for it."""
    if command.action is not AccessAction.REQUEST:
        return ""
    chosen = await work.authorities.get(command.coordinator_id) if command.coordinator_id else None
    if chosen is None:
        raise InvalidField("coordinator_id", "coordinator", "choose the access coordinator")
    role = command.grant.role if command.grant else None
    check_access_coordinator(Acting("", chosen), authority, command.area, "coordinate", role=role)
    return chosen.entity_id


async def change_workflow_access(
    command: ChangeWorkflowAccess, *, deps: AuthorityDeps
) -> Authority:
    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        action, workflow = command.action, command.workflow
        known = WORKFLOWS_BY_CODE.get(workflow)
        if known is None:
            raise InvalidField("workflow", "workflow", f"no workflow {workflow!r}")
        if action in ENTITY_ACTIONS:
            _check_entity_itself(acting, authority, action)
        else:
            coordinator_access = is_coordinator_workflow(authority, workflow)
            check_access_change(
                acting, authority, known.area, action, coordinator_access=coordinator_access
            )
        closed = True
        if action is AccessAction.DELETE:
            closed = await deps.open_cases.count(authority.entity_id, workflow=workflow) == 0
        authority.change_workflow(action, workflow, grant=command.grant, cases_closed=closed)
        if action is AccessAction.GRANT:
            access = authority.areas[known.area].workflows[workflow]
            check_assignable(
                coordinator(acting, "grant access"), known.area, access, "grant access"
            )
        if action in NEW_ACCESS:
            await check_privileged_coordinators(work, authority)
        return authority

    return await run(command, deps, change)
