"""Journey 5: approval of requests and answers (003 §5.3.7), allocation (§5.3.5), the
choice of coordinators (§5.2.1.1, §5.3.2.1) and entity statuses (PRODUCT §4.2)."""

import pytest
from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.errors import (
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownEntity,
)
from tramita_requests.domain.events import (
    AnswerApproved,
    AnswerRejected,
    AnswerSent,
    AnswerSubmitted,
    CoordinatorChanged,
    HandlerAssigned,
    RequestApprovalRejected,
    RequestApproved,
    RequestSent,
    RequestSubmitted,
)
from tramita_requests.domain.states import Party, Profile, RequestState, Side

from .request_world import (
    ADA,
    ALAN,
    ALF,
    ALICE,
    APPROVE_ANSWERS,
    APPROVE_REQUESTS,
    BEA,
    BOB,
    CAL,
    DE_COORD,
    DE_COORD_2,
    PT_COORD,
    PT_COORD_2,
    SAM,
    SID,
    SUE,
    World,
    draft_content,
    entities,
    full_answers,
    text,
)

S, P = RequestState, Party


def _kinds(request, since: int = 0) -> list[str]:
    return [type(e).__name__ for e in request.events[since:]]


def test_a_rejected_request_returns_to_the_draft_and_comes_back_for_approval(world: World):
    ents = entities(**APPROVE_REQUESTS)
    request = world.draft()
    request.submit(actor=ALICE, entities=ents, now=world.now())
    assert request.state is S.AWAITING_REQUEST_APPROVAL and request.sent_at is None
    assert isinstance(request.events[-1], RequestSubmitted)
    request.reject_request(
        actor=SUE, entities=ents, now=world.now(), suggestions=text("Add the register question.")
    )
    assert request.state is S.DRAFT
    assert request.history[-1].note == text("Add the register question.")
    request.save_draft(actor=ALICE, entities=ents, now=world.now(), content=draft_content())
    request.submit(actor=ALICE, entities=ents, now=world.now())
    request.approve_request(actor=SUE, entities=ents, now=world.now())
    assert request.state is S.AWAITING_ACCEPTANCE and request.sent_at is not None
    assert _kinds(request)[1:] == [
        "RequestSubmitted",
        "RequestApprovalRejected",
        "DraftSaved",
        "RequestSubmitted",
        "RequestApproved",
        "RequestSent",
    ]
    approved, sent = request.events[-2:]
    assert isinstance(approved, RequestApproved) and isinstance(sent, RequestSent)
    assert sent.participants.requesting_supervisor_id == "sue"
    assert isinstance(request.events[2], RequestApprovalRejected)


def test_approval_needs_both_the_entity_flag_and_the_coordinator_flag(world: World):
    only_entity = entities(pt_authority={"subject_to_approval": True})
    request = world.draft()
    request.submit(actor=ALICE, entities=only_entity, now=world.now())
    assert request.state is S.AWAITING_ACCEPTANCE
    only_coordinator = entities(pt_coordinator={"approves_requests": True})
    other = world.draft()
    other.submit(actor=ALICE, entities=only_coordinator, now=world.now())
    assert other.state is S.AWAITING_ACCEPTANCE


def test_answer_approval_mirrors_request_approval_also_after_additional_information(world):
    ents = entities(**APPROVE_ANSWERS)
    request = world.reach(S.ACCEPTED)
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=full_answers())
    assert request.state is S.AWAITING_ANSWER_APPROVAL
    assert isinstance(request.events[-1], AnswerSubmitted) and not request.answered
    request.reject_answer(actor=SAM, entities=ents, now=world.now(), suggestions=text())
    assert request.state is S.ACCEPTED
    assert isinstance(request.events[-1], AnswerRejected)
    assert set(request.answer_draft) == {"sdg.01", "sdg.03"}
    request.answer(actor=BOB, entities=ents, now=world.now())
    request.approve_answer(actor=SAM, entities=ents, now=world.now())
    assert request.state is S.ANSWERED
    assert _kinds(request)[-2:] == ["AnswerApproved", "AnswerSent"]
    assert isinstance(request.events[-2], AnswerApproved)
    request.request_additional_information(
        actor=ALICE, entities=ents, now=world.now(), justification=text()
    )
    request.accept_additional_information(actor=BOB, entities=ents, now=world.now())
    more = (AnswerValue("sdg.01", "see_remarks", text("Only for crafts.")),)
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=more)
    assert request.state is S.AWAITING_ANSWER_APPROVAL
    request.approve_answer(actor=SAM, entities=ents, now=world.now())
    sent = request.events[-1]
    assert isinstance(sent, AnswerSent) and sent.round == 2


