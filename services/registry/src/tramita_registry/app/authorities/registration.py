"""Registering an authority (by a coordinator, or a NIMIC by a platform administrator)
and validating a self-registration (IMI guide §9.1.2, §9.1.3.4)."""

from tramita_registry.app.authorities.commands import RegisterAuthority, ValidateAuthority
from tramita_registry.app.authorities.common import (
    AuthorityDeps,
    acting_coordinator_id,
    check_privileged_coordinators,
    claim_coordinator_slots,
    load,
    run,
)
from tramita_registry.app.invitations.registration import on_validated
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import (
    Acting,
    check_may_register,
    check_validating_coordinator,
)
from tramita_registry.domain.flags import Changer
from tramita_registry.domain.statuses import EntityAction


async def register_authority(command: RegisterAuthority, *, deps: AuthorityDeps) -> Authority:
    """An active entity whose registering coordinator is its validating and access one."""

    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = Authority.register(
            entity_id=deps.new_id(),
            profile=command.profile,
            country=command.country,
            region=command.region,
            horizontal_role=command.horizontal_role,
            areas=command.areas,
            coordinator_id=acting_coordinator_id(acting),
            registered_by=acting.person_id,
            now=deps.clock.now(),
        )
        check_may_register(acting, authority)
        await check_privileged_coordinators(work, authority)
        await claim_coordinator_slots(work, authority, acting)
        await work.authorities.add(authority)
        return authority

    return await run(command, deps, change)


async def validate_authority(command: ValidateAuthority, *, deps: AuthorityDeps) -> Authority:
    """The validating coordinator checks the roles, sets what the guide asks, validates."""

    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        check_validating_coordinator(acting, authority, "validate the registration")
        every_changer = frozenset(Changer)
        for settings in command.workflows:
            if settings.privileged_coordinator_ids:
                authority.set_privileged_coordinators(
                    settings.workflow, settings.privileged_coordinator_ids
                )
            if settings.flags:
                authority.set_flags(settings.workflow, dict(settings.flags), changers=every_changer)
        check_may_register(acting, authority, "validate the registration")
        await check_privileged_coordinators(work, authority)
        now = deps.clock.now()
        authority.change_status(EntityAction.VALIDATE, now=now)
        await claim_coordinator_slots(work, authority, acting)
        await on_validated(work, authority, now)
        return authority

    return await run(command, deps, change)
