import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tramita.registry.v1 import authority_pb2 as _authority_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InvitationStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVITATION_STATUS_UNSPECIFIED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_DRAFT: _ClassVar[InvitationStatus]
    INVITATION_STATUS_REJECTED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_SENT: _ClassVar[InvitationStatus]
    INVITATION_STATUS_BLOCKED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_AWAITING_REGISTRATION: _ClassVar[InvitationStatus]
    INVITATION_STATUS_REGISTERED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_VALIDATED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_EXPIRED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_CANCELLED: _ClassVar[InvitationStatus]
    INVITATION_STATUS_VALIDATION_REFUSED: _ClassVar[InvitationStatus]

class InvitationRejection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVITATION_REJECTION_UNSPECIFIED: _ClassVar[InvitationRejection]
    INVITATION_REJECTION_DUPLICATE_EMAIL: _ClassVar[InvitationRejection]
    INVITATION_REJECTION_INVALID_EMAIL: _ClassVar[InvitationRejection]
    INVITATION_REJECTION_NO_WORKFLOW: _ClassVar[InvitationRejection]
INVITATION_STATUS_UNSPECIFIED: InvitationStatus
INVITATION_STATUS_DRAFT: InvitationStatus
INVITATION_STATUS_REJECTED: InvitationStatus
INVITATION_STATUS_SENT: InvitationStatus
INVITATION_STATUS_BLOCKED: InvitationStatus
INVITATION_STATUS_AWAITING_REGISTRATION: InvitationStatus
INVITATION_STATUS_REGISTERED: InvitationStatus
INVITATION_STATUS_VALIDATED: InvitationStatus
INVITATION_STATUS_EXPIRED: InvitationStatus
INVITATION_STATUS_CANCELLED: InvitationStatus
INVITATION_STATUS_VALIDATION_REFUSED: InvitationStatus
INVITATION_REJECTION_UNSPECIFIED: InvitationRejection
INVITATION_REJECTION_DUPLICATE_EMAIL: InvitationRejection
INVITATION_REJECTION_INVALID_EMAIL: InvitationRejection
INVITATION_REJECTION_NO_WORKFLOW: InvitationRejection

class InvitedArea(_message.Message):
    __slots__ = ("area", "workflows")
    AREA_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    area: str
    workflows: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, area: _Optional[str] = ..., workflows: _Optional[_Iterable[str]] = ...) -> None: ...

class InvitationDraft(_message.Message):
    __slots__ = ("email", "display_name", "areas", "message")
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    email: str
    display_name: str
    areas: _containers.RepeatedCompositeFieldContainer[InvitedArea]
    message: str
    def __init__(self, email: _Optional[str] = ..., display_name: _Optional[str] = ..., areas: _Optional[_Iterable[_Union[InvitedArea, _Mapping]]] = ..., message: _Optional[str] = ...) -> None: ...

class Invitation(_message.Message):
    __slots__ = ("invitation_id", "inviting_entity_id", "email", "display_name", "areas", "message", "status", "rejection", "bulk", "created_at", "confirmed_at", "confirmed_day", "send_at", "sent_at", "expires_at", "registered_entity_id", "issue", "status_changed_at", "version")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REJECTION_FIELD_NUMBER: _ClassVar[int]
    BULK_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    CONFIRMED_AT_FIELD_NUMBER: _ClassVar[int]
    CONFIRMED_DAY_FIELD_NUMBER: _ClassVar[int]
    SEND_AT_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUE_FIELD_NUMBER: _ClassVar[int]
    STATUS_CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    inviting_entity_id: str
    email: str
    display_name: str
    areas: _containers.RepeatedCompositeFieldContainer[InvitedArea]
    message: str
    status: InvitationStatus
    rejection: InvitationRejection
    bulk: bool
    created_at: _timestamp_pb2.Timestamp
    confirmed_at: _timestamp_pb2.Timestamp
    confirmed_day: str
    send_at: _timestamp_pb2.Timestamp
    sent_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    registered_entity_id: str
    issue: int
    status_changed_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., email: _Optional[str] = ..., display_name: _Optional[str] = ..., areas: _Optional[_Iterable[_Union[InvitedArea, _Mapping]]] = ..., message: _Optional[str] = ..., status: _Optional[_Union[InvitationStatus, str]] = ..., rejection: _Optional[_Union[InvitationRejection, str]] = ..., bulk: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., confirmed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., confirmed_day: _Optional[str] = ..., send_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., registered_entity_id: _Optional[str] = ..., issue: _Optional[int] = ..., status_changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class InvitationRowError(_message.Message):
    __slots__ = ("row", "field", "rule", "description")
    ROW_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    row: int
    field: str
    rule: str
    description: str
    def __init__(self, row: _Optional[int] = ..., field: _Optional[str] = ..., rule: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class InvitationOutcome(_message.Message):
    __slots__ = ("invitation", "reason")
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    invitation: Invitation
    reason: str
    def __init__(self, invitation: _Optional[_Union[Invitation, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class InvitationSummary(_message.Message):
    __slots__ = ("invitation_id", "display_name", "email", "areas", "message", "coordinator_name", "coordinator_email", "country", "expires_at")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_NAME_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_EMAIL_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    display_name: str
    email: str
    areas: _containers.RepeatedCompositeFieldContainer[InvitedArea]
    message: str
    coordinator_name: str
    coordinator_email: str
    country: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, invitation_id: _Optional[str] = ..., display_name: _Optional[str] = ..., email: _Optional[str] = ..., areas: _Optional[_Iterable[_Union[InvitedArea, _Mapping]]] = ..., message: _Optional[str] = ..., coordinator_name: _Optional[str] = ..., coordinator_email: _Optional[str] = ..., country: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AreaKeywords(_message.Message):
    __slots__ = ("area", "keywords")
    AREA_FIELD_NUMBER: _ClassVar[int]
    KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    area: str
    keywords: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, area: _Optional[str] = ..., keywords: _Optional[_Iterable[str]] = ...) -> None: ...

class FirstUser(_message.Message):
    __slots__ = ("name", "email", "preferred_language")
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    name: str
    email: str
    preferred_language: str
    def __init__(self, name: _Optional[str] = ..., email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class SelfRegistrationSummary(_message.Message):
    __slots__ = ("entity_id", "username", "profile", "areas", "workflows", "first_user", "coordinator_name")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_NAME_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    username: str
    profile: _authority_pb2.AuthorityProfile
    areas: _containers.RepeatedCompositeFieldContainer[AreaKeywords]
    workflows: _containers.RepeatedScalarFieldContainer[str]
    first_user: FirstUser
    coordinator_name: str
    def __init__(self, entity_id: _Optional[str] = ..., username: _Optional[str] = ..., profile: _Optional[_Union[_authority_pb2.AuthorityProfile, _Mapping]] = ..., areas: _Optional[_Iterable[_Union[AreaKeywords, _Mapping]]] = ..., workflows: _Optional[_Iterable[str]] = ..., first_user: _Optional[_Union[FirstUser, _Mapping]] = ..., coordinator_name: _Optional[str] = ...) -> None: ...
