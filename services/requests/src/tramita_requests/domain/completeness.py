"""What a draft must hold, checked on every save (shape) and before sending (completeness).

Saving accepts a partial draft (003 §5.3.1: "pode a qualquer altura guardar um projeto");
sending needs the responder, one question set of the request's area, at least one
question, the justification and an indicative deadline, and for the case-by-case sets the
whole checklist, the mandatory free texts and the earlier request's number (003 §7.1).
"""

from collections.abc import Iterator
from datetime import date

from tramita_requests.domain import deadlines, question_sets
from tramita_requests.domain.content import (
    REFERENCE_MAX,
    AskedQuestion,
    CaseByCase,
    DraftContent,
    FreeText,
    NewAttachment,
    clean_text,
    require_id,
)
from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.question_sets import EarlierRequest, QuestionSet, SetKind


def question_set_for(set_id: str, *, area: str, version: str = "") -> QuestionSet:
    """The set (latest version unless given), which must belong to the request's area."""
    chosen = question_sets.get(set_id, version)
    if chosen.area != area:
        raise InvalidField("question_set_id", "area", f"{set_id} is not a set of {area}")
    return chosen


def clean_questions(
    questions: tuple[AskedQuestion, ...], chosen: QuestionSet | None
) -> tuple[AskedQuestion, ...]:
    """Questions of the chosen set, each once, remarks cleaned."""
    if questions and chosen is None:
        raise InvalidField("questions", "question_set", "choose a question set first")
    seen: set[str] = set()
    cleaned = []
    for index, asked in enumerate(questions):
        name = f"questions[{index}]"
        if chosen is None or chosen.question(asked.question_id) is None:
            raise InvalidField(f"{name}.question_id", "in_set", "not a question of the set")
        if asked.question_id in seen:
            raise InvalidField(f"{name}.question_id", "unique", "each question once")
        seen.add(asked.question_id)
        remark = clean_text(asked.remark, field=f"{name}.remark", required=False)
        cleaned.append(AskedQuestion(asked.question_id, remark))
    return tuple(cleaned)


def check_attachment(attachment: NewAttachment, *, field: str) -> NewAttachment:
    require_id(attachment.attachment_id, field=f"{field}.attachment_id")
    require_id(attachment.file_ref, field=f"{field}.file_ref")
    if attachment.comment_id not in question_sets.COMMENT_IDS:
        raise InvalidField(f"{field}.comment_id", "predefined", "choose a predefined comment")
    note = clean_text(attachment.note, field=f"{field}.note", required=False)
    return NewAttachment(attachment.attachment_id, attachment.file_ref, attachment.comment_id, note)


def clean_case_by_case(value: CaseByCase, chosen: QuestionSet | None) -> CaseByCase:
    """Checklist steps and texts must belong to the set; urgency only for notifications."""
    steps = {s.step_id for s in chosen.checklist} if chosen else set()
    if unknown := sorted(value.checklist - steps):
        raise InvalidField("case_by_case.checklist", "in_set", f"unknown steps {unknown}")
    text_ids = {t.text_id for t in chosen.required_texts} if chosen else set()
    texts: dict[str, FreeText] = {}
    for text_id, text in value.texts.items():
        if text_id not in text_ids:
            raise InvalidField(f"case_by_case.texts.{text_id}", "in_set", "not a text of the set")
        if cleaned := clean_text(text, field=f"case_by_case.texts.{text_id}", required=False):
            texts[text_id] = cleaned
    if value.urgent and (chosen is None or chosen.kind is not SetKind.CASE_BY_CASE_NOTIFICATION):
        raise InvalidField("case_by_case.urgent", "notification", "only a notification is urgent")
    reference = value.earlier_request_number.strip()
    if len(reference) > REFERENCE_MAX:
        raise InvalidField("case_by_case.earlier_request_number", "max_length", "too long")
    return CaseByCase(frozenset(value.checklist), texts, reference, value.urgent)


def check_content(
    content: DraftContent, *, area: str, version: str = ""
) -> tuple[QuestionSet | None, DraftContent]:
    """The draft's set (at `version`, else the latest) and its content cleaned; raises on
    the first malformed field."""
    set_id = content.question_set_id
    chosen = question_set_for(set_id, area=area, version=version) if set_id else None
    attachments = tuple(
        check_attachment(a, field=f"attachments[{i}]") for i, a in enumerate(content.attachments)
    )
    if len({a.attachment_id for a in attachments}) != len(attachments):
        raise InvalidField("attachments", "unique", "each attachment id once")
    cleaned = DraftContent(
        responding_entity_id=content.responding_entity_id.strip(),
        requesting_coordinator_id=content.requesting_coordinator_id.strip(),
        question_set_id=content.question_set_id,
        questions=clean_questions(content.questions, chosen),
        attachments=attachments,
        justification=clean_text(content.justification, field="justification", required=False),
        indicative_deadline=content.indicative_deadline,
        has_personal_data=content.has_personal_data,
        case_by_case=clean_case_by_case(content.case_by_case, chosen),
    )
    return chosen, cleaned


def gaps(
    content: DraftContent, chosen: QuestionSet | None, *, today: date
) -> tuple[InvalidField, ...]:
    """Everything that keeps a (cleaned) draft from being sent."""
    return tuple(_gaps(content, chosen, today))


def _gaps(content: DraftContent, chosen: QuestionSet | None, today: date) -> Iterator[InvalidField]:
    if not content.responding_entity_id:
        yield InvalidField("responding_entity_id", "required", "choose the responding authority")
    if chosen is None:
        yield InvalidField("question_set_id", "required", "choose one question set")
    if not content.questions:
        yield InvalidField("questions", "required", "choose at least one question")
    if content.justification is None:
        yield InvalidField("justification", "required", "justify the request")
    try:
        deadlines.check_indicative(
            content.indicative_deadline, today=today, field="indicative_deadline"
        )
    except InvalidField as gap:
        yield gap
    if chosen is not None:
        yield from _set_gaps(content, chosen)


def _set_gaps(content: DraftContent, chosen: QuestionSet) -> Iterator[InvalidField]:
    for index, asked in enumerate(content.questions):
        question = chosen.question(asked.question_id)
        if question and question.remark_required and asked.remark is None:
            yield InvalidField(f"questions[{index}].remark", "required", "this question needs text")
    extra = content.case_by_case
    if missing := [s.step_id for s in chosen.checklist if s.step_id not in extra.checklist]:
        yield InvalidField("case_by_case.checklist", "complete", f"confirm steps {missing}")
    for text in chosen.required_texts:
        if text.applies(urgent=extra.urgent) and text.text_id not in extra.texts:
            yield InvalidField(f"case_by_case.texts.{text.text_id}", "required", "required text")
    needs_reference = chosen.earlier_request is EarlierRequest.REQUIRED_UNLESS_URGENT
    if needs_reference and not extra.urgent and not extra.earlier_request_number:
        yield InvalidField(
            "case_by_case.earlier_request_number", "required", "give the earlier request number"
        )
