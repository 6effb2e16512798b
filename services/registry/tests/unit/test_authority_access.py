"""Handlers: statuses of entities and accesses, roles, flags, privileged coordinators."""

import pytest
from tramita_registry.app.authorities.commands import (
    ChangeAreaAccess,
    ChangeAreaRole,
    ChangeEntityStatus,
    ChangeWorkflowAccess,
    ChangeWorkflowRole,
    SetPrivilegedCoordinators,
    SetWorkflowFlags,
)
from tramita_registry.app.authorities.lifecycle import (
    change_area_access,
    change_entity_status,
    change_workflow_access,
)
from tramita_registry.app.authorities.settings import (
    change_area_role,
    change_workflow_role,
    set_privileged_coordinators,
    set_workflow_flags,
)
from tramita_registry.domain.access import WorkflowGrant
from tramita_registry.domain.errors import Forbidden, InvalidField, TransitionNotAllowed
from tramita_registry.domain.events import AllocationChanged, WorkflowFlagsChanged
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessAction, AccessStatus, EntityAction, EntityStatus

SD, PQ = "services-directive", "professional-qualifications"
SD_REQ, SD_ALERTS, PQ_REQ = f"{SD}/requests", f"{SD}/alerts", f"{PQ}/requests"
A = AccessAction


async def area(world, by, target, action, area_code=SD, **kw):
    command = ChangeAreaAccess(world.caller(by), target.entity_id, area_code, action, **kw)
    return await change_area_access(command, deps=world.deps)


async def workflow(world, by, target, action, code=SD_REQ, **kw):
    command = ChangeWorkflowAccess(world.caller(by), target.entity_id, code, action, **kw)
    return await change_workflow_access(command, deps=world.deps)


async def status(world, by, target, action, *, admin=False):
    caller = world.caller(by, admin=admin)
    return await change_entity_status(
        ChangeEntityStatus(caller, target.entity_id, action), deps=world.deps
    )


@pytest.fixture
async def country(world):
    nimic = await world.nimic()
    limic_pq = await world.register(
        nimic, name="DGES", areas=(world.grant(PQ, (nimic.entity_id,), role=AdminRole.LIMIC),)
    )
    lisbon = await world.register(nimic)
    return nimic, limic_pq, lisbon


async def test_the_entity_requests_an_area_from_a_coordinator_who_grants_it(world, country):
    nimic, limic_pq, lisbon = country
    grant = world.grant(PQ, (nimic.entity_id,))
    await area(world, lisbon, lisbon, A.REQUEST, PQ, grant=grant, coordinator_id=limic_pq.entity_id)
    assert lisbon.areas[PQ].status is AccessStatus.REQUESTED
    assert lisbon.areas[PQ].access_coordinator_id == limic_pq.entity_id
    with pytest.raises(Forbidden, match="ACCESS_COORDINATOR_ONLY"):
        await area(world, nimic, lisbon, A.GRANT, PQ)
    await area(world, limic_pq, lisbon, A.GRANT, PQ)
    await workflow(world, limic_pq, lisbon, A.GRANT, PQ_REQ)
    assert lisbon.areas[PQ].workflows[PQ_REQ].status is AccessStatus.ACTIVE


async def test_an_entity_asks_only_a_coordinator_holding_the_row(world, country):
    nimic, _, lisbon = country
    grant = world.grant(PQ, (nimic.entity_id,))
    with pytest.raises(Forbidden, match="NOT_HELD_BY_NONE"):
        await area(
            world, lisbon, lisbon, A.REQUEST, PQ, grant=grant, coordinator_id=lisbon.entity_id
        )


async def test_only_the_entity_itself_requests_access(world, country):
    nimic, _, lisbon = country
    with pytest.raises(Forbidden, match="ENTITY_ITSELF_ONLY"):
        await area(world, nimic, lisbon, A.REQUEST, PQ, grant=world.grant(PQ, ()))


async def test_a_coordinator_grants_a_new_area_and_becomes_its_access_coordinator(world, country):
    nimic, limic_pq, lisbon = country
    await area(world, limic_pq, lisbon, A.GRANT, PQ, grant=world.grant(PQ, (nimic.entity_id,)))
    assert lisbon.areas[PQ].status is AccessStatus.ACTIVE
    assert lisbon.areas[PQ].access_coordinator_id == limic_pq.entity_id


async def test_a_dimic_cannot_give_alert_roles(world, country):
    nimic, _, lisbon = country
    dimic = await world.register(
        nimic,
        name="Câmara do Comércio",
        areas=(world.grant(SD, (nimic.entity_id,), role=AdminRole.DIMIC),),
    )
    porto = await world.register(dimic, name="Porto", coordinators=(nimic.entity_id,))
    grant = WorkflowGrant(SD_ALERTS, privileged_coordinator_ids=(nimic.entity_id,))
    with pytest.raises(Forbidden, match="ASSIGN_ALERT_AUTHORITY"):
        await workflow(world, dimic, porto, A.GRANT, SD_ALERTS, grant=grant)
    await workflow(world, nimic, lisbon, A.GRANT, SD_ALERTS, grant=grant)


async def test_deleting_a_workflow_asks_the_requests_and_alerts_services(world, country):
    nimic, _, lisbon = country
    await workflow(world, nimic, lisbon, A.SUSPEND)
    world.open_cases.open[(lisbon.entity_id, "", SD_REQ)] = 2
    with pytest.raises(TransitionNotAllowed, match="requests_and_alerts_closed"):
        await workflow(world, nimic, lisbon, A.DELETE)
    world.open_cases.open.clear()
    await workflow(world, nimic, lisbon, A.DELETE)
    assert lisbon.areas[SD].workflows[SD_REQ].status is AccessStatus.DELETED


