"""IMI guide §6.2.3.4 "who can do what?", cell by cell, and the lifecycle tables agree."""

import pytest
from tramita_alerts.domain.information import INFO_TRANSITIONS, InfoAction
from tramita_alerts.domain.recipients import RECIPIENT_TRANSITIONS, RecipientAction
from tramita_alerts.domain.roles import Profile
from tramita_alerts.domain.states import ALERT_TRANSITIONS, AlertAction
from tramita_alerts.domain.table import profiles_for
from tramita_alerts.domain.who_can_do_what import SCOPE, WHO_CAN_DO_WHAT, Operation, Step, may

M, B, V = Profile.MANAGER, Profile.BROADCASTER, Profile.VIEWER
Op, S = Operation, Step

# The table as read from the guide: (operation, profile) → steps.
# fmt: off
EXPECTED = {
    (Op.LAUNCH, M): {S.SUBMIT},                 (Op.LAUNCH, B): {S.SEND},
    (Op.ADD_INFORMATION, M): {S.SUBMIT},        (Op.ADD_INFORMATION, B): {S.SUBMIT, S.SEND},
    (Op.WITHDRAW, M): {S.SUBMIT},               (Op.WITHDRAW, B): {S.SEND},
    (Op.PROPOSE_CLOSURE, M): {S.SUBMIT, S.COMMENT}, (Op.PROPOSE_CLOSURE, B): {S.SEND},
    (Op.CLOSE, M): set(),                       (Op.CLOSE, B): {S.CLOSE},
    (Op.RECEIVE, M): set(),                     (Op.RECEIVE, B): {S.ACKNOWLEDGE, S.DISSEMINATE},
}
# fmt: on
CELLS = [(op, profile, step) for op in Operation for profile in Profile for step in Step]


def test_the_table_has_every_row() -> None:
    assert set(WHO_CAN_DO_WHAT) == set(Operation)
    assert {Op.WITHDRAW, Op.PROPOSE_CLOSURE, Op.CLOSE} <= set(SCOPE)


@pytest.mark.parametrize(("operation", "profile", "step"), CELLS, ids=str)
def test_each_cell(operation: Operation, profile: Profile, step: Step) -> None:
    expected = step in EXPECTED.get((operation, profile), set())
    assert may(profile, operation, step) is expected


def test_a_viewer_does_nothing() -> None:
    assert not any(may(V, op, step) for op in Operation for step in Step)


# Which lifecycle action performs which (operation, step) of the table.
STEPS = {
    AlertAction.SUBMIT: (Op.LAUNCH, S.SUBMIT),
    AlertAction.SEND: (Op.LAUNCH, S.SEND),
    InfoAction.SUBMIT: (Op.ADD_INFORMATION, S.SUBMIT),
    InfoAction.SEND: (Op.ADD_INFORMATION, S.SEND),
    AlertAction.SUBMIT_WITHDRAWAL: (Op.WITHDRAW, S.SUBMIT),
    AlertAction.SEND_WITHDRAWAL: (Op.WITHDRAW, S.SEND),
    AlertAction.PROPOSE_CLOSURE: (Op.PROPOSE_CLOSURE, S.SUBMIT),
    AlertAction.COMMENT_ON_CLOSURE: (Op.PROPOSE_CLOSURE, S.COMMENT),
    AlertAction.SEND_CLOSURE_PROPOSAL: (Op.PROPOSE_CLOSURE, S.SEND),
    AlertAction.CLOSE: (Op.CLOSE, S.CLOSE),
    RecipientAction.ACKNOWLEDGE: (Op.RECEIVE, S.ACKNOWLEDGE),
    RecipientAction.DISSEMINATE: (Op.RECEIVE, S.DISSEMINATE),
}
LIFECYCLE_ROWS = [
    row
    for row in ALERT_TRANSITIONS + RECIPIENT_TRANSITIONS + INFO_TRANSITIONS
    if row.action in STEPS
]


@pytest.mark.parametrize("row", LIFECYCLE_ROWS, ids=lambda r: f"{r.action}:{r.source}:{r.by}")
def test_each_lifecycle_row_asks_only_for_profiles_the_table_allows(row) -> None:
    operation, step = STEPS[row.action]
    needed = profiles_for(row.by)
    assert needed, row
    assert all(may(profile, operation, step) for profile in needed), row


def test_every_cell_that_allows_something_is_used_by_the_lifecycle() -> None:
    used = {
        (*STEPS[row.action], profile) for row in LIFECYCLE_ROWS for profile in profiles_for(row.by)
    }
    allowed = {(op, step, p) for (op, p), steps in EXPECTED.items() for step in steps}
    assert allowed == used