def test_with_allocation_only_assigned_handlers_act(world: World):
    ents = entities(de_authority={"uses_allocation": True})
    request = world.reach(S.AWAITING_ACCEPTANCE)
    with pytest.raises(NotPermitted, match="assigned to this request"):
        request.accept(actor=BOB, entities=ents, now=world.now(), coordinator_id=DE_COORD)
    request.assign(actor=ADA, entities=ents, now=world.now(), party=P.RESPONDER, assignees=(BEA,))
    assigned = request.events[-1]
    assert isinstance(assigned, HandlerAssigned)
    assert (assigned.party, assigned.assigned_person_id) == ("responder", "bea")
    with pytest.raises(NotPermitted):
        request.accept(actor=BOB, entities=ents, now=world.now(), coordinator_id=DE_COORD)
    request.assign(
        actor=ADA, entities=ents, now=world.now(), party=P.RESPONDER, assignees=(BEA, BOB)
    )
    assert [e.assigned_person_id for e in request.events[-1:]] == ["bob"]  # type: ignore[attr-defined]
    request.accept(actor=BOB, entities=ents, now=world.now(), coordinator_id=DE_COORD)
    assert request.state is S.ACCEPTED
    # Switching allocation off lets every handler act.
    request.add_message(
        actor=BEA, entities=entities(), now=world.now(), message_id="m", text=text()
    )


def test_the_creator_is_the_assigned_handler_of_its_request(world: World):
    ents = entities(pt_authority={"uses_allocation": True})
    request = world.draft(ents=ents)
    assert request.assigned(P.REQUESTER) == frozenset({"alice"})
    with pytest.raises(NotPermitted):
        request.submit(actor=ALF, entities=ents, now=world.now())
    request.assign(actor=ALAN, entities=ents, now=world.now(), party=P.REQUESTER, assignees=(ALF,))
    with pytest.raises(NotPermitted):
        request.submit(actor=ALICE, entities=ents, now=world.now())
    request.submit(actor=ALF, entities=ents, now=world.now())
    assert request.state is S.AWAITING_ACCEPTANCE


def test_a_handler_acting_without_allocation_stays_assigned_when_it_is_switched_on(world):
    request = world.reach(S.ACCEPTED)
    assert request.assigned(P.RESPONDER) == frozenset({"bob"})
    ents = entities(de_authority={"uses_allocation": True})
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=full_answers())
    assert request.state is S.ANSWERED


def test_a_coordinator_with_allocation_assigns_supervisors(world: World):
    ents = entities(
        pt_authority={"subject_to_approval": True},
        pt_coordinator={"approves_requests": True, "uses_allocation": True},
    )
    request = world.draft()
    request.submit(actor=ALICE, entities=ents, now=world.now())
    with pytest.raises(NotPermitted, match="assigned"):
        request.approve_request(actor=SUE, entities=ents, now=world.now())
    with pytest.raises(InvalidField, match="supervisor"):
        request.assign(
            actor=CAL,
            entities=ents,
            now=world.now(),
            party=P.REQUESTING_COORDINATOR,
            assignees=(ALICE,),
        )
    request.assign(
        actor=CAL,
        entities=ents,
        now=world.now(),
        party=P.REQUESTING_COORDINATOR,
        assignees=(SID,),
    )
    request.approve_request(actor=SID, entities=ents, now=world.now())
    assert request.state is S.AWAITING_ACCEPTANCE


@pytest.mark.parametrize(
    "assignees",
    [(), (BOB,), (ALICE, ALICE), (Actor("vera", "pt-authority", frozenset({Profile.VIEWER})),)],
)
def test_assignees_are_handlers_of_the_party(world: World, assignees):
    request = world.draft()
    with pytest.raises(InvalidField):
        request.assign(
            actor=ALAN, entities=entities(), now=world.now(), party=P.REQUESTER, assignees=assignees
        )


def test_an_entity_with_several_coordinators_chooses_one(world: World):
    request = world.draft(draft_content(requesting_coordinator_id=""))
    with pytest.raises(TransitionNotAllowed, match="privileged request coordinators chosen"):
        request.submit(actor=ALICE, entities=entities(), now=world.now())
    single = entities(pt_authority={"privileged_coordinator_ids": (PT_COORD,)})
    request.submit(actor=ALICE, entities=single, now=world.now())
    assert request.requesting_coordinator_id == PT_COORD
    with pytest.raises(TransitionNotAllowed, match="privileged request coordinators"):
        request.accept(actor=BOB, entities=entities(), now=world.now())
    with pytest.raises(TransitionNotAllowed, match="privileged request coordinators"):
        request.accept(actor=BOB, entities=entities(), now=world.now(), coordinator_id=PT_COORD)
    request.accept(actor=BOB, entities=entities(), now=world.now(), coordinator_id=DE_COORD_2)
    assert request.responding_coordinator_id == DE_COORD_2


