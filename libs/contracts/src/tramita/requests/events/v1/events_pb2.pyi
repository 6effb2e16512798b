import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Participants(_message.Message):
    __slots__ = ("requesting_entity_id", "responding_entity_id", "requesting_coordinator_id", "responding_coordinator_id", "requesting_handler_id", "responding_handler_id", "requesting_supervisor_id", "responding_supervisor_id")
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_HANDLER_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_HANDLER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_SUPERVISOR_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONDING_SUPERVISOR_ID_FIELD_NUMBER: _ClassVar[int]
    requesting_entity_id: str
    responding_entity_id: str
    requesting_coordinator_id: str
    responding_coordinator_id: str
    requesting_handler_id: str
    responding_handler_id: str
    requesting_supervisor_id: str
    responding_supervisor_id: str
    def __init__(self, requesting_entity_id: _Optional[str] = ..., responding_entity_id: _Optional[str] = ..., requesting_coordinator_id: _Optional[str] = ..., responding_coordinator_id: _Optional[str] = ..., requesting_handler_id: _Optional[str] = ..., responding_handler_id: _Optional[str] = ..., requesting_supervisor_id: _Optional[str] = ..., responding_supervisor_id: _Optional[str] = ...) -> None: ...

class RequestCreated(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "copied_from", "personal_data_copied")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    COPIED_FROM_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_DATA_COPIED_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    copied_from: str
    personal_data_copied: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., copied_from: _Optional[str] = ..., personal_data_copied: _Optional[bool] = ...) -> None: ...

class DraftSaved(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestSubmitted(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestApproved(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestApprovalRejected(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestSent(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "question_set_id", "question_set_version", "deadline", "split_from", "commission_notified", "urgent", "measures_may_be_taken_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    QUESTION_SET_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_SET_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FROM_FIELD_NUMBER: _ClassVar[int]
    COMMISSION_NOTIFIED_FIELD_NUMBER: _ClassVar[int]
    URGENT_FIELD_NUMBER: _ClassVar[int]
    MEASURES_MAY_BE_TAKEN_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    question_set_id: str
    question_set_version: str
    deadline: str
    split_from: str
    commission_notified: bool
    urgent: bool
    measures_may_be_taken_on: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., question_set_id: _Optional[str] = ..., question_set_version: _Optional[str] = ..., deadline: _Optional[str] = ..., split_from: _Optional[str] = ..., commission_notified: _Optional[bool] = ..., urgent: _Optional[bool] = ..., measures_may_be_taken_on: _Optional[str] = ...) -> None: ...

class RequestWithdrawn(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestAccepted(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "deadline")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    deadline: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., deadline: _Optional[str] = ...) -> None: ...

class RequestDeadlineChanged(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "previous_deadline", "deadline")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_DEADLINE_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    previous_deadline: str
    deadline: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., previous_deadline: _Optional[str] = ..., deadline: _Optional[str] = ...) -> None: ...

class RequestRefused(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestForwarded(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "previous_responding_entity_id", "after_acceptance")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_ACCEPTANCE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    previous_responding_entity_id: str
    after_acceptance: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., previous_responding_entity_id: _Optional[str] = ..., after_acceptance: _Optional[bool] = ...) -> None: ...

class RequestSplit(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "new_request_id", "new_responding_entity_id", "moved_question_ids", "copied_attachment_ids", "personal_data_copied")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    NEW_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_RESPONDING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    MOVED_QUESTION_IDS_FIELD_NUMBER: _ClassVar[int]
    COPIED_ATTACHMENT_IDS_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_DATA_COPIED_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    new_request_id: str
    new_responding_entity_id: str
    moved_question_ids: _containers.RepeatedScalarFieldContainer[str]
    copied_attachment_ids: _containers.RepeatedScalarFieldContainer[str]
    personal_data_copied: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., new_request_id: _Optional[str] = ..., new_responding_entity_id: _Optional[str] = ..., moved_question_ids: _Optional[_Iterable[str]] = ..., copied_attachment_ids: _Optional[_Iterable[str]] = ..., personal_data_copied: _Optional[bool] = ...) -> None: ...

class HandlerAssigned(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "party", "assigned_person_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    PARTY_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    party: str
    assigned_person_id: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., party: _Optional[str] = ..., assigned_person_id: _Optional[str] = ...) -> None: ...

class CoordinatorChanged(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "side", "previous_coordinator_id", "coordinator_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    side: str
    previous_coordinator_id: str
    coordinator_id: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., side: _Optional[str] = ..., previous_coordinator_id: _Optional[str] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class CommentAdded(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "message_id", "side")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    message_id: str
    side: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., message_id: _Optional[str] = ..., side: _Optional[str] = ...) -> None: ...

class AttachmentAdded(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "attachment_id", "side", "comment_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    attachment_id: str
    side: str
    comment_id: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attachment_id: _Optional[str] = ..., side: _Optional[str] = ..., comment_id: _Optional[str] = ...) -> None: ...

class AnswerDraftSaved(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AnswerSubmitted(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AnswerApproved(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AnswerRejected(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AnswerSent(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "round", "late")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    ROUND_FIELD_NUMBER: _ClassVar[int]
    LATE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    round: int
    late: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., round: _Optional[int] = ..., late: _Optional[bool] = ...) -> None: ...

class AdditionalInformationRequested(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "repeated")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    REPEATED_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    repeated: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., repeated: _Optional[bool] = ...) -> None: ...

class AdditionalInformationAccepted(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AdditionalInformationRefused(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SupervisionRequested(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "side", "coordinator_id", "first_time")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_TIME_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    side: str
    coordinator_id: str
    first_time: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., side: _Optional[str] = ..., coordinator_id: _Optional[str] = ..., first_time: _Optional[bool] = ...) -> None: ...

class AnswerFoundSatisfactory(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "side")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    side: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., side: _Optional[str] = ...) -> None: ...

class AnswerFoundUnsatisfactory(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "side")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    side: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., side: _Optional[str] = ...) -> None: ...

class RequestReturnedToResponder(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "repeated")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    REPEATED_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    repeated: bool
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., repeated: _Optional[bool] = ...) -> None: ...

class PositionReiterated(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RequestClosed(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at", "reason", "closed_by_party")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CLOSED_BY_PARTY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    reason: str
    closed_by_party: str
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., closed_by_party: _Optional[str] = ...) -> None: ...

class PersonalDataBlocked(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PersonalDataErased(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DraftPurged(_message.Message):
    __slots__ = ("request_id", "requesting_entity_id", "number", "area", "actor_id", "participants", "occurred_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requesting_entity_id: str
    number: str
    area: str
    actor_id: str
    participants: Participants
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., requesting_entity_id: _Optional[str] = ..., number: _Optional[str] = ..., area: _Optional[str] = ..., actor_id: _Optional[str] = ..., participants: _Optional[_Union[Participants, _Mapping]] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
