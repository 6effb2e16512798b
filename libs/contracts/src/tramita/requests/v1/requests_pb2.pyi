import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tramita.common.v1 import pagination_pb2 as _pagination_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RequestState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REQUEST_STATE_UNSPECIFIED: _ClassVar[RequestState]
    REQUEST_STATE_DRAFT: _ClassVar[RequestState]
    REQUEST_STATE_AWAITING_REQUEST_APPROVAL: _ClassVar[RequestState]
    REQUEST_STATE_AWAITING_ACCEPTANCE: _ClassVar[RequestState]
    REQUEST_STATE_ACCEPTED: _ClassVar[RequestState]
    REQUEST_STATE_AWAITING_ANSWER_APPROVAL: _ClassVar[RequestState]
    REQUEST_STATE_ANSWERED: _ClassVar[RequestState]
    REQUEST_STATE_ADDITIONAL_INFORMATION_REQUESTED: _ClassVar[RequestState]
    REQUEST_STATE_ADDITIONAL_INFORMATION_REFUSED: _ClassVar[RequestState]
    REQUEST_STATE_AWAITING_REQUESTING_SUPERVISION: _ClassVar[RequestState]
    REQUEST_STATE_AWAITING_RESPONDING_SUPERVISION: _ClassVar[RequestState]
    REQUEST_STATE_RECONSIDERATION_REQUESTED: _ClassVar[RequestState]
    REQUEST_STATE_CLOSED: _ClassVar[RequestState]
    REQUEST_STATE_REFUSED: _ClassVar[RequestState]
    REQUEST_STATE_WITHDRAWN: _ClassVar[RequestState]
REQUEST_STATE_UNSPECIFIED: RequestState
REQUEST_STATE_DRAFT: RequestState
REQUEST_STATE_AWAITING_REQUEST_APPROVAL: RequestState
REQUEST_STATE_AWAITING_ACCEPTANCE: RequestState
REQUEST_STATE_ACCEPTED: RequestState
REQUEST_STATE_AWAITING_ANSWER_APPROVAL: RequestState
REQUEST_STATE_ANSWERED: RequestState
REQUEST_STATE_ADDITIONAL_INFORMATION_REQUESTED: RequestState
REQUEST_STATE_ADDITIONAL_INFORMATION_REFUSED: RequestState
REQUEST_STATE_AWAITING_REQUESTING_SUPERVISION: RequestState
REQUEST_STATE_AWAITING_RESPONDING_SUPERVISION: RequestState
REQUEST_STATE_RECONSIDERATION_REQUESTED: RequestState
REQUEST_STATE_CLOSED: RequestState
REQUEST_STATE_REFUSED: RequestState
REQUEST_STATE_WITHDRAWN: RequestState

