from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PersonRegistered(_message.Message):
    __slots__ = ("person_id",)
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    def __init__(self, person_id: _Optional[str] = ...) -> None: ...

class PersonContactChanged(_message.Message):
    __slots__ = ("person_id", "email", "phone", "preferred_language")
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    email: str
    phone: str
    preferred_language: str
    def __init__(self, person_id: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class PersonDeactivated(_message.Message):
    __slots__ = ("person_id",)
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    def __init__(self, person_id: _Optional[str] = ...) -> None: ...

class ProfileGrant(_message.Message):
    __slots__ = ("workflow", "profile")
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    workflow: str
    profile: str
    def __init__(self, workflow: _Optional[str] = ..., profile: _Optional[str] = ...) -> None: ...

class PersonProfilesChanged(_message.Message):
    __slots__ = ("person_id", "entity_id", "profiles")
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILES_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    entity_id: str
    profiles: _containers.RepeatedCompositeFieldContainer[ProfileGrant]
    def __init__(self, person_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., profiles: _Optional[_Iterable[_Union[ProfileGrant, _Mapping]]] = ...) -> None: ...

class DelegationGranted(_message.Message):
    __slots__ = ("delegation_id", "organization_id", "member_person_id", "granted_by_person_id", "process_types")
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    GRANTED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    delegation_id: str
    organization_id: str
    member_person_id: str
    granted_by_person_id: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, delegation_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., member_person_id: _Optional[str] = ..., granted_by_person_id: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ...) -> None: ...

class DelegationRevoked(_message.Message):
    __slots__ = ("delegation_id", "organization_id", "member_person_id", "revoked_by_person_id")
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    REVOKED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    delegation_id: str
    organization_id: str
    member_person_id: str
    revoked_by_person_id: str
    def __init__(self, delegation_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., member_person_id: _Optional[str] = ..., revoked_by_person_id: _Optional[str] = ...) -> None: ...

class AuthorityUserCreated(_message.Message):
    __slots__ = ("person_id", "entity_id", "entity_name", "first_user")
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_NAME_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    entity_id: str
    entity_name: str
    first_user: bool
    def __init__(self, person_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., entity_name: _Optional[str] = ..., first_user: _Optional[bool] = ...) -> None: ...

class AccessRequestSubmitted(_message.Message):
    __slots__ = ("access_request_id",)
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    def __init__(self, access_request_id: _Optional[str] = ...) -> None: ...

class AccessRequestEmailValidated(_message.Message):
    __slots__ = ("access_request_id",)
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    def __init__(self, access_request_id: _Optional[str] = ...) -> None: ...

class AccessRequestApproved(_message.Message):
    __slots__ = ("access_request_id", "person_id", "decided_by_person_id")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    person_id: str
    decided_by_person_id: str
    def __init__(self, access_request_id: _Optional[str] = ..., person_id: _Optional[str] = ..., decided_by_person_id: _Optional[str] = ...) -> None: ...

class AccessRequestRejected(_message.Message):
    __slots__ = ("access_request_id", "decided_by_person_id")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    decided_by_person_id: str
    def __init__(self, access_request_id: _Optional[str] = ..., decided_by_person_id: _Optional[str] = ...) -> None: ...

class ConsentGiven(_message.Message):
    __slots__ = ("consent_id", "person_id", "service", "items", "text_version")
    CONSENT_ID_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TEXT_VERSION_FIELD_NUMBER: _ClassVar[int]
    consent_id: str
    person_id: str
    service: str
    items: _containers.RepeatedScalarFieldContainer[str]
    text_version: str
    def __init__(self, consent_id: _Optional[str] = ..., person_id: _Optional[str] = ..., service: _Optional[str] = ..., items: _Optional[_Iterable[str]] = ..., text_version: _Optional[str] = ...) -> None: ...

class ConsentWithdrawn(_message.Message):
    __slots__ = ("consent_id", "person_id", "service", "items")
    CONSENT_ID_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    consent_id: str
    person_id: str
    service: str
    items: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, consent_id: _Optional[str] = ..., person_id: _Optional[str] = ..., service: _Optional[str] = ..., items: _Optional[_Iterable[str]] = ...) -> None: ...
