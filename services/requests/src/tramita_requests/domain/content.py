"""Values a request is made of: free texts with their language, questions, attachments,
messages, answers and the history of actions (003 §5.3.1, §5.3.2.2)."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from tramita_requests.domain.errors import InvalidField
from tramita_requests.domain.states import Action, Party, RequestState, Side

TEXT_MAX = 8000
REFERENCE_MAX = 40
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class FreeText:
    """Free text with the language it is written in, so the other side can machine-translate
    it (§5.3.1); `language` is an ISO 639-1 code."""

    text: str
    language: str


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A predefined question chosen from the request's set, with an optional remark."""

    question_id: str
    remark: FreeText | None = None


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """A document to attach, described by a predefined comment, with optional questions
    about it (§5.3.1) or an explanation (§5.3.2.2)."""

    attachment_id: str
    file_ref: str
    comment_id: str
    note: FreeText | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    attachment_id: str
    file_ref: str
    comment_id: str
    side: Side
    added_by: str
    added_at: datetime
    note: FreeText | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """A structured message between the two entities (§5.3.2.2)."""

    message_id: str
    side: Side
    author_id: str
    text: FreeText
    at: datetime


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one question: a predefined answer of the set, free text, or both."""

    question_id: str
    answer_id: str = ""
    remark: FreeText | None = None


@dataclass(frozen=True, slots=True)
class AnswerRound:
    """Answers as sent to the requester; rounds after the first follow additional info."""

    answers: tuple[Answer, ...]
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class CaseByCase:
    """What the case-by-case question sets add (003 §7): the confirmed checklist steps, the
    mandatory free texts, the earlier request's number and the urgency flag (§7.2)."""

    checklist: frozenset[str] = frozenset()
    texts: Mapping[str, FreeText] = field(default_factory=dict)
    earlier_request_number: str = ""
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class DraftContent:
    """Everything the requester edits while the request is a draft."""

    responding_entity_id: str = ""
    requesting_coordinator_id: str = ""
    question_set_id: str = ""
    questions: tuple[AskedQuestion, ...] = ()
    attachments: tuple[NewAttachment, ...] = ()
    justification: FreeText | None = None
    indicative_deadline: date | None = None
    has_personal_data: bool = False
    case_by_case: CaseByCase = field(default_factory=CaseByCase)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One action on the request, with its justification where the guide asks for one."""

    action: Action
    from_state: RequestState | None
    to_state: RequestState
    actor_id: str
    party: Party
    at: datetime
    note: FreeText | None = None


def clean_text(value: FreeText | None, *, field: str, required: bool) -> FreeText | None:
    """The text trimmed, its language checked; InvalidField when required and missing."""
    if value is None or not value.text.strip():
        if required:
            raise InvalidField(field, "required", f"{field} is required")
        return None
    text = value.text.strip()
    if len(text) > TEXT_MAX:
        raise InvalidField(field, "max_length", f"{field} has at most {TEXT_MAX} characters")
    if not _LANGUAGE.match(value.language):
        raise InvalidField(
            f"{field}.language", "language", "give the language as a two-letter ISO 639-1 code"
        )
    return FreeText(text, value.language)


def required_text(value: FreeText | None, *, field: str) -> FreeText:
    """A justification or other mandatory text, cleaned."""
    cleaned = clean_text(value, field=field, required=True)
    assert cleaned is not None
    return cleaned


def require_id(value: str, *, field: str) -> str:
    """An identifier given by the caller: non-empty, without surrounding spaces."""
    if not value or value != value.strip():
        raise InvalidField(field, "required", f"{field} is required")
    return value
