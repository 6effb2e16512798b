"""The three transition tables as data: each row resolves for its party when its
preconditions hold; other parties are refused naming the parts; absent pairs are refused
naming state and action; and the tables say what the guide says in their shape."""

import itertools

import pytest
from tramita_alerts.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_alerts.domain.information import INFO_TRANSITIONS, InfoAction, InfoState
from tramita_alerts.domain.recipients import (
    RECIPIENT_TRANSITIONS,
    RecipientAction,
    RecipientState,
)
from tramita_alerts.domain.states import (
    ALERT_TRANSITIONS,
    CLOSURE_STATES,
    ENDED_STATES,
    AlertAction,
    AlertState,
)
from tramita_alerts.domain.table import PARTIES, Party, Precondition, describe, resolve

TABLES = {
    "alert": (ALERT_TRANSITIONS, AlertAction, AlertState),
    "recipient": (RECIPIENT_TRANSITIONS, RecipientAction, RecipientState),
    "information": (INFO_TRANSITIONS, InfoAction, InfoState),
}
ROWS = [(name, row) for name, (table, _, _) in TABLES.items() for row in table]
ALL_TRUE = dict.fromkeys(Precondition, True)


def _id(case) -> str:
    name, row = case
    return f"{name}:{row.action}:{row.source or 'NONE'}:{row.by}"


@pytest.mark.parametrize("case", ROWS, ids=_id)
def test_each_row_resolves_for_its_party(case) -> None:
    name, row = case
    table = TABLES[name][0]
    found = resolve(
        table,
        subject=name,
        action=row.action,
        state=row.source,
        plays=lambda party: party is row.by,
        facts=dict.fromkeys(row.requires, True),
    )
    assert found == row


@pytest.mark.parametrize("case", ROWS, ids=_id)
def test_each_row_refuses_whoever_plays_no_part_of_it(case) -> None:
    name, row = case
    with pytest.raises(NotPermitted) as refused:
        resolve(
            TABLES[name][0],
            subject=name,
            action=row.action,
            state=row.source,
            plays=lambda party: False,
            facts=ALL_TRUE,
        )
    assert describe(row.by) in refused.value.missing
    assert refused.value.state == (row.source or "NONE")


def _absent(name: str) -> list:
    table, actions, states = TABLES[name]
    present = {(row.action, row.source) for row in table}
    sources = [None, *states] if any(row.source is None for row in table) else list(states)
    return [
        (name, action, state)
        for action, state in itertools.product(actions, sources)
        if (action, state) not in present
    ]


ABSENT = _absent("alert") + _absent("recipient") + _absent("information")


@pytest.mark.parametrize("case", ABSENT, ids=lambda c: f"{c[0]}:{c[1]}:{c[2] or 'NONE'}")
def test_every_absent_pair_is_refused_naming_state_and_action(case) -> None:
    name, action, state = case
    with pytest.raises(TransitionNotAllowed) as refused:
        resolve(
            TABLES[name][0],
            subject=name,
            action=action,
            state=state,
            plays=lambda party: True,
            facts=ALL_TRUE,
        )
    assert (refused.value.state, refused.value.action) == (state or "NONE", action)


def test_every_party_names_its_profiles_and_is_described() -> None:
    assert set(PARTIES) == set(Party)
    assert all(describe(party) for party in Party)


def test_every_state_is_reachable_and_only_the_ends_have_no_way_out() -> None:
    targets = {row.target for row in ALERT_TRANSITIONS}
    sources = {row.source for row in ALERT_TRANSITIONS}
    assert targets == set(AlertState)
    assert set(AlertState) - sources == {*ENDED_STATES, AlertState.DELETED}


def test_final_authorisation_alternatives_are_exclusive() -> None:
    """§6.2.2: where a coordinator with final authorisation may act, the other party may
    act only when it has none — never both, never neither."""
    rows = [r for r in ALERT_TRANSITIONS + INFO_TRANSITIONS if r.requires]
    for row in rows:
        if row.requires == (Precondition.FINAL_AUTHORISATION,):
            twins = [
                r
                for r in ALERT_TRANSITIONS + INFO_TRANSITIONS
                if (r.action, r.source) == (row.action, row.source) and r is not row
            ]
            kinds = {r.requires for r in twins}
            assert kinds <= {(Precondition.NO_FINAL_AUTHORISATION,), ()}, row


def test_establishment_never_changes_while_a_closure_proposal_is_pending() -> None:
    sources = {r.source for r in ALERT_TRANSITIONS if r.action is AlertAction.CHANGE_ESTABLISHMENT}
    assert sources == {AlertState.SENT}
    assert not sources & set(CLOSURE_STATES)


def test_sending_and_closing_are_broadcaster_acts_and_submitting_a_manager_act() -> None:
    by = {(r.action, r.by) for r in ALERT_TRANSITIONS}
    assert (AlertAction.SUBMIT, Party.LAUNCHER_MANAGER) in by
    assert {p for a, p in by if a is AlertAction.SEND} == {Party.COORDINATOR_BROADCASTER}
    assert {p for a, p in by if a is AlertAction.CLOSE} == {Party.CLOSURE_COORDINATOR_BROADCASTER}


def test_the_periods_end_only_by_the_platform_and_only_once_over() -> None:
    for row in ALERT_TRANSITIONS:
        ends = row.action in {AlertAction.END_COMMENT_PERIOD, AlertAction.END_OBJECTION_PERIOD}
        assert (row.by is Party.SYSTEM) is ends
        assert (Precondition.PERIOD_OVER in row.requires) is ends
