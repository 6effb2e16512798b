"""Workflow flags (§9.1.4): defaults per content role, who may change them, their events."""

from datetime import UTC, datetime

import pytest
from tramita_registry.domain.access import AreaGrant, WorkflowGrant
from tramita_registry.domain.authority import Authority
from tramita_registry.domain.errors import Forbidden, InvalidField
from tramita_registry.domain.events import AllocationChanged, WorkflowFlagsChanged
from tramita_registry.domain.flags import FLAGS, Changer, applicable, initial_flags
from tramita_registry.domain.profile import Competences, Contacts, LocalizedText, Profile
from tramita_registry.domain.reference import WorkflowKind
from tramita_registry.domain.roles import ContentRole

R, AL = WorkflowKind.REQUESTS, WorkflowKind.ALERTS
C = ContentRole
COORD, SELF = Changer.ACCESS_COORDINATOR, Changer.ENTITY

# (kind, content role) -> the flags it has with the guide's defaults.
# fmt: off
DEFAULTS = {
    (R, C.AUTHORITY_REQUESTS): {"subject_to_approval": False, "may_refuse_requests": False,
                                "accepts_foreign_requests": True, "uses_allocation": False},
    (R, C.REQUEST_COORDINATOR): {"participates_in_supervision": True, "approves_requests": False,
                                 "approves_answers": False, "uses_allocation": False},
    (AL, C.ALERT_AUTHORITY): {},
    (AL, C.ALERT_COORDINATOR): {"final_authorisation": False},
}
# Who may change each flag after registration.
CHANGED_BY = {
    "subject_to_approval": {COORD},
    "may_refuse_requests": {COORD},
    "accepts_foreign_requests": {COORD},
    "participates_in_supervision": {COORD, SELF},
    "approves_requests": {COORD, SELF},
    "approves_answers": {COORD, SELF},
    "uses_allocation": {SELF},
    "final_authorisation": {COORD, SELF},
}
# fmt: on


@pytest.mark.parametrize(("kind", "role"), list(DEFAULTS))
def test_defaults_per_workflow_and_content_role(kind, role) -> None:
    assert initial_flags(kind, role, {}, field="flags") == DEFAULTS[(kind, role)]


@pytest.mark.parametrize("flag", FLAGS, ids=lambda f: f.name)
def test_who_may_change_each_flag(flag) -> None:
    assert flag.changed_by == CHANGED_BY[flag.name]


def test_the_registering_coordinator_may_choose_any_applicable_flag() -> None:
    chosen = initial_flags(R, C.AUTHORITY_REQUESTS, {"accepts_foreign_requests": False}, field="f")
    assert chosen["accepts_foreign_requests"] is False
    with pytest.raises(InvalidField, match="no flag approves_answers"):
        initial_flags(R, C.AUTHORITY_REQUESTS, {"approves_answers": True}, field="f")


def test_every_flag_applies_to_some_role() -> None:
    used = {f.name for kind, role in DEFAULTS for f in applicable(kind, role)}
    assert used == {f.name for f in FLAGS}


def _authority(role: ContentRole = C.AUTHORITY_REQUESTS) -> Authority:
    profile = Profile("Ordem", LocalizedText(), "", ("pt",), Contacts("a@b.pt"), Competences(True))
    workflow = WorkflowGrant("services-directive/requests", role, privileged_coordinator_ids=("c",))
    made = Authority.register(
        entity_id="e1",
        profile=profile,
        country="PT",
        region="",
        horizontal_role=None,
        areas=(AreaGrant("services-directive", keywords=("crafts",), workflows=(workflow,)),),
        coordinator_id="c",
        registered_by="p",
        now=datetime(2026, 1, 1, tzinfo=UTC),
    )
    made.events.clear()
    return made


@pytest.mark.parametrize(
    ("role", "flag", "changer", "allowed"),
    [
        (C.AUTHORITY_REQUESTS, name, changer, changer in CHANGED_BY[name])
        for name in DEFAULTS[(R, C.AUTHORITY_REQUESTS)]
        for changer in Changer
    ]
    + [
        (C.REQUEST_COORDINATOR, name, changer, changer in CHANGED_BY[name])
        for name in DEFAULTS[(R, C.REQUEST_COORDINATOR)]
        for changer in Changer
    ],
)
def test_set_flags_obeys_who_may_change(role, flag, changer, allowed) -> None:
    made = _authority(role)
    current = made.areas["services-directive"].workflows["services-directive/requests"].flags
    change = {flag: not current[flag]}
    if allowed:
        made.set_flags("services-directive/requests", change, changers=frozenset({changer}))
        assert isinstance(made.events[0], WorkflowFlagsChanged)
    else:
        with pytest.raises(Forbidden, match=f"change the flag {flag}"):
            made.set_flags("services-directive/requests", change, changers=frozenset({changer}))


def test_allocation_change_emits_allocation_changed_once() -> None:
    made = _authority()
    workflow = "services-directive/requests"
    made.set_flags(workflow, {"uses_allocation": True}, changers=frozenset({SELF}))
    made.set_flags(workflow, {"uses_allocation": True}, changers=frozenset({SELF}))
    assert made.events == [
        WorkflowFlagsChanged(
            "e1",
            workflow,
            (
                ("accepts_foreign_requests", True),
                ("may_refuse_requests", False),
                ("subject_to_approval", False),
                ("uses_allocation", True),
            ),
        ),
        AllocationChanged("e1", workflow, True),
    ]


def test_a_flag_of_another_role_is_refused() -> None:
    with pytest.raises(InvalidField, match="no flag approves_answers"):
        _authority().set_flags(
            "services-directive/requests", {"approves_answers": True}, changers=frozenset(Changer)
        )