def test_a_side_may_change_its_coordinator_later_which_then_approves(world: World):
    request = world.reach(S.ACCEPTED)
    request.change_coordinator(
        actor=BOB,
        entities=entities(),
        now=world.now(),
        side=Side.RESPONDING,
        coordinator_id=DE_COORD_2,
    )
    changed = request.events[-1]
    assert isinstance(changed, CoordinatorChanged)
    assert (changed.previous_coordinator_id, changed.coordinator_id) == (DE_COORD, DE_COORD_2)
    approving = entities(
        de_authority={"subject_to_approval": True}, de_coordinator_2={"approves_answers": True}
    )
    request.answer(actor=BOB, entities=approving, now=world.now(), answers=full_answers())
    assert request.state is S.AWAITING_ANSWER_APPROVAL
    with pytest.raises(NotPermitted):
        request.approve_answer(actor=SAM, entities=approving, now=world.now())
    with pytest.raises(TransitionNotAllowed):
        request.change_coordinator(
            actor=BOB,
            entities=approving,
            now=world.now(),
            side=Side.RESPONDING,
            coordinator_id=DE_COORD,
        )


def test_changing_to_a_coordinator_that_is_not_privileged_is_refused(world: World):
    request = world.draft()
    with pytest.raises(TransitionNotAllowed, match="privileged"):
        request.change_coordinator(
            actor=ALICE,
            entities=entities(),
            now=world.now(),
            side=Side.REQUESTING,
            coordinator_id=DE_COORD,
        )
    with pytest.raises(InvalidField, match="another coordinator"):
        request.change_coordinator(
            actor=ALICE,
            entities=entities(),
            now=world.now(),
            side=Side.REQUESTING,
            coordinator_id=PT_COORD,
        )
    request.change_coordinator(
        actor=ALICE,
        entities=entities(),
        now=world.now(),
        side=Side.REQUESTING,
        coordinator_id=PT_COORD_2,
    )
    assert request.requesting_coordinator_id == PT_COORD_2


def test_a_suspended_entity_finishes_ongoing_requests_but_starts_none(world: World):
    suspended = entities(pt_authority={"active": False})
    with pytest.raises(TransitionNotAllowed, match="suspended or inactive"):
        world.draft(ents=suspended)
    draft = world.draft()
    with pytest.raises(TransitionNotAllowed, match="suspended or inactive"):
        draft.submit(actor=ALICE, entities=suspended, now=world.now())
    ongoing = world.reach(S.ANSWERED)
    ongoing.request_additional_information(
        actor=ALICE, entities=suspended, now=world.now(), justification=text()
    )
    inactive_responder = entities(pt_authority={"active": False}, de_authority={"active": False})
    ongoing.accept_additional_information(actor=BOB, entities=inactive_responder, now=world.now())
    ongoing.answer(actor=BOB, entities=inactive_responder, now=world.now(), answers=full_answers())
    ongoing.close(actor=ALICE, entities=suspended, now=world.now())
    assert ongoing.state is S.CLOSED


def test_a_responder_that_may_not_accept_foreign_requests_cannot_be_chosen(world: World):
    request = world.draft()
    closed = entities(de_authority={"accepts_foreign_requests": False})
    with pytest.raises(TransitionNotAllowed, match="may accept requests from other countries"):
        request.submit(actor=ALICE, entities=closed, now=world.now())
    with pytest.raises(TransitionNotAllowed, match="target entity active"):
        request.submit(
            actor=ALICE, entities=entities(de_authority={"active": False}), now=world.now()
        )
    same_country = world.draft(draft_content(responding_entity_id=PT_COORD))
    with pytest.raises(TransitionNotAllowed, match="another country"):
        same_country.submit(actor=ALICE, entities=entities(), now=world.now())


def test_missing_entity_facts_are_named(world: World):
    request = world.reach(S.AWAITING_ACCEPTANCE)
    partial = Entities.of(f for f in entities().by_id.values() if f.entity_id != DE_COORD)
    request.accept(actor=BOB, entities=partial, now=world.now(), coordinator_id=DE_COORD)
    with pytest.raises(UnknownEntity, match=DE_COORD):
        request.answer(actor=BOB, entities=partial, now=world.now(), answers=full_answers())