async def test_deactivation_waits_for_closed_cases(world, country):
    nimic, _, lisbon = country
    await workflow(world, nimic, lisbon, A.SUSPEND)
    await area(world, nimic, lisbon, A.SUSPEND)
    await status(world, nimic, lisbon, EntityAction.SUSPEND)
    await workflow(world, nimic, lisbon, A.DELETE)
    await area(world, nimic, lisbon, A.DELETE)
    world.open_cases.open[(lisbon.entity_id, "", "")] = 1
    with pytest.raises(TransitionNotAllowed) as refused:
        await status(world, nimic, lisbon, EntityAction.DEACTIVATE)
    assert (refused.value.state, refused.value.action) == ("SUSPENDED", "DEACTIVATE")
    world.open_cases.open.clear()
    await status(world, nimic, lisbon, EntityAction.DEACTIVATE)
    assert lisbon.status is EntityStatus.INACTIVE


async def test_the_entity_status_is_the_validating_coordinators(world, country):
    _, limic_pq, lisbon = country
    with pytest.raises(Forbidden, match="VALIDATING_COORDINATOR_ONLY"):
        await status(world, limic_pq, lisbon, EntityAction.SUSPEND)
    with pytest.raises(InvalidField, match="ValidateAuthority"):
        await status(world, limic_pq, lisbon, EntityAction.VALIDATE)


async def test_suspending_a_coordinators_access_is_a_platform_action(world, country):
    nimic, limic_pq, _ = country
    # Its workflow role is "authority": the access coordinator suspends that as usual.
    await workflow(world, nimic, limic_pq, A.SUSPEND, PQ_REQ)
    with pytest.raises(Forbidden, match="COORDINATOR_SUSPENDED_BY_PLATFORM_ADMIN"):
        await area(world, nimic, limic_pq, A.SUSPEND, PQ)
    command = ChangeAreaAccess(world.caller(admin=True), limic_pq.entity_id, PQ, A.SUSPEND)
    await change_area_access(command, deps=world.deps)
    assert limic_pq.areas[PQ].status is AccessStatus.SUSPENDED


async def test_roles_change_while_suspended_and_the_limic_slot_is_checked(world, country):
    nimic, _, lisbon = country
    change = ChangeAreaRole(world.caller(nimic), lisbon.entity_id, SD, AdminRole.DIMIC)
    with pytest.raises(TransitionNotAllowed, match="access_suspended_or_requested"):
        await change_area_role(change, deps=world.deps)
    await workflow(world, nimic, lisbon, A.SUSPEND)
    await area(world, nimic, lisbon, A.SUSPEND)
    await change_area_role(change, deps=world.deps)
    role = ChangeWorkflowRole(
        world.caller(nimic), lisbon.entity_id, SD_REQ, ContentRole.REQUEST_COORDINATOR
    )
    await change_workflow_role(role, deps=world.deps)
    assert lisbon.areas[SD].role is AdminRole.DIMIC
    assert lisbon.areas[SD].workflows[SD_REQ].content_role is ContentRole.REQUEST_COORDINATOR


async def test_allocation_is_the_entitys_own_flag_and_is_published(world, country):
    nimic, _, lisbon = country
    flags = SetWorkflowFlags(
        world.caller(lisbon), lisbon.entity_id, SD_REQ, (("uses_allocation", True),)
    )
    world.uow.published.clear()
    await set_workflow_flags(flags, deps=world.deps)
    assert [type(e) for e in world.uow.published] == [WorkflowFlagsChanged, AllocationChanged]
    assert world.uow.published[1] == AllocationChanged(lisbon.entity_id, SD_REQ, True)
    by_coordinator = SetWorkflowFlags(
        world.caller(nimic), lisbon.entity_id, SD_REQ, (("uses_allocation", False),)
    )
    with pytest.raises(Forbidden, match="FLAG_CHANGED_BY_ENTITY"):
        await set_workflow_flags(by_coordinator, deps=world.deps)


async def test_approval_flags_are_the_coordinators_never_the_authoritys(world, country):
    nimic, _, lisbon = country
    approval = (("subject_to_approval", True),)
    with pytest.raises(Forbidden, match="FLAG_CHANGED_BY_ACCESS_COORDINATOR"):
        await set_workflow_flags(
            SetWorkflowFlags(world.caller(lisbon), lisbon.entity_id, SD_REQ, approval),
            deps=world.deps,
        )
    await set_workflow_flags(
        SetWorkflowFlags(world.caller(nimic), lisbon.entity_id, SD_REQ, approval), deps=world.deps
    )
    assert lisbon.areas[SD].workflows[SD_REQ].flags["subject_to_approval"] is True


async def test_privileged_coordinators_are_changed_by_the_entity_itself_too(world, country):
    nimic, limic_pq, lisbon = country
    command = SetPrivilegedCoordinators(world.caller(lisbon), lisbon.entity_id, SD_REQ, ())
    with pytest.raises(InvalidField, match="at least one"):
        await set_privileged_coordinators(command, deps=world.deps)
    wrong = SetPrivilegedCoordinators(
        world.caller(lisbon), lisbon.entity_id, SD_REQ, (limic_pq.entity_id,)
    )
    with pytest.raises(InvalidField, match="no active coordinator"):
        await set_privileged_coordinators(wrong, deps=world.deps)
    porto = await world.register(nimic, name="Porto")
    other = SetPrivilegedCoordinators(world.caller(porto), lisbon.entity_id, SD_REQ, ())
    with pytest.raises(Forbidden):
        await set_privileged_coordinators(other, deps=world.deps)
