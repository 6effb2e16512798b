"""Answers: predefined answers or free text with its language (003 §5.3.2.2), complete the
first time, and flagged late past the deadline."""

from datetime import datetime, timedelta

import pytest
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.content import FreeText
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.events import AnswerSent, RequestAccepted, RequestDeadlineChanged
from tramita_requests.domain.states import RequestState

from .request_world import BOB, DE_COORD, World, entities, full_answers, text

S = RequestState


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ((AnswerValue("sdg.99", "yes"),), "answers[0].question_id"),
        ((AnswerValue("sdg.01", "yes"), AnswerValue("sdg.01", "no")), "answers[1].question_id"),
        ((AnswerValue("sdg.01", "partly", text()),), "answers[0].answer_id"),
        ((AnswerValue("sdg.01"),), "answers[0].remark"),
        ((AnswerValue("sdg.01", "see_remarks"),), "answers[0].remark"),
        ((AnswerValue("sdg.01", "", FreeText("Ja", "deu")),), "answers[0].remark.language"),
    ],
)
def test_malformed_answers_are_refused(world: World, answers, field):
    request = world.reach(S.ACCEPTED)
    with pytest.raises(InvalidField) as refused:
        request.answer(actor=BOB, entities=entities(), now=world.now(), answers=answers)
    assert refused.value.field == field
    assert request.state is S.ACCEPTED


def test_free_text_alone_is_an_answer(world: World):
    request = world.reach(S.ACCEPTED)
    answers = (
        AnswerValue("sdg.01", "", FreeText("Ja, seit 2019.", "de")),
        AnswerValue("sdg.03", "no"),
    )
    request.answer(actor=BOB, entities=entities(), now=world.now(), answers=answers)
    assert request.answer_rounds[0].answers == answers


def test_the_first_answer_covers_every_question(world: World):
    request = world.reach(S.ACCEPTED)
    with pytest.raises(InvalidField, match="every question"):
        request.answer(actor=BOB, entities=entities(), now=world.now(), answers=full_answers()[:1])
    with pytest.raises(InvalidField, match="at least one"):
        request.answer(actor=BOB, entities=entities(), now=world.now())


def test_a_draft_answer_is_completed_when_sending(world: World):
    request = world.reach(S.ACCEPTED)
    first, second = full_answers()
    request.save_answer_draft(actor=BOB, entities=entities(), now=world.now(), answers=(first,))
    request.answer(actor=BOB, entities=entities(), now=world.now(), answers=(second,))
    assert request.answer_rounds[0].answers == (first, second)
    assert request.answer_draft == {}


def test_an_answer_after_the_deadline_is_late(world: World):
    request = world.reach(S.ACCEPTED)
    assert request.deadline is not None
    after = datetime.combine(request.deadline + timedelta(days=1), datetime.min.time())
    request.answer(actor=BOB, entities=entities(), now=after, answers=full_answers())
    sent = request.events[-1]
    assert isinstance(sent, AnswerSent) and sent.late and sent.round == 1


def test_a_proposed_deadline_binds_and_the_requester_is_told(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    indicative = request.deadline
    assert indicative is not None
    with pytest.raises(InvalidField, match="later than the current deadline"):
        request.accept(
            actor=BOB,
            entities=entities(),
            now=world.now(),
            coordinator_id=DE_COORD,
            proposed_deadline=indicative,
        )
    later = indicative + timedelta(days=14)
    request.accept(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        coordinator_id=DE_COORD,
        proposed_deadline=later,
    )
    accepted, changed = request.events[-2:]
    assert isinstance(accepted, RequestAccepted) and accepted.deadline == later
    assert isinstance(changed, RequestDeadlineChanged)
    assert (changed.previous_deadline, changed.deadline) == (indicative, later)
    assert request.deadline == later and request.indicative_deadline == indicative


def test_accepting_the_indicative_deadline_changes_nothing(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    request.accept(actor=BOB, entities=entities(), now=world.now(), coordinator_id=DE_COORD)
    assert isinstance(request.events[-1], RequestAccepted)
    assert request.agreed_deadline is None
