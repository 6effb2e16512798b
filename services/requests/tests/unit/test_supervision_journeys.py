"""Journey 4 (PRODUCT §11) and the supervision variants of 003 §5.3.6, end to end."""

from datetime import timedelta

import pytest
from tramita_requests.domain import retention
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_requests.domain.events import (
    AdditionalInformationRequested,
    AnswerFoundSatisfactory,
    AnswerFoundUnsatisfactory,
    AnswerSent,
    PersonalDataBlocked,
    PersonalDataErased,
    PositionReiterated,
    RequestClosed,
    RequestReturnedToResponder,
    SupervisionRequested,
)
from tramita_requests.domain.model import Request
from tramita_requests.domain.retention import DataStage
from tramita_requests.domain.states import Profile, RequestState
from tramita_requests.domain.visibility import Item, Purpose, Standing, Viewer, decide

from .request_world import (
    ALICE,
    BOB,
    DE_COORD,
    NONE_SUPERVISE,
    PT_COORD,
    REQUESTING_ONLY,
    RESPONDING_ONLY,
    SAM,
    SUE,
    VIC,
    World,
    entities,
    full_answers,
    text,
)

S = RequestState
HANDLER = frozenset({Profile.HANDLER})
REQUESTER = Viewer(Standing.REQUESTING_AUTHORITY, HANDLER)
RESPONDER = Viewer(Standing.RESPONDING_AUTHORITY, HANDLER)
COORDINATOR = Viewer(Standing.COORDINATOR, frozenset({Profile.SUPERVISOR}))


def _sees(request: Request, viewer: Viewer, item: Item = Item.PERSONAL_DATA) -> bool:
    return decide(item, viewer, request.visibility_case()).visible


def _until_refused(world: World, flags: dict) -> Request:
    """draft → sent → accepted → answered → additional info → refused."""
    ents = entities(**flags)
    request = world.draft()
    assert _sees(request, REQUESTER) and not _sees(request, RESPONDER, Item.CONTENT)
    request.submit(actor=ALICE, entities=ents, now=world.now())
    assert not _sees(request, RESPONDER) and not _sees(request, RESPONDER, Item.ATTACHMENTS)
    assert _sees(request, RESPONDER, Item.CONTENT)
    request.accept(actor=BOB, entities=ents, now=world.now(), coordinator_id=DE_COORD)
    assert _sees(request, RESPONDER) and _sees(request, RESPONDER, Item.ATTACHMENTS)
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=full_answers())
    request.request_additional_information(
        actor=ALICE, entities=ents, now=world.now(), justification=text("Which register?")
    )
    request.refuse_additional_information(
        actor=BOB, entities=ents, now=world.now(), justification=text("Nothing more on file.")
    )
    assert request.state is S.ADDITIONAL_INFORMATION_REFUSED
    return request


def _kinds(request: Request, since: int) -> list[str]:
    return [type(e).__name__ for e in request.events[since:]]


def test_both_coordinators_requesting_first_then_returned_answered_and_closed(world: World):
    ents = entities()
    request = _until_refused(world, {})
    mark = len(request.events)
    request.request_supervision(actor=ALICE, entities=ents, now=world.now(), justification=text())
    assert request.state is S.AWAITING_REQUESTING_SUPERVISION
    assert not _sees(request, COORDINATOR) and _sees(request, COORDINATOR, Item.CONTENT)
    with pytest.raises(NotPermitted, match="supervisor of the requesting_coordinator"):
        request.find_unsatisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    request.find_unsatisfactory(actor=SUE, entities=ents, now=world.now(), opinion=text())
    assert request.state is S.AWAITING_RESPONDING_SUPERVISION
    request.find_unsatisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    assert request.state is S.RECONSIDERATION_REQUESTED
    request.accept_additional_information(actor=BOB, entities=ents, now=world.now())
    assert request.state is S.ACCEPTED
    more = (AnswerValue("sdg.03", "see_remarks", text("Register of crafts, number 77.")),)
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=more)
    request.close(actor=ALICE, entities=ents, now=world.now())
    assert request.state is S.CLOSED
    assert _kinds(request, mark) == [
        "SupervisionRequested",
        "AnswerFoundUnsatisfactory",
        "SupervisionRequested",
        "AnswerFoundUnsatisfactory",
        "RequestReturnedToResponder",
        "AdditionalInformationAccepted",
        "AnswerSent",
        "RequestClosed",
    ]
    supervision = [e for e in request.events if isinstance(e, SupervisionRequested)]
    assert [(e.side, e.coordinator_id, e.first_time) for e in supervision] == [
        ("requesting", PT_COORD, True),
        ("responding", DE_COORD, True),
    ]
    assert request.events[-1].participants.requesting_supervisor_id == "sue"
    assert request.events[-1].participants.responding_supervisor_id == "sam"
    assert [len(r.answers) for r in request.answer_rounds] == [2, 1]
    _retention_then(world, request)


