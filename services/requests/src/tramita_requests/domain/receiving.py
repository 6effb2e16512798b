"""What the responding entity does with a request it received (003 §5.3.2): accept (with a
deadline proposal and its coordinator), refuse, forward it whole, or split it."""

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING

from tramita_requests.domain import deadlines
from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import (
    AskedQuestion,
    Attachment,
    FreeText,
    HistoryEntry,
    required_text,
)
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.events import (
    RequestAccepted,
    RequestDeadlineChanged,
    RequestForwarded,
    RequestRefused,
    RequestSent,
    RequestSplit,
)
from tramita_requests.domain.states import Action, Condition, Party, RequestState, Side

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

A, C, P = Action, Condition, Party


class Receiving:
    __slots__ = ()

    def accept(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        coordinator_id: str = "",
        proposed_deadline: date | None = None,
    ) -> None:
        """Take responsibility; a later deadline may be proposed and then binds (§5.3.2.1)."""
        row = self._authorize(A.ACCEPT, actor, entities)
        responder = entities.get(self.responding_entity_id)
        coordinator = self._settle_coordinator(responder, coordinator_id, A.ACCEPT)
        previous = self.deadline
        assert previous is not None
        if proposed_deadline is not None:
            deadlines.check_proposal(
                proposed_deadline, current=previous, today=now.date(), field="proposed_deadline"
            )
            self.agreed_deadline = proposed_deadline
        self.responding_coordinator_id = coordinator
        self.accepted_at = now
        self._move(row, actor, now)
        assert self.deadline is not None
        self._record(RequestAccepted, actor, now, deadline=self.deadline)
        if proposed_deadline is not None:
            self._record(
                RequestDeadlineChanged,
                actor,
                now,
                previous_deadline=previous,
                deadline=self.deadline,
            )

    def refuse(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, justification: FreeText
    ) -> None:
        """Refuse in exceptional circumstances (flag, or a coordinator); closes at once."""
        row = self._authorize(A.REFUSE, actor, entities)
        note = required_text(justification, field="justification")
        self._move(row, actor, now, note)
        self._record(RequestRefused, actor, now)

    def forward(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        target_entity_id: str,
        justification: FreeText,
    ) -> None:
        """Hand the whole request to another authority or coordinator of the responder's
        country; after acceptance the draft answers and the responder's comments are lost
        (§5.3.2.3). The deadline stays."""
        row = self._authorize(A.FORWARD, actor, entities)
        self._check_target(entities, target_entity_id, A.FORWARD)
        note = required_text(justification, field="justification")
        previous = self.responding_entity_id
        after_acceptance = self.state is RequestState.ACCEPTED
        self._move(row, actor, now, note)
        self._hand_over(target_entity_id, now)
        self._record(
            RequestForwarded,
            actor,
            now,
            previous_responding_entity_id=previous,
            after_acceptance=after_acceptance,
        )

    def _hand_over(self: "Request", target_entity_id: str, now: datetime) -> None:
        self.former_responders = (*self.former_responders, self.responding_entity_id)
        self.responding_entity_id = target_entity_id
        self.responding_coordinator_id = ""
        self.accepted_at = None
        self.received_at = now
        self.answer_draft = {}
        self.messages = [m for m in self.messages if m.side is Side.REQUESTING]
        self.attachments = tuple(a for a in self.attachments if a.side is Side.REQUESTING)
        for party in (P.RESPONDER, P.RESPONDING_COORDINATOR):
            self.assignments.pop(party, None)
            self.last_actors.pop(party, None)

    def _check_target(self: "Request", entities: Entities, target_id: str, action: Action) -> None:
        """Forward and split stay in the responder's country, to an entity able to receive."""
        target = entities.get(target_id)
        responder = entities.get(self.responding_entity_id)
        parties = {self.requesting_entity_id, self.responding_entity_id}
        self._require(target_id not in parties, action, C.TARGET_IS_NEW)
        self._require(target.country == responder.country, action, C.TARGET_IN_SAME_COUNTRY)
        self._require(target.active, action, C.TARGET_ACTIVE)
        self._require(target.accepts_foreign_requests, action, C.TARGET_ACCEPTS_FOREIGN_REQUESTS)

    def split(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        new_request_id: str,
        new_number: str,
        target_entity_id: str,
        question_ids: tuple[str, ...],
        attachment_ids: tuple[str, ...],
        justification: FreeText,
    ) -> "Request":
        """Send some questions, with copies of some attachments, to another entity as a new
        request; this one keeps the other questions and every attachment (§5.3.2.4)."""
        row = self._authorize(A.SPLIT, actor, entities)
        self._check_target(entities, target_entity_id, A.SPLIT)
        note = required_text(justification, field="justification")
        moved, kept = self._partition(question_ids)
        copies = self._attachments_to_copy(attachment_ids)
        part = self._split_part(new_request_id, new_number, target_entity_id, moved, copies)
        part._receive_split(actor, now, note, origin=self)
        self.questions = kept
        self.answer_draft = {k: v for k, v in self.answer_draft.items() if k not in question_ids}
        self._move(row, actor, now, note)
        self._record(
            RequestSplit,
            actor,
            now,
            new_request_id=new_request_id,
            new_responding_entity_id=target_entity_id,
            moved_question_ids=tuple(q.question_id for q in moved),
            copied_attachment_ids=tuple(a.attachment_id for a in copies),
            personal_data_copied=self.has_personal_data,
        )
        return part

    def _partition(
        self: "Request", question_ids: tuple[str, ...]
    ) -> tuple[tuple[AskedQuestion, ...], tuple[AskedQuestion, ...]]:
        wanted = set(question_ids)
        asked = {q.question_id for q in self.questions}
        if not wanted or len(wanted) != len(question_ids) or not wanted <= asked:
            raise InvalidField("question_ids", "in_request", "choose questions of this request")
        if wanted == asked:
            raise InvalidField("question_ids", "keep_one", "keep at least one question (forward)")
        moved = tuple(q for q in self.questions if q.question_id in wanted)
        kept = tuple(q for q in self.questions if q.question_id not in wanted)
        return moved, kept

    def _attachments_to_copy(
        self: "Request", attachment_ids: tuple[str, ...]
    ) -> tuple[Attachment, ...]:
        known = {a.attachment_id: a for a in self.attachments}
        if len(set(attachment_ids)) != len(attachment_ids) or not set(attachment_ids) <= set(known):
            raise InvalidField("attachment_ids", "in_request", "choose attachments of this request")
        return tuple(known[i] for i in attachment_ids)

    def _split_part(
        self: "Request",
        request_id: str,
        number: str,
        target: str,
        moved: tuple[AskedQuestion, ...],
        copies: tuple[Attachment, ...],
    ) -> "Request":
        return dataclasses.replace(
            self,
            request_id=request_id,
            number=number,
            state=RequestState.AWAITING_ACCEPTANCE,
            responding_entity_id=target,
            responding_coordinator_id="",
            questions=moved,
            attachments=copies,
            messages=[],
            answer_draft={},
            pending_answer=(),
            answer_rounds=[],
            assignments={P.REQUESTER: self.assigned(P.REQUESTER)},
            last_actors={k: v for k, v in self.last_actors.items() if k is P.REQUESTER},
            supervising_coordinators=frozenset(),
            former_responders=(),
            history=[],
            accepted_at=None,
            closed_at=None,
            split_from=self.request_id,
            copied_from="",
            version=1,
            events=[],
        )

    def _receive_split(
        self: "Request", actor: Actor, now: datetime, note: FreeText, *, origin: "Request"
    ) -> None:
        self.received_at = now
        self.history.append(
            HistoryEntry(A.SPLIT, None, self.state, actor.person_id, P.RESPONDER, now, note)
        )
        chosen = self.question_set()
        assert self.deadline is not None
        self._record(
            RequestSent,
            actor,
            now,
            question_set_id=chosen.set_id,
            question_set_version=chosen.version,
            deadline=self.deadline,
            split_from=origin.request_id,
            commission_notified=chosen.commission_notified,
            urgent=self.case_by_case.urgent,
            measures_may_be_taken_on=self.measures_may_be_taken_on,
        )
