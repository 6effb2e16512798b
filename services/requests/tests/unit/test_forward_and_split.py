"""Journey 5: forward (before and after acceptance), split, refuse and withdraw
(003 §5.3.2; PRODUCT §12 "Requests")."""

from datetime import date

import pytest
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.content import NewAttachment
from tramita_requests.domain.errors import InvalidField, NotPermitted, TransitionNotAllowed
from tramita_requests.domain.events import (
    RequestForwarded,
    RequestRefused,
    RequestSent,
    RequestSplit,
    RequestWithdrawn,
)
from tramita_requests.domain.states import Party, RequestState, Side
from tramita_requests.domain.visibility import Item, Standing, Viewer, decide

from .request_world import (
    ALICE,
    BOB,
    DE_AUTH,
    DE_COORD,
    DE_OTHER,
    OTTO,
    PT_AUTH,
    World,
    entities,
    text,
)

S = RequestState


def _forward(world: World, request, target: str = DE_OTHER, **flags) -> None:
    request.forward(
        actor=BOB,
        entities=entities(**flags),
        now=world.now(),
        target_entity_id=target,
        justification=text("Not our competence."),
    )


def test_forward_before_acceptance_hands_the_request_to_the_new_responder(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    _forward(world, request)
    assert request.state is S.AWAITING_ACCEPTANCE
    assert (request.responding_entity_id, request.former_responders) == (DE_OTHER, (DE_AUTH,))
    forwarded = request.events[-1]
    assert isinstance(forwarded, RequestForwarded)
    assert forwarded.previous_responding_entity_id == DE_AUTH
    assert not forwarded.after_acceptance
    assert forwarded.participants.responding_entity_id == DE_OTHER
    assert forwarded.participants.requesting_handler_id == "alice"
    assert forwarded.participants.responding_handler_id == ""
    with pytest.raises(NotPermitted):
        request.accept(actor=BOB, entities=entities(), now=world.now())
    request.accept(actor=OTTO, entities=entities(), now=world.now())
    assert request.state is S.ACCEPTED and request.responding_coordinator_id == DE_COORD


def test_forward_after_acceptance_discards_draft_answers_and_the_responders_comments(world):
    request = world.reach(S.ACCEPTED)
    ents = entities()
    request.add_message(actor=ALICE, entities=ents, now=world.now(), message_id="m1", text=text())
    request.add_message(actor=BOB, entities=ents, now=world.now(), message_id="m2", text=text())
    extra = NewAttachment("att-bob", "blob-bob", "register_extract")
    request.add_attachment(actor=BOB, entities=ents, now=world.now(), attachment=extra)
    draft = (AnswerValue("sdg.01", "yes"),)
    request.save_answer_draft(actor=BOB, entities=ents, now=world.now(), answers=draft)
    deadline = request.deadline
    _forward(world, request)
    assert request.state is S.AWAITING_ACCEPTANCE
    assert [m.message_id for m in request.messages] == ["m1"]
    assert [a.attachment_id for a in request.attachments] == ["att-1"]
    assert request.answer_draft == {} and request.accepted_at is None
    assert request.responding_coordinator_id == ""
    assert request.deadline == deadline
    forwarded = request.events[-1]
    assert isinstance(forwarded, RequestForwarded) and forwarded.after_acceptance
    otto = Viewer(Standing.RESPONDING_AUTHORITY, OTTO.profiles)
    assert not decide(Item.PERSONAL_DATA, otto, request.visibility_case()).visible


def test_forward_keeps_an_agreed_deadline(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    request.accept(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        coordinator_id=DE_COORD,
        proposed_deadline=date(2026, 4, 30),
    )
    _forward(world, request)
    assert request.deadline == date(2026, 4, 30)


@pytest.mark.parametrize(
    ("target", "flags", "missing"),
    [
        (PT_AUTH, {}, "target other than the current parties"),
        (DE_AUTH, {}, "target other than the current parties"),
        ("pt-coordinator", {}, "target in the responder's country"),
        (DE_OTHER, {"de_other": {"active": False}}, "target entity active"),
        (
            DE_OTHER,
            {"de_other": {"accepts_foreign_requests": False}},
            "target may accept requests from other countries",
        ),
    ],
)
def test_forward_stays_in_the_responders_country_with_an_able_target(world, target, flags, missing):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(TransitionNotAllowed) as refused:
        _forward(world, request, target, **flags)
    assert refused.value.missing == missing
    assert request.responding_entity_id == DE_AUTH


def test_forward_to_a_coordinator_of_the_country(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    _forward(world, request, DE_COORD)
    assert request.responding_entity_id == DE_COORD


def test_forward_needs_a_justification(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(InvalidField, match="justification"):
        request.forward(
            actor=BOB,
            entities=entities(),
            now=world.now(),
            target_entity_id=DE_OTHER,
            justification=text("  "),
        )


def test_split_moves_questions_and_copies_attachments_into_a_new_request(world: World):
    request = world.reach(S.ACCEPTED)
    part = request.split(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        new_request_id="req-part",
        new_number="2026-00900",
        target_entity_id=DE_OTHER,
        question_ids=("sdg.03",),
        attachment_ids=("att-1",),
        justification=text("The register is kept by another authority."),
    )
    assert request.state is S.ACCEPTED
    assert [q.question_id for q in request.questions] == ["sdg.01"]
    assert [a.attachment_id for a in request.attachments] == ["att-1"]
    assert part.state is S.AWAITING_ACCEPTANCE
    assert (part.request_id, part.split_from, part.responding_entity_id) == (
        "req-part",
        request.request_id,
        DE_OTHER,
    )
    assert [q.question_id for q in part.questions] == ["sdg.03"]
    assert [a.attachment_id for a in part.attachments] == ["att-1"]
    assert part.deadline == request.deadline and part.has_personal_data
    assert part.assigned(Party.REQUESTER) == frozenset({"alice"})
    split = request.events[-1]
    assert isinstance(split, RequestSplit)
    assert split.moved_question_ids == ("sdg.03",) and split.new_request_id == "req-part"
    sent = part.events[-1]
    assert isinstance(sent, RequestSent) and sent.split_from == request.request_id
    assert sent.participants.requesting_handler_id == "alice"
    part.accept(actor=OTTO, entities=entities(), now=world.now())
    assert part.state is S.ACCEPTED and request.state is S.ACCEPTED


def test_split_before_acceptance_and_then_the_rest_is_answered(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    request.split(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        new_request_id="p",
        new_number="n",
        target_entity_id=DE_OTHER,
        question_ids=("sdg.01",),
        attachment_ids=(),
        justification=text(),
    )
    request.accept(actor=BOB, entities=entities(), now=world.now(), coordinator_id=DE_COORD)
    answer = (AnswerValue("sdg.03", "no"),)
    request.answer(actor=BOB, entities=entities(), now=world.now(), answers=answer)
    assert request.state is S.ANSWERED


@pytest.mark.parametrize(
    ("questions", "attachments", "field"),
    [
        ((), (), "question_ids"),
        (("sdg.01", "sdg.03"), (), "question_ids"),
        (("sdg.99",), (), "question_ids"),
        (("sdg.01", "sdg.01"), (), "question_ids"),
        (("sdg.01",), ("nope",), "attachment_ids"),
    ],
)
def test_split_takes_some_but_not_all_questions(world, questions, attachments, field):
    request = world.reach(S.ACCEPTED)
    with pytest.raises(InvalidField) as refused:
        request.split(
            actor=BOB,
            entities=entities(),
            now=world.now(),
            new_request_id="p",
            new_number="n",
            target_entity_id=DE_OTHER,
            question_ids=questions,
            attachment_ids=attachments,
            justification=text(),
        )
    assert refused.value.field == field
    assert len(request.questions) == 2


def test_split_drops_draft_answers_of_the_moved_questions(world: World):
    request = world.reach(S.ACCEPTED)
    drafts = (AnswerValue("sdg.01", "yes"), AnswerValue("sdg.03", "no"))
    request.save_answer_draft(actor=BOB, entities=entities(), now=world.now(), answers=drafts)
    request.split(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        new_request_id="p",
        new_number="n",
        target_entity_id=DE_OTHER,
        question_ids=("sdg.03",),
        attachment_ids=(),
        justification=text(),
    )
    assert list(request.answer_draft) == ["sdg.01"]


def test_refusing_closes_at_once_for_an_entity_allowed_to(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(TransitionNotAllowed, match="allowed to refuse"):
        request.refuse(actor=BOB, entities=entities(), now=world.now(), justification=text())
    ents = entities(de_authority={"may_refuse_requests": True})
    request.refuse(actor=BOB, entities=ents, now=world.now(), justification=text())
    assert request.state is S.REFUSED and request.closed_at is not None
    assert isinstance(request.events[-1], RequestRefused)


def test_a_coordinator_may_refuse_on_behalf_of_its_country(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    _forward(world, request, DE_COORD)
    coordinator_handler = BOB.__class__("hans", DE_COORD, BOB.profiles)
    request.refuse(
        actor=coordinator_handler, entities=entities(), now=world.now(), justification=text()
    )
    assert request.state is S.REFUSED


def test_withdrawal_before_acceptance_closes_with_a_justification(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(InvalidField):
        request.withdraw(actor=ALICE, entities=entities(), now=world.now(), justification=None)  # type: ignore[arg-type]
    request.withdraw(actor=ALICE, entities=entities(), now=world.now(), justification=text())
    assert request.state is S.WITHDRAWN and request.closed_at is not None
    assert isinstance(request.events[-1], RequestWithdrawn)


def test_messages_go_both_ways_and_name_their_side(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    ents = entities()
    request.add_message(actor=ALICE, entities=ents, now=world.now(), message_id="m1", text=text())
    with pytest.raises(NotPermitted):
        request.add_message(actor=BOB, entities=ents, now=world.now(), message_id="m2", text=text())
    request.accept(actor=BOB, entities=ents, now=world.now(), coordinator_id=DE_COORD)
    request.add_message(actor=BOB, entities=ents, now=world.now(), message_id="m2", text=text())
    assert [(m.message_id, m.side) for m in request.messages] == [
        ("m1", Side.REQUESTING),
        ("m2", Side.RESPONDING),
    ]
    assert request.events[-1].side == "responding"  # type: ignore[attr-defined]
    with pytest.raises(InvalidField, match="message_id"):
        request.add_message(actor=BOB, entities=ents, now=world.now(), message_id="m2", text=text())
    with pytest.raises(InvalidField, match="language"):
        request.add_message(
            actor=BOB, entities=ents, now=world.now(), message_id="m3", text=text("x", "german")
        )


def test_attachments_need_a_predefined_comment(world: World):
    request = world.reach(S.ACCEPTED)
    bad = NewAttachment("att-2", "blob-2", "my own words")
    with pytest.raises(InvalidField, match="predefined"):
        request.add_attachment(actor=BOB, entities=entities(), now=world.now(), attachment=bad)
    duplicate = NewAttachment("att-1", "blob-2", "decision")
    with pytest.raises(InvalidField, match="attached already"):
        request.add_attachment(
            actor=ALICE, entities=entities(), now=world.now(), attachment=duplicate
        )