class FreeText(_message.Message):
    __slots__ = ("text", "language")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    text: str
    language: str
    def __init__(self, text: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class AskedQuestion(_message.Message):
    __slots__ = ("question_id", "remark")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    REMARK_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    remark: FreeText
    def __init__(self, question_id: _Optional[str] = ..., remark: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class NewAttachment(_message.Message):
    __slots__ = ("attachment_id", "file_ref", "comment_id", "note")
    ATTACHMENT_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_REF_FIELD_NUMBER: _ClassVar[int]
    COMMENT_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    attachment_id: str
    file_ref: str
    comment_id: str
    note: FreeText
    def __init__(self, attachment_id: _Optional[str] = ..., file_ref: _Optional[str] = ..., comment_id: _Optional[str] = ..., note: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class Attachment(_message.Message):
    __slots__ = ("attachment_id", "file_ref", "comment_id", "side", "added_by", "added_at", "note")
    ATTACHMENT_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_REF_FIELD_NUMBER: _ClassVar[int]
    COMMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    ADDED_BY_FIELD_NUMBER: _ClassVar[int]
    ADDED_AT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    attachment_id: str
    file_ref: str
    comment_id: str
    side: str
    added_by: str
    added_at: _timestamp_pb2.Timestamp
    note: FreeText
    def __init__(self, attachment_id: _Optional[str] = ..., file_ref: _Optional[str] = ..., comment_id: _Optional[str] = ..., side: _Optional[str] = ..., added_by: _Optional[str] = ..., added_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., note: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class DataSubject(_message.Message):
    __slots__ = ("full_name", "identifier", "birth_date", "address", "nationality")
    FULL_NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    BIRTH_DATE_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NATIONALITY_FIELD_NUMBER: _ClassVar[int]
    full_name: str
    identifier: str
    birth_date: str
    address: str
    nationality: str
    def __init__(self, full_name: _Optional[str] = ..., identifier: _Optional[str] = ..., birth_date: _Optional[str] = ..., address: _Optional[str] = ..., nationality: _Optional[str] = ...) -> None: ...

class DraftContent(_message.Message):
    __slots__ = ("responding_entity_id", "requesting_coordinator_id", "question_set_id", "questions", "attachments", "justification", "indicative_deadline", "has_personal_data", "data_subject")
    RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_SET_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    INDICATIVE_DEADLINE_FIELD_NUMBER: _ClassVar[int]
    HAS_PERSONAL_DATA_FIELD_NUMBER: _ClassVar[int]
    DATA_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    responding_entity_id: str
    requesting_coordinator_id: str
    question_set_id: str
    questions: _containers.RepeatedCompositeFieldContainer[AskedQuestion]
    attachments: _containers.RepeatedCompositeFieldContainer[NewAttachment]
    justification: FreeText
    indicative_deadline: str
    has_personal_data: bool
    data_subject: DataSubject
    def __init__(self, responding_entity_id: _Optional[str] = ..., requesting_coordinator_id: _Optional[str] = ..., question_set_id: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[AskedQuestion, _Mapping]]] = ..., attachments: _Optional[_Iterable[_Union[NewAttachment, _Mapping]]] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ..., indicative_deadline: _Optional[str] = ..., has_personal_data: _Optional[bool] = ..., data_subject: _Optional[_Union[DataSubject, _Mapping]] = ...) -> None: ...

class Message(_message.Message):
    __slots__ = ("message_id", "side", "author_id", "text", "at")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    side: str
    author_id: str
    text: FreeText
    at: _timestamp_pb2.Timestamp
    def __init__(self, message_id: _Optional[str] = ..., side: _Optional[str] = ..., author_id: _Optional[str] = ..., text: _Optional[_Union[FreeText, _Mapping]] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Answer(_message.Message):
    __slots__ = ("question_id", "answer_id", "remark")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    REMARK_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    answer_id: str
    remark: FreeText
    def __init__(self, question_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., remark: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class AnswerRound(_message.Message):
    __slots__ = ("answers", "sent_at")
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    answers: _containers.RepeatedCompositeFieldContainer[Answer]
    sent_at: _timestamp_pb2.Timestamp
    def __init__(self, answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestDetail(_message.Message):
    __slots__ = ("request_id", "number", "area", "state", "requesting_entity_id", "responding_entity_id", "requesting_coordinator_id", "responding_coordinator_id", "question_set_id", "question_set_version", "questions", "attachments", "justification", "indicative_deadline", "deadline", "has_personal_data", "personal_data_visible", "personal_data_rule", "data_subject", "messages", "answer_rounds", "late", "created_at", "sent_at", "accepted_at", "closed_at", "version")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_SET_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_SET_VERSION_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    INDICATIVE_DEADLINE_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    HAS_PERSONAL_DATA_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_DATA_VISIBLE_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_DATA_RULE_FIELD_NUMBER: _ClassVar[int]
    DATA_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ROUNDS_FIELD_NUMBER: _ClassVar[int]
    LATE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    area: str
    state: RequestState
    requesting_entity_id: str
    responding_entity_id: str
    requesting_coordinator_id: str
    responding_coordinator_id: str
    question_set_id: str
    question_set_version: str
    questions: _containers.RepeatedCompositeFieldContainer[AskedQuestion]
    attachments: _containers.RepeatedCompositeFieldContainer[Attachment]
    justification: FreeText
    indicative_deadline: str
    deadline: str
    has_personal_data: bool
    personal_data_visible: bool
    personal_data_rule: str
    data_subject: DataSubject
    messages: _containers.RepeatedCompositeFieldContainer[Message]
    answer_rounds: _containers.RepeatedCompositeFieldContainer[AnswerRound]
    late: bool
    created_at: _timestamp_pb2.Timestamp
    sent_at: _timestamp_pb2.Timestamp
    accepted_at: _timestamp_pb2.Timestamp
    closed_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., state: _Optional[_Union[RequestState, str]] = ..., requesting_entity_id: _Optional[str] = ..., responding_entity_id: _Optional[str] = ..., requesting_coordinator_id: _Optional[str] = ..., responding_coordinator_id: _Optional[str] = ..., question_set_id: _Optional[str] = ..., question_set_version: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[AskedQuestion, _Mapping]]] = ..., attachments: _Optional[_Iterable[_Union[Attachment, _Mapping]]] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ..., indicative_deadline: _Optional[str] = ..., deadline: _Optional[str] = ..., has_personal_data: _Optional[bool] = ..., personal_data_visible: _Optional[bool] = ..., personal_data_rule: _Optional[str] = ..., data_subject: _Optional[_Union[DataSubject, _Mapping]] = ..., messages: _Optional[_Iterable[_Union[Message, _Mapping]]] = ..., answer_rounds: _Optional[_Iterable[_Union[AnswerRound, _Mapping]]] = ..., late: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., accepted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class InformationRequest(_message.Message):
    __slots__ = ("request_id", "number", "state", "requesting_entity_id", "responding_entity_id", "created_at", "area", "deadline", "late", "sent_at", "version")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    LATE_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    state: RequestState
    requesting_entity_id: str
    responding_entity_id: str
    created_at: _timestamp_pb2.Timestamp
    area: str
    deadline: str
    late: bool
    sent_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., state: _Optional[_Union[RequestState, str]] = ..., requesting_entity_id: _Optional[str] = ..., responding_entity_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., area: _Optional[str] = ..., deadline: _Optional[str] = ..., late: _Optional[bool] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class PendingAction(_message.Message):
    __slots__ = ("request", "actions")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    request: InformationRequest
    actions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, request: _Optional[_Union[InformationRequest, _Mapping]] = ..., actions: _Optional[_Iterable[str]] = ...) -> None: ...

class GetRequestRequest(_message.Message):
    __slots__ = ("request_id",)
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    def __init__(self, request_id: _Optional[str] = ...) -> None: ...

class GetRequestResponse(_message.Message):
    __slots__ = ("request", "detail")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    request: InformationRequest
    detail: RequestDetail
    def __init__(self, request: _Optional[_Union[InformationRequest, _Mapping]] = ..., detail: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class ListRequestsRequest(_message.Message):
    __slots__ = ("entity_id", "page", "states", "role")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    page: _pagination_pb2.PageRequest
    states: _containers.RepeatedScalarFieldContainer[RequestState]
    role: str
    def __init__(self, entity_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ..., states: _Optional[_Iterable[_Union[RequestState, str]]] = ..., role: _Optional[str] = ...) -> None: ...

class ListRequestsResponse(_message.Message):
    __slots__ = ("requests", "page")
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    requests: _containers.RepeatedCompositeFieldContainer[InformationRequest]
    page: _pagination_pb2.PageResponse
    def __init__(self, requests: _Optional[_Iterable[_Union[InformationRequest, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class ListPendingActionsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _pagination_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListPendingActionsResponse(_message.Message):
    __slots__ = ("pending", "page")
    PENDING_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    pending: _containers.RepeatedCompositeFieldContainer[PendingAction]
    page: _pagination_pb2.PageResponse
    def __init__(self, pending: _Optional[_Iterable[_Union[PendingAction, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class CreateDraftRequest(_message.Message):
    __slots__ = ("area", "content", "idempotency_key")
    AREA_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    area: str
    content: DraftContent
    idempotency_key: str
    def __init__(self, area: _Optional[str] = ..., content: _Optional[_Union[DraftContent, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class CreateDraftResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class SaveDraftRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "content")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    content: DraftContent
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., content: _Optional[_Union[DraftContent, _Mapping]] = ...) -> None: ...

class SaveDraftResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class SubmitRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SubmitRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class WithdrawRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class WithdrawRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class AcceptRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "coordinator_id", "proposed_deadline")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    PROPOSED_DEADLINE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    coordinator_id: str
    proposed_deadline: str
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., proposed_deadline: _Optional[str] = ...) -> None: ...

class AcceptRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class RefuseRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class RefuseRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class AddCommentRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "text")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    text: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., text: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class AddCommentResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class AnswerRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "answers")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    answers: _containers.RepeatedCompositeFieldContainer[Answer]
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ...) -> None: ...

class AnswerRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class RequestAdditionalInformationRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class RequestAdditionalInformationResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class AcceptAdditionalInformationRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AcceptAdditionalInformationResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class RefuseAdditionalInformationRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class RefuseAdditionalInformationResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class RequestSupervisionRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class RequestSupervisionResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class FindUnsatisfactoryRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "opinion")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    OPINION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    opinion: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., opinion: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class FindUnsatisfactoryResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class FindSatisfactoryRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "opinion")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    OPINION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    opinion: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., opinion: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class FindSatisfactoryResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class ReiterateAnswerRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key", "justification")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    JUSTIFICATION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    justification: FreeText
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ..., justification: _Optional[_Union[FreeText, _Mapping]] = ...) -> None: ...

class ReiterateAnswerResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...

class CloseRequestRequest(_message.Message):
    __slots__ = ("request_id", "expected_version", "idempotency_key")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    expected_version: int
    idempotency_key: str
    def __init__(self, request_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class CloseRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: RequestDetail
    def __init__(self, request: _Optional[_Union[RequestDetail, _Mapping]] = ...) -> None: ...
