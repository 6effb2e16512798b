"""The information-request state machine as one table (IMI guide 003 §5.3).

Each row says: this action, from this state, by this profile acting for this party, when
these conditions hold, leads to that state. Rows sharing an action and a state differ only
by mutually exclusive conditions (e.g. SUBMIT goes to approval or straight to the
responder). `assigned` rows are for the users allocated to the request when the party's
entity uses allocation (§5.3.5). Actions that change no state (messages, allocation,
copy...) are rows too, so every permission is read here.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from tramita_requests.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_requests.domain.states import (
    ONGOING,
    OPEN,
    RECEIVED,
    TERMINAL,
    Action,
    Condition,
    Party,
    Profile,
    RequestState,
)


@dataclass(frozen=True, slots=True)
class Row:
    action: Action
    source: RequestState | None
    target: RequestState
    party: Party
    profile: Profile
    when: tuple[Condition, ...] = ()
    assigned: bool = True


S, A, C, P = RequestState, Action, Condition, Party
REQ, RSP = P.REQUESTER, P.RESPONDER
RQC, RSC = P.REQUESTING_COORDINATOR, P.RESPONDING_COORDINATOR
HANDLER, SUPERVISOR, ALLOCATOR = Profile.HANDLER, Profile.SUPERVISOR, Profile.ALLOCATOR


def _loops(
    action: Action,
    states: Iterable[RequestState],
    party: Party,
    profile: Profile = HANDLER,
    *,
    assigned: bool = True,
) -> tuple[Row, ...]:
    """Rows of an action that leaves the state as it is."""
    return tuple(
        Row(action, state, state, party, profile, assigned=assigned) for state in sorted(states)
    )


# Comments are exchanged once the request is sent (requester) or accepted (responder);
# §5.3.2.2. Assignment may happen at any moment of the life cycle (§5.3.5).
_MESSAGES_REQUESTER = RECEIVED
_MESSAGES_RESPONDER = ONGOING
# A coordinator may be changed later (§5.3.2.1) but not while it is the one acting.
_COORD_CHANGE_REQUESTER = OPEN - {S.AWAITING_REQUEST_APPROVAL, S.AWAITING_REQUESTING_SUPERVISION}
_COORD_CHANGE_RESPONDER = ONGOING - {S.AWAITING_ANSWER_APPROVAL, S.AWAITING_RESPONDING_SUPERVISION}
# Copy works at any stage, sent or received (§5.3.8); the responder never sees a draft.
_COPY_REQUESTER = frozenset(RequestState)
_COPY_RESPONDER = RECEIVED | TERMINAL

# fmt: off
TRANSITIONS: tuple[Row, ...] = (
    # §5.3.1 creation, §5.3.7 approval of requests
    Row(A.CREATE, None, S.DRAFT, REQ, HANDLER, (C.REQUESTER_ACTIVE,), assigned=False),
    Row(A.SAVE_DRAFT, S.DRAFT, S.DRAFT, REQ, HANDLER),
    Row(A.SUBMIT, S.DRAFT, S.AWAITING_REQUEST_APPROVAL, REQ, HANDLER,
        (C.REQUESTER_ACTIVE, C.REQUEST_APPROVAL_REQUIRED)),
    Row(A.SUBMIT, S.DRAFT, S.AWAITING_ACCEPTANCE, REQ, HANDLER,
        (C.REQUESTER_ACTIVE, C.REQUEST_APPROVAL_NOT_REQUIRED)),
    Row(A.APPROVE_REQUEST, S.AWAITING_REQUEST_APPROVAL, S.AWAITING_ACCEPTANCE, RQC, SUPERVISOR),
    Row(A.REJECT_REQUEST, S.AWAITING_REQUEST_APPROVAL, S.DRAFT, RQC, SUPERVISOR),
    Row(A.WITHDRAW, S.AWAITING_ACCEPTANCE, S.WITHDRAWN, REQ, HANDLER),
    # §5.3.2 reception: accept, refuse, forward, split
    Row(A.ACCEPT, S.AWAITING_ACCEPTANCE, S.ACCEPTED, RSP, HANDLER),
    Row(A.REFUSE, S.AWAITING_ACCEPTANCE, S.REFUSED, RSP, HANDLER, (C.RESPONDER_MAY_REFUSE,)),
    Row(A.FORWARD, S.AWAITING_ACCEPTANCE, S.AWAITING_ACCEPTANCE, RSP, HANDLER),
    Row(A.FORWARD, S.ACCEPTED, S.AWAITING_ACCEPTANCE, RSP, HANDLER, (C.NOT_YET_ANSWERED,)),
    Row(A.SPLIT, S.AWAITING_ACCEPTANCE, S.AWAITING_ACCEPTANCE, RSP, HANDLER),
    Row(A.SPLIT, S.ACCEPTED, S.ACCEPTED, RSP, HANDLER, (C.NOT_YET_ANSWERED,)),
    # §5.3.2.2 answering, §5.3.7 approval of answers
    Row(A.SAVE_ANSWER_DRAFT, S.ACCEPTED, S.ACCEPTED, RSP, HANDLER),
    Row(A.ANSWER, S.ACCEPTED, S.AWAITING_ANSWER_APPROVAL, RSP, HANDLER,
        (C.ANSWER_APPROVAL_REQUIRED,)),
    Row(A.ANSWER, S.ACCEPTED, S.ANSWERED, RSP, HANDLER, (C.ANSWER_APPROVAL_NOT_REQUIRED,)),
    Row(A.APPROVE_ANSWER, S.AWAITING_ANSWER_APPROVAL, S.ANSWERED, RSC, SUPERVISOR),
    Row(A.REJECT_ANSWER, S.AWAITING_ANSWER_APPROVAL, S.ACCEPTED, RSC, SUPERVISOR),
    # §5.3.3 closure, §5.3.4 additional information
    Row(A.CLOSE, S.ANSWERED, S.CLOSED, REQ, HANDLER),
    Row(A.CLOSE, S.ADDITIONAL_INFORMATION_REFUSED, S.CLOSED, REQ, HANDLER),
    Row(A.REQUEST_ADDITIONAL_INFORMATION, S.ANSWERED, S.ADDITIONAL_INFORMATION_REQUESTED,
        REQ, HANDLER),
    Row(A.ACCEPT_ADDITIONAL_INFORMATION, S.ADDITIONAL_INFORMATION_REQUESTED, S.ACCEPTED,
        RSP, HANDLER),
    Row(A.REFUSE_ADDITIONAL_INFORMATION, S.ADDITIONAL_INFORMATION_REQUESTED,
        S.ADDITIONAL_INFORMATION_REFUSED, RSP, HANDLER),
    # §5.3.6 supervision. Case 4 (no coordinator participates): the requester asks again.
    Row(A.REQUEST_ADDITIONAL_INFORMATION, S.ADDITIONAL_INFORMATION_REFUSED,
        S.RECONSIDERATION_REQUESTED, REQ, HANDLER, (C.NO_COORDINATOR_SUPERVISES,)),
    # Cases 1 and 3 start with the requesting coordinator, case 2 with the responding one.
    Row(A.REQUEST_SUPERVISION, S.ADDITIONAL_INFORMATION_REFUSED,
        S.AWAITING_REQUESTING_SUPERVISION, REQ, HANDLER,
        (C.SOME_COORDINATOR_SUPERVISES, C.REQUESTING_COORDINATOR_SUPERVISES)),
    Row(A.REQUEST_SUPERVISION, S.ADDITIONAL_INFORMATION_REFUSED,
        S.AWAITING_RESPONDING_SUPERVISION, REQ, HANDLER,
        (C.SOME_COORDINATOR_SUPERVISES, C.REQUESTING_COORDINATOR_ABSTAINS,
         C.RESPONDING_COORDINATOR_SUPERVISES)),
    # Case 3 passes the request on; case 1 returns it to the responder.
    Row(A.FIND_UNSATISFACTORY, S.AWAITING_REQUESTING_SUPERVISION,
        S.AWAITING_RESPONDING_SUPERVISION, RQC, SUPERVISOR,
        (C.RESPONDING_COORDINATOR_SUPERVISES,)),
    Row(A.FIND_UNSATISFACTORY, S.AWAITING_REQUESTING_SUPERVISION,
        S.RECONSIDERATION_REQUESTED, RQC, SUPERVISOR, (C.RESPONDING_COORDINATOR_ABSTAINS,)),
    Row(A.FIND_SATISFACTORY, S.AWAITING_REQUESTING_SUPERVISION, S.CLOSED, RQC, SUPERVISOR),
    Row(A.FIND_UNSATISFACTORY, S.AWAITING_RESPONDING_SUPERVISION,
        S.RECONSIDERATION_REQUESTED, RSC, SUPERVISOR),
    Row(A.FIND_SATISFACTORY, S.AWAITING_RESPONDING_SUPERVISION, S.CLOSED, RSC, SUPERVISOR),
    # The responder reconsiders (more information) or reiterates: supervision starts again
    # where the responding coordinator participates (case 2, 3), else the request closes.
    Row(A.ACCEPT_ADDITIONAL_INFORMATION, S.RECONSIDERATION_REQUESTED, S.ACCEPTED, RSP, HANDLER),
    Row(A.REITERATE, S.RECONSIDERATION_REQUESTED, S.AWAITING_RESPONDING_SUPERVISION,
        RSP, HANDLER, (C.RESPONDING_COORDINATOR_SUPERVISES,)),
    Row(A.REITERATE, S.RECONSIDERATION_REQUESTED, S.CLOSED, RSP, HANDLER,
        (C.RESPONDING_COORDINATOR_ABSTAINS,)),
    # Actions that keep the state.
    *_loops(A.ADD_MESSAGE, _MESSAGES_REQUESTER, REQ),
    *_loops(A.ADD_MESSAGE, _MESSAGES_RESPONDER, RSP),
    *_loops(A.ADD_ATTACHMENT, _MESSAGES_REQUESTER, REQ),
    *_loops(A.ADD_ATTACHMENT, _MESSAGES_RESPONDER, RSP),
    *_loops(A.ASSIGN, OPEN, REQ, ALLOCATOR, assigned=False),
    *_loops(A.ASSIGN, RECEIVED, RSP, ALLOCATOR, assigned=False),
    *_loops(A.ASSIGN, OPEN - {S.DRAFT}, RQC, ALLOCATOR, assigned=False),
    *_loops(A.ASSIGN, ONGOING, RSC, ALLOCATOR, assigned=False),
    *_loops(A.CHANGE_COORDINATOR, _COORD_CHANGE_REQUESTER, REQ),
    *_loops(A.CHANGE_COORDINATOR, _COORD_CHANGE_RESPONDER, RSP),
    *_loops(A.COPY, _COPY_REQUESTER, REQ, assigned=False),
    *_loops(A.COPY, _COPY_RESPONDER, RSP, assigned=False),
)
# fmt: on


def rows_for(action: Action, state: RequestState | None) -> tuple[Row, ...]:
    """Every row of this action from this state."""
    return tuple(row for row in TRANSITIONS if row.action == action and row.source == state)


def admit(
    *,
    action: Action,
    state: RequestState | None,
    actor_gap: Callable[[Row], str],
    party: Party | None = None,
) -> tuple[Row, ...]:
    """The rows this actor may use from this state; the state is checked before the actor.

    `actor_gap(row)` is empty when the actor may act as the row's party and profile, else
    it names what the actor lacks.
    """
    label = state.value if state else "NONE"
    rows = [row for row in rows_for(action, state) if party is None or row.party == party]
    if not rows:
        raise TransitionNotAllowed(state=label, action=action.value)
    gaps = [actor_gap(row) for row in rows]
    allowed = tuple(row for row, gap in zip(rows, gaps, strict=True) if not gap)
    if not allowed:
        raise NotPermitted(state=label, action=action.value, required=gaps[0])
    return allowed


def choose(rows: tuple[Row, ...], facts: Mapping[Condition, bool]) -> Row:
    """The first admitted row whose conditions hold, else an error naming the first gap."""
    for row in rows:
        if all(facts.get(condition, False) for condition in row.when):
            return row
    first = rows[0]
    missing = next(c for c in first.when if not facts.get(c, False))
    state = first.source.value if first.source else "NONE"
    raise TransitionNotAllowed(state=state, action=first.action.value, missing=missing.value)


def resolve(
    *,
    action: Action,
    state: RequestState | None,
    actor_gap: Callable[[Row], str],
    facts: Mapping[Condition, bool],
    party: Party | None = None,
) -> Row:
    """The row that applies: state first, then the actor, then the row's conditions."""
    rows = admit(action=action, state=state, actor_gap=actor_gap, party=party)
    return choose(rows, facts)
