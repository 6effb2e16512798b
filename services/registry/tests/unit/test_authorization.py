"""§9.1.1 applied to real entities: scope, designated coordinators, platform-only actions."""

from datetime import UTC, datetime

import pytest
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.authorization import (
    Acting,
    check_access_change,
    check_access_coordinator,
    check_may_register,
    check_validating_coordinator,
    flag_changers,
    may_see,
)
from tramita_registry.domain.errors import Forbidden
from tramita_registry.domain.flags import Changer
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.roles import AdminRole, ContentRole
from tramita_registry.domain.statuses import AccessAction

NOW = datetime(2026, 11, 23, tzinfo=UTC)
SD, PQ = "services-directive", "professional-qualifications"
KEYWORD = {SD: "construction", PQ: "doctors"}
ids = iter(f"e{n}" for n in range(1, 1000))


def entity(
    *areas: tuple[str, AdminRole, ContentRole | None],
    horizontal: AdminRole | None = None,
    country: str = "PT",
    region: str = "",
    by: str = "nimic",
    mailbox: bool = False,
) -> Authority:
    name = {AdminRole.NIMIC: "X (NIMIC)", AdminRole.SDIMIC: f"X {region} (SDIMIC)"}.get(
        horizontal, "X"
    )
    grants = tuple(
        AreaGrant(
            area,
            role,
            (KEYWORD[area],),
            (
                WorkflowGrant(
                    _workflow(area, content), content, mailbox, privileged_coordinator_ids=("c",)
                ),
            ),
        )
        for area, role, content in areas
    )
    profile = Profile(name, LocalizedText(), "", ("pt",), Contacts("a@b.pt"), Competences(True))
    return Authority.register(
        entity_id=next(ids),
        profile=profile,
        country=country,
        region=region,
        horizontal_role=horizontal,
        areas=grants,
        coordinator_id=by,
        registered_by="p",
        now=NOW,
    )


def _workflow(area: str, content: ContentRole | None) -> str:
    alerts = {ContentRole.ALERT_AUTHORITY, ContentRole.ALERT_COORDINATOR}
    return f"{area}/{'alerts' if content in alerts else 'requests'}"


def acting(actor: Authority | None, *, admin: bool = False) -> Acting:
    return Acting("p", actor, admin)


NIMIC = entity(horizontal=AdminRole.NIMIC, by="")
SDIMIC_BY = entity(horizontal=AdminRole.SDIMIC, country="DE", region="Bayern")
LIMIC_SD = entity((SD, AdminRole.LIMIC, None))
LIMIC_PQ = entity((PQ, AdminRole.LIMIC, None))
DIMIC_SD = entity((SD, AdminRole.DIMIC, None))
AC_SD = entity((SD, AdminRole.COMPETENT_AUTHORITY, None))


def ok(check, *args) -> None:
    check(*args)


def refused(rule: str, check, *args) -> None:
    with pytest.raises(Forbidden) as error:
        check(*args)
    assert rule in error.value.rule


@pytest.mark.parametrize(
    ("actor", "target", "allowed"),
    [
        (NIMIC, entity(horizontal=AdminRole.SDIMIC, region="Açores"), True),
        (LIMIC_SD, entity(horizontal=AdminRole.SDIMIC, region="Açores"), False),
        (NIMIC, entity((SD, AdminRole.LIMIC, None)), True),
        (LIMIC_SD, entity((SD, AdminRole.LIMIC, None)), False),
        (LIMIC_SD, entity((SD, AdminRole.DIMIC, None)), True),
        (LIMIC_PQ, entity((SD, AdminRole.DIMIC, None)), False),  # not its area
        (DIMIC_SD, entity((SD, AdminRole.DIMIC, None)), False),
        (DIMIC_SD, entity((SD, AdminRole.COMPETENT_AUTHORITY, None)), True),
        (AC_SD, entity((SD, AdminRole.COMPETENT_AUTHORITY, None)), False),
        (LIMIC_SD, entity((SD, AdminRole.COMPETENT_AUTHORITY, ContentRole.ALERT_AUTHORITY)), True),
        (DIMIC_SD, entity((SD, AdminRole.COMPETENT_AUTHORITY, ContentRole.ALERT_AUTHORITY)), False),
        (
            LIMIC_SD,
            entity((SD, AdminRole.DIMIC, ContentRole.ALERT_COORDINATOR), mailbox=True),
            True,
        ),
        (
            DIMIC_SD,
            entity((SD, AdminRole.COMPETENT_AUTHORITY, ContentRole.REQUEST_COORDINATOR)),
            True,
        ),
    ],
)
def test_registering_follows_the_table_per_area(actor, target, allowed) -> None:
    if allowed:
        check_may_register(acting(actor), target)
    else:
        with pytest.raises(Forbidden):
            check_may_register(acting(actor), target)


