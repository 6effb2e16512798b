"""Question sets, predefined answers and attachment comments as versioned data (003 §5.3.1).

Each JSON file in this package is one set at one version, with Portuguese and English
texts. A request records the id and version of its set, so a later version never changes
what an earlier request asked. Add a new version as a new file; never edit a released one.
"""

import enum
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from tramita_requests.domain.errors import UnknownQuestionSet

LANGUAGES = ("pt", "en")
SET_FILES = (
    "services_directive_general.json",
    "case_by_case_request.json",
    "case_by_case_notification.json",
)
COMMENTS_FILE = "attachment_comments.json"


class SetKind(enum.StrEnum):
    GENERAL = "general"
    CASE_BY_CASE_REQUEST = "case_by_case_request"
    CASE_BY_CASE_NOTIFICATION = "case_by_case_notification"


class EarlierRequest(enum.StrEnum):
    NONE = "none"
    REQUIRED_UNLESS_URGENT = "required_unless_urgent"


class Applies(enum.StrEnum):
    """When a mandatory free text applies: always, or only in the normal/urgent procedure."""

    ALWAYS = "always"
    NORMAL = "normal"
    URGENT = "urgent"


@dataclass(frozen=True, slots=True)
class Text:
    pt: str
    en: str

    def in_language(self, language: str) -> str:
        return self.pt if language == "pt" else self.en


@dataclass(frozen=True, slots=True)
class PredefinedAnswer:
    answer_id: str
    text: Text
    requires_text: bool


@dataclass(frozen=True, slots=True)
class Question:
    question_id: str
    text: Text
    answer_ids: tuple[str, ...]
    remark_required: bool


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    step_id: str
    text: Text


@dataclass(frozen=True, slots=True)
class RequiredText:
    text_id: str
    label: Text
    when: Applies

    def applies(self, *, urgent: bool) -> bool:
        return self.when is Applies.ALWAYS or (self.when is Applies.URGENT) == urgent


@dataclass(frozen=True, slots=True)
class QuestionSet:
    set_id: str
    version: str
    area: str
    kind: SetKind
    title: Text
    warning: Text | None
    checklist: tuple[ChecklistStep, ...]
    required_texts: tuple[RequiredText, ...]
    earlier_request: EarlierRequest
    commission_notified: bool
    measures_wait_days: int | None
    answers: tuple[PredefinedAnswer, ...]
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.question_id == question_id), None)

    def answer(self, answer_id: str) -> PredefinedAnswer | None:
        return next((a for a in self.answers if a.answer_id == answer_id), None)


@dataclass(frozen=True, slots=True)
class AttachmentComment:
    comment_id: str
    text: Text


def _text(raw: dict[str, str]) -> Text:
    return Text(pt=raw["pt"], en=raw["en"])


def _question_set(raw: dict[str, Any]) -> QuestionSet:
    return QuestionSet(
        set_id=raw["id"],
        version=raw["version"],
        area=raw["area"],
        kind=SetKind(raw["kind"]),
        title=_text(raw["title"]),
        warning=_text(raw["warning"]) if raw["warning"] else None,
        checklist=tuple(ChecklistStep(s["id"], _text(s["text"])) for s in raw["checklist"]),
        required_texts=tuple(
            RequiredText(t["id"], _text(t["label"]), Applies(t["when"]))
            for t in raw["required_texts"]
        ),
        earlier_request=EarlierRequest(raw["earlier_request"]),
        commission_notified=raw["commission_notified"],
        measures_wait_days=raw["measures_wait_days"],
        answers=tuple(
            PredefinedAnswer(a["id"], _text(a["text"]), a["requires_text"]) for a in raw["answers"]
        ),
        questions=tuple(
            Question(q["id"], _text(q["text"]), tuple(q["answers"]), q["remark_required"])
            for q in raw["questions"]
        ),
    )


def _read(name: str) -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


QUESTION_SETS: tuple[QuestionSet, ...] = tuple(_question_set(_read(name)) for name in SET_FILES)
_COMMENTS_RAW = _read(COMMENTS_FILE)
COMMENTS_VERSION: str = _COMMENTS_RAW["version"]
ATTACHMENT_COMMENTS: tuple[AttachmentComment, ...] = tuple(
    AttachmentComment(c["id"], _text(c["text"])) for c in _COMMENTS_RAW["comments"]
)
COMMENT_IDS: frozenset[str] = frozenset(c.comment_id for c in ATTACHMENT_COMMENTS)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def get(set_id: str, version: str = "") -> QuestionSet:
    """The set at `version`, or its latest version when none is given."""
    matching = [s for s in QUESTION_SETS if s.set_id == set_id]
    if version:
        matching = [s for s in matching if s.version == version]
    if not matching:
        raise UnknownQuestionSet(set_id, version)
    return max(matching, key=lambda s: _version_key(s.version))


def for_area(area: str) -> tuple[QuestionSet, ...]:
    """The latest version of every set of a legislative area."""
    ids = sorted({s.set_id for s in QUESTION_SETS if s.area == area})
    return tuple(get(set_id) for set_id in ids)


__all__ = [
    "ATTACHMENT_COMMENTS",
    "COMMENT_IDS",
    "LANGUAGES",
    "QUESTION_SETS",
    "Applies",
    "AttachmentComment",
    "ChecklistStep",
    "EarlierRequest",
    "PredefinedAnswer",
    "Question",
    "QuestionSet",
    "RequiredText",
    "SetKind",
    "Text",
    "for_area",
    "get",
]
