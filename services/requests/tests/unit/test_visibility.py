"""The personal-data visibility policy, row by row (PRODUCT §6; 003 §5.3.2.1, §5.3.10, §10)."""

import pytest
from tramita_requests.domain.retention import DataStage
from tramita_requests.domain.states import Profile
from tramita_requests.domain.visibility import (
    POLICY,
    Case,
    Item,
    Purpose,
    Rule,
    Standing,
    Viewer,
    decide,
)

ST, PD, AT, CT = Standing, Item.PERSONAL_DATA, Item.ATTACHMENTS, Item.CONTENT
H, V, AL, SU = Profile.HANDLER, Profile.VIEWER, Profile.ALLOCATOR, Profile.SUPERVISOR
SENT = Case(sent=True, responder_accepted=False)
ACCEPTED = Case(sent=True, responder_accepted=True)
DRAFT = Case(sent=False, responder_accepted=False)
BLOCKED = Case(sent=True, responder_accepted=True, stage=DataStage.BLOCKED)
ERASED = Case(sent=True, responder_accepted=True, stage=DataStage.ERASED)
NOTIFICATION = Case(sent=True, responder_accepted=False, commission_notified=True)


def _v(standing: Standing, *profiles: Profile, legal_need: bool = False) -> Viewer:
    return Viewer(standing, frozenset(profiles), legal_need)


# (item, viewer, case, purpose, visible, rule)
# fmt: off
TABLE = [
    (PD, _v(ST.REQUESTING_AUTHORITY, H), DRAFT, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.REQUESTING_AUTHORITY, H), SENT, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.RESPONDING_AUTHORITY, H), DRAFT, Purpose.SCREEN, False, Rule.NOT_SENT),
    (PD, _v(ST.RESPONDING_AUTHORITY, H), SENT, Purpose.SCREEN, False, Rule.BEFORE_ACCEPTANCE),
    (AT, _v(ST.RESPONDING_AUTHORITY, H), SENT, Purpose.SCREEN, False, Rule.BEFORE_ACCEPTANCE),
    (CT, _v(ST.RESPONDING_AUTHORITY, H), SENT, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (CT, _v(ST.RESPONDING_AUTHORITY, H), DRAFT, Purpose.SCREEN, False, Rule.NOT_SENT),
    (PD, _v(ST.RESPONDING_AUTHORITY, H), ACCEPTED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (AT, _v(ST.RESPONDING_AUTHORITY, H), ACCEPTED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.RESPONDING_AUTHORITY, V), ACCEPTED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.RESPONDING_AUTHORITY, V), ACCEPTED, Purpose.REPORT, False,
     Rule.REPORT_WITHOUT_PERSONAL_DATA),
    (PD, _v(ST.RESPONDING_AUTHORITY, H), ACCEPTED, Purpose.REPORT, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.RESPONDING_AUTHORITY, AL), ACCEPTED, Purpose.SCREEN, False, Rule.ALLOCATOR_ONLY),
    (CT, _v(ST.RESPONDING_AUTHORITY, AL), ACCEPTED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.RESPONDING_AUTHORITY, AL, H), ACCEPTED, Purpose.SCREEN, True,
     Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.COORDINATOR, SU), ACCEPTED, Purpose.SCREEN, False, Rule.COORDINATION_ROLE),
    (AT, _v(ST.COORDINATOR, SU, H), ACCEPTED, Purpose.SCREEN, False, Rule.COORDINATION_ROLE),
    (CT, _v(ST.COORDINATOR, SU), ACCEPTED, Purpose.SCREEN, True, Rule.COORDINATION_CONTENT),
    (PD, _v(ST.COMMISSION), NOTIFICATION, Purpose.SCREEN, False, Rule.COMMISSION_NEVER),
    (CT, _v(ST.COMMISSION), NOTIFICATION, Purpose.SCREEN, True, Rule.COMMISSION_NOTIFICATION),
    (CT, _v(ST.COMMISSION), ACCEPTED, Purpose.SCREEN, False, Rule.COMMISSION_NOT_ADDRESSED),
    (PD, _v(ST.UNINVOLVED, H), ACCEPTED, Purpose.SCREEN, False, Rule.NOT_INVOLVED),
    (CT, _v(ST.UNINVOLVED, H), ACCEPTED, Purpose.SCREEN, False, Rule.NOT_INVOLVED),
    (PD, _v(ST.REQUESTING_AUTHORITY, H), BLOCKED, Purpose.SCREEN, False, Rule.BLOCKED),
    (AT, _v(ST.RESPONDING_AUTHORITY, H), BLOCKED, Purpose.SCREEN, False, Rule.BLOCKED),
    (PD, _v(ST.REQUESTING_AUTHORITY, H, legal_need=True), BLOCKED, Purpose.SCREEN, True,
     Rule.BLOCKED_LEGAL_NEED),
    (CT, _v(ST.REQUESTING_AUTHORITY, H), BLOCKED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.REQUESTING_AUTHORITY, H, legal_need=True), ERASED, Purpose.SCREEN, False,
     Rule.ERASED),
    (CT, _v(ST.REQUESTING_AUTHORITY, H), ERASED, Purpose.SCREEN, True, Rule.INVOLVED_AUTHORITY),
    (PD, _v(ST.COORDINATOR, SU, legal_need=True), BLOCKED, Purpose.SCREEN, False,
     Rule.COORDINATION_ROLE),
]
# fmt: on


@pytest.mark.parametrize(("item", "viewer", "case", "purpose", "visible", "rule"), TABLE)
def test_policy_table(item, viewer, case, purpose, visible, rule) -> None:
    decision = decide(item, viewer, case, purpose)
    assert (decision.visible, decision.rule) == (visible, rule)


def test_every_rule_decides_some_case() -> None:
    assert {row[-1] for row in TABLE} == {row.rule for row in POLICY}


@pytest.mark.parametrize("standing", list(Standing))
@pytest.mark.parametrize("item", list(Item))
def test_every_standing_and_item_gets_a_decision(standing, item) -> None:
    for case in (SENT, ACCEPTED, DRAFT, BLOCKED, ERASED, NOTIFICATION):
        for purpose in Purpose:
            decide(item, _v(standing, H, V, AL, SU), case, purpose)


@pytest.mark.parametrize("standing", [ST.COMMISSION, ST.COORDINATOR, ST.UNINVOLVED])
def test_only_the_authorities_directly_involved_ever_see_personal_data(standing) -> None:
    for case in (SENT, ACCEPTED, DRAFT, BLOCKED, NOTIFICATION):
        for purpose in Purpose:
            for item in (PD, AT):
                viewer = _v(standing, H, V, AL, SU, legal_need=True)
                assert not decide(item, viewer, case, purpose).visible
