"""Every row of the alert lifecycle table, played on the aggregate: the right party moves
the alert to the row's state; anyone else is refused naming state, action and the part;
a missing precondition is named; every action absent from a state is refused."""

from dataclasses import replace

import pytest
from tramita_alerts.domain.errors import NotPermitted, TransitionNotAllowed
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.roles import Actor, Profile
from tramita_alerts.domain.states import ALERT_TRANSITIONS, REFUSALS, AlertAction, AlertState
from tramita_alerts.domain.table import Party, Precondition

from .alert_world import COMMENTS, OBJECTIONS, World, person

A, P = AlertAction, Precondition


def actor_for(party: Party, w: World, alert: Alert) -> Actor | None:
    match party:
        case Party.ANY_MANAGER | Party.LAUNCHER_MANAGER:
            return w.manager("pt-auth")
        case Party.COORDINATOR_MANAGER:
            return person(alert.coordinator, Profile.MANAGER)
        case Party.COORDINATOR_BROADCASTER:
            return person(alert.coordinator, Profile.BROADCASTER)
        case Party.WITHDRAWAL_SUBMITTER:
            key = alert.withdrawal.entity_id if alert.withdrawal else "pt-auth"
            return w.manager(key)
        case Party.CLOSURE_COUNTRY_MANAGER | Party.PROPOSER_MANAGER:
            return w.manager("es-health")
        case Party.CLOSURE_COORDINATOR_BROADCASTER:
            return w.broadcaster("es-coord")
        case Party.SYSTEM:
            return None
    raise AssertionError(party)


def perform(action: AlertAction, w: World, a: Alert, actor) -> None:
    """Run `action` on `a` with plausible arguments (the behaviour tests vary them)."""
    now, mailboxes = w.tick(), w.mailboxes
    calls = {
        A.EDIT: lambda: a.edit(actor=actor, form=replace(a.form, description="New"), now=now),
        A.DELETE: lambda: a.delete(actor=actor, now=now),
        A.SUBMIT: lambda: a.submit(actor=actor, now=now),
        A.RECALL: lambda: a.recall(actor=actor, now=now),
        A.FORWARD: lambda: a.forward(actor=actor, to=w["pt-coord2"], now=now),
        A.ACCEPT: lambda: a.accept(actor=actor, now=now),
        A.ADD_COUNTRIES: lambda: a.add_countries(
            actor=actor, countries=("DE",), mailboxes=mailboxes, now=now
        ),
        A.SEND: lambda: a.send(actor=actor, mailboxes=mailboxes, now=now),
        A.CHANGE_ESTABLISHMENT: lambda: a.change_establishment(
            actor=actor, establishment="FR", mailboxes=mailboxes, now=now
        ),
        A.RECTIFY: lambda: a.rectify(actor=actor, description="Corrected", now=now),
        A.SUBMIT_WITHDRAWAL: lambda: a.submit_withdrawal(actor=actor, reason="Wrong", now=now),
        A.RECALL_WITHDRAWAL: lambda: a.recall_withdrawal(actor=actor, now=now),
        A.SEND_WITHDRAWAL: lambda: a.send_withdrawal(actor=actor, now=now),
        A.PROPOSE_CLOSURE: lambda: a.propose_closure(
            actor=actor, coordinator=w["es-coord"], reason="Over", comment_period=COMMENTS, now=now
        ),
        A.COMMENT_ON_CLOSURE: lambda: a.comment_on_closure(
            actor=actor, comment_id="c-9", text="Agreed", now=now
        ),
        A.EDIT_CLOSURE_PROPOSAL: lambda: a.edit_closure_proposal(
            actor=actor, reason="Risk over", now=now
        ),
        A.CANCEL_CLOSURE_PROPOSAL: lambda: a.cancel_closure_proposal(actor=actor, now=now),
        A.END_COMMENT_PERIOD: lambda: a.end_comment_period(now=w.tick(COMMENTS)),
        A.SEND_CLOSURE_PROPOSAL: lambda: a.send_closure_proposal(
            actor=actor, objection_period=OBJECTIONS, now=now
        ),
        A.END_OBJECTION_PERIOD: lambda: a.end_objection_period(now=w.tick(OBJECTIONS)),
        A.CLOSE: lambda: a.close(actor=actor, now=now),
        A.DECLINE_CLOSURE: lambda: a.decline_closure(actor=actor, now=now),
    }
    calls[action]()


ROWS = [row for row in ALERT_TRANSITIONS if row.source is not None]


def _id(row) -> str:
    return (
        f"{row.action}:{row.source}:{row.by}{':' + ','.join(row.requires) if row.requires else ''}"
    )


def _world(row) -> World:
    return World(final_authorisation=P.FINAL_AUTHORISATION in row.requires)


def test_every_action_has_a_way_to_be_performed() -> None:
    assert {row.action for row in ALERT_TRANSITIONS} == set(AlertAction)


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_each_row_moves_the_alert_when_its_party_acts(row) -> None:
    w = _world(row)
    alert = w.alert_in(row.source)
    perform(row.action, w, alert, actor_for(row.by, w, alert))
    assert alert.state is row.target
    assert alert.events, "every transition records an event"


@pytest.mark.parametrize("row", [r for r in ROWS if r.by is not Party.SYSTEM], ids=_id)
def test_each_row_refuses_a_viewer_of_the_same_entity_naming_the_part(row) -> None:
    w = _world(row)
    alert = w.alert_in(row.source)
    player = actor_for(row.by, w, alert)
    viewer = person(player.entity, Profile.VIEWER)
    with pytest.raises(NotPermitted) as refused:
        perform(row.action, w, alert, viewer)
    assert (refused.value.state, refused.value.action) == (row.source, row.action)
    assert refused.value.missing
    assert alert.state is row.source


@pytest.mark.parametrize("row", [r for r in ROWS if r.requires], ids=_id)
def test_each_precondition_missing_is_named(row) -> None:
    (needed,) = row.requires
    if needed is P.PERIOD_OVER:
        w = World()
        alert = w.alert_in(row.source)
        method = {
            A.END_COMMENT_PERIOD: alert.end_comment_period,
            A.END_OBJECTION_PERIOD: alert.end_objection_period,
        }[row.action]
        with pytest.raises(TransitionNotAllowed) as refused:
            method(now=alert.period_ends_at - COMMENTS / 7)
    else:
        w = World(final_authorisation=needed is P.NO_FINAL_AUTHORISATION)
        alert = w.alert_in(row.source)
        with pytest.raises(TransitionNotAllowed) as refused:
            perform(row.action, w, alert, actor_for(row.by, w, alert))
    assert refused.value.missing == needed.value
    assert (refused.value.state, refused.value.action) == (row.source, row.action)
    assert alert.state is row.source


PRESENT = {(row.action, row.source) for row in ALERT_TRANSITIONS}
ABSENT = [
    (action, state)
    for state in AlertState
    for action in AlertAction
    if action is not A.LAUNCH and (action, state) not in PRESENT
]


@pytest.mark.parametrize(("action", "state"), ABSENT, ids=str)
def test_every_other_action_in_every_state_is_refused_naming_both(action, state) -> None:
    w = World()
    alert = w.alert_in(state)
    party = next(row.by for row in ALERT_TRANSITIONS if row.action is action)
    with pytest.raises(TransitionNotAllowed) as refused:
        perform(action, w, alert, actor_for(party, w, alert))
    assert (refused.value.state, refused.value.action) == (state, action)
    assert refused.value.missing == REFUSALS.get((action, state), "")
    assert str(state) in str(refused.value) and str(action) in str(refused.value)
