"""Updating an authority's general data (IMI guide §4.1.1, §9.1.1 "validating coordinator")."""

import dataclasses

from tramita_registry.app.authorities.commands import ProfilePatch, UpdateAuthority
from tramita_registry.app.authorities.common import AuthorityDeps, load, run
from tramita_registry.app.ports import UnitOfWork
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import Acting, check_validating_coordinator
from tramita_registry.domain.errors import Forbidden
from tramita_registry.domain.profile import Profile


def patched(profile: Profile, changes: ProfilePatch) -> Profile:
    given = {
        field.name: getattr(changes, field.name)
        for field in dataclasses.fields(changes)
        if getattr(changes, field.name) is not None
    }
    return dataclasses.replace(profile, **given)


async def update_authority(command: UpdateAuthority, *, deps: AuthorityDeps) -> Authority:
    """The entity itself or its validating coordinator; only the latter renames it."""

    async def change(work: UnitOfWork, acting: Acting) -> Authority:
        authority = await load(work, acting, command.entity_id, command.expected_version)
        try:
            check_validating_coordinator(acting, authority, "update the entity")
            by_validating_coordinator = True
        except Forbidden:
            if not acting.is_(authority):
                raise
            by_validating_coordinator = False
        authority.update_profile(
            patched(authority.profile, command.changes),
            by_validating_coordinator=by_validating_coordinator,
        )
        return authority

    return await run(command, deps, change)
