import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AdministrativeRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADMINISTRATIVE_ROLE_UNSPECIFIED: _ClassVar[AdministrativeRole]
    ADMINISTRATIVE_ROLE_NIMIC: _ClassVar[AdministrativeRole]
    ADMINISTRATIVE_ROLE_SDIMIC: _ClassVar[AdministrativeRole]
    ADMINISTRATIVE_ROLE_LIMIC: _ClassVar[AdministrativeRole]
    ADMINISTRATIVE_ROLE_DIMIC: _ClassVar[AdministrativeRole]
    ADMINISTRATIVE_ROLE_COMPETENT_AUTHORITY: _ClassVar[AdministrativeRole]

class ContentRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTENT_ROLE_UNSPECIFIED: _ClassVar[ContentRole]
    CONTENT_ROLE_AUTHORITY_REQUESTS: _ClassVar[ContentRole]
    CONTENT_ROLE_REQUEST_COORDINATOR: _ClassVar[ContentRole]
    CONTENT_ROLE_ALERT_AUTHORITY: _ClassVar[ContentRole]
    CONTENT_ROLE_ALERT_COORDINATOR: _ClassVar[ContentRole]

class EntityStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTITY_STATUS_UNSPECIFIED: _ClassVar[EntityStatus]
    ENTITY_STATUS_REGISTRATION_REQUESTED: _ClassVar[EntityStatus]
    ENTITY_STATUS_ACTIVE: _ClassVar[EntityStatus]
    ENTITY_STATUS_REGISTRATION_REFUSED: _ClassVar[EntityStatus]
    ENTITY_STATUS_SUSPENDED: _ClassVar[EntityStatus]
    ENTITY_STATUS_INACTIVE: _ClassVar[EntityStatus]

class AccessStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCESS_STATUS_UNSPECIFIED: _ClassVar[AccessStatus]
    ACCESS_STATUS_REQUESTED: _ClassVar[AccessStatus]
    ACCESS_STATUS_ACTIVE: _ClassVar[AccessStatus]
    ACCESS_STATUS_SUSPENDED: _ClassVar[AccessStatus]
    ACCESS_STATUS_SUSPENDED_REACTIVATION_REQUESTED: _ClassVar[AccessStatus]
    ACCESS_STATUS_DELETED: _ClassVar[AccessStatus]
    ACCESS_STATUS_DELETED_REACTIVATION_REQUESTED: _ClassVar[AccessStatus]

class EntityAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTITY_ACTION_UNSPECIFIED: _ClassVar[EntityAction]
    ENTITY_ACTION_VALIDATE: _ClassVar[EntityAction]
    ENTITY_ACTION_REFUSE_REGISTRATION: _ClassVar[EntityAction]
    ENTITY_ACTION_SUSPEND: _ClassVar[EntityAction]
    ENTITY_ACTION_REACTIVATE: _ClassVar[EntityAction]
    ENTITY_ACTION_DEACTIVATE: _ClassVar[EntityAction]

class AccessAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCESS_ACTION_UNSPECIFIED: _ClassVar[AccessAction]
    ACCESS_ACTION_REQUEST: _ClassVar[AccessAction]
    ACCESS_ACTION_GRANT: _ClassVar[AccessAction]
    ACCESS_ACTION_REFUSE: _ClassVar[AccessAction]
    ACCESS_ACTION_SUSPEND: _ClassVar[AccessAction]
    ACCESS_ACTION_REQUEST_REACTIVATION: _ClassVar[AccessAction]
    ACCESS_ACTION_REACTIVATE: _ClassVar[AccessAction]
    ACCESS_ACTION_REJECT_REACTIVATION: _ClassVar[AccessAction]
    ACCESS_ACTION_DELETE: _ClassVar[AccessAction]
