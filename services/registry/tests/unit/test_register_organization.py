"""register_organization: roles, validation, duplicates, idempotent retries, events."""

import dataclasses

import pytest
from tramita_registry.app.commands import RegisterOrganization
from tramita_registry.app.handlers import register_organization
from tramita_registry.app.queries import get_organization, list_organizations
from tramita_registry.domain.errors import (
    InvalidField,
    NotPermitted,
    OrganizationAlreadyRegistered,
    OrganizationNotFound,
)
from tramita_registry.domain.events import OrganizationRegistered

STAFF = frozenset({"staff"})


async def register(uow, command: RegisterOrganization, ids):
    command = dataclasses.replace(command, actor_roles=command.actor_roles or STAFF)
    return await register_organization(command, uow=uow, clock=uow.clock, new_id=ids)


ACME = RegisterOrganization(scheme="NIPC", tax_id="500000000", country="", name="Acme, Lda")


async def test_registers_and_publishes_one_event(uow, ids) -> None:
    organization = await register(uow, ACME, ids)
    assert organization.organization_id == "org-001"
    assert uow.commits == 1
    assert [type(e) for e in uow.published] == [OrganizationRegistered]


async def test_duplicate_tax_id_is_refused_even_written_differently(uow, ids) -> None:
    await register(uow, ACME, ids)
    again = RegisterOrganization(scheme="nipc", tax_id="500 000 000", country="", name="Other")
    with pytest.raises(OrganizationAlreadyRegistered, match="PT:NIPC:500000000"):
        await register(uow, again, ids)
    assert uow.commits == 1


async def test_same_idempotency_key_returns_the_first_result_without_a_second_event(
    uow,
    ids,
) -> None:
    command = RegisterOrganization("NIPC", "500000000", "", "Acme, Lda", "k-1")
    first = await register(uow, command, ids)
    second = await register(uow, command, ids)
    assert second.organization_id == first.organization_id
    assert len(uow.published) == 1


async def test_reused_key_with_another_body_is_refused(uow, ids) -> None:
    await register(uow, RegisterOrganization("NIPC", "500000000", "", "Acme", "k-1"), ids)
    with pytest.raises(ValueError, match="reused"):
        await register(uow, RegisterOrganization("NIPC", "510000002", "", "Beta", "k-1"), ids)


async def test_invalid_tax_id_commits_nothing(uow, ids) -> None:
    with pytest.raises(InvalidField):
        await register(uow, RegisterOrganization("CNPJ", "11222333000182", "", "Bad"), ids)
    assert uow.commits == 0


async def test_queries_get_and_paginate(uow, ids) -> None:
    for value in ("500000000", "510000002", "980000009"):
        await register(uow, RegisterOrganization("NIPC", value, "", f"Org {value}"), ids)
    page, cursor = await list_organizations(after=None, page_size=2, uow=uow)
    assert [o.organization_id for o in page] == ["org-001", "org-002"]
    rest, end = await list_organizations(after=cursor, page_size=2, uow=uow)
    assert ([o.organization_id for o in rest], end) == (["org-003"], None)
    assert (await get_organization("org-002", uow=uow)).name == "Org 510000002"
    with pytest.raises(OrganizationNotFound):
        await get_organization("nope", uow=uow)


@pytest.mark.parametrize("roles", [frozenset({"client"}), frozenset({"default-roles-tramita"})])
async def test_callers_without_staff_or_admin_role_are_refused(uow, ids, roles) -> None:
    command = dataclasses.replace(ACME, actor_roles=roles)
    with pytest.raises(NotPermitted, match="register organizations"):
        await register_organization(command, uow=uow, clock=uow.clock, new_id=ids)
    assert (uow.commits, uow.published) == (0, [])


async def test_platform_admin_may_register(uow, ids) -> None:
    command = dataclasses.replace(ACME, actor_roles=frozenset({"platform-admin"}))
    organization = await register_organization(command, uow=uow, clock=uow.clock, new_id=ids)
    assert organization.organization_id == "org-001"
