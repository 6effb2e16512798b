"""Authorities on real PostgreSQL: the SQL repository, its filters, the outbox rows,
optimistic concurrency and the unique indexes behind "one NIMIC/LIMIC"."""

import dataclasses
import itertools

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita.registry.events.v1 import events_pb2
from tramita_platform.clock import SystemClock
from tramita_platform.events import decode, unpack
from tramita_platform.outbox import OUTBOX, Outbox
from tramita_registry.adapters.open_cases import NoCaseServicesYet
from tramita_registry.adapters.unit_of_work import SqlUnitOfWork
from tramita_registry.app.authorities.commands import (
    ProfilePatch,
    RegisterAuthority,
    SetWorkflowFlags,
    UpdateAuthority,
)
from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.authorities.details import update_authority
from tramita_registry.app.authorities.queries import AuthoritySearch, list_authorities
from tramita_registry.app.authorities.registration import register_authority
from tramita_registry.app.authorities.settings import set_workflow_flags
from tramita_registry.app.ports import ActorIdentity, Caller
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import ConcurrentChange, CoordinatorSlotTaken
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole

pytestmark = pytest.mark.integration

SD, SD_REQ = "services-directive", "services-directive/requests"
ADMIN = frozenset({"platform-admin"})


class RequestedEntityActors:
    async def resolve(self, caller: Caller) -> ActorIdentity:
        return ActorIdentity(caller.subject, caller.acting_entity_id or None, caller.platform_roles)


@pytest.fixture
def deps(sessions: async_sessionmaker[AsyncSession]) -> AuthorityDeps:
    clock = SystemClock()
    outbox = Outbox(clock=clock)
    counter = itertools.count(1)
    return AuthorityDeps(
        uow=lambda: SqlUnitOfWork(sessions, outbox=outbox, clock=clock),
        clock=clock,
        new_id=lambda: f"ent-{next(counter):03d}",
        actors=RequestedEntityActors(),
        open_cases=NoCaseServicesYet(),
    )


def profile(name: str, **changes: object) -> Profile:
    return Profile(
        official_name=name,
        informal_title=LocalizedText("Título", "Informal title"),
        description="",
        languages=("pt",),
        contacts=Contacts(f"{name.split()[0].lower()}@example.pt", "pt-PT"),
        competences=changes.get("competences", Competences(nace=("56",))),  # type: ignore[arg-type]
    )


async def nimic(deps: AuthorityDeps):
    command = RegisterAuthority(
        Caller("admin", ADMIN), profile("AMA (NIMIC)"), "PT", horizontal_role=AdminRole.NIMIC
    )
    return await register_authority(command, deps=deps)


async def authority(
    deps: AuthorityDeps, by, name: str, *, role=AdminRole.COMPETENT_AUTHORITY, competences=None
):
    grant = AreaGrant(
        SD, role, ("crafts",), (WorkflowGrant(SD_REQ, privileged_coordinator_ids=(by.entity_id,)),)
    )
    command = RegisterAuthority(
        Caller("p", frozenset(), (), by.entity_id),
        profile(name, competences=competences or Competences(nace=("56",))),
        "PT",
        areas=(grant,),
    )
    return await register_authority(command, deps=deps)


async def outbox_events(sessions) -> list[tuple[str, str]]:
    async with sessions() as session:
        rows = (await session.execute(select(OUTBOX.c.envelope).order_by(OUTBOX.c.id))).scalars()
        envelopes = [decode(row) for row in rows]
    return [(e.type.split(".")[2], e.subject) for e in envelopes]


async def test_aggregates_round_trip_with_their_accesses_and_events(deps, sessions) -> None:
    coordinator = await nimic(deps)
    lisbon = await authority(deps, coordinator, "Lisboa")
    async with deps.uow() as work:
        loaded = await work.authorities.get(lisbon.entity_id)
        again = await work.authorities.get(lisbon.entity_id)
    assert loaded is again  # one object per id within a unit of work
    assert loaded == lisbon
    assert loaded.areas[SD].workflows[SD_REQ].flags == lisbon.areas[SD].workflows[SD_REQ].flags
    assert await outbox_events(sessions) == [
        ("AuthorityRegistered", coordinator.entity_id),
        ("AuthorityRegistered", lisbon.entity_id),
    ]


