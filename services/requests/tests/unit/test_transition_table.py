"""The transition table on its own: every row, every missing condition, every absent
(action, state) pair, and the invariants a reader relies on."""

import itertools

import pytest
from tramita_requests.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_requests.domain.states import (
    OPEN,
    TERMINAL,
    Action,
    Condition,
    Party,
    Profile,
    RequestState,
)
from tramita_requests.domain.transitions import TRANSITIONS, Row, resolve, rows_for

S, A, C, P = RequestState, Action, Condition, Party
COMPLEMENTS = {
    C.REQUEST_APPROVAL_REQUIRED: C.REQUEST_APPROVAL_NOT_REQUIRED,
    C.ANSWER_APPROVAL_REQUIRED: C.ANSWER_APPROVAL_NOT_REQUIRED,
    C.REQUESTING_COORDINATOR_SUPERVISES: C.REQUESTING_COORDINATOR_ABSTAINS,
    C.RESPONDING_COORDINATOR_SUPERVISES: C.RESPONDING_COORDINATOR_ABSTAINS,
    C.SOME_COORDINATOR_SUPERVISES: C.NO_COORDINATOR_SUPERVISES,
}
COMPLEMENTS |= {v: k for k, v in COMPLEMENTS.items()}


def _id(row: Row) -> str:
    return f"{row.action}:{row.source or 'NONE'}->{row.target}:{row.party}"


def _only(conditions) -> dict[Condition, bool]:
    return {c: c in conditions for c in Condition}


def _anyone(row: Row) -> str:
    return ""


@pytest.mark.parametrize("row", TRANSITIONS, ids=_id)
def test_each_row_applies_when_its_conditions_hold(row: Row) -> None:
    chosen = resolve(
        action=row.action,
        state=row.source,
        actor_gap=lambda r: "" if r == row else "someone else",
        facts=_only(row.when),
    )
    assert chosen == row


MISSING = [(row, c) for row in TRANSITIONS for c in row.when]


@pytest.mark.parametrize(
    ("row", "condition"), MISSING, ids=lambda v: str(v) if isinstance(v, str) else _id(v)
)
def test_a_missing_condition_is_named_with_state_and_action(row: Row, condition: Condition) -> None:
    facts = _only(set(row.when) - {condition})
    with pytest.raises(TransitionNotAllowed) as refused:
        resolve(
            action=row.action,
            state=row.source,
            actor_gap=lambda r: "" if r == row else "someone else",
            facts=facts,
        )
    assert refused.value.missing == condition.value
    assert (refused.value.state, refused.value.action) == (row.source or "NONE", row.action)
    assert condition.value in str(refused.value)


@pytest.mark.parametrize("row", TRANSITIONS, ids=_id)
def test_a_wrong_actor_is_told_which_profile_and_party_may(row: Row) -> None:
    with pytest.raises(NotPermitted) as refused:
        resolve(
            action=row.action,
            state=row.source,
            actor_gap=lambda r: f"{r.profile.value} of the {r.party.value}",
            facts=dict.fromkeys(Condition, True),
        )
    assert refused.value.state == (row.source or "NONE")
    assert refused.value.action == row.action
    assert row.profile.value in str(refused.value)


PRESENT = {(row.action, row.source) for row in TRANSITIONS}
ABSENT = [
    (action, state)
    for action, state in itertools.product(Action, [None, *RequestState])
    if (action, state) not in PRESENT
]


@pytest.mark.parametrize(("action", "state"), ABSENT, ids=str)
def test_every_other_action_in_every_state_is_refused_naming_both(action, state) -> None:
    with pytest.raises(TransitionNotAllowed) as refused:
        resolve(action=action, state=state, actor_gap=_anyone, facts=dict.fromkeys(Condition, True))
    assert (refused.value.state, refused.value.action) == (state or "NONE", action)
    assert refused.value.missing == ""
    assert f"in state {state or 'NONE'}" in str(refused.value)


