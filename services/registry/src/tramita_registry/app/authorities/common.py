"""What every authority use case shares: the acting side, loading, idempotency, the
cross-aggregate checks (privileged coordinators, one NIMIC/LIMIC per scope)."""

import dataclasses
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from tramita_registry.app.authorities.commands import AuthorityCommand
from tramita_registry.app.ports import (
    ActorResolver,
    Caller,
    Clock,
    IdGenerator,
    OpenCases,
    UnitOfWork,
)
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import PLATFORM, Acting, may_see
from tramita_registry.domain.errors import (
    AuthorityNotFound,
    ConcurrentChange,
    CoordinatorSlotTaken,
    Forbidden,
    InvalidField,
)
from tramita_registry.domain.rights import limic_scope
from tramita_registry.domain.roles import AdminRole

PLATFORM_ADMIN = "platform-admin"

type Change = Callable[[UnitOfWork, Acting], Awaitable[Authority]]


@dataclass(frozen=True)
class AuthorityDeps:
    uow: Callable[[], UnitOfWork]
    clock: Clock
    new_id: IdGenerator
    actors: ActorResolver
    open_cases: OpenCases


def fingerprint(command: object) -> str:
    """Hash of the request body (caller and key aside): a reused key with another body fails."""
    assert dataclasses.is_dataclass(command) and not isinstance(command, type)
    body = dataclasses.replace(command, idempotency_key="")  # type: ignore[type-var]
    fields = {f.name: getattr(body, f.name) for f in dataclasses.fields(body) if f.name != "caller"}
    return hashlib.sha256(repr(fields).encode()).hexdigest()


async def run(command: AuthorityCommand, deps: AuthorityDeps, change: Change) -> Authority:
    """One transaction: replay an idempotent retry, or resolve the actor, change, commit."""
    key = command.idempotency_key
    async with deps.uow() as work:
        acting = await resolve_acting(work, deps, command.caller)
        if key:
            earlier = await work.idempotency.recall(key=key, fingerprint=fingerprint(command))
            if earlier is not None:
                return await load(work, acting, earlier)
        authority = await change(work, acting)
        if key:
            await work.idempotency.remember(
                key=key, fingerprint=fingerprint(command), result=authority.entity_id
            )
        await work.commit()
    return authority


async def resolve_acting(work: UnitOfWork, deps: AuthorityDeps, caller: Caller) -> Acting:
    identity = await deps.actors.resolve(caller)
    entity = None
    if identity.entity_id:
        entity = await work.authorities.get(identity.entity_id)
        if entity is None:
            raise Forbidden("act for an unknown entity", "ACTING_ENTITY_UNKNOWN")
        if identity.stand_in and entity.horizontal_role is not AdminRole.NIMIC:
            raise Forbidden(
                f"act for entity {entity.entity_id}", "PLATFORM_ADMIN_STANDS_IN_FOR_NIMIC"
            )
    return Acting(
        person_id=identity.person_id,
        entity=entity,
        platform_admin=PLATFORM_ADMIN in identity.platform_roles,
    )


async def load(
    work: UnitOfWork, acting: Acting, entity_id: str, expected_version: int = 0
) -> Authority:
    """The authority, NOT_FOUND when it is missing or hidden from the acting side."""
    authority = await work.authorities.get(entity_id)
    if authority is None or not may_see(acting, authority):
        raise AuthorityNotFound(entity_id)
    if expected_version and authority.version != expected_version:
        raise ConcurrentChange(entity_id)
    return authority


def acting_coordinator_id(acting: Acting) -> str:
    return acting.entity.entity_id if acting.entity else PLATFORM


async def check_privileged_coordinators(work: UnitOfWork, authority: Authority) -> None:
    """Each privileged coordinator is an active content coordinator of the same country."""
    for area in authority.areas.values():
        for workflow in area.workflows.values():
            for coordinator_id in workflow.privileged_coordinator_ids:
                candidate = await work.authorities.get(coordinator_id)
                if candidate is None or not candidate.coordinates(
                    workflow.workflow, country=authority.country
                ):
                    raise InvalidField(
                        f"privileged_coordinator_ids.{workflow.workflow}",
                        "coordinator",
                        f"{coordinator_id} is no active coordinator of {workflow.workflow}"
                        f" in {authority.country}",
                    )


async def claim_coordinator_slots(work: UnitOfWork, authority: Authority, acting: Acting) -> None:
    """One NIMIC per country; one LIMIC per area per country (per region under an SDIMIC)."""
    if authority.horizontal_role is AdminRole.NIMIC:
        holder = await work.authorities.nimic_of(authority.country)
        if holder not in (None, authority.entity_id):
            raise CoordinatorSlotTaken("NIMIC", authority.country)
    designated_by = acting.entity.horizontal_role if acting.entity else None
    scope = limic_scope(
        country=authority.country, region=authority.region, designated_by=designated_by
    )
    for area in authority.scope_limics(scope):
        access_scope = authority.areas[area].limic_scope
        holder = await work.authorities.limic_of(area, access_scope)
        if holder not in (None, authority.entity_id):
            raise CoordinatorSlotTaken("LIMIC", f"{area} in {access_scope}")