def _retention_then(world: World, request: Request) -> None:
    """After the blocking period personal data is no longer shown; after the deletion
    period it is gone."""
    assert request.closed_at is not None
    closed = request.closed_at
    with pytest.raises(TransitionNotAllowed, match="blocking period over"):
        request.block_personal_data(now=closed + timedelta(days=30))
    request.block_personal_data(now=closed + timedelta(days=200))
    assert request.data_stage is DataStage.BLOCKED
    assert not _sees(request, REQUESTER) and not _sees(request, RESPONDER)
    assert _sees(request, Viewer(Standing.REQUESTING_AUTHORITY, HANDLER, legal_need=True))
    assert _sees(request, REQUESTER, Item.CONTENT)
    with pytest.raises(TransitionNotAllowed, match="deletion period over"):
        request.erase_personal_data(now=closed + timedelta(days=365))
    request.erase_personal_data(now=retention.after(closed, retention.Period(months=36)))
    assert request.data_stage is DataStage.ERASED and request.attachments == ()
    assert not _sees(request, Viewer(Standing.REQUESTING_AUTHORITY, HANDLER, legal_need=True))
    assert isinstance(request.events[-2], PersonalDataBlocked)
    assert isinstance(request.events[-1], PersonalDataErased)


def test_both_coordinators_the_responder_reiterates_and_supervision_restarts(world: World):
    ents = entities()
    request = _until_refused(world, {})
    request.request_supervision(actor=ALICE, entities=ents, now=world.now(), justification=text())
    request.find_unsatisfactory(actor=SUE, entities=ents, now=world.now(), opinion=text())
    request.find_unsatisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    mark = len(request.events)
    request.reiterate(actor=BOB, entities=ents, now=world.now(), justification=text())
    assert request.state is S.AWAITING_RESPONDING_SUPERVISION
    restarted = request.events[-1]
    assert isinstance(restarted, SupervisionRequested)
    assert (restarted.side, restarted.first_time) == ("responding", False)
    assert restarted.participants.responding_supervisor_id == "sam"
    request.find_satisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    assert request.state is S.CLOSED
    assert _kinds(request, mark) == [
        "PositionReiterated",
        "SupervisionRequested",
        "AnswerFoundSatisfactory",
        "RequestClosed",
    ]
    closed = request.events[-1]
    assert isinstance(closed, RequestClosed)
    assert (closed.reason, closed.closed_by_party) == (
        "found_satisfactory",
        "responding_coordinator",
    )


def test_requesting_coordinator_only_returns_then_the_responder_reiterates_and_closes(world):
    ents = entities(**REQUESTING_ONLY)
    request = _until_refused(world, REQUESTING_ONLY)
    request.request_supervision(actor=ALICE, entities=ents, now=world.now(), justification=text())
    assert request.state is S.AWAITING_REQUESTING_SUPERVISION
    request.find_unsatisfactory(actor=SUE, entities=ents, now=world.now(), opinion=text())
    assert request.state is S.RECONSIDERATION_REQUESTED
    assert isinstance(request.events[-1], RequestReturnedToResponder)
    request.reiterate(actor=BOB, entities=ents, now=world.now(), justification=text())
    assert request.state is S.CLOSED
    assert isinstance(request.events[-2], PositionReiterated)
    closing = request.events[-1]
    assert isinstance(closing, RequestClosed) and closing.reason == "position_reiterated"


