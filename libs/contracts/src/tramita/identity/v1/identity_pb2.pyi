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

class FirstLoginChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FIRST_LOGIN_CHANNEL_UNSPECIFIED: _ClassVar[FirstLoginChannel]
    FIRST_LOGIN_CHANNEL_EMAIL: _ClassVar[FirstLoginChannel]
    FIRST_LOGIN_CHANNEL_SMS: _ClassVar[FirstLoginChannel]
FIRST_LOGIN_CHANNEL_UNSPECIFIED: FirstLoginChannel
FIRST_LOGIN_CHANNEL_EMAIL: FirstLoginChannel
FIRST_LOGIN_CHANNEL_SMS: FirstLoginChannel

class WhoAmIRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WhoAmIResponse(_message.Message):
    __slots__ = ("subject", "username", "roles", "active_organization_id", "consent_required", "consent", "acts_for")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    CONSENT_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    ACTS_FOR_FIELD_NUMBER: _ClassVar[int]
    subject: str
    username: str
    roles: _containers.RepeatedScalarFieldContainer[str]
    active_organization_id: str
    consent_required: bool
    consent: ConsentStatus
    acts_for: ActsFor
    def __init__(self, subject: _Optional[str] = ..., username: _Optional[str] = ..., roles: _Optional[_Iterable[str]] = ..., active_organization_id: _Optional[str] = ..., consent_required: _Optional[bool] = ..., consent: _Optional[_Union[ConsentStatus, _Mapping]] = ..., acts_for: _Optional[_Union[ActsFor, _Mapping]] = ...) -> None: ...

class ActsFor(_message.Message):
    __slots__ = ("organization_id", "actor_person_id", "role", "process_types", "source")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    actor_person_id: str
    role: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    source: str
    def __init__(self, organization_id: _Optional[str] = ..., actor_person_id: _Optional[str] = ..., role: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ..., source: _Optional[str] = ...) -> None: ...

class ConsentItem(_message.Message):
    __slots__ = ("code", "required")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    code: str
    required: bool
    def __init__(self, code: _Optional[str] = ..., required: _Optional[bool] = ...) -> None: ...

class Consent(_message.Message):
    __slots__ = ("consent_id", "person_id", "service", "items", "text_version", "given_at", "withdrawn_at", "state")
    CONSENT_ID_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TEXT_VERSION_FIELD_NUMBER: _ClassVar[int]
    GIVEN_AT_FIELD_NUMBER: _ClassVar[int]
    WITHDRAWN_AT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    consent_id: str
    person_id: str
    service: str
    items: _containers.RepeatedScalarFieldContainer[str]
    text_version: str
    given_at: _timestamp_pb2.Timestamp
    withdrawn_at: _timestamp_pb2.Timestamp
    state: str
    def __init__(self, consent_id: _Optional[str] = ..., person_id: _Optional[str] = ..., service: _Optional[str] = ..., items: _Optional[_Iterable[str]] = ..., text_version: _Optional[str] = ..., given_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., withdrawn_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[str] = ...) -> None: ...

class ConsentStatus(_message.Message):
    __slots__ = ("service", "consent_required", "items", "text_version", "current")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    CONSENT_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TEXT_VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    service: str
    consent_required: bool
    items: _containers.RepeatedCompositeFieldContainer[ConsentItem]
    text_version: str
    current: Consent
    def __init__(self, service: _Optional[str] = ..., consent_required: _Optional[bool] = ..., items: _Optional[_Iterable[_Union[ConsentItem, _Mapping]]] = ..., text_version: _Optional[str] = ..., current: _Optional[_Union[Consent, _Mapping]] = ...) -> None: ...

class GetConsentStatusRequest(_message.Message):
    __slots__ = ("service",)
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    service: str
    def __init__(self, service: _Optional[str] = ...) -> None: ...

class GetConsentStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: ConsentStatus
    def __init__(self, status: _Optional[_Union[ConsentStatus, _Mapping]] = ...) -> None: ...

class GiveConsentRequest(_message.Message):
    __slots__ = ("service", "items", "text_version")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TEXT_VERSION_FIELD_NUMBER: _ClassVar[int]
    service: str
    items: _containers.RepeatedScalarFieldContainer[str]
    text_version: str
    def __init__(self, service: _Optional[str] = ..., items: _Optional[_Iterable[str]] = ..., text_version: _Optional[str] = ...) -> None: ...

