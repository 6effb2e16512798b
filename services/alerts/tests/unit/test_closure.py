"""Closure with comment and objection periods (IMI guide §6.3.6; PRODUCT §7, §12)."""

from datetime import timedelta

import pytest
from tramita_alerts.domain.errors import (
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownItem,
)
from tramita_alerts.domain.events import (
    AlertClosed,
    ClosureCommented,
    ClosureProposalCancelled,
    ClosureProposalEdited,
    ClosureProposalSent,
    ClosureProposed,
    CommentPeriodEnded,
    ObjectionPeriodEnded,
)

from .alert_world import COMMENTS, OBJECTIONS, S, World


def propose(world: World, alert, who="es-health", to="es-coord", period=COMMENTS) -> None:
    alert.propose_closure(actor=world.manager(who), coordinator=world[to], reason="Risk over",
                          comment_period=period, now=world.tick())  # fmt: skip


def test_a_recipient_of_the_establishment_state_proposes_to_its_coordinator(world) -> None:
    alert = world.alert_in(S.SENT)
    propose(world, alert)
    assert alert.state is S.CLOSURE_OPEN_FOR_COMMENTS
    assert alert.period_ends_at == world.now + COMMENTS
    (event,) = alert.events
    assert event == ClosureProposed(
        "alert-1", "2025-000001", "es-health/manager", "ES", "es-health", "es-coord",
        comment_period_ends_at=world.now + COMMENTS,
        notified_entity_ids=("es-mailbox1", "es-mailbox2", "es-health", "es-coord"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("who", "to"), [("pt-auth", "pt-coord"), ("fr-mailbox", "fr-mailbox"), ("es-env", "es-coord")]
)
def test_nobody_outside_the_closure_country_proposes(world: World, who, to) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(NotPermitted) as refused:
        propose(world, alert, who=who, to=to)
    assert "closure country" in refused.value.missing


def test_with_the_establishment_unknown_the_launching_country_proposes(world: World) -> None:
    alert = world.alert_in(S.AWAITING_SENDING, establishment="UNKNOWN", suggestions=())
    alert.send(actor=world.broadcaster("pt-coord"), mailboxes=world.mailboxes, now=world.tick())
    with pytest.raises(NotPermitted):
        propose(world, alert, who="fr-mailbox", to="fr-mailbox")
    propose(world, alert, who="pt-auth", to="pt-coord2")
    assert alert.closure.country == "PT" and alert.closure.coordinator == world["pt-coord2"]


def test_the_proposal_goes_to_a_privileged_coordinator_and_needs_a_period(world) -> None:
    alert = world.alert_in(S.SENT)
    with pytest.raises(InvalidField) as not_privileged:
        propose(world, alert, to="es-mailbox1")
    assert not_privileged.value.rule == "privileged_coordinator"
    with pytest.raises(InvalidField) as no_period:
        propose(world, alert, period=timedelta(0))
    assert no_period.value.rule == "positive"
    assert alert.state is S.SENT


def test_comments_come_only_from_the_closure_country_while_the_period_runs(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    alert.comment_on_closure(
        actor=world.manager("es-coord"), comment_id="c-1", text="Agree", now=world.tick()
    )
    assert alert.events[-1] == ClosureCommented(
        "alert-1", "2025-000001", "es-coord/manager", "c-1", "es-coord", "es-coord"
    )
    with pytest.raises(NotPermitted):
        alert.comment_on_closure(
            actor=world.manager("pt-auth"), comment_id="c-2", text="No", now=world.tick()
        )
    with pytest.raises(NotPermitted):
        alert.comment_on_closure(
            actor=world.broadcaster("es-mailbox1"), comment_id="c-2", text="No", now=world.tick()
        )
    with pytest.raises(InvalidField):
        alert.comment_on_closure(
            actor=world.manager("es-health"), comment_id="c-1", text="x", now=world.tick()
        )


def test_the_comment_period_ends_only_when_over_and_then_no_more_comments(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    ends = alert.period_ends_at
    with pytest.raises(TransitionNotAllowed) as early:
        alert.end_comment_period(now=ends - timedelta(seconds=1))
    assert early.value.missing == "period_over"
    alert.end_comment_period(now=ends)
    assert alert.state is S.CLOSURE_PENDING_SENDING and alert.period_ends_at is None
    assert alert.events[-1] == CommentPeriodEnded("alert-1", "2025-000001", "system", "es-coord")
    with pytest.raises(TransitionNotAllowed):
        alert.comment_on_closure(
            actor=world.manager("es-coord"), comment_id="c-1", text="Late", now=world.tick()
        )
    with pytest.raises(TransitionNotAllowed):
        alert.end_comment_period(now=world.tick(COMMENTS))


def test_the_proposal_is_not_sent_before_the_comment_period_ends(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.send_closure_proposal(
            actor=world.broadcaster("es-coord"), objection_period=OBJECTIONS, now=world.tick()
        )
    assert refused.value.missing == "comment_period_over"


@pytest.mark.parametrize("state", [S.CLOSURE_OPEN_FOR_COMMENTS, S.CLOSURE_PENDING_SENDING])
def test_the_proposer_edits_or_cancels_the_open_proposal(world: World, state) -> None:
    alert = world.alert_in(state)
    alert.edit_closure_proposal(
        actor=world.manager("es-health"), reason="Licence revoked", now=world.tick()
    )
    assert isinstance(alert.events[-1], ClosureProposalEdited)
    with pytest.raises(TransitionNotAllowed) as refused:
        alert.cancel_closure_proposal(actor=world.broadcaster("es-coord"), now=world.tick())
    assert refused.value.missing == "final_authorisation"
    alert.cancel_closure_proposal(actor=world.manager("es-health"), now=world.tick())
    assert alert.state is S.SENT and alert.closure is None
    cancelled = alert.events[-1]
    assert isinstance(cancelled, ClosureProposalCancelled) and cancelled.reason == "cancelled"
    assert set(cancelled.notified_entity_ids) <= set(alert.involved_entity_ids(country="ES"))


def test_the_closure_coordinator_with_final_authorisation_cancels(fa_world: World) -> None:
    alert = fa_world.alert_in(S.CLOSURE_PENDING_SENDING)
    alert.cancel_closure_proposal(actor=fa_world.broadcaster("es-coord"), now=fa_world.tick())
    assert alert.state is S.SENT


def test_sending_opens_the_objection_period_for_everyone_with_chosen_comments(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    for key in ("c-1", "c-2"):
        alert.comment_on_closure(
            actor=world.manager("es-coord"), comment_id=key, text=key, now=world.tick()
        )
    alert.end_comment_period(now=world.tick(COMMENTS))
    with pytest.raises(UnknownItem):
        alert.send_closure_proposal(
            actor=world.broadcaster("es-coord"),
            objection_period=OBJECTIONS,
            include_comment_ids=("c-9",),
            now=world.tick(),
        )
    with pytest.raises(NotPermitted):
        alert.send_closure_proposal(
            actor=world.broadcaster("es-mailbox1"), objection_period=OBJECTIONS, now=world.tick()
        )
    alert.send_closure_proposal(
        actor=world.broadcaster("es-coord"),
        objection_period=OBJECTIONS,
        include_comment_ids=("c-2",),
        now=world.tick(),
    )
    sent = alert.events[-1]
    assert isinstance(sent, ClosureProposalSent) and sent.included_comment_ids == ("c-2",)
    assert sent.objection_period_ends_at == world.now + OBJECTIONS == alert.period_ends_at
    assert {"pt-auth", "fr-mailbox", "es-health"} <= set(sent.involved_entity_ids)


def test_the_objection_period_ends_then_only_the_closure_coordinator_closes(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_OBJECTIONS)
    with pytest.raises(TransitionNotAllowed) as early:
        alert.close(actor=world.broadcaster("es-coord"), now=world.tick())
    assert early.value.missing == "objection_period_over"
    alert.end_objection_period(now=alert.period_ends_at)
    assert alert.events[-1] == ObjectionPeriodEnded("alert-1", "2025-000001", "system", "es-coord")
    for actor in (world.manager("es-coord"), world.broadcaster("pt-coord"),
                  world.broadcaster("es-mailbox1")):  # fmt: skip
        with pytest.raises(NotPermitted):
            alert.close(actor=actor, now=world.tick())
    alert.close(actor=world.broadcaster("es-coord"), now=world.tick())
    assert alert.state is S.CLOSED and alert.ended_at == world.now
    closed = alert.events[-1]
    assert isinstance(closed, AlertClosed) and closed.closure_coordinator_id == "es-coord"


def test_declining_after_objections_returns_the_alert_to_sent(world) -> None:
    alert = world.alert_in(S.CLOSURE_PENDING_DECISION)
    alert.decline_closure(actor=world.broadcaster("es-coord"), now=world.tick())
    assert alert.state is S.SENT and alert.closure is None
    declined = alert.events[-1]
    assert isinstance(declined, ClosureProposalCancelled) and declined.reason == "declined"
    assert "fr-mailbox" in declined.notified_entity_ids
    propose(world, alert)  # a new proposal may follow
    assert alert.state is S.CLOSURE_OPEN_FOR_COMMENTS


def test_a_second_proposal_waits_for_the_first(world) -> None:
    alert = world.alert_in(S.CLOSURE_OPEN_FOR_COMMENTS)
    with pytest.raises(TransitionNotAllowed) as refused:
        propose(world, alert)
    assert refused.value.missing == "no_closure_proposal_pending"


def test_the_closure_coordinator_becomes_involved(world) -> None:
    alert = world.alert_in(S.SENT, suggestions=())
    alert.recipients["ES"].entities.pop("es-coord")
    assert "es-coord" not in alert.involved_entity_ids()
    propose(world, alert)
    assert "es-coord" in alert.involved_entity_ids(country="ES")
