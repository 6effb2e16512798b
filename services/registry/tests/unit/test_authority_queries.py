"""Get, list and search authorities; the stand-in actor resolver."""

import dataclasses

import pytest
from tramita_registry.adapters.actor_resolver import TokenClaimsActorResolver
from tramita_registry.app.authorities.queries import (
    AuthoritySearch,
    get_authority,
    list_authorities,
)
from tramita_registry.app.ports import Caller
from tramita_registry.domain.errors import AuthorityNotFound, Forbidden, InvalidField
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.statuses import EntityStatus

SD = "services-directive"


@pytest.fixture
async def registered(world):
    nimic = await world.nimic()
    await world.nimic("ES")
    limic = await world.register(
        nimic, name="DGAE", areas=(world.grant(SD, (nimic.entity_id,), role=AdminRole.LIMIC),)
    )
    lisbon = await world.register(nimic)
    porto = await world.register(nimic, name="Câmara Municipal do Porto")
    return nimic, limic, lisbon, porto


async def search(world, **criteria):
    page, _ = await list_authorities(
        AuthoritySearch(caller=world.caller(), **criteria), deps=world.deps
    )
    return [a.profile.official_name for a in page]


async def test_filters_combine_with_and(world, registered) -> None:
    assert len(await search(world, country="pt")) == 4
    assert await search(world, role=AdminRole.LIMIC) == ["DGAE"]
    assert await search(world, role=AdminRole.NIMIC, country="ES") == [
        "Agência para a Modernização Administrativa (NIMIC)"
    ]
    assert await search(world, name="porto") == ["Câmara Municipal do Porto"]
    assert await search(world, status=EntityStatus.SUSPENDED) == []


async def test_competence_matches_the_nace_hierarchy_and_horizontal_entities(world, registered):
    found = await search(world, competence="47", country="PT")  # Lisbon/Porto declared G
    assert "Câmara Municipal de Lisboa" in found
    assert "Agência para a Modernização Administrativa (NIMIC)" in found  # horizontal
    assert "Câmara Municipal do Porto" in await search(world, competence="consumers")
    with pytest.raises(InvalidField, match="no NACE code"):
        await search(world, competence="ZZ")


async def test_pages_follow_the_cursor(world, registered) -> None:
    seen, token, pages = [], "", 0
    while True:
        page, cursor = await list_authorities(
            AuthoritySearch(caller=world.caller(), page_size=2, page_token=token), deps=world.deps
        )
        seen += [a.entity_id for a in page]
        pages += 1
        if cursor is None:
            break
        token = cursor
    assert pages == 3
    assert seen == sorted(set(seen)) and len(seen) == 5


async def test_hidden_registrations_are_not_found_by_others(world, registered) -> None:
    nimic, limic, lisbon, _ = registered
    lisbon.status = EntityStatus.REGISTRATION_REQUESTED
    with pytest.raises(AuthorityNotFound):
        await get_authority(world.caller(limic), lisbon.entity_id, deps=world.deps)
    assert (await get_authority(world.caller(nimic), lisbon.entity_id, deps=world.deps)) is lisbon
    assert "Câmara Municipal de Lisboa" not in await search(world)


async def test_an_unknown_acting_entity_is_refused(world, registered) -> None:
    with pytest.raises(Forbidden, match="ACTING_ENTITY_UNKNOWN"):
        await get_authority(world.caller("ghost"), registered[0].entity_id, deps=world.deps)


async def test_the_token_decides_which_entity_the_caller_acts_for() -> None:
    resolver = TokenClaimsActorResolver()
    one = Caller("p", frozenset(), ("e1",))
    assert (await resolver.resolve(one)).entity_id == "e1"
    several = Caller("p", frozenset(), ("e1", "e2"))
    assert (await resolver.resolve(several)).entity_id is None
    chosen = dataclasses.replace(several, acting_entity_id="e2")
    assert (await resolver.resolve(chosen)).entity_id == "e2"
    with pytest.raises(Forbidden, match="ACTING_ENTITY_NOT_GRANTED_TO_CALLER"):
        await resolver.resolve(dataclasses.replace(several, acting_entity_id="e3"))
    admin = Caller("p", frozenset({"platform-admin"}))
    identity = await resolver.resolve(admin)
    assert identity.entity_id is None and "platform-admin" in identity.platform_roles