def test_a_nimic_is_registered_by_a_platform_administrator_only() -> None:
    target = entity(horizontal=AdminRole.NIMIC, country="ES", by="")
    check_may_register(acting(None, admin=True), target)
    refused("NIMIC_BY_PLATFORM_ADMIN", check_may_register, acting(NIMIC), target)


def test_coordinators_act_only_in_their_country_and_an_sdimic_in_its_region() -> None:
    spanish = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), country="ES")
    refused("SAME_COUNTRY_ONLY", check_may_register, acting(NIMIC), spanish)
    berlin = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), country="DE", region="Berlin")
    bavarian = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), country="DE", region="Bayern")
    refused("SDIMIC_OWN_REGION_ONLY", check_may_register, acting(SDIMIC_BY), berlin)
    check_may_register(acting(SDIMIC_BY), bavarian)


def test_an_acting_entity_must_exist_and_be_active() -> None:
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None))
    refused("ACTING_ENTITY_REQUIRED", check_may_register, acting(None), target)
    sleeping = entity(horizontal=AdminRole.SDIMIC, region="Madeira")
    sleeping.status = sleeping.status.__class__.SUSPENDED
    refused("ACTING_ENTITY_NOT_ACTIVE", check_may_register, acting(sleeping), target)


def test_entity_data_belongs_to_its_validating_coordinator() -> None:
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), by=LIMIC_SD.entity_id)
    check_validating_coordinator(acting(LIMIC_SD), target, "rename")
    refused(
        "VALIDATING_COORDINATOR_ONLY", check_validating_coordinator, acting(NIMIC), target, "rename"
    )
    refused("PLATFORM_ADMIN_ONLY", check_validating_coordinator, acting(LIMIC_SD), NIMIC, "x")
    check_validating_coordinator(acting(None, admin=True), NIMIC, "rename")


def test_area_access_belongs_to_its_access_coordinator_within_the_table() -> None:
    target = entity((SD, AdminRole.DIMIC, None), by=LIMIC_SD.entity_id)
    check_access_coordinator(acting(LIMIC_SD), target, SD, "suspend")
    refused("ACCESS_COORDINATOR_ONLY", check_access_coordinator, acting(NIMIC), target, SD, "x")
    limic_target = entity((SD, AdminRole.LIMIC, None), by=DIMIC_SD.entity_id)
    refused(
        "MANAGE_LIMIC_ACCESS", check_access_coordinator, acting(DIMIC_SD), limic_target, SD, "x"
    )


def test_a_new_area_is_granted_by_whoever_holds_the_row_for_the_role() -> None:
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None))
    check_access_coordinator(acting(LIMIC_PQ), target, PQ, "grant")
    refused(
        "MANAGE_COMPETENT_AUTHORITY_ACCESS_NOT_HELD_BY_NONE",
        check_access_coordinator,
        acting(DIMIC_SD),
        target,
        PQ,
        "grant",
    )


def test_suspending_a_coordinators_access_is_for_platform_administrators() -> None:
    target = entity((SD, AdminRole.DIMIC, None), by=LIMIC_SD.entity_id)

    def suspend(actor: Acting) -> None:
        check_access_change(actor, target, SD, AccessAction.SUSPEND, coordinator_access=True)

    refused("COORDINATOR_SUSPENDED_BY_PLATFORM_ADMIN", suspend, acting(LIMIC_SD))
    suspend(acting(None, admin=True))
    check_access_change(
        acting(LIMIC_SD), target, SD, AccessAction.REACTIVATE, coordinator_access=True
    )


def test_flags_are_changed_as_the_entity_or_as_its_access_coordinator() -> None:
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), by=LIMIC_SD.entity_id)
    assert flag_changers(acting(target), target, SD) == {Changer.ENTITY}
    assert flag_changers(acting(LIMIC_SD), target, SD) == {Changer.ACCESS_COORDINATOR}
    refused("ENTITY_OR_ACCESS_COORDINATOR_ONLY", flag_changers, acting(AC_SD), target, SD)


def test_an_unvalidated_self_registration_shows_only_to_its_validating_coordinator() -> None:
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), by=LIMIC_SD.entity_id)
    target.status = target.status.__class__.REGISTRATION_REQUESTED
    assert may_see(acting(LIMIC_SD), target)
    assert may_see(acting(target), target)
    assert may_see(acting(None, admin=True), target)
    assert not may_see(acting(NIMIC), target)


def test_a_horizontal_coordinator_loses_an_area_whose_access_is_suspended() -> None:
    sdimic = entity(horizontal=AdminRole.SDIMIC, country="DE", region="Hessen")
    assert sdimic.role_in(SD) is AdminRole.SDIMIC
    sdimic.areas[SD].status = sdimic.areas[SD].status.__class__.SUSPENDED
    assert sdimic.role_in(SD) is None
    assert sdimic.role_in(PQ) is AdminRole.SDIMIC
    target = entity((SD, AdminRole.COMPETENT_AUTHORITY, None), country="DE", region="Hessen")
    refused("NOT_HELD_BY_NONE", check_may_register, acting(sdimic), target)