ADMINISTRATIVE_ROLE_UNSPECIFIED: AdministrativeRole
ADMINISTRATIVE_ROLE_NIMIC: AdministrativeRole
ADMINISTRATIVE_ROLE_SDIMIC: AdministrativeRole
ADMINISTRATIVE_ROLE_LIMIC: AdministrativeRole
ADMINISTRATIVE_ROLE_DIMIC: AdministrativeRole
ADMINISTRATIVE_ROLE_COMPETENT_AUTHORITY: AdministrativeRole
CONTENT_ROLE_UNSPECIFIED: ContentRole
CONTENT_ROLE_AUTHORITY_REQUESTS: ContentRole
CONTENT_ROLE_REQUEST_COORDINATOR: ContentRole
CONTENT_ROLE_ALERT_AUTHORITY: ContentRole
CONTENT_ROLE_ALERT_COORDINATOR: ContentRole
ENTITY_STATUS_UNSPECIFIED: EntityStatus
ENTITY_STATUS_REGISTRATION_REQUESTED: EntityStatus
ENTITY_STATUS_ACTIVE: EntityStatus
ENTITY_STATUS_REGISTRATION_REFUSED: EntityStatus
ENTITY_STATUS_SUSPENDED: EntityStatus
ENTITY_STATUS_INACTIVE: EntityStatus
ACCESS_STATUS_UNSPECIFIED: AccessStatus
ACCESS_STATUS_REQUESTED: AccessStatus
ACCESS_STATUS_ACTIVE: AccessStatus
ACCESS_STATUS_SUSPENDED: AccessStatus
ACCESS_STATUS_SUSPENDED_REACTIVATION_REQUESTED: AccessStatus
ACCESS_STATUS_DELETED: AccessStatus
ACCESS_STATUS_DELETED_REACTIVATION_REQUESTED: AccessStatus
ENTITY_ACTION_UNSPECIFIED: EntityAction
ENTITY_ACTION_VALIDATE: EntityAction
ENTITY_ACTION_REFUSE_REGISTRATION: EntityAction
ENTITY_ACTION_SUSPEND: EntityAction
ENTITY_ACTION_REACTIVATE: EntityAction
ENTITY_ACTION_DEACTIVATE: EntityAction
ACCESS_ACTION_UNSPECIFIED: AccessAction
ACCESS_ACTION_REQUEST: AccessAction
ACCESS_ACTION_GRANT: AccessAction
ACCESS_ACTION_REFUSE: AccessAction
ACCESS_ACTION_SUSPEND: AccessAction
ACCESS_ACTION_REQUEST_REACTIVATION: AccessAction
ACCESS_ACTION_REACTIVATE: AccessAction
ACCESS_ACTION_REJECT_REACTIVATION: AccessAction
ACCESS_ACTION_DELETE: AccessAction

class LocalizedText(_message.Message):
    __slots__ = ("pt", "en")
    PT_FIELD_NUMBER: _ClassVar[int]
    EN_FIELD_NUMBER: _ClassVar[int]
    pt: str
    en: str
    def __init__(self, pt: _Optional[str] = ..., en: _Optional[str] = ...) -> None: ...

class AuthorityContacts(_message.Message):
    __slots__ = ("email", "preferred_language", "address", "phone", "website")
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    WEBSITE_FIELD_NUMBER: _ClassVar[int]
    email: str
    preferred_language: str
    address: str
    phone: str
    website: str
    def __init__(self, email: _Optional[str] = ..., preferred_language: _Optional[str] = ..., address: _Optional[str] = ..., phone: _Optional[str] = ..., website: _Optional[str] = ...) -> None: ...

class Competences(_message.Message):
    __slots__ = ("general_horizontal", "nace_codes", "policy_areas")
    GENERAL_HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    NACE_CODES_FIELD_NUMBER: _ClassVar[int]
    POLICY_AREAS_FIELD_NUMBER: _ClassVar[int]
    general_horizontal: bool
    nace_codes: _containers.RepeatedScalarFieldContainer[str]
    policy_areas: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, general_horizontal: _Optional[bool] = ..., nace_codes: _Optional[_Iterable[str]] = ..., policy_areas: _Optional[_Iterable[str]] = ...) -> None: ...

class AuthorityProfile(_message.Message):
    __slots__ = ("official_name", "informal_title", "description", "languages", "contacts", "competences")
    OFFICIAL_NAME_FIELD_NUMBER: _ClassVar[int]
    INFORMAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    COMPETENCES_FIELD_NUMBER: _ClassVar[int]
    official_name: str
    informal_title: LocalizedText
    description: str
    languages: _containers.RepeatedScalarFieldContainer[str]
    contacts: AuthorityContacts
    competences: Competences
    def __init__(self, official_name: _Optional[str] = ..., informal_title: _Optional[_Union[LocalizedText, _Mapping]] = ..., description: _Optional[str] = ..., languages: _Optional[_Iterable[str]] = ..., contacts: _Optional[_Union[AuthorityContacts, _Mapping]] = ..., competences: _Optional[_Union[Competences, _Mapping]] = ...) -> None: ...

