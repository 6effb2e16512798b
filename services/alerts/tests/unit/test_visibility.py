"""Who sees the provider's personal data, and until when (guide §6.2.3.1, §6.3.3,
§6.3.4.1 note 5, §6.3.6.5, §10; PRODUCT §6)."""

from datetime import UTC, datetime

import pytest
from tramita_alerts.domain.errors import InvalidField
from tramita_alerts.domain.roles import Profile, commission
from tramita_alerts.domain.visibility import (
    CaseFacts,
    Decision,
    Retention,
    Rule,
    Stage,
    months_after,
    personal_data_visibility,
    retention_stage,
)

from .alert_world import S, World, entity, person

RETENTION = Retention(block_after_months=6, delete_after_months=36)
ENDED = datetime(2025, 8, 31, 12, tzinfo=UTC)


def decide(reader, case, *, now=ENDED, **kw):
    return personal_data_visibility(reader=reader, case=case, now=now, retention=RETENTION, **kw)


def case(state=S.SENT, *, ended_at=None, involved=("pt-auth", "pt-coord", "es-health")):
    return CaseFacts(state, "PT", frozenset(involved), ended_at)


def test_the_commission_never_sees_personal_data(world: World) -> None:
    assert decide(commission("ec"), case()).rule is Rule.COMMISSION_NEVER
    assert not decide(commission("ec"), case()).visible


@pytest.mark.parametrize("who", ["viewer", "manager", "broadcaster"])
def test_every_alert_profile_of_an_involved_entity_sees_it(world: World, who: str) -> None:
    reader = getattr(world, who)("pt-coord")
    assert decide(reader, case()) == Decision(True, Rule.INVOLVED_ENTITY)


def test_without_an_alert_profile_or_outside_the_alert_nothing_is_seen(world: World) -> None:
    assert decide(person(world["pt-auth"]), case()).rule is Rule.NO_ALERT_PROFILE
    assert decide(world.viewer("fr-auth"), case()).rule is Rule.NOT_INVOLVED


def test_a_deleted_alert_shows_nothing(world: World) -> None:
    assert decide(world.viewer("pt-auth"), case(S.DELETED)).rule is Rule.DELETED_ALERT


def test_after_closure_only_a_summary_without_personal_data(world: World) -> None:
    closed = case(S.CLOSED, ended_at=ENDED)
    assert decide(world.manager("pt-auth"), closed) == Decision(False, Rule.CLOSED_SUMMARY_ONLY)
    assert decide(world.manager("pt-auth"), closed, legal_need=True) == Decision(
        True, Rule.LEGAL_NEED
    )


def test_after_withdrawal_recipients_see_part_the_launching_country_all(world: World) -> None:
    withdrawn = case(S.WITHDRAWN, ended_at=ENDED)
    assert decide(world.viewer("es-health"), withdrawn).rule is Rule.WITHDRAWN_PARTIAL
    assert decide(world.viewer("pt-auth"), withdrawn).visible


def test_blocked_six_months_after_formal_closure_deleted_after_three_years(world) -> None:
    reader = world.viewer("pt-auth")
    withdrawn = case(S.WITHDRAWN, ended_at=ENDED)
    just_before = datetime(2026, 2, 28, 11, tzinfo=UTC)
    assert decide(reader, withdrawn, now=just_before).visible
    blocked = datetime(2026, 2, 28, 12, tzinfo=UTC)  # 31 Aug + 6 months → 28 Feb
    assert decide(reader, withdrawn, now=blocked).rule is Rule.BLOCKED_AFTER_CLOSURE
    assert decide(reader, withdrawn, now=blocked, legal_need=True).rule is Rule.LEGAL_NEED
    gone = datetime(2028, 8, 31, 12, tzinfo=UTC)
    assert decide(reader, withdrawn, now=gone, legal_need=True).rule is Rule.DELETED_AFTER_CLOSURE


def test_a_legal_hold_suspends_blocking_and_deletion(world: World) -> None:
    later = datetime(2030, 1, 1, tzinfo=UTC)
    withdrawn = case(S.WITHDRAWN, ended_at=ENDED)
    assert decide(world.viewer("pt-auth"), withdrawn, now=later, legal_hold=True).visible
    assert retention_stage(ended_at=ENDED, now=later, retention=RETENTION, legal_hold=True) is (
        Stage.KEPT
    )


@pytest.mark.parametrize(
    ("now", "stage"),
    [
        (datetime(2025, 9, 1, tzinfo=UTC), Stage.KEPT),
        (datetime(2026, 3, 1, tzinfo=UTC), Stage.BLOCKED),
        (datetime(2028, 9, 1, tzinfo=UTC), Stage.DELETED),
    ],
)
def test_retention_stages(now, stage) -> None:
    assert retention_stage(ended_at=ENDED, now=now, retention=RETENTION) is stage
    assert retention_stage(ended_at=None, now=now, retention=RETENTION) is Stage.KEPT


def test_durations_are_passed_in_and_checked() -> None:
    short = Retention(block_after_months=1, delete_after_months=2)
    assert retention_stage(ended_at=ENDED, now=datetime(2025, 10, 1, tzinfo=UTC),
                           retention=short) is Stage.BLOCKED  # fmt: skip
    with pytest.raises(InvalidField):
        Retention(block_after_months=12, delete_after_months=6)
    assert months_after(datetime(2024, 8, 31, tzinfo=UTC), 6) == datetime(2025, 2, 28, tzinfo=UTC)


def test_the_alerts_own_facts_feed_the_policy(world: World) -> None:
    alert = world.alert_in(S.CLOSED)
    facts = alert.case_facts()
    assert facts.ended_at == alert.ended_at and facts.state is S.CLOSED
    assert "es-health" in facts.involved_entity_ids
    outsider = person(entity("it-auth"), Profile.VIEWER)
    assert decide(outsider, facts).rule is Rule.NOT_INVOLVED
