"""Handlers: registering, validating and updating authorities (fakes for every port)."""

import dataclasses

import pytest
from tramita_registry.app.authorities.commands import (
    ProfilePatch,
    RegisterAuthority,
    UpdateAuthority,
    ValidateAuthority,
    WorkflowSettings,
)
from tramita_registry.app.authorities.details import update_authority
from tramita_registry.app.authorities.registration import register_authority, validate_authority
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import (
    AuthorityNotFound,
    ConcurrentChange,
    CoordinatorSlotTaken,
    Forbidden,
    InvalidField,
)
from tramita_registry.domain.events import (
    AuthorityDetailsChanged,
    AuthorityRegistered,
    AuthorityValidated,
    EntityContactChanged,
)
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText
from tramita_registry.domain.roles import AdminRole
from tramita_registry.domain.statuses import EntityStatus

SD, PQ = "services-directive", "professional-qualifications"


async def test_a_platform_administrator_registers_the_one_nimic_of_a_country(world) -> None:
    nimic = await world.nimic()
    assert nimic.horizontal_role is AdminRole.NIMIC
    assert nimic.validating_coordinator_id == ""
    assert nimic.profile.competences.general_horizontal
    assert len(nimic.areas) == 3
    assert [type(e) for e in world.uow.published] == [AuthorityRegistered]
    with pytest.raises(CoordinatorSlotTaken, match="PT already has its NIMIC"):
        await world.nimic()
    await world.nimic("ES")


async def test_only_a_platform_administrator_registers_a_nimic(world) -> None:
    nimic = await world.nimic()
    command = RegisterAuthority(
        world.caller(nimic),
        dataclasses.replace(nimic.profile),
        "ES",
        horizontal_role=AdminRole.NIMIC,
    )
    with pytest.raises(Forbidden, match="NIMIC_BY_PLATFORM_ADMIN"):
        await register_authority(command, deps=world.deps)