def test_rows_sharing_action_and_state_exclude_each_other() -> None:
    """Where one action from one state has several rows, conditions pick one."""
    groups = itertools.groupby(
        sorted(TRANSITIONS, key=lambda r: (r.action, r.source or "", r.party)),
        key=lambda r: (r.action, r.source, r.party),
    )
    for _, rows in groups:
        for first, second in itertools.combinations(list(rows), 2):
            assert any(COMPLEMENTS.get(c) in second.when for c in first.when), (first, second)


def test_every_state_is_reached_and_every_open_state_is_left() -> None:
    changing = [row for row in TRANSITIONS if row.source != row.target]
    reached = {row.target for row in changing}
    left = {row.source for row in changing}
    assert reached == set(RequestState)
    assert left - {None} == OPEN


def test_closed_states_only_allow_copying() -> None:
    for state in TERMINAL:
        assert {row.action for row in TRANSITIONS if row.source == state} == {A.COPY}


def test_every_action_has_a_row() -> None:
    assert {row.action for row in TRANSITIONS} == set(Action)


def test_profiles_match_their_parties() -> None:
    """Supervisors act only for coordinators, handlers only for authorities, allocators
    only assign, and viewers never act (003 §5.2.2)."""
    coordinators = {P.REQUESTING_COORDINATOR, P.RESPONDING_COORDINATOR}
    for row in TRANSITIONS:
        if row.profile is Profile.SUPERVISOR:
            assert row.party in coordinators
        if row.profile is Profile.HANDLER:
            assert row.party not in coordinators
        assert (row.profile is Profile.ALLOCATOR) == (row.action is A.ASSIGN)
        assert row.profile is not Profile.VIEWER


# The four supervision variants (003 §5.3.6), read off the table.
def _targets(action: Action, state: RequestState, **truth: bool) -> set[RequestState]:
    facts = dict.fromkeys(Condition, False) | {Condition[k.upper()]: v for k, v in truth.items()}
    facts[C.SOME_COORDINATOR_SUPERVISES] = (
        facts[C.REQUESTING_COORDINATOR_SUPERVISES] or facts[C.RESPONDING_COORDINATOR_SUPERVISES]
    )
    facts[C.NO_COORDINATOR_SUPERVISES] = not facts[C.SOME_COORDINATOR_SUPERVISES]
    facts[C.REQUESTING_COORDINATOR_ABSTAINS] = not facts[C.REQUESTING_COORDINATOR_SUPERVISES]
    facts[C.RESPONDING_COORDINATOR_ABSTAINS] = not facts[C.RESPONDING_COORDINATOR_SUPERVISES]
    return {row.target for row in rows_for(action, state) if all(facts[c] for c in row.when)}


@pytest.mark.parametrize(
    ("requesting", "responding", "start", "after_requesting", "after_reiterating"),
    [
        (True, False, S.AWAITING_REQUESTING_SUPERVISION, S.RECONSIDERATION_REQUESTED, S.CLOSED),
        (False, True, S.AWAITING_RESPONDING_SUPERVISION, None, S.AWAITING_RESPONDING_SUPERVISION),
        (
            True,
            True,
            S.AWAITING_REQUESTING_SUPERVISION,
            S.AWAITING_RESPONDING_SUPERVISION,
            S.AWAITING_RESPONDING_SUPERVISION,
        ),
        (False, False, None, None, S.CLOSED),
    ],
    ids=["requesting-only", "responding-only", "both", "none"],
)
def test_supervision_variants(requesting, responding, start, after_requesting, after_reiterating):
    truth = {
        "requesting_coordinator_supervises": requesting,
        "responding_coordinator_supervises": responding,
    }
    refused = S.ADDITIONAL_INFORMATION_REFUSED
    assert _targets(A.REQUEST_SUPERVISION, refused, **truth) == ({start} if start else set())
    asks_again = _targets(A.REQUEST_ADDITIONAL_INFORMATION, refused, **truth)
    assert asks_again == (set() if start else {S.RECONSIDERATION_REQUESTED})
    if after_requesting:
        found = _targets(A.FIND_UNSATISFACTORY, S.AWAITING_REQUESTING_SUPERVISION, **truth)
        assert found == {after_requesting}
    assert _targets(A.REITERATE, S.RECONSIDERATION_REQUESTED, **truth) == {after_reiterating}