class WorkflowAccess(_message.Message):
    __slots__ = ("workflow", "content_role", "alert_mailbox", "status", "flags", "privileged_coordinator_ids")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bool] = ...) -> None: ...
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ROLE_FIELD_NUMBER: _ClassVar[int]
    ALERT_MAILBOX_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGED_COORDINATOR_IDS_FIELD_NUMBER: _ClassVar[int]
    workflow: str
    content_role: ContentRole
    alert_mailbox: bool
    status: AccessStatus
    flags: _containers.ScalarMap[str, bool]
    privileged_coordinator_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, workflow: _Optional[str] = ..., content_role: _Optional[_Union[ContentRole, str]] = ..., alert_mailbox: _Optional[bool] = ..., status: _Optional[_Union[AccessStatus, str]] = ..., flags: _Optional[_Mapping[str, bool]] = ..., privileged_coordinator_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AreaAccess(_message.Message):
    __slots__ = ("area", "role", "status", "access_coordinator_id", "keywords", "workflows")
    AREA_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ACCESS_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    area: str
    role: AdministrativeRole
    status: AccessStatus
    access_coordinator_id: str
    keywords: _containers.RepeatedScalarFieldContainer[str]
    workflows: _containers.RepeatedCompositeFieldContainer[WorkflowAccess]
    def __init__(self, area: _Optional[str] = ..., role: _Optional[_Union[AdministrativeRole, str]] = ..., status: _Optional[_Union[AccessStatus, str]] = ..., access_coordinator_id: _Optional[str] = ..., keywords: _Optional[_Iterable[str]] = ..., workflows: _Optional[_Iterable[_Union[WorkflowAccess, _Mapping]]] = ...) -> None: ...

class Authority(_message.Message):
    __slots__ = ("entity_id", "profile", "country", "region", "horizontal_role", "status", "validating_coordinator_id", "areas", "registered_at", "status_changed_at", "reference_data_version", "version")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_ROLE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VALIDATING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_AT_FIELD_NUMBER: _ClassVar[int]
    STATUS_CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DATA_VERSION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    profile: AuthorityProfile
    country: str
    region: str
    horizontal_role: AdministrativeRole
    status: EntityStatus
    validating_coordinator_id: str
    areas: _containers.RepeatedCompositeFieldContainer[AreaAccess]
    registered_at: _timestamp_pb2.Timestamp
    status_changed_at: _timestamp_pb2.Timestamp
    reference_data_version: str
    version: int
    def __init__(self, entity_id: _Optional[str] = ..., profile: _Optional[_Union[AuthorityProfile, _Mapping]] = ..., country: _Optional[str] = ..., region: _Optional[str] = ..., horizontal_role: _Optional[_Union[AdministrativeRole, str]] = ..., status: _Optional[_Union[EntityStatus, str]] = ..., validating_coordinator_id: _Optional[str] = ..., areas: _Optional[_Iterable[_Union[AreaAccess, _Mapping]]] = ..., registered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status_changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reference_data_version: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class WorkflowGrant(_message.Message):
    __slots__ = ("workflow", "content_role", "alert_mailbox", "flags", "privileged_coordinator_ids")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bool] = ...) -> None: ...
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ROLE_FIELD_NUMBER: _ClassVar[int]
    ALERT_MAILBOX_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGED_COORDINATOR_IDS_FIELD_NUMBER: _ClassVar[int]
    workflow: str
    content_role: ContentRole
    alert_mailbox: bool
    flags: _containers.ScalarMap[str, bool]
    privileged_coordinator_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, workflow: _Optional[str] = ..., content_role: _Optional[_Union[ContentRole, str]] = ..., alert_mailbox: _Optional[bool] = ..., flags: _Optional[_Mapping[str, bool]] = ..., privileged_coordinator_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AreaGrant(_message.Message):
    __slots__ = ("area", "role", "keywords", "workflows")
    AREA_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    area: str
    role: AdministrativeRole
    keywords: _containers.RepeatedScalarFieldContainer[str]
    workflows: _containers.RepeatedCompositeFieldContainer[WorkflowGrant]
    def __init__(self, area: _Optional[str] = ..., role: _Optional[_Union[AdministrativeRole, str]] = ..., keywords: _Optional[_Iterable[str]] = ..., workflows: _Optional[_Iterable[_Union[WorkflowGrant, _Mapping]]] = ...) -> None: ...
