"""Requests ↔ protobuf messages of `tramita.requests.v1` (the only place reading them)."""

from datetime import date, datetime

from google.protobuf.timestamp_pb2 import Timestamp
from tramita.requests.v1 import requests_pb2 as pb

from tramita_requests.app.handlers import Pending, RequestView
from tramita_requests.app.ports import DataSubject
from tramita_requests.domain.content import (
    Answer,
    AskedQuestion,
    DraftContent,
    FreeText,
    NewAttachment,
)
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import RequestState

SUBJECT_FIELDS = ("full_name", "identifier", "birth_date", "address", "nationality")


def state_proto(state: RequestState) -> int:
    return pb.RequestState.Value(f"REQUEST_STATE_{state.value}")


def state_from(value: int) -> RequestState:
    name = pb.RequestState.Name(value).removeprefix("REQUEST_STATE_")
    try:
        return RequestState(name)
    except ValueError:
        raise InvalidField("states", "known_state", f"unknown state {value}") from None


def date_from(value: str, *, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidField(field, "date", f"{field} is a date (YYYY-MM-DD)") from None


def text_from(message: pb.FreeText) -> FreeText | None:
    return FreeText(message.text, message.language) if message.text else None


def required_text_from(message: pb.FreeText) -> FreeText:
    return FreeText(message.text, message.language)


def _stamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def _text(value: FreeText | None) -> pb.FreeText | None:
    return None if value is None else pb.FreeText(text=value.text, language=value.language)


def content_from(message: pb.DraftContent) -> tuple[DraftContent, DataSubject | None]:
    content = DraftContent(
        responding_entity_id=message.responding_entity_id,
        requesting_coordinator_id=message.requesting_coordinator_id,
        question_set_id=message.question_set_id,
        questions=tuple(
            AskedQuestion(q.question_id, text_from(q.remark)) for q in message.questions
        ),
        attachments=tuple(
            NewAttachment(a.attachment_id, a.file_ref, a.comment_id, text_from(a.note))
            for a in message.attachments
        ),
        justification=text_from(message.justification),
        indicative_deadline=date_from(
            message.indicative_deadline, field="content.indicative_deadline"
        ),
        has_personal_data=message.has_personal_data,
    )
    subject = None
    if message.HasField("data_subject"):
        subject = DataSubject(**{f: getattr(message.data_subject, f) for f in SUBJECT_FIELDS})
    return content, subject


def answers_from(messages) -> tuple[Answer, ...]:
    return tuple(Answer(a.question_id, a.answer_id, text_from(a.remark)) for a in messages)


def _answer(answer: Answer) -> pb.Answer:
    return pb.Answer(
        question_id=answer.question_id, answer_id=answer.answer_id, remark=_text(answer.remark)
    )


def summary_proto(request: Request, *, late: bool) -> pb.InformationRequest:
    deadline = request.deadline
    return pb.InformationRequest(
        request_id=request.request_id,
        number=request.number,
        state=state_proto(request.state),
        requesting_entity_id=request.requesting_entity_id,
        responding_entity_id=request.responding_entity_id,
        created_at=_stamp(request.created_at),
        area=request.area,
        deadline=deadline.isoformat() if deadline and request.sent_at else "",
        late=late,
        sent_at=_stamp(request.sent_at),
        version=request.version,
    )


def detail_proto(view: RequestView) -> pb.RequestDetail:
    request = view.request
    deadline = request.deadline
    subject = None
    if view.subject is not None:
        subject = pb.DataSubject(**view.subject.as_dict())
    attachments = [
        pb.Attachment(
            attachment_id=a.attachment_id,
            file_ref=a.file_ref,
            comment_id=a.comment_id,
            side=a.side.value,
            added_by=a.added_by,
            added_at=_stamp(a.added_at),
            note=_text(a.note),
        )
        for a in (request.attachments if view.attachments.visible else ())
    ]
    return pb.RequestDetail(
        request_id=request.request_id,
        number=request.number,
        area=request.area,
        state=state_proto(request.state),
        requesting_entity_id=request.requesting_entity_id,
        responding_entity_id=request.responding_entity_id,
        requesting_coordinator_id=request.requesting_coordinator_id,
        responding_coordinator_id=request.responding_coordinator_id,
        question_set_id=request.question_set_id,
        question_set_version=request.question_set_version,
        questions=[
            pb.AskedQuestion(question_id=q.question_id, remark=_text(q.remark))
            for q in request.questions
        ],
        attachments=attachments,
        justification=_text(request.justification),
        indicative_deadline=(
            request.indicative_deadline.isoformat() if request.indicative_deadline else ""
        ),
        deadline=deadline.isoformat() if deadline else "",
        has_personal_data=request.has_personal_data,
        personal_data_visible=view.personal_data.visible,
        personal_data_rule=view.personal_data.rule.value,
        data_subject=subject,
        messages=[
            pb.Message(
                message_id=m.message_id,
                side=m.side.value,
                author_id=m.author_id,
                text=_text(m.text),
                at=_stamp(m.at),
            )
            for m in request.messages
        ],
        answer_rounds=[
            pb.AnswerRound(answers=[_answer(a) for a in r.answers], sent_at=_stamp(r.sent_at))
            for r in request.answer_rounds
        ],
        late=view.late,
        created_at=_stamp(request.created_at),
        sent_at=_stamp(request.sent_at),
        accepted_at=_stamp(request.accepted_at),
        closed_at=_stamp(request.closed_at),
        version=request.version,
    )


def pending_proto(pending: Pending) -> pb.PendingAction:
    return pb.PendingAction(
        request=summary_proto(pending.request, late=pending.late),
        actions=[a.value for a in pending.actions],
    )
