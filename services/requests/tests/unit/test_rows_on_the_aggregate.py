"""Every row of the table through the Request aggregate: allowed for the right profile of
the right party in its state, refused for every other user, refused in every other state,
and refused with the row's condition named when an entity flag says no."""

from collections.abc import Callable

import pytest
from tramita_requests.domain.actors import Actor
from tramita_requests.domain.content import Answer as AnswerValue
from tramita_requests.domain.content import NewAttachment
from tramita_requests.domain.copying import Carry
from tramita_requests.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import SIDE_OF, Action, Condition, Party, Profile, RequestState
from tramita_requests.domain.transitions import TRANSITIONS, Row, rows_for

from .request_world import (
    ACTOR_FOR,
    ALF,
    ALICE,
    APPROVE_ANSWERS,
    APPROVE_REQUESTS,
    BEA,
    CAST,
    DE_AUTH,
    DE_COORD,
    DE_COORD_2,
    DE_OTHER,
    NONE_SUPERVISE,
    PT_AUTH,
    PT_COORD,
    PT_COORD_2,
    REQUESTING_ONLY,
    RESPONDING_ONLY,
    SID,
    SVEN,
    World,
    draft_content,
    entities,
    full_answers,
    text,
)

A, C, P, S = Action, Condition, Party, RequestState
CoordinatorOf = {P.REQUESTER: PT_COORD_2, P.RESPONDER: DE_COORD_2}
# Someone not yet assigned, so that the assignment is news.
ASSIGNEE = {
    P.REQUESTER: ALF,
    P.RESPONDER: BEA,
    P.REQUESTING_COORDINATOR: SID,
    P.RESPONDING_COORDINATOR: SVEN,
}
# Entity flags under which each condition holds.
FLAGS_FOR = {
    C.REQUEST_APPROVAL_REQUIRED: APPROVE_REQUESTS,
    C.ANSWER_APPROVAL_REQUIRED: APPROVE_ANSWERS,
    C.RESPONDER_MAY_REFUSE: {"de_authority": {"may_refuse_requests": True}},
    C.REQUESTING_COORDINATOR_ABSTAINS: RESPONDING_ONLY,
    C.RESPONDING_COORDINATOR_ABSTAINS: REQUESTING_ONLY,
    C.NO_COORDINATOR_SUPERVISES: NONE_SUPERVISE,
}
# Entity flags under which each condition fails (and no sibling row applies instead).
FLAGS_AGAINST = {
    C.REQUESTER_ACTIVE: {"pt_authority": {"active": False}},
    C.RESPONDER_MAY_REFUSE: {},
    C.SOME_COORDINATOR_SUPERVISES: NONE_SUPERVISE,
    C.NO_COORDINATOR_SUPERVISES: {},
}

type Call = Callable[[World, Request, Actor, dict, Party], object]


def _call(method: str, **kwargs: object) -> Call:
    def call(world: World, request: Request, actor: Actor, flags: dict, party: Party) -> object:
        return getattr(request, method)(
            actor=actor, entities=entities(**flags), now=world.now(), **kwargs
        )

    return call


def _copy(world: World, request: Request, actor: Actor, flags: dict, party: Party) -> object:
    return Request.copy(
        request,
        request_id=world.new_id("copy"),
        number="2026-99999",
        actor=actor,
        entities=entities(**flags),
        now=world.now(),
        carry=Carry(),
    )


def _with_party(method: str, build: Callable[[World, Party], dict]) -> Call:
    def call(world: World, request: Request, actor: Actor, flags: dict, party: Party) -> object:
        return getattr(request, method)(
            actor=actor, entities=entities(**flags), now=world.now(), **build(world, party)
        )

    return call


def _new_message(world: World, party: Party) -> dict:
    return {"message_id": world.new_id("msg"), "text": text("Any news?")}


def _new_attachment(world: World, party: Party) -> dict:
    return {"attachment": NewAttachment(world.new_id("att"), "blob-x", "supporting")}


def _split_args(world: World, party: Party) -> dict:
    return {
        "new_request_id": world.new_id("part"),
        "new_number": "2026-00777",
        "target_entity_id": DE_OTHER,
        "question_ids": ("sdg.01",),
        "attachment_ids": ("att-1",),
        "justification": text(),
    }


def _assign_args(world: World, party: Party) -> dict:
    return {"party": party, "assignees": (ASSIGNEE[party],)}


def _coordinator_args(world: World, party: Party) -> dict:
    return {"side": SIDE_OF[party], "coordinator_id": CoordinatorOf[party]}


