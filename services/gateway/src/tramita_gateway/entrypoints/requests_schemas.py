"""HTTP shapes of information requests between authorities (requests service, IMI guide
003 §5, PRODUCT §5.1); they stop at the edge. States are the service's names without their
prefix ("DRAFT", "AWAITING_ACCEPTANCE", "ANSWERED"); dates are ISO 8601."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

RequestStateName = Literal[
    "DRAFT",
    "AWAITING_REQUEST_APPROVAL",
    "AWAITING_ACCEPTANCE",
    "ACCEPTED",
    "AWAITING_ANSWER_APPROVAL",
    "ANSWERED",
    "ADDITIONAL_INFORMATION_REQUESTED",
    "ADDITIONAL_INFORMATION_REFUSED",
    "AWAITING_REQUESTING_SUPERVISION",
    "AWAITING_RESPONDING_SUPERVISION",
    "RECONSIDERATION_REQUESTED",
    "CLOSED",
    "REFUSED",
    "WITHDRAWN",
]


class FreeTextIO(BaseModel):
    text: str = Field(max_length=8000)
    language: str = Field(
        default="pt", min_length=2, max_length=2, description="ISO 639-1 code, e.g. pt, en."
    )


class AskedQuestionIO(BaseModel):
    question_id: str = Field(max_length=40, description="A question of the chosen set.")
    remark: FreeTextIO | None = None


class NewAttachmentIO(BaseModel):
    attachment_id: str = Field(max_length=64)
    file_ref: str = Field(max_length=200, description="Reference of the stored document.")
    comment_id: str = Field(max_length=64, description="A predefined attachment comment.")
    note: FreeTextIO | None = None


class DataSubjectIO(BaseModel):
    """The person the request is about: stored apart, sealed, shown only where allowed."""

    full_name: str = Field(default="", max_length=250)
    identifier: str = Field(default="", max_length=64)
    birth_date: str = Field(default="", max_length=10)
    address: str = Field(default="", max_length=500)
    nationality: str = Field(default="", max_length=2)


class DraftContentIn(BaseModel):
    responding_entity_id: str = Field(default="", max_length=36)
    requesting_coordinator_id: str = Field(
        default="", max_length=36, description="When the entity has several coordinators."
    )
    question_set_id: str = Field(default="", max_length=64)
    questions: list[AskedQuestionIO] = Field(default_factory=list)
    attachments: list[NewAttachmentIO] = Field(default_factory=list)
    justification: FreeTextIO | None = None
    indicative_deadline: date | None = None
    has_personal_data: bool = False
    data_subject: DataSubjectIO | None = Field(
        default=None, description="Replaces the stored one when given."
    )


class CreateDraftIn(BaseModel):
    area: str = Field(max_length=64, description='Legislative area, e.g. "services-directive".')
    content: DraftContentIn = Field(default_factory=DraftContentIn)


class SaveDraftIn(BaseModel):
    expected_version: int = Field(default=0, ge=0, description="0 = do not check.")
    content: DraftContentIn


class VersionIn(BaseModel):
    expected_version: int = Field(
        default=0, ge=0, description="The version read; 409 when another change won."
    )


class JustifiedIn(VersionIn):
    justification: FreeTextIO


class OpinionIn(VersionIn):
    opinion: FreeTextIO


class AcceptIn(VersionIn):
    coordinator_id: str = Field(default="", max_length=36)
    proposed_deadline: date | None = Field(
        default=None, description="A later deadline; it becomes binding."
    )


class CommentIn(VersionIn):
    text: FreeTextIO


class AnswerIO(BaseModel):
    question_id: str = Field(max_length=40)
    answer_id: str = Field(default="", max_length=40, description="A predefined answer.")
    remark: FreeTextIO | None = None


class AnswerIn(VersionIn):
    answers: list[AnswerIO] = Field(default_factory=list)


class AttachmentOut(BaseModel):
    attachment_id: str
    file_ref: str = ""
    comment_id: str = ""
    side: str = ""
    added_by: str = ""
    added_at: datetime | None = None
    note: FreeTextIO | None = None


class MessageOut(BaseModel):
    message_id: str
    side: str = ""
    author_id: str = ""
    text: FreeTextIO | None = None
    at: datetime | None = None


class AnswerRoundOut(BaseModel):
    answers: list[AnswerIO] = Field(default_factory=list)
    sent_at: datetime | None = None


class RequestOut(BaseModel):
    """A request as the caller may see it: `data_subject` and `attachments` only where the
    personal-data policy allows (`personal_data_rule` says which rule decided)."""

    request_id: str
    number: str = ""
    area: str = ""
    state: RequestStateName | None = None
    requesting_entity_id: str = ""
    responding_entity_id: str = ""
    requesting_coordinator_id: str = ""
    responding_coordinator_id: str = ""
    question_set_id: str = ""
    question_set_version: str = ""
    questions: list[AskedQuestionIO] = Field(default_factory=list)
    attachments: list[AttachmentOut] = Field(default_factory=list)
    justification: FreeTextIO | None = None
    indicative_deadline: str = ""
    deadline: str = ""
    has_personal_data: bool = False
    personal_data_visible: bool = False
    personal_data_rule: str = ""
    data_subject: DataSubjectIO | None = None
    messages: list[MessageOut] = Field(default_factory=list)
    answer_rounds: list[AnswerRoundOut] = Field(default_factory=list)
    late: bool = False
    created_at: datetime | None = None
    sent_at: datetime | None = None
    accepted_at: datetime | None = None
    closed_at: datetime | None = None
    version: int = 0


class RequestSummaryOut(BaseModel):
    """One row of a list: no content, no personal data."""

    request_id: str
    number: str = ""
    area: str = ""
    state: RequestStateName | None = None
    requesting_entity_id: str = ""
    responding_entity_id: str = ""
    deadline: str = ""
    late: bool = False
    created_at: datetime | None = None
    sent_at: datetime | None = None
    version: int = 0


class RequestPage(BaseModel):
    requests: list[RequestSummaryOut]
    next_page_token: str = ""


class PendingActionOut(BaseModel):
    request: RequestSummaryOut
    actions: list[str] = Field(description='What the caller may do now, e.g. "ACCEPT".')


class PendingPage(BaseModel):
    pending: list[PendingActionOut]
    next_page_token: str = ""