async def test_the_registering_coordinator_validates_and_manages_access(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    assert lisbon.status is EntityStatus.ACTIVE
    assert lisbon.validating_coordinator_id == nimic.entity_id
    assert lisbon.areas[SD].access_coordinator_id == nimic.entity_id


async def test_one_limic_per_area_per_country(world) -> None:
    nimic = await world.nimic()
    limic = world.grant(SD, (nimic.entity_id,), role=AdminRole.LIMIC)
    await world.register(nimic, name="Direção-Geral das Atividades Económicas", areas=(limic,))
    with pytest.raises(CoordinatorSlotTaken, match="services-directive in PT"):
        await world.register(nimic, name="Outra", areas=(limic,))
    other_area = world.grant(PQ, (nimic.entity_id,), role=AdminRole.LIMIC)
    await world.register(nimic, name="DGES", areas=(other_area,))


async def test_under_an_sdimic_one_limic_per_area_per_region(world) -> None:
    bund = await world.nimic("DE")
    bayern = await world.register(
        bund,
        name="Innenministerium Bayern (SDIMIC)",
        country="DE",
        region="Bayern",
        horizontal_role=AdminRole.SDIMIC,
        areas=(),
    )
    berlin = await world.register(
        bund,
        name="Senatsverwaltung Berlin (SDIMIC)",
        country="DE",
        region="Berlin",
        horizontal_role=AdminRole.SDIMIC,
        areas=(),
    )
    for sdimic, region in ((bayern, "Bayern"), (berlin, "Berlin")):
        limic = world.grant(SD, (sdimic.entity_id,), role=AdminRole.LIMIC)
        made = await world.register(
            sdimic, name="LIMIC", country="DE", region=region, areas=(limic,)
        )
        assert made.areas[SD].limic_scope == f"DE/{region.lower()}"
    with pytest.raises(CoordinatorSlotTaken):
        limic = world.grant(SD, (bayern.entity_id,), role=AdminRole.LIMIC)
        await world.register(bayern, name="LIMIC 2", country="DE", region="Bayern", areas=(limic,))


async def test_an_sdimic_name_carries_its_marker_and_region(world) -> None:
    bund = await world.nimic("DE")
    with pytest.raises(InvalidField, match="name its region"):
        await world.register(
            bund,
            name="Innenministerium (SDIMIC)",
            country="DE",
            region="Bayern",
            horizontal_role=AdminRole.SDIMIC,
            areas=(),
        )


async def test_privileged_coordinators_must_be_active_coordinators_of_the_country(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    with pytest.raises(InvalidField, match="no active coordinator"):
        await world.register(nimic, name="Porto", coordinators=(lisbon.entity_id,))
    with pytest.raises(InvalidField, match="no active coordinator"):
        await world.register(nimic, name="Porto", coordinators=("nobody",))
    with pytest.raises(InvalidField, match="privileged coordinator"):
        await world.register(nimic, name="Porto", coordinators=())


async def test_a_repeated_idempotency_key_returns_the_first_registration(world) -> None:
    nimic = await world.nimic()
    area = world.grant(SD, (nimic.entity_id,))
    command = RegisterAuthority(
        world.caller(nimic),
        dataclasses.replace(
            nimic.profile, official_name="Porto", competences=Competences(nace=("84",))
        ),
        "PT",
        areas=(area,),
        idempotency_key="k-1",
    )
    first = await register_authority(command, deps=world.deps)
    again = await register_authority(command, deps=world.deps)
    assert again.entity_id == first.entity_id
    assert len(world.uow.authorities.rows) == 2


async def _self_registered(world, coordinator: Authority) -> Authority:
    """What self-registration (not built yet) leaves: an entity awaiting validation."""
    grant = AreaGrant(SD, keywords=("crafts",), workflows=(WorkflowGrant(f"{SD}/requests"),))
    entity = Authority.register(
        entity_id="self-1",
        profile=dataclasses.replace(
            coordinator.profile, official_name="Ordem", competences=Competences(nace=("84",))
        ),
        country="PT",
        region="",
        horizontal_role=None,
        areas=(grant,),
        coordinator_id=coordinator.entity_id,
        registered_by="p",
        now=world.uow.clock.now(),
        self_registered=True,
    )
    await world.uow.authorities.add(entity)
    entity.events.clear()
    return entity


async def test_validation_sets_privileged_coordinators_and_flags_then_activates(world) -> None:
    nimic = await world.nimic()
    pending = await _self_registered(world, nimic)
    settings = WorkflowSettings(
        f"{SD}/requests", (nimic.entity_id,), (("accepts_foreign_requests", False),)
    )
    command = ValidateAuthority(world.caller(nimic), pending.entity_id, (settings,))
    validated = await validate_authority(command, deps=world.deps)
    assert validated.status is EntityStatus.ACTIVE
    workflow = validated.areas[SD].workflows[f"{SD}/requests"]
    assert workflow.privileged_coordinator_ids == (nimic.entity_id,)
    assert workflow.flags["accepts_foreign_requests"] is False
    assert AuthorityValidated in [type(e) for e in world.uow.published]


async def test_only_the_validating_coordinator_sees_and_validates(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    pending = await _self_registered(world, nimic)
    with pytest.raises(AuthorityNotFound):
        await validate_authority(
            ValidateAuthority(world.caller(lisbon), pending.entity_id), deps=world.deps
        )


async def test_the_entity_updates_its_data_but_not_its_official_name(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    title = ProfilePatch(informal_title=LocalizedText("CML", "Lisbon"))
    await update_authority(
        UpdateAuthority(world.caller(lisbon), lisbon.entity_id, title), deps=world.deps
    )
    assert lisbon.profile.informal_title.en == "Lisbon"
    rename = ProfilePatch(official_name="Município de Lisboa")
    with pytest.raises(Forbidden, match="OFFICIAL_NAME_BY_VALIDATING_COORDINATOR"):
        await update_authority(
            UpdateAuthority(world.caller(lisbon), lisbon.entity_id, rename), deps=world.deps
        )
    await update_authority(
        UpdateAuthority(world.caller(nimic), lisbon.entity_id, rename), deps=world.deps
    )
    assert lisbon.profile.official_name == "Município de Lisboa"


async def test_another_entity_cannot_update(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    porto = await world.register(nimic, name="Câmara Municipal do Porto")
    with pytest.raises(Forbidden, match="VALIDATING_COORDINATOR_ONLY"):
        await update_authority(
            UpdateAuthority(world.caller(porto), lisbon.entity_id, ProfilePatch(description="x")),
            deps=world.deps,
        )


async def test_a_new_contact_email_is_published(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    world.uow.published.clear()
    patch = ProfilePatch(contacts=Contacts("geral@cm-lisboa.pt", "pt-PT"))
    await update_authority(
        UpdateAuthority(world.caller(lisbon), lisbon.entity_id, patch), deps=world.deps
    )
    assert world.uow.published == [
        AuthorityDetailsChanged(lisbon.entity_id, ("contacts",)),
        EntityContactChanged(lisbon.entity_id, "geral@cm-lisboa.pt", "pt-PT"),
    ]
    await update_authority(
        UpdateAuthority(world.caller(lisbon), lisbon.entity_id, patch), deps=world.deps
    )
    assert len(world.uow.published) == 2


async def test_a_stale_expected_version_is_a_concurrent_change(world) -> None:
    nimic = await world.nimic()
    lisbon = await world.register(nimic)
    patch = ProfilePatch(description="x")
    with pytest.raises(ConcurrentChange):
        await update_authority(
            UpdateAuthority(world.caller(lisbon), lisbon.entity_id, patch, expected_version=7),
            deps=world.deps,
        )


async def test_nimic_competence_stays_horizontal(world) -> None:
    nimic = await world.nimic()
    patch = ProfilePatch(competences=Competences(nace=("01",)))
    await update_authority(
        UpdateAuthority(world.caller(admin=True), nimic.entity_id, patch), deps=world.deps
    )
    assert nimic.profile.competences.general_horizontal