WHY = {"justification": text()}
CALLS: dict[Action, Call] = {
    A.SAVE_DRAFT: _call("save_draft", content=draft_content()),
    A.SUBMIT: _call("submit"),
    A.APPROVE_REQUEST: _call("approve_request"),
    A.REJECT_REQUEST: _call("reject_request", suggestions=text()),
    A.WITHDRAW: _call("withdraw", **WHY),
    A.ACCEPT: _call("accept", coordinator_id=DE_COORD),
    A.REFUSE: _call("refuse", **WHY),
    A.FORWARD: _call("forward", target_entity_id=DE_OTHER, **WHY),
    A.SPLIT: _with_party("split", _split_args),
    A.ADD_MESSAGE: _with_party("add_message", _new_message),
    A.ADD_ATTACHMENT: _with_party("add_attachment", _new_attachment),
    A.SAVE_ANSWER_DRAFT: _call("save_answer_draft", answers=(AnswerValue("sdg.01", "yes"),)),
    A.ANSWER: _call("answer", answers=full_answers()),
    A.APPROVE_ANSWER: _call("approve_answer"),
    A.REJECT_ANSWER: _call("reject_answer", suggestions=text()),
    A.CLOSE: _call("close"),
    A.REQUEST_ADDITIONAL_INFORMATION: _call("request_additional_information", **WHY),
    A.ACCEPT_ADDITIONAL_INFORMATION: _call("accept_additional_information"),
    A.REFUSE_ADDITIONAL_INFORMATION: _call("refuse_additional_information", **WHY),
    A.REQUEST_SUPERVISION: _call("request_supervision", **WHY),
    A.FIND_UNSATISFACTORY: _call("find_unsatisfactory", opinion=text()),
    A.FIND_SATISFACTORY: _call("find_satisfactory", opinion=text()),
    A.REITERATE: _call("reiterate", **WHY),
    A.ASSIGN: _with_party("assign", _assign_args),
    A.CHANGE_COORDINATOR: _with_party("change_coordinator", _coordinator_args),
    A.COPY: _copy,
}
ROWS = [row for row in TRANSITIONS if row.action is not A.CREATE]


def _id(row: Row) -> str:
    return f"{row.action}:{row.source}->{row.target}:{row.party}"


def _flags(conditions) -> dict:
    flags: dict = {}
    for condition in conditions:
        for entity, changes in FLAGS_FOR.get(condition, {}).items():
            flags[entity] = flags.get(entity, {}) | changes
    return flags


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_the_right_user_takes_the_row(world: World, row: Row) -> None:
    assert row.source is not None
    request = world.reach(row.source)
    before = len(request.events)
    CALLS[row.action](
        world, request, ACTOR_FOR[(row.party, row.profile)], _flags(row.when), row.party
    )
    assert request.state is row.target
    assert request.history[-1].action is row.action or row.action is A.COPY
    assert len(request.events) > before or row.action is A.COPY


PARTY_ENTITY = {
    P.REQUESTER: PT_AUTH,
    P.RESPONDER: DE_AUTH,
    P.REQUESTING_COORDINATOR: PT_COORD,
    P.RESPONDING_COORDINATOR: DE_COORD,
}
EXPLICIT_PARTY = {A.ASSIGN, A.CHANGE_COORDINATOR}


def _takes_a_row_like(actor: Actor, row: Row) -> bool:
    """Whether the actor may take this row or a sibling (same action and state; for
    actions naming their party, the same party)."""
    siblings = [
        r
        for r in rows_for(row.action, row.source)
        if r.party == row.party or row.action not in EXPLICIT_PARTY
    ]
    return any(
        actor.entity_id == PARTY_ENTITY[r.party] and r.profile in actor.profiles for r in siblings
    )


WRONG = [(row, actor) for row in ROWS for actor in CAST if not _takes_a_row_like(actor, row)]


@pytest.mark.parametrize(
    ("row", "actor"), WRONG, ids=lambda v: v.person_id if isinstance(v, Actor) else _id(v)
)
def test_every_other_user_is_refused(world: World, row: Row, actor: Actor) -> None:
    assert row.source is not None
    request = world.reach(row.source)
    with pytest.raises(NotPermitted) as refused:
        CALLS[row.action](world, request, actor, _flags(row.when), row.party)
    assert (refused.value.state, refused.value.action) == (row.source, row.action)
    assert request.state is row.source


PRESENT = {(row.action, row.source) for row in TRANSITIONS}
ELSEWHERE = [
    (action, state) for action in CALLS for state in RequestState if (action, state) not in PRESENT
]


@pytest.mark.parametrize(("action", "state"), ELSEWHERE, ids=str)
def test_every_action_is_refused_in_every_other_state(world: World, action, state) -> None:
    request = world.reach(state)
    with pytest.raises(TransitionNotAllowed) as refused:
        CALLS[action](world, request, ALICE, {}, P.REQUESTER)
    assert (refused.value.state, refused.value.action, refused.value.missing) == (state, action, "")
    assert request.state is state


AGAINST = [
    (row, condition)
    for row in ROWS
    for condition in row.when
    if condition in FLAGS_AGAINST or condition is C.NOT_YET_ANSWERED
]


@pytest.mark.parametrize(
    ("row", "condition"), AGAINST, ids=lambda v: v.name if isinstance(v, Condition) else _id(v)
)
def test_a_flag_saying_no_refuses_the_row_naming_the_condition(
    world: World, row: Row, condition: Condition
) -> None:
    assert row.source is not None
    request = world.reach(row.source, answered=condition is C.NOT_YET_ANSWERED)
    flags = _flags(set(row.when) - {condition}) | FLAGS_AGAINST.get(condition, {})
    with pytest.raises(TransitionNotAllowed) as refused:
        CALLS[row.action](world, request, ACTOR_FOR[(row.party, row.profile)], flags, row.party)
    assert refused.value.missing == condition.value
    assert refused.value.state == row.source


def test_creating_needs_a_handler_of_an_active_entity(world: World) -> None:
    assert world.draft().state is S.DRAFT
    for actor in CAST:
        if Profile.HANDLER in actor.profiles:
            continue
        with pytest.raises(NotPermitted, match="CREATE a request in state NONE"):
            Request.create(
                request_id="r",
                number="n",
                area="services-directive",
                actor=actor,
                entities=entities(),
                now=world.now(),
            )
    with pytest.raises(TransitionNotAllowed, match="suspended or inactive"):
        world.draft(ents=entities(pt_authority={"active": False}))
