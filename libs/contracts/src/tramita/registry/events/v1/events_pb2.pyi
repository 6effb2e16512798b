from tramita.registry.v1 import authority_pb2 as _authority_pb2
from tramita.registry.v1 import registry_pb2 as _registry_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OrganizationRegistered(_message.Message):
    __slots__ = ("organization_id", "tax_id", "name", "registered_by_person_id", "contact_email", "preferred_language")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    TAX_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    tax_id: _registry_pb2.TaxId
    name: str
    registered_by_person_id: str
    contact_email: str
    preferred_language: str
    def __init__(self, organization_id: _Optional[str] = ..., tax_id: _Optional[_Union[_registry_pb2.TaxId, _Mapping]] = ..., name: _Optional[str] = ..., registered_by_person_id: _Optional[str] = ..., contact_email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class EntityContactChanged(_message.Message):
    __slots__ = ("entity_id", "contact_email", "preferred_language")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    contact_email: str
    preferred_language: str
    def __init__(self, entity_id: _Optional[str] = ..., contact_email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class AllocationChanged(_message.Message):
    __slots__ = ("entity_id", "workflow", "uses_allocation")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    USES_ALLOCATION_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    workflow: str
    uses_allocation: bool
    def __init__(self, entity_id: _Optional[str] = ..., workflow: _Optional[str] = ..., uses_allocation: _Optional[bool] = ...) -> None: ...

class AuthorityRegistered(_message.Message):
    __slots__ = ("entity_id", "official_name", "country", "region", "status", "horizontal_role", "validating_coordinator_id", "registered_by_person_id", "contact_email", "preferred_language")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    OFFICIAL_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_ROLE_FIELD_NUMBER: _ClassVar[int]
    VALIDATING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    official_name: str
    country: str
    region: str
    status: _authority_pb2.EntityStatus
    horizontal_role: _authority_pb2.AdministrativeRole
    validating_coordinator_id: str
    registered_by_person_id: str
    contact_email: str
    preferred_language: str
    def __init__(self, entity_id: _Optional[str] = ..., official_name: _Optional[str] = ..., country: _Optional[str] = ..., region: _Optional[str] = ..., status: _Optional[_Union[_authority_pb2.EntityStatus, str]] = ..., horizontal_role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ..., validating_coordinator_id: _Optional[str] = ..., registered_by_person_id: _Optional[str] = ..., contact_email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class AuthorityValidated(_message.Message):
    __slots__ = ("entity_id", "validating_coordinator_id")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    VALIDATING_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    validating_coordinator_id: str
    def __init__(self, entity_id: _Optional[str] = ..., validating_coordinator_id: _Optional[str] = ...) -> None: ...

class AuthorityDetailsChanged(_message.Message):
    __slots__ = ("entity_id", "fields")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, entity_id: _Optional[str] = ..., fields: _Optional[_Iterable[str]] = ...) -> None: ...

class EntityStatusChanged(_message.Message):
    __slots__ = ("entity_id", "action", "from_status", "to_status")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    action: _authority_pb2.EntityAction
    from_status: _authority_pb2.EntityStatus
    to_status: _authority_pb2.EntityStatus
    def __init__(self, entity_id: _Optional[str] = ..., action: _Optional[_Union[_authority_pb2.EntityAction, str]] = ..., from_status: _Optional[_Union[_authority_pb2.EntityStatus, str]] = ..., to_status: _Optional[_Union[_authority_pb2.EntityStatus, str]] = ...) -> None: ...

class AreaAccessChanged(_message.Message):
    __slots__ = ("entity_id", "area", "action", "from_status", "to_status", "role", "access_coordinator_id")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ACCESS_COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    area: str
    action: _authority_pb2.AccessAction
    from_status: _authority_pb2.AccessStatus
    to_status: _authority_pb2.AccessStatus
    role: _authority_pb2.AdministrativeRole
    access_coordinator_id: str
    def __init__(self, entity_id: _Optional[str] = ..., area: _Optional[str] = ..., action: _Optional[_Union[_authority_pb2.AccessAction, str]] = ..., from_status: _Optional[_Union[_authority_pb2.AccessStatus, str]] = ..., to_status: _Optional[_Union[_authority_pb2.AccessStatus, str]] = ..., role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ..., access_coordinator_id: _Optional[str] = ...) -> None: ...

class WorkflowAccessChanged(_message.Message):
    __slots__ = ("entity_id", "workflow", "action", "from_status", "to_status", "content_role")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ROLE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    workflow: str
    action: _authority_pb2.AccessAction
    from_status: _authority_pb2.AccessStatus
    to_status: _authority_pb2.AccessStatus
    content_role: _authority_pb2.ContentRole
    def __init__(self, entity_id: _Optional[str] = ..., workflow: _Optional[str] = ..., action: _Optional[_Union[_authority_pb2.AccessAction, str]] = ..., from_status: _Optional[_Union[_authority_pb2.AccessStatus, str]] = ..., to_status: _Optional[_Union[_authority_pb2.AccessStatus, str]] = ..., content_role: _Optional[_Union[_authority_pb2.ContentRole, str]] = ...) -> None: ...

class AreaRoleChanged(_message.Message):
    __slots__ = ("entity_id", "area", "role")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    area: str
    role: _authority_pb2.AdministrativeRole
    def __init__(self, entity_id: _Optional[str] = ..., area: _Optional[str] = ..., role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ...) -> None: ...

class WorkflowRoleChanged(_message.Message):
    __slots__ = ("entity_id", "workflow", "content_role", "alert_mailbox")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ROLE_FIELD_NUMBER: _ClassVar[int]
    ALERT_MAILBOX_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    workflow: str
    content_role: _authority_pb2.ContentRole
    alert_mailbox: bool
    def __init__(self, entity_id: _Optional[str] = ..., workflow: _Optional[str] = ..., content_role: _Optional[_Union[_authority_pb2.ContentRole, str]] = ..., alert_mailbox: _Optional[bool] = ...) -> None: ...

class WorkflowFlagsChanged(_message.Message):
    __slots__ = ("entity_id", "workflow", "flags")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bool] = ...) -> None: ...
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    workflow: str
    flags: _containers.ScalarMap[str, bool]
    def __init__(self, entity_id: _Optional[str] = ..., workflow: _Optional[str] = ..., flags: _Optional[_Mapping[str, bool]] = ...) -> None: ...

class PrivilegedCoordinatorsChanged(_message.Message):
    __slots__ = ("entity_id", "workflow", "coordinator_ids")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_IDS_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    workflow: str
    coordinator_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, entity_id: _Optional[str] = ..., workflow: _Optional[str] = ..., coordinator_ids: _Optional[_Iterable[str]] = ...) -> None: ...
