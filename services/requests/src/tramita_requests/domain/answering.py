"""Exchanging messages and attachments, and answering (003 §5.3.2.2), with the approval of
answers by the responding coordinator (§5.3.7), as methods of Request."""

from datetime import datetime
from typing import TYPE_CHECKING

from tramita_requests.domain import completeness
from tramita_requests.domain.actors import Actor, Entities
from tramita_requests.domain.content import (
    Answer,
    AnswerRound,
    Attachment,
    FreeText,
    Message,
    NewAttachment,
    clean_text,
    require_id,
    required_text,
)
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.events import (
    AnswerApproved,
    AnswerDraftSaved,
    AnswerRejected,
    AnswerSent,
    AnswerSubmitted,
    AttachmentAdded,
    CommentAdded,
)
from tramita_requests.domain.states import SIDE_OF, Action, RequestState

if TYPE_CHECKING:
    from tramita_requests.domain.model import Request

A = Action


class Answering:
    __slots__ = ()

    def add_message(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        message_id: str,
        text: FreeText,
    ) -> None:
        """A structured message to the other side, which is told of it."""
        row = self._authorize(A.ADD_MESSAGE, actor, entities)
        require_id(message_id, field="message_id")
        if any(m.message_id == message_id for m in self.messages):
            raise InvalidField("message_id", "unique", "a message with this id exists")
        side = SIDE_OF[row.party]
        body = required_text(text, field="text")
        self._move(row, actor, now)
        self.messages.append(Message(message_id, side, actor.person_id, body, now))
        self._record(CommentAdded, actor, now, message_id=message_id, side=side.value)

    def add_attachment(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        attachment: NewAttachment,
    ) -> None:
        """A document with a predefined comment explaining its relevance."""
        row = self._authorize(A.ADD_ATTACHMENT, actor, entities)
        new = completeness.check_attachment(attachment, field="attachment")
        if any(a.attachment_id == new.attachment_id for a in self.attachments):
            raise InvalidField("attachment.attachment_id", "unique", "this id is attached already")
        side = SIDE_OF[row.party]
        self._move(row, actor, now)
        self.attachments = (
            *self.attachments,
            Attachment(
                new.attachment_id,
                new.file_ref,
                new.comment_id,
                side,
                actor.person_id,
                now,
                new.note,
            ),
        )
        self._record(
            AttachmentAdded,
            actor,
            now,
            attachment_id=new.attachment_id,
            side=side.value,
            comment_id=new.comment_id,
        )

    def save_answer_draft(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        answers: tuple[Answer, ...],
    ) -> None:
        """Keep answers being written; they are lost if the request is forwarded."""
        row = self._authorize(A.SAVE_ANSWER_DRAFT, actor, entities)
        cleaned = self._clean_answers(answers)
        self._move(row, actor, now)
        self.answer_draft |= {a.question_id: a for a in cleaned}
        self._record(AnswerDraftSaved, actor, now)

    def answer(
        self: "Request",
        *,
        actor: Actor,
        entities: Entities,
        now: datetime,
        answers: tuple[Answer, ...] = (),
    ) -> None:
        """Send the answers (the draft completed by `answers`); the first answer covers every
        question, a later one (after additional information) at least one."""
        row = self._authorize(A.ANSWER, actor, entities)
        merged = self.answer_draft | {a.question_id: a for a in self._clean_answers(answers)}
        ordered = tuple(merged[q.question_id] for q in self.questions if q.question_id in merged)
        if not ordered:
            raise InvalidField("answers", "required", "answer at least one question")
        if not self.answered and len(ordered) != len(self.questions):
            raise InvalidField("answers", "complete", "the first answer covers every question")
        self._move(row, actor, now)
        self.pending_answer = ordered
        self.answer_draft = {}
        if row.target is RequestState.ANSWERED:
            self._deliver_answer(actor, now)
        else:
            self._record(AnswerSubmitted, actor, now)

    def approve_answer(self: "Request", *, actor: Actor, entities: Entities, now: datetime) -> None:
        row = self._authorize(A.APPROVE_ANSWER, actor, entities)
        self._move(row, actor, now)
        self._record(AnswerApproved, actor, now)
        self._deliver_answer(actor, now)

    def reject_answer(
        self: "Request", *, actor: Actor, entities: Entities, now: datetime, suggestions: FreeText
    ) -> None:
        """Back to the responder for amendment; the answer becomes its draft again."""
        row = self._authorize(A.REJECT_ANSWER, actor, entities)
        note = required_text(suggestions, field="suggestions")
        self._move(row, actor, now, note)
        self.answer_draft = {a.question_id: a for a in self.pending_answer}
        self.pending_answer = ()
        self._record(AnswerRejected, actor, now)

    def _deliver_answer(self: "Request", actor: Actor, now: datetime) -> None:
        late = not self.answered and self.deadline is not None and now.date() > self.deadline
        self.answer_rounds.append(AnswerRound(self.pending_answer, now))
        self.pending_answer = ()
        self._record(AnswerSent, actor, now, round=len(self.answer_rounds), late=late)

    def _clean_answers(self: "Request", answers: tuple[Answer, ...]) -> tuple[Answer, ...]:
        """Answers to this request's questions: a predefined answer allowed for the question,
        free text with its language, or both; some predefined answers need the text."""
        asked = {q.question_id for q in self.questions}
        chosen = self.question_set()
        seen: set[str] = set()
        cleaned = []
        for index, given in enumerate(answers):
            name = f"answers[{index}]"
            if given.question_id not in asked or given.question_id in seen:
                raise InvalidField(f"{name}.question_id", "in_request", "one answer per question")
            seen.add(given.question_id)
            remark = clean_text(given.remark, field=f"{name}.remark", required=False)
            question = chosen.question(given.question_id)
            assert question is not None
            if given.answer_id and given.answer_id not in question.answer_ids:
                raise InvalidField(
                    f"{name}.answer_id", "predefined", "not an answer to this question"
                )
            predefined = chosen.answer(given.answer_id) if given.answer_id else None
            if remark is None and (predefined is None or predefined.requires_text):
                raise InvalidField(f"{name}.remark", "required", "give the answer in free text")
            cleaned.append(Answer(given.question_id, given.answer_id, remark))
        return tuple(cleaned)
