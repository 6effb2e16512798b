"""Writing and sending a request (003 §5.3.1), its approval by the requesting coordinator
(§5.3.7) and its withdrawal before acceptance (PRODUCT §12), as methods of Request."""

from datetime import datetime
from typing import TYPE_CHECKING

from tramita_requests.domain import completeness, deadlines
from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import (
    Attachment,
    DraftContent,
    FreeText,
    NewAttachment,
    required_text,
)
from tramita_requests.domain.errors import IncompleteRequest
from tramita_requests.domain.events import (
    DraftSaved,
    RequestApprovalRejected,
    RequestApproved,
    RequestSent,
    RequestSubmitted,
    RequestWithdrawn,
)
from tramita_requests.domain.states import Action, Condition, RequestState, Side
from tramita_requests.domain.transitions import choose

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

A, C = Action, Condition


class Drafting:
    __slots__ = ()

    def save_draft(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, content: DraftContent
    ) -> None:
        """Replace the draft's content; a partial draft may be saved at any time."""
        row = self._authorize(A.SAVE_DRAFT, actor, entities)
        self._apply_draft(content, actor_id=actor.person_id, now=now)
        self._move(row, actor, now)
        self.last_saved_at = now
        self._record(DraftSaved, actor, now)

    def _apply_draft(
        self: "Request", content: DraftContent, *, actor_id: str, now: datetime
    ) -> None:
        same_set = content.question_set_id == self.question_set_id
        version = self.question_set_version if same_set else ""
        chosen, clean = completeness.check_content(content, area=self.area, version=version)
        self.question_set_id = chosen.set_id if chosen else ""
        self.question_set_version = chosen.version if chosen else ""
        self.responding_entity_id = clean.responding_entity_id
        self.requesting_coordinator_id = clean.requesting_coordinator_id
        self.questions = clean.questions
        self.justification = clean.justification
        self.indicative_deadline = clean.indicative_deadline
        self.has_personal_data = clean.has_personal_data
        self.case_by_case = clean.case_by_case
        kept = {a.attachment_id: a for a in self.attachments}
        self.attachments = tuple(
            Attachment(
                new.attachment_id,
                new.file_ref,
                new.comment_id,
                Side.REQUESTING,
                old.added_by if old else actor_id,
                old.added_at if old else now,
                new.note,
            )
            for new in clean.attachments
            for old in (kept.get(new.attachment_id),)
        )

    def draft_content(self: "Request") -> DraftContent:
        """The draft as the requester edits it."""
        return DraftContent(
            responding_entity_id=self.responding_entity_id,
            requesting_coordinator_id=self.requesting_coordinator_id,
            question_set_id=self.question_set_id,
            questions=self.questions,
            attachments=tuple(
                NewAttachment(a.attachment_id, a.file_ref, a.comment_id, a.note)
                for a in self.attachments
            ),
            justification=self.justification,
            indicative_deadline=self.indicative_deadline,
            has_personal_data=self.has_personal_data,
            case_by_case=self.case_by_case,
        )

    def submit(self: "Request", *, actor: Actor, entities: Entities, now: datetime) -> None:
        """Send the draft, or submit it for approval when the requester is subject to it and
        its coordinator approves requests (§5.3.7)."""
        rows = self._admit(A.SUBMIT, actor, entities)
        requester = entities.get(self.requesting_entity_id)
        coordinator = self._settle_coordinator(requester, self.requesting_coordinator_id, A.SUBMIT)
        row = choose(rows, self._facts(entities, coordinator))
        chosen = self.question_set() if self.question_set_id else None
        if found := completeness.gaps(self.draft_content(), chosen, today=now.date()):
            raise IncompleteRequest(found)
        self._check_responder(entities)
        self.requesting_coordinator_id = coordinator
        self._move(row, actor, now)
        if row.target is RequestState.AWAITING_ACCEPTANCE:
            self._send(actor, now)
        else:
            self._record(RequestSubmitted, actor, now)

    def _check_responder(self: "Request", entities: Entities) -> None:
        """Requests go to an active authority of another country that accepts them."""
        requester = entities.get(self.requesting_entity_id)
        responder = entities.get(self.responding_entity_id)
        self._require(
            responder.country != requester.country, A.SUBMIT, C.RESPONDER_IN_ANOTHER_COUNTRY
        )
        self._require(responder.active, A.SUBMIT, C.TARGET_ACTIVE)
        self._require(
            responder.accepts_foreign_requests, A.SUBMIT, C.TARGET_ACCEPTS_FOREIGN_REQUESTS
        )

    def approve_request(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime
    ) -> None:
        row = self._authorize(A.APPROVE_REQUEST, actor, entities)
        self._move(row, actor, now)
        self._record(RequestApproved, actor, now)
        self._send(actor, now)

    def reject_request(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, suggestions: FreeText
    ) -> None:
        """Back to the draft, to be amended along the coordinator's suggestions."""
        row = self._authorize(A.REJECT_REQUEST, actor, entities)
        note = required_text(suggestions, field="suggestions")
        self._move(row, actor, now, note)
        self._record(RequestApprovalRejected, actor, now)

    def withdraw(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        """The requester withdraws a request not yet accepted; it closes."""
        row = self._authorize(A.WITHDRAW, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        self._record(RequestWithdrawn, actor, now)

    def _send(self: "Request", actor: Actor, now: datetime) -> None:
        chosen = self.question_set()
        urgent = self.case_by_case.urgent
        self.sent_at = self.received_at = now
        if chosen.measures_wait_days and not urgent:
            self.measures_may_be_taken_on = deadlines.measures_may_be_taken_on(
                now.date(), wait_days=chosen.measures_wait_days
            )
        assert self.deadline is not None
        self._record(
            RequestSent,
            actor,
            now,
            question_set_id=chosen.set_id,
            question_set_version=chosen.version,
            deadline=self.deadline,
            commission_notified=chosen.commission_notified,
            urgent=urgent,
            measures_may_be_taken_on=self.measures_may_be_taken_on,
        )
