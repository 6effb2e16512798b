"""The clocks of one request: acceptance indicator, lateness, retention steps."""

from datetime import timedelta

import pytest
from tramita_requests.domain.errors import TransitionNotAllowed
from tramita_requests.domain.retention import DataStage, Period, RetentionPolicy
from tramita_requests.domain.states import RequestState

from .request_world import BOB, DE_OTHER, World, entities, full_answers, text

S = RequestState


def test_acceptance_is_overdue_after_seven_days_and_a_forward_restarts_the_clock(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    assert request.received_at is not None
    received = request.received_at.date()
    assert not request.acceptance_overdue(today=received + timedelta(days=7))
    assert request.acceptance_overdue(today=received + timedelta(days=8))
    later = request.received_at + timedelta(days=8)
    request.forward(
        actor=BOB,
        entities=entities(),
        now=later,
        target_entity_id=DE_OTHER,
        justification=text(),
    )
    assert not request.acceptance_overdue(today=later.date() + timedelta(days=1))


def test_a_request_is_late_until_answered(world: World):
    request = world.reach(S.ACCEPTED)
    assert request.deadline is not None
    after = request.deadline + timedelta(days=1)
    assert request.is_late(today=after) and not request.is_late(today=request.deadline)
    request.answer(actor=BOB, entities=entities(), now=world.now(), answers=full_answers())
    assert not request.is_late(today=after)


def test_an_open_request_keeps_its_personal_data(world: World):
    request = world.reach(S.ACCEPTED)
    far = world.now() + timedelta(days=5000)
    with pytest.raises(TransitionNotAllowed, match="blocking period over"):
        request.block_personal_data(now=far)
    with pytest.raises(TransitionNotAllowed, match="deletion period over"):
        request.erase_personal_data(now=far)


def test_retention_steps_happen_once_and_follow_the_configured_periods(world: World):
    request = world.reach(S.REFUSED)
    assert request.closed_at is not None
    policy = RetentionPolicy(blocking=Period(days=1), deletion=Period(days=10))
    request.block_personal_data(now=request.closed_at + timedelta(days=2), policy=policy)
    with pytest.raises(TransitionNotAllowed, match="neither blocked nor erased"):
        request.block_personal_data(now=request.closed_at + timedelta(days=3), policy=policy)
    held = timedelta(days=30)
    with pytest.raises(TransitionNotAllowed, match="deletion period over"):
        request.erase_personal_data(
            now=request.closed_at + timedelta(days=11), policy=policy, held=held
        )
    gone = request.closed_at + timedelta(days=41)
    request.erase_personal_data(now=gone, policy=policy, held=held)
    assert request.data_stage is DataStage.ERASED
    with pytest.raises(TransitionNotAllowed, match="not erased yet"):
        request.erase_personal_data(now=request.closed_at + timedelta(days=50), policy=policy)
    assert [e.actor_id for e in request.events[-2:]] == ["system", "system"]