def test_requesting_coordinator_only_finds_the_answer_satisfactory_and_closes(world: World):
    ents = entities(**REQUESTING_ONLY)
    request = _until_refused(world, REQUESTING_ONLY)
    request.request_supervision(actor=ALICE, entities=ents, now=world.now(), justification=text())
    request.find_satisfactory(actor=SUE, entities=ents, now=world.now(), opinion=text())
    assert request.state is S.CLOSED
    found = request.events[-2]
    assert isinstance(found, AnswerFoundSatisfactory) and found.side == "requesting"


def test_responding_coordinator_only_goes_straight_to_it_and_restarts_on_reiteration(world):
    ents = entities(**RESPONDING_ONLY)
    request = _until_refused(world, RESPONDING_ONLY)
    request.request_supervision(actor=ALICE, entities=ents, now=world.now(), justification=text())
    assert request.state is S.AWAITING_RESPONDING_SUPERVISION
    request.find_unsatisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    found = request.events[-2]
    assert isinstance(found, AnswerFoundUnsatisfactory) and found.side == "responding"
    request.reiterate(actor=BOB, entities=ents, now=world.now(), justification=text())
    assert request.state is S.AWAITING_RESPONDING_SUPERVISION
    request.find_unsatisfactory(actor=SAM, entities=ents, now=world.now(), opinion=text())
    request.accept_additional_information(actor=BOB, entities=ents, now=world.now())
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=full_answers()[:1])
    request.close(actor=ALICE, entities=ents, now=world.now())
    assert request.state is S.CLOSED


def test_no_coordinator_the_requester_asks_again_and_the_responder_reconsiders(world):
    ents = entities(**NONE_SUPERVISE)
    request = _until_refused(world, NONE_SUPERVISE)
    with pytest.raises(TransitionNotAllowed, match="a coordinator participating in supervision"):
        request.request_supervision(
            actor=ALICE, entities=ents, now=world.now(), justification=text()
        )
    request.request_additional_information(
        actor=ALICE, entities=ents, now=world.now(), justification=text()
    )
    assert request.state is S.RECONSIDERATION_REQUESTED
    asked = request.events[-1]
    assert isinstance(asked, AdditionalInformationRequested) and asked.repeated
    request.accept_additional_information(actor=BOB, entities=ents, now=world.now())
    request.answer(actor=BOB, entities=ents, now=world.now(), answers=full_answers()[1:])
    sent = request.events[-1]
    assert isinstance(sent, AnswerSent) and sent.round == 2
    assert request.state is S.ANSWERED


def test_no_coordinator_the_responder_reiterates_and_closes(world: World):
    ents = entities(**NONE_SUPERVISE)
    request = _until_refused(world, NONE_SUPERVISE)
    request.request_additional_information(
        actor=ALICE, entities=ents, now=world.now(), justification=text()
    )
    request.reiterate(actor=BOB, entities=ents, now=world.now(), justification=text())
    assert request.state is S.CLOSED
    assert request.history[-1].note == text()


def test_with_a_coordinator_supervising_the_requester_cannot_just_ask_again(world: World):
    request = _until_refused(world, {})
    with pytest.raises(TransitionNotAllowed, match="no coordinator participates"):
        request.request_additional_information(
            actor=ALICE, entities=entities(), now=world.now(), justification=text()
        )


def test_the_requester_may_accept_that_no_more_information_exists(world: World):
    request = _until_refused(world, {})
    request.close(actor=ALICE, entities=entities(), now=world.now())
    closing = request.events[-1]
    assert isinstance(closing, RequestClosed)
    assert closing.reason == "information_unavailable_accepted"


def test_viewers_see_personal_data_on_screen_but_not_in_reports(world: World):
    request = world.reach(S.ACCEPTED)
    viewer = Viewer(Standing.RESPONDING_AUTHORITY, VIC.profiles)
    assert decide(Item.PERSONAL_DATA, viewer, request.visibility_case()).visible
    report = decide(Item.PERSONAL_DATA, viewer, request.visibility_case(), Purpose.REPORT)
    assert not report.visible