class GiveConsentResponse(_message.Message):
    __slots__ = ("consent",)
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    consent: Consent
    def __init__(self, consent: _Optional[_Union[Consent, _Mapping]] = ...) -> None: ...

class WithdrawConsentRequest(_message.Message):
    __slots__ = ("consent_id",)
    CONSENT_ID_FIELD_NUMBER: _ClassVar[int]
    consent_id: str
    def __init__(self, consent_id: _Optional[str] = ...) -> None: ...

class WithdrawConsentResponse(_message.Message):
    __slots__ = ("consent",)
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    consent: Consent
    def __init__(self, consent: _Optional[_Union[Consent, _Mapping]] = ...) -> None: ...

class ListConsentsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _pagination_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListConsentsResponse(_message.Message):
    __slots__ = ("consents", "page")
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    consents: _containers.RepeatedCompositeFieldContainer[Consent]
    page: _pagination_pb2.PageResponse
    def __init__(self, consents: _Optional[_Iterable[_Union[Consent, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class SetActingForRequest(_message.Message):
    __slots__ = ("organization_id",)
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    def __init__(self, organization_id: _Optional[str] = ...) -> None: ...

class SetActingForResponse(_message.Message):
    __slots__ = ("acts_for",)
    ACTS_FOR_FIELD_NUMBER: _ClassVar[int]
    acts_for: ActsFor
    def __init__(self, acts_for: _Optional[_Union[ActsFor, _Mapping]] = ...) -> None: ...

class Provenance(_message.Message):
    __slots__ = ("source", "recorded_at")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    source: str
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, source: _Optional[str] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Bond(_message.Message):
    __slots__ = ("bond_id", "organization_id", "person_id", "national_id", "kind", "role", "provenance", "valid_from", "valid_until", "ended_at")
    BOND_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    NATIONAL_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PROVENANCE_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_UNTIL_FIELD_NUMBER: _ClassVar[int]
    ENDED_AT_FIELD_NUMBER: _ClassVar[int]
    bond_id: str
    organization_id: str
    person_id: str
    national_id: str
    kind: str
    role: str
    provenance: Provenance
    valid_from: _timestamp_pb2.Timestamp
    valid_until: _timestamp_pb2.Timestamp
    ended_at: _timestamp_pb2.Timestamp
    def __init__(self, bond_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., person_id: _Optional[str] = ..., national_id: _Optional[str] = ..., kind: _Optional[str] = ..., role: _Optional[str] = ..., provenance: _Optional[_Union[Provenance, _Mapping]] = ..., valid_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., valid_until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ended_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PersonRef(_message.Message):
    __slots__ = ("person_id", "national_id")
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    NATIONAL_ID_FIELD_NUMBER: _ClassVar[int]
    person_id: str
    national_id: str
    def __init__(self, person_id: _Optional[str] = ..., national_id: _Optional[str] = ...) -> None: ...

class Delegation(_message.Message):
    __slots__ = ("delegation_id", "organization_id", "member_person_id", "process_types", "granted_by_person_id", "granted_at", "expires_at", "state", "ended_at", "ended_by_person_id")
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    GRANTED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    GRANTED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ENDED_AT_FIELD_NUMBER: _ClassVar[int]
    ENDED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    delegation_id: str
    organization_id: str
    member_person_id: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    granted_by_person_id: str
    granted_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    state: str
    ended_at: _timestamp_pb2.Timestamp
    ended_by_person_id: str
    def __init__(self, delegation_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., member_person_id: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ..., granted_by_person_id: _Optional[str] = ..., granted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[str] = ..., ended_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ended_by_person_id: _Optional[str] = ...) -> None: ...

class MyOrganization(_message.Message):
    __slots__ = ("organization_id", "role", "process_types", "bonds")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    BONDS_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    role: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    bonds: _containers.RepeatedCompositeFieldContainer[Bond]
    def __init__(self, organization_id: _Optional[str] = ..., role: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ..., bonds: _Optional[_Iterable[_Union[Bond, _Mapping]]] = ...) -> None: ...

class ListMyOrganizationsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _pagination_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListMyOrganizationsResponse(_message.Message):
    __slots__ = ("organizations", "page")
    ORGANIZATIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    organizations: _containers.RepeatedCompositeFieldContainer[MyOrganization]
    page: _pagination_pb2.PageResponse
    def __init__(self, organizations: _Optional[_Iterable[_Union[MyOrganization, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class ListOrganizationBondsRequest(_message.Message):
    __slots__ = ("organization_id", "page")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    page: _pagination_pb2.PageRequest
    def __init__(self, organization_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOrganizationBondsResponse(_message.Message):
    __slots__ = ("bonds", "page")
    BONDS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    bonds: _containers.RepeatedCompositeFieldContainer[Bond]
    page: _pagination_pb2.PageResponse
    def __init__(self, bonds: _Optional[_Iterable[_Union[Bond, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class LinkMemberRequest(_message.Message):
    __slots__ = ("organization_id", "member", "idempotency_key")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    member: PersonRef
    idempotency_key: str
    def __init__(self, organization_id: _Optional[str] = ..., member: _Optional[_Union[PersonRef, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class LinkMemberResponse(_message.Message):
    __slots__ = ("bond",)
    BOND_FIELD_NUMBER: _ClassVar[int]
    bond: Bond
    def __init__(self, bond: _Optional[_Union[Bond, _Mapping]] = ...) -> None: ...

class UnlinkMemberRequest(_message.Message):
    __slots__ = ("organization_id", "member", "idempotency_key")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    member: PersonRef
    idempotency_key: str
    def __init__(self, organization_id: _Optional[str] = ..., member: _Optional[_Union[PersonRef, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class UnlinkMemberResponse(_message.Message):
    __slots__ = ("bond", "revoked_delegation_ids")
    BOND_FIELD_NUMBER: _ClassVar[int]
    REVOKED_DELEGATION_IDS_FIELD_NUMBER: _ClassVar[int]
    bond: Bond
    revoked_delegation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, bond: _Optional[_Union[Bond, _Mapping]] = ..., revoked_delegation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GrantDelegationRequest(_message.Message):
    __slots__ = ("organization_id", "member", "process_types", "expires_at", "idempotency_key")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    member: PersonRef
    process_types: _containers.RepeatedScalarFieldContainer[str]
    expires_at: _timestamp_pb2.Timestamp
    idempotency_key: str
    def __init__(self, organization_id: _Optional[str] = ..., member: _Optional[_Union[PersonRef, _Mapping]] = ..., process_types: _Optional[_Iterable[str]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class GrantDelegationResponse(_message.Message):
    __slots__ = ("delegation",)
    DELEGATION_FIELD_NUMBER: _ClassVar[int]
    delegation: Delegation
    def __init__(self, delegation: _Optional[_Union[Delegation, _Mapping]] = ...) -> None: ...

class RevokeDelegationRequest(_message.Message):
    __slots__ = ("organization_id", "delegation_id", "idempotency_key")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    delegation_id: str
    idempotency_key: str
    def __init__(self, organization_id: _Optional[str] = ..., delegation_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class RevokeDelegationResponse(_message.Message):
    __slots__ = ("delegation",)
    DELEGATION_FIELD_NUMBER: _ClassVar[int]
    delegation: Delegation
    def __init__(self, delegation: _Optional[_Union[Delegation, _Mapping]] = ...) -> None: ...

class RenounceDelegationRequest(_message.Message):
    __slots__ = ("organization_id", "delegation_id", "idempotency_key")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    delegation_id: str
    idempotency_key: str
    def __init__(self, organization_id: _Optional[str] = ..., delegation_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class RenounceDelegationResponse(_message.Message):
    __slots__ = ("delegation",)
    DELEGATION_FIELD_NUMBER: _ClassVar[int]
    delegation: Delegation
    def __init__(self, delegation: _Optional[_Union[Delegation, _Mapping]] = ...) -> None: ...

class ListDelegationsRequest(_message.Message):
    __slots__ = ("organization_id", "page", "include_ended")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_ENDED_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    page: _pagination_pb2.PageRequest
    include_ended: bool
    def __init__(self, organization_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ..., include_ended: _Optional[bool] = ...) -> None: ...

class ListDelegationsResponse(_message.Message):
    __slots__ = ("delegations", "page")
    DELEGATIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    delegations: _containers.RepeatedCompositeFieldContainer[Delegation]
    page: _pagination_pb2.PageResponse
    def __init__(self, delegations: _Optional[_Iterable[_Union[Delegation, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class HistoryEntry(_message.Message):
    __slots__ = ("entry_id", "at", "actor_person_id", "action", "person_id", "bond_id", "delegation_id", "process_types", "detail")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    ACTOR_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    BOND_ID_FIELD_NUMBER: _ClassVar[int]
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    at: _timestamp_pb2.Timestamp
    actor_person_id: str
    action: str
    person_id: str
    bond_id: str
    delegation_id: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    detail: str
    def __init__(self, entry_id: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., actor_person_id: _Optional[str] = ..., action: _Optional[str] = ..., person_id: _Optional[str] = ..., bond_id: _Optional[str] = ..., delegation_id: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ..., detail: _Optional[str] = ...) -> None: ...

class ListRepresentationHistoryRequest(_message.Message):
    __slots__ = ("organization_id", "page")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    page: _pagination_pb2.PageRequest
    def __init__(self, organization_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListRepresentationHistoryResponse(_message.Message):
    __slots__ = ("entries", "page")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[HistoryEntry]
    page: _pagination_pb2.PageResponse
    def __init__(self, entries: _Optional[_Iterable[_Union[HistoryEntry, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetCapabilitiesRequest(_message.Message):
    __slots__ = ("organization_id",)
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    def __init__(self, organization_id: _Optional[str] = ...) -> None: ...

class GetCapabilitiesResponse(_message.Message):
    __slots__ = ("organization_id", "role", "process_types", "delegations", "notice")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPES_FIELD_NUMBER: _ClassVar[int]
    DELEGATIONS_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    role: str
    process_types: _containers.RepeatedScalarFieldContainer[str]
    delegations: _containers.RepeatedCompositeFieldContainer[Delegation]
    notice: str
    def __init__(self, organization_id: _Optional[str] = ..., role: _Optional[str] = ..., process_types: _Optional[_Iterable[str]] = ..., delegations: _Optional[_Iterable[_Union[Delegation, _Mapping]]] = ..., notice: _Optional[str] = ...) -> None: ...

class AuthorizeRequest(_message.Message):
    __slots__ = ("subject", "organization_id", "action", "process_type")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TYPE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    organization_id: str
    action: str
    process_type: str
    def __init__(self, subject: _Optional[str] = ..., organization_id: _Optional[str] = ..., action: _Optional[str] = ..., process_type: _Optional[str] = ...) -> None: ...

class AuthorizeResponse(_message.Message):
    __slots__ = ("allowed", "reason", "message", "role", "delegation_id", "decision_id")
    ALLOWED_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    DELEGATION_ID_FIELD_NUMBER: _ClassVar[int]
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    allowed: bool
    reason: str
    message: str
    role: str
    delegation_id: str
    decision_id: str
    def __init__(self, allowed: _Optional[bool] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ..., role: _Optional[str] = ..., delegation_id: _Optional[str] = ..., decision_id: _Optional[str] = ...) -> None: ...

class GetContactPointsRequest(_message.Message):
    __slots__ = ("person_ids", "purpose")
    PERSON_IDS_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    person_ids: _containers.RepeatedScalarFieldContainer[str]
    purpose: str
    def __init__(self, person_ids: _Optional[_Iterable[str]] = ..., purpose: _Optional[str] = ...) -> None: ...

class ContactPoint(_message.Message):
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

class GetContactPointsResponse(_message.Message):
    __slots__ = ("contacts",)
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    contacts: _containers.RepeatedCompositeFieldContainer[ContactPoint]
    def __init__(self, contacts: _Optional[_Iterable[_Union[ContactPoint, _Mapping]]] = ...) -> None: ...

class AccessApplication(_message.Message):
    __slots__ = ("name", "email", "phone", "organization", "role", "reason", "first_login_channel", "preferred_language")
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    FIRST_LOGIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    name: str
    email: str
    phone: str
    organization: str
    role: str
    reason: str
    first_login_channel: FirstLoginChannel
    preferred_language: str
    def __init__(self, name: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., organization: _Optional[str] = ..., role: _Optional[str] = ..., reason: _Optional[str] = ..., first_login_channel: _Optional[_Union[FirstLoginChannel, str]] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class ProofUpload(_message.Message):
    __slots__ = ("filename", "media_type", "content")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    filename: str
    media_type: str
    content: bytes
    def __init__(self, filename: _Optional[str] = ..., media_type: _Optional[str] = ..., content: _Optional[bytes] = ...) -> None: ...

class ProofInfo(_message.Message):
    __slots__ = ("filename", "media_type", "size", "sha256")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    filename: str
    media_type: str
    size: int
    sha256: str
    def __init__(self, filename: _Optional[str] = ..., media_type: _Optional[str] = ..., size: _Optional[int] = ..., sha256: _Optional[str] = ...) -> None: ...

class AccessRequest(_message.Message):
    __slots__ = ("access_request_id", "state", "application", "proof", "submitted_at", "validation_expires_at", "email_validated_at", "decided_at", "decided_by_person_id", "decision_reason", "person_id")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    APPLICATION_FIELD_NUMBER: _ClassVar[int]
    PROOF_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VALIDATED_AT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    DECISION_REASON_FIELD_NUMBER: _ClassVar[int]
    PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    state: str
    application: AccessApplication
    proof: ProofInfo
    submitted_at: _timestamp_pb2.Timestamp
    validation_expires_at: _timestamp_pb2.Timestamp
    email_validated_at: _timestamp_pb2.Timestamp
    decided_at: _timestamp_pb2.Timestamp
    decided_by_person_id: str
    decision_reason: str
    person_id: str
    def __init__(self, access_request_id: _Optional[str] = ..., state: _Optional[str] = ..., application: _Optional[_Union[AccessApplication, _Mapping]] = ..., proof: _Optional[_Union[ProofInfo, _Mapping]] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., validation_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., email_validated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decided_by_person_id: _Optional[str] = ..., decision_reason: _Optional[str] = ..., person_id: _Optional[str] = ...) -> None: ...

class SubmitAccessRequestRequest(_message.Message):
    __slots__ = ("application", "proof", "idempotency_key")
    APPLICATION_FIELD_NUMBER: _ClassVar[int]
    PROOF_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    application: AccessApplication
    proof: ProofUpload
    idempotency_key: str
    def __init__(self, application: _Optional[_Union[AccessApplication, _Mapping]] = ..., proof: _Optional[_Union[ProofUpload, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SubmitAccessRequestResponse(_message.Message):
    __slots__ = ("access_request_id", "state", "validation_expires_at")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    VALIDATION_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    state: str
    validation_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, access_request_id: _Optional[str] = ..., state: _Optional[str] = ..., validation_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ValidateAccessRequestEmailRequest(_message.Message):
    __slots__ = ("token", "idempotency_key")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    token: str
    idempotency_key: str
    def __init__(self, token: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ValidateAccessRequestEmailResponse(_message.Message):
    __slots__ = ("access_request_id", "state")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    state: str
    def __init__(self, access_request_id: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...

class ListAccessRequestsRequest(_message.Message):
    __slots__ = ("state", "page")
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    state: str
    page: _pagination_pb2.PageRequest
    def __init__(self, state: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListAccessRequestsResponse(_message.Message):
    __slots__ = ("access_requests", "page")
    ACCESS_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    access_requests: _containers.RepeatedCompositeFieldContainer[AccessRequest]
    page: _pagination_pb2.PageResponse
    def __init__(self, access_requests: _Optional[_Iterable[_Union[AccessRequest, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetAccessRequestProofRequest(_message.Message):
    __slots__ = ("access_request_id",)
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    def __init__(self, access_request_id: _Optional[str] = ...) -> None: ...

class GetAccessRequestProofResponse(_message.Message):
    __slots__ = ("proof", "chunk")
    PROOF_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    proof: ProofInfo
    chunk: bytes
    def __init__(self, proof: _Optional[_Union[ProofInfo, _Mapping]] = ..., chunk: _Optional[bytes] = ...) -> None: ...

class ApproveAccessRequestRequest(_message.Message):
    __slots__ = ("access_request_id", "idempotency_key")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    idempotency_key: str
    def __init__(self, access_request_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ApproveAccessRequestResponse(_message.Message):
    __slots__ = ("access_request",)
    ACCESS_REQUEST_FIELD_NUMBER: _ClassVar[int]
    access_request: AccessRequest
    def __init__(self, access_request: _Optional[_Union[AccessRequest, _Mapping]] = ...) -> None: ...

class RejectAccessRequestRequest(_message.Message):
    __slots__ = ("access_request_id", "reason", "idempotency_key")
    ACCESS_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    access_request_id: str
    reason: str
    idempotency_key: str
    def __init__(self, access_request_id: _Optional[str] = ..., reason: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class RejectAccessRequestResponse(_message.Message):
    __slots__ = ("access_request",)
    ACCESS_REQUEST_FIELD_NUMBER: _ClassVar[int]
    access_request: AccessRequest
    def __init__(self, access_request: _Optional[_Union[AccessRequest, _Mapping]] = ...) -> None: ...

class UserProfile(_message.Message):
    __slots__ = ("workflow", "profile")
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    workflow: str
    profile: str
    def __init__(self, workflow: _Optional[str] = ..., profile: _Optional[str] = ...) -> None: ...

class AuthorityUser(_message.Message):
    __slots__ = ("user_id", "entity_id", "username", "first_name", "surname", "email", "phone", "preferred_language", "profiles", "status", "created_at", "created_by_person_id", "deactivated_at", "version")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_FIELD_NUMBER: _ClassVar[int]
    SURNAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PROFILES_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    entity_id: str
    username: str
    first_name: str
    surname: str
    email: str
    phone: str
    preferred_language: str
    profiles: _containers.RepeatedCompositeFieldContainer[UserProfile]
    status: str
    created_at: _timestamp_pb2.Timestamp
    created_by_person_id: str
    deactivated_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, user_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., username: _Optional[str] = ..., first_name: _Optional[str] = ..., surname: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., preferred_language: _Optional[str] = ..., profiles: _Optional[_Iterable[_Union[UserProfile, _Mapping]]] = ..., status: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_by_person_id: _Optional[str] = ..., deactivated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class RegisterAuthorityUserRequest(_message.Message):
    __slots__ = ("entity_id", "first_name", "surname", "email", "phone", "preferred_language", "profiles", "idempotency_key")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_FIELD_NUMBER: _ClassVar[int]
    SURNAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PROFILES_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    first_name: str
    surname: str
    email: str
    phone: str
    preferred_language: str
    profiles: _containers.RepeatedCompositeFieldContainer[UserProfile]
    idempotency_key: str
    def __init__(self, entity_id: _Optional[str] = ..., first_name: _Optional[str] = ..., surname: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., preferred_language: _Optional[str] = ..., profiles: _Optional[_Iterable[_Union[UserProfile, _Mapping]]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class RegisterAuthorityUserResponse(_message.Message):
    __slots__ = ("user", "first_user", "temporary_password_expires_at")
    USER_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_PASSWORD_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    user: AuthorityUser
    first_user: bool
    temporary_password_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, user: _Optional[_Union[AuthorityUser, _Mapping]] = ..., first_user: _Optional[bool] = ..., temporary_password_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListAuthorityUsersRequest(_message.Message):
    __slots__ = ("entity_id", "include_deactivated", "page")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DEACTIVATED_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    include_deactivated: bool
    page: _pagination_pb2.PageRequest
    def __init__(self, entity_id: _Optional[str] = ..., include_deactivated: _Optional[bool] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListAuthorityUsersResponse(_message.Message):
    __slots__ = ("users", "page")
    USERS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[AuthorityUser]
    page: _pagination_pb2.PageResponse
    def __init__(self, users: _Optional[_Iterable[_Union[AuthorityUser, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetAuthorityUserRequest(_message.Message):
    __slots__ = ("entity_id", "user_id")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    user_id: str
    def __init__(self, entity_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class GetAuthorityUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: AuthorityUser
    def __init__(self, user: _Optional[_Union[AuthorityUser, _Mapping]] = ...) -> None: ...

class ChangeAuthorityUserProfilesRequest(_message.Message):
    __slots__ = ("entity_id", "user_id", "profiles", "expected_version", "idempotency_key")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILES_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    user_id: str
    profiles: _containers.RepeatedCompositeFieldContainer[UserProfile]
    expected_version: int
    idempotency_key: str
    def __init__(self, entity_id: _Optional[str] = ..., user_id: _Optional[str] = ..., profiles: _Optional[_Iterable[_Union[UserProfile, _Mapping]]] = ..., expected_version: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ChangeAuthorityUserProfilesResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: AuthorityUser
    def __init__(self, user: _Optional[_Union[AuthorityUser, _Mapping]] = ...) -> None: ...

class DeactivateAuthorityUserRequest(_message.Message):
    __slots__ = ("entity_id", "user_id", "idempotency_key")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    user_id: str
    idempotency_key: str
    def __init__(self, entity_id: _Optional[str] = ..., user_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class DeactivateAuthorityUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: AuthorityUser
    def __init__(self, user: _Optional[_Union[AuthorityUser, _Mapping]] = ...) -> None: ...

class ResetAuthorityUserPasswordRequest(_message.Message):
    __slots__ = ("entity_id", "user_id", "idempotency_key")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    user_id: str
    idempotency_key: str
    def __init__(self, entity_id: _Optional[str] = ..., user_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ResetAuthorityUserPasswordResponse(_message.Message):
    __slots__ = ("user_id", "temporary_password_expires_at")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_PASSWORD_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    temporary_password_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, user_id: _Optional[str] = ..., temporary_password_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