async def test_changes_bump_the_version_and_reach_the_outbox(deps, sessions) -> None:
    coordinator = await nimic(deps)
    lisbon = await authority(deps, coordinator, "Lisboa")
    caller = Caller("p", frozenset(), (), lisbon.entity_id)
    flags = SetWorkflowFlags(caller, lisbon.entity_id, SD_REQ, (("uses_allocation", True),))
    changed = await set_workflow_flags(flags, deps=deps)
    assert changed.version == 2
    events = await outbox_events(sessions)
    assert events[-2:] == [
        ("WorkflowFlagsChanged", lisbon.entity_id),
        ("AllocationChanged", lisbon.entity_id),
    ]
    async with sessions() as session:
        last = decode(
            (
                await session.execute(
                    select(OUTBOX.c.envelope).order_by(OUTBOX.c.id.desc()).limit(1)
                )
            ).scalar_one()
        )
    payload = unpack(last, events_pb2.AllocationChanged)
    assert (payload.workflow, payload.uses_allocation) == (SD_REQ, True)
    assert last.entity == lisbon.entity_id


async def test_a_lost_update_is_refused(deps) -> None:
    coordinator = await nimic(deps)
    lisbon = await authority(deps, coordinator, "Lisboa")
    async with deps.uow() as first, deps.uow() as second:
        mine = await first.authorities.get(lisbon.entity_id)
        theirs = await second.authorities.get(lisbon.entity_id)
        assert mine is not None and theirs is not None
        mine.update_profile(_described(mine.profile, "a"), by_validating_coordinator=False)
        theirs.update_profile(_described(theirs.profile, "b"), by_validating_coordinator=False)
        await first.commit()
        with pytest.raises(ConcurrentChange):
            await second.commit()


def _described(value: Profile, text: str) -> Profile:
    return dataclasses.replace(value, description=text)


async def test_the_unique_index_keeps_one_nimic_even_past_the_check(deps) -> None:
    await nimic(deps)
    twin = Authority.register(
        entity_id="twin",
        profile=profile("Outra (NIMIC)"),
        country="PT",
        region="",
        horizontal_role=AdminRole.NIMIC,
        areas=(),
        coordinator_id="",
        registered_by="p",
        now=deps.clock.now(),
    )
    async with deps.uow() as work:
        await work.authorities.add(twin)
        with pytest.raises(CoordinatorSlotTaken):
            await work.commit()


async def test_filters_run_in_sql(deps) -> None:
    coordinator = await nimic(deps)
    await authority(deps, coordinator, "DGAE 100%", role=AdminRole.LIMIC)
    await authority(deps, coordinator, "Câmara de Lisboa", competences=Competences(nace=("G",)))
    await authority(
        deps, coordinator, "Câmara do Porto", competences=Competences(policy_areas=("consumers",))
    )

    async def names(**criteria) -> list[str]:
        page, _ = await list_authorities(AuthoritySearch(caller=Caller("p"), **criteria), deps=deps)
        return sorted(a.profile.official_name for a in page)

    assert await names(role=AdminRole.LIMIC) == ["DGAE 100%"]
    assert await names(role=AdminRole.NIMIC) == ["AMA (NIMIC)"]
    assert await names(competence="47") == ["AMA (NIMIC)", "Câmara de Lisboa"]
    assert await names(competence="consumers") == ["AMA (NIMIC)", "Câmara do Porto"]
    assert await names(name="câmara") == ["Câmara de Lisboa", "Câmara do Porto"]
    assert await names(name="100%") == ["DGAE 100%"]
    assert await names(name="informal", country="ES") == []


async def test_an_update_through_the_handler_is_stored(deps) -> None:
    coordinator = await nimic(deps)
    lisbon = await authority(deps, coordinator, "Lisboa")
    caller = Caller("p", frozenset(), (), lisbon.entity_id)
    patch = ProfilePatch(contacts=Contacts("geral@cm-lisboa.pt", "pt-PT"))
    await update_authority(UpdateAuthority(caller, lisbon.entity_id, patch), deps=deps)
    async with deps.uow() as work:
        stored = await work.authorities.get(lisbon.entity_id)
    assert stored is not None
    assert (stored.profile.contacts.email, stored.version) == ("geral@cm-lisboa.pt", 2)
