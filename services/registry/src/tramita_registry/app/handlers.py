"""Use cases of the registry: one command, one handler, one transaction."""

from collections.abc import Callable

from tramita_registry.app.commands import RegisterOrganization
from tramita_registry.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_registry.domain.contact import contact_point
from tramita_registry.domain.errors import (
    NotPermitted,
    OrganizationAlreadyRegistered,
    OrganizationNotFound,
)
from tramita_registry.domain.model import Organization
from tramita_registry.domain.policy import may_register_organization
from tramita_registry.domain.tax_ids import parse_tax_id


async def register_organization(
    command: RegisterOrganization,
    *,
    uow: Callable[[], UnitOfWork],
    clock: Clock,
    new_id: IdGenerator,
) -> Organization:
    """Register an organization by tax id; a repeated idempotency key returns the first one."""
    if not may_register_organization(command.actor_roles):
        raise NotPermitted("register organizations")
    tax_id = parse_tax_id(scheme=command.scheme, value=command.tax_id, country=command.country)
    contact = contact_point(
        email=command.contact_email, language=command.preferred_language, scheme=tax_id.scheme
    )
    async with uow() as work:
        if command.idempotency_key:
            earlier = await work.idempotency.recall(
                key=command.idempotency_key, fingerprint=command.fingerprint()
            )
            if earlier is not None:
                return await _existing(work, earlier)
        if await work.organizations.get_by_tax_key(tax_id.key) is not None:
            raise OrganizationAlreadyRegistered(tax_id.key)
        organization = Organization.register(
            organization_id=new_id(),
            tax_id=tax_id,
            name=command.name,
            now=clock.now(),
            contact=contact,
            registered_by=command.actor_id,
        )
        await work.organizations.add(organization)
        if command.idempotency_key:
            await work.idempotency.remember(
                key=command.idempotency_key,
                fingerprint=command.fingerprint(),
                result=organization.organization_id,
            )
        await work.commit()
    return organization


async def _existing(work: UnitOfWork, organization_id: str) -> Organization:
    organization = await work.organizations.get(organization_id)
    if organization is None:
        raise OrganizationNotFound(organization_id)
    return organization
