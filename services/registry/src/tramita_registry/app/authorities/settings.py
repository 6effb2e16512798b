"""Roles in areas and workflows (§9.1.6), flags (§9.1.4), privileged coordinators (§4.1.3.3)."""

from tramita_registry.app.authorities.commands import (
    ChangeAreaRole,
    ChangeWorkflowRole,
    SetPrivilegedCoordinators,
    SetWorkflowFlags,
)
from tramita_registry.app.authorities.common import (
    AuthorityDeps,
    check_privileged_coordinators,
    claim_coordinator_slots,
    load,
    run,
)
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import (
    Acting,
    check_access_coordinator,
    check_assignable,
    check_self_or,
    check_validating_coordinator,
    coordinator,
    flag_changers,
    require,
)
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.reference import WORKFLOWS_BY_CODE
from tramita_registry.domain.rights import register_right
from tramita_registry.domain.statuses import EntityStatus


def _area_of(workflow: str) -> str:
    known = WORKFLOWS_BY_CODE.get(workflow)
    if known is None:
        raise InvalidField("workflow", "workflow", f"no workflow {workflow!r}")
    return known.area


def _check_role_changer(acting: Acting, authority: Authority, area: str, action: str) -> None:
    """Before validation the validating coordinator decides roles, after it the access one."""
    if authority.status is EntityStatus.REGISTRATION_REQUESTED:
        check_validating_coordinator(acting, authority, action)
    else:
        check_access_coordinator(acting, authority, area, action)


async def change_area_role(command: ChangeAreaRole, *, deps: AuthorityDeps) -> Authority:
    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        action = f"make it {command.role.value} in {command.area}"
        _check_role_changer(acting, authority, command.area, action)
        authority.change_area_role(command.area, command.role)
        actor = coordinator(acting, action)
        role = actor.role_in(command.area)
        require(register_right(command.role), role, area=command.area, action=action)
        await claim_coordinator_slots(work, authority, acting)
        return authority

    return await run(command, deps, change)


async def change_workflow_role(command: ChangeWorkflowRole, *, deps: AuthorityDeps) -> Authority:
    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        area = _area_of(command.workflow)
        action = f"make it {command.role.value} in {command.workflow}"
        _check_role_changer(acting, authority, area, action)
        authority.change_workflow_role(
            command.workflow, command.role, alert_mailbox=command.alert_mailbox
        )
        access = authority.areas[area].workflows[command.workflow]
        check_assignable(coordinator(acting, action), area, access, action)
        return authority

    return await run(command, deps, change)


async def set_workflow_flags(command: SetWorkflowFlags, *, deps: AuthorityDeps) -> Authority:
    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        changers = flag_changers(acting, authority, _area_of(command.workflow))
        authority.set_flags(command.workflow, dict(command.flags), changers=changers)
        return authority

    return await run(command, deps, change)


async def set_privileged_coordinators(
    command: SetPrivilegedCoordinators, *, deps: AuthorityDeps
) -> Authority:
    """The access coordinator, and always the entity's own local data administrators."""

    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        area = _area_of(command.workflow)
        check_self_or(
            check_access_coordinator, acting, authority, area, "choose privileged coordinators"
        )
        authority.set_privileged_coordinators(command.workflow, command.coordinator_ids)
        await check_privileged_coordinators(work, authority)
        return authority

    return await run(command, deps, change)
