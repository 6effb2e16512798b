"""Entity roles, flags and user profiles of the alert workflow (IMI guide §6.2)."""

import pytest
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.roles import (
    Actor,
    AlertEntity,
    EntityRole,
    Profile,
    commission,
    countries_without_mailbox,
)

from .alert_world import AUTH, COORD, entity, person

M, B, V = Profile.MANAGER, Profile.BROADCASTER, Profile.VIEWER


def test_profile_names_are_the_ones_identity_publishes() -> None:
    assert {p.value for p in Profile} == {"alert-viewer", "alert-manager", "alert-broadcaster"}
    assert {r.value for r in EntityRole} == {"ALERT_AUTHORITY", "ALERT_COORDINATOR"}


@pytest.mark.parametrize("flag", ["mailbox", "final_authorisation"])
def test_mailbox_and_final_authorisation_belong_to_coordinators_only(flag: str) -> None:
    assert getattr(entity("pt-c", COORD, **{flag: True}), flag)
    with pytest.raises(InvalidField) as refused:
        entity("pt-a", AUTH, **{flag: True})
    assert (refused.value.field, refused.value.rule) == (flag, "coordinator_only")


def test_country_codes_are_checked() -> None:
    with pytest.raises(InvalidField) as refused:
        AlertEntity("x", "Portugal", AUTH)
    assert refused.value.rule == "country_code"


def test_broadcasters_exist_only_in_coordinators() -> None:
    assert person(entity("pt-c", COORD), B).holds(B)
    with pytest.raises(InvalidField) as refused:
        person(entity("pt-a"), B)
    assert refused.value.rule == "broadcaster_in_coordinator"


def test_profiles_combine_in_one_person() -> None:
    both = person(entity("pt-c", COORD), M, B)
    assert both.holds(M) and both.holds(B) and not both.holds(V)
    assert both.holds(M, "pt-c") and not both.holds(M, "pt-other")


def test_the_commission_acts_for_no_entity_and_holds_no_profile() -> None:
    staff = commission("ec-1")
    assert staff.commission and staff.entity is None and staff.entity_id == ""
    assert not any(staff.holds(p) for p in Profile)
    with pytest.raises(InvalidField):
        Actor("x", entity("pt-a"), commission=True)
    with pytest.raises(InvalidField):
        Actor("x", None)


def test_a_launcher_submits_to_its_privileged_coordinators_or_to_itself_when_coordinating() -> None:
    coordinator = entity("pt-c", COORD)
    privileged = entity("pt-a", privileged_coordinator_ids=frozenset({"pt-c"}))
    assert privileged.may_submit_to(coordinator)
    assert not entity("pt-b").may_submit_to(coordinator)
    assert coordinator.may_submit_to(coordinator)
    assert not privileged.may_submit_to(entity("pt-x"))  # not a coordinator
    foreign = entity("es-c", COORD)
    assert not entity("pt-d", privileged_coordinator_ids=frozenset({"es-c"})).may_submit_to(foreign)


def test_every_country_needs_a_mailbox() -> None:
    mailboxes = {"PT": ("pt-m",), "ES": (), "FR": ["fr-m1", "fr-m2"]}
    assert countries_without_mailbox(["PT", "ES", "FR", "DE"], mailboxes) == ("DE", "ES")
    assert countries_without_mailbox(["PT", "FR"], mailboxes) == ()
