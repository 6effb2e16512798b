"""Closure (IMI guide §6.3.6), as methods the Alert aggregate inherits.

A manager of an entity of the closure country (the member state of establishment, or the
launching country when it is unknown) that has the alert proposes closure to one of its
privileged coordinators — the closure coordinator. The proposal is open for comments from
that country only; when the period ends (the platform says so) it waits for the closure
coordinator's broadcaster to send it, optionally with some comments, to every country;
it is then open for objections (sent as additional information); when that period ends
the same broadcasters close the alert, or decline and the alert is simply sent again
(PRODUCT §12). Periods are platform-wide settings passed in; timers live outside.
"""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from tramita_alerts.domain.errors import InvalidField, UnknownItem
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
from tramita_alerts.domain.launching import check_coordinator
from tramita_alerts.domain.modification import check_text
from tramita_alerts.domain.proposals import ClosureComment, ClosureProposal
from tramita_alerts.domain.roles import Actor, AlertEntity
from tramita_alerts.domain.states import AlertAction

if TYPE_CHECKING:
    from tramita_alerts.domain.model import Alert

A = AlertAction


def _positive(period: timedelta, *, field_name: str) -> timedelta:
    if period <= timedelta(0):
        raise InvalidField(field_name, "positive", "a period longer than zero")
    return period


class Closing:
    __slots__ = ()

    def _proposal(self: "Alert") -> ClosureProposal:
        assert self.closure is not None
        return self.closure

    def propose_closure(
        self: "Alert",
        *,
        actor: Actor,
        coordinator: AlertEntity,
        reason: str,
        comment_period: timedelta,
        now: datetime,
    ) -> None:
        row = self._allowed(A.PROPOSE_CLOSURE, actor, now=now)
        check_text(reason, field_name="reason")
        _positive(comment_period, field_name="comment_period")
        assert actor.entity is not None
        check_coordinator(actor.entity, coordinator)
        self._enter(row)
        self.closure = ClosureProposal(
            country=self.closure_country,
            proposer_entity_id=actor.entity_id,
            proposed_by=actor.person_id,
            coordinator=coordinator,
            reason=reason,
            proposed_at=now,
            comment_period_ends_at=now + comment_period,
        )
        self._mark_acted(actor.entity_id)
        self._record(
            ClosureProposed,
            actor,
            closure_country=self.closure.country,
            proposer_entity_id=actor.entity_id,
            closure_coordinator_id=coordinator.entity_id,
            comment_period_ends_at=self.closure.comment_period_ends_at,
            notified_entity_ids=self.involved_entity_ids(country=self.closure.country),
        )

    def comment_on_closure(
        self: "Alert", *, actor: Actor, comment_id: str, text: str, now: datetime
    ) -> None:
        """Comment, from the closure country only, while the comment period runs."""
        row = self._allowed(A.COMMENT_ON_CLOSURE, actor, now=now)
        proposal = self._proposal()
        if comment_id in proposal.comments:
            raise InvalidField("comment_id", "unique", f"{comment_id} exists already")
        check_text(text, field_name="text")
        self._enter(row)
        proposal.comments[comment_id] = ClosureComment(
            comment_id, actor.entity_id, actor.person_id, text, now
        )
        self._mark_acted(actor.entity_id)
        self._record(
            ClosureCommented,
            actor,
            comment_id=comment_id,
            entity_id=actor.entity_id,
            closure_coordinator_id=proposal.coordinator.entity_id,
        )

    def edit_closure_proposal(self: "Alert", *, actor: Actor, reason: str, now: datetime) -> None:
        row = self._allowed(A.EDIT_CLOSURE_PROPOSAL, actor, now=now)
        check_text(reason, field_name="reason")
        self._enter(row)
        proposal = self._proposal()
        proposal.reason = reason
        self._record(
            ClosureProposalEdited, actor, closure_coordinator_id=proposal.coordinator.entity_id
        )

    def cancel_closure_proposal(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """The proposer, or the closure coordinator with final authorisation, cancels."""
        self._act(A.CANCEL_CLOSURE_PROPOSAL, actor, now=now)
        self._drop_proposal(actor, reason="cancelled")

    def _drop_proposal(self: "Alert", actor: Actor | None, *, reason: str) -> None:
        proposal = self._proposal()
        sent = proposal.objection_period_ends_at is not None
        notified = self.involved_entity_ids(country="" if sent else proposal.country)
        self.closure = None
        self._record(
            ClosureProposalCancelled,
            actor,
            closure_coordinator_id=proposal.coordinator.entity_id,
            reason=reason,
            notified_entity_ids=notified,
        )

    def end_comment_period(self: "Alert", *, now: datetime) -> None:
        """The platform's timer: no more comments; the broadcasters are told."""
        self._act(A.END_COMMENT_PERIOD, None, now=now)
        proposal = self._proposal()
        self._record(
            CommentPeriodEnded, None, closure_coordinator_id=proposal.coordinator.entity_id
        )

    def send_closure_proposal(
        self: "Alert",
        *,
        actor: Actor,
        objection_period: timedelta,
        now: datetime,
        include_comment_ids: tuple[str, ...] = (),
    ) -> None:
        """Send the proposal to every country, with all, some or none of the comments."""
        row = self._allowed(A.SEND_CLOSURE_PROPOSAL, actor, now=now)
        _positive(objection_period, field_name="objection_period")
        proposal = self._proposal()
        unknown = [key for key in include_comment_ids if key not in proposal.comments]
        if unknown:
            raise UnknownItem("comment", ", ".join(unknown))
        self._enter(row)
        proposal.included_comment_ids = tuple(dict.fromkeys(include_comment_ids))
        proposal.objection_period_ends_at = now + objection_period
        proposal.sent_by = actor.person_id
        self._record(
            ClosureProposalSent,
            actor,
            closure_coordinator_id=proposal.coordinator.entity_id,
            objection_period_ends_at=proposal.objection_period_ends_at,
            included_comment_ids=proposal.included_comment_ids,
            involved_entity_ids=self.involved_entity_ids(),
        )

    def end_objection_period(self: "Alert", *, now: datetime) -> None:
        """The platform's timer: the closure coordinator's broadcasters may now decide."""
        self._act(A.END_OBJECTION_PERIOD, None, now=now)
        proposal = self._proposal()
        self._record(
            ObjectionPeriodEnded, None, closure_coordinator_id=proposal.coordinator.entity_id
        )

    def close(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """Close the alert in view of the objections: the risk is over."""
        self._act(A.CLOSE, actor, now=now)
        self.ended_at = now
        proposal = self._proposal()
        self._record(
            AlertClosed,
            actor,
            closure_coordinator_id=proposal.coordinator.entity_id,
            closed_at=now,
            involved_entity_ids=self.involved_entity_ids(),
        )

    def decline_closure(self: "Alert", *, actor: Actor, now: datetime) -> None:
        """Keep the alert active after objections: the proposal is cancelled."""
        self._act(A.DECLINE_CLOSURE, actor, now=now)
        self._drop_proposal(actor, reason="declined")
