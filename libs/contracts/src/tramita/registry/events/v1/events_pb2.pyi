from tramita.registry.v1 import authority_pb2 as _authority_pb2
from tramita.registry.v1 import invitation_pb2 as _invitation_pb2
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

class InvitationStatusChanged(_message.Message):
    __slots__ = ("invitation_id", "inviting_entity_id", "action", "from_status", "to_status")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    inviting_entity_id: str
    action: str
    from_status: _invitation_pb2.InvitationStatus
    to_status: _invitation_pb2.InvitationStatus
    def __init__(self, invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., action: _Optional[str] = ..., from_status: _Optional[_Union[_invitation_pb2.InvitationStatus, str]] = ..., to_status: _Optional[_Union[_invitation_pb2.InvitationStatus, str]] = ...) -> None: ...

class InvitationReminderDue(_message.Message):
    __slots__ = ("invitation_id", "inviting_entity_id", "invited_email", "preferred_language", "coordinator_name", "coordinator_email", "expires_on", "link")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    INVITED_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_NAME_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_EMAIL_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_ON_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    inviting_entity_id: str
    invited_email: str
    preferred_language: str
    coordinator_name: str
    coordinator_email: str
    expires_on: str
    link: str
    def __init__(self, invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., invited_email: _Optional[str] = ..., preferred_language: _Optional[str] = ..., coordinator_name: _Optional[str] = ..., coordinator_email: _Optional[str] = ..., expires_on: _Optional[str] = ..., link: _Optional[str] = ...) -> None: ...

class InvitationRegistered(_message.Message):
    __slots__ = ("invitation_id", "inviting_entity_id", "invited_by_person_id", "entity_id", "entity_name")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    INVITED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_NAME_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    inviting_entity_id: str
    invited_by_person_id: str
    entity_id: str
    entity_name: str
    def __init__(self, invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., invited_by_person_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., entity_name: _Optional[str] = ...) -> None: ...

class AuthoritySelfRegistered(_message.Message):
    __slots__ = ("entity_id", "invitation_id", "inviting_entity_id", "official_name", "contact_email", "contact_phone", "contact_address", "website", "preferred_language", "legislative_areas", "workflows", "first_user_name", "first_user_email", "first_user_language")
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    OFFICIAL_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    CONTACT_PHONE_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    WEBSITE_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LEGISLATIVE_AREAS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    entity_id: str
    invitation_id: str
    inviting_entity_id: str
    official_name: str
    contact_email: str
    contact_phone: str
    contact_address: str
    website: str
    preferred_language: str
    legislative_areas: _containers.RepeatedScalarFieldContainer[str]
    workflows: _containers.RepeatedScalarFieldContainer[str]
    first_user_name: str
    first_user_email: str
    first_user_language: str
    def __init__(self, entity_id: _Optional[str] = ..., invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., official_name: _Optional[str] = ..., contact_email: _Optional[str] = ..., contact_phone: _Optional[str] = ..., contact_address: _Optional[str] = ..., website: _Optional[str] = ..., preferred_language: _Optional[str] = ..., legislative_areas: _Optional[_Iterable[str]] = ..., workflows: _Optional[_Iterable[str]] = ..., first_user_name: _Optional[str] = ..., first_user_email: _Optional[str] = ..., first_user_language: _Optional[str] = ...) -> None: ...

class InvitationValidated(_message.Message):
    __slots__ = ("invitation_id", "inviting_entity_id", "entity_id", "entity_name")
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_NAME_FIELD_NUMBER: _ClassVar[int]
    invitation_id: str
    inviting_entity_id: str
    entity_id: str
    entity_name: str
    def __init__(self, invitation_id: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., entity_id: _Optional[str] = ..., entity_name: _Optional[str] = ...) -> None: ...

class InvitationDayBlocked(_message.Message):
    __slots__ = ("inviting_entity_id", "day", "confirmed")
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    CONFIRMED_FIELD_NUMBER: _ClassVar[int]
    inviting_entity_id: str
    day: str
    confirmed: int
    def __init__(self, inviting_entity_id: _Optional[str] = ..., day: _Optional[str] = ..., confirmed: _Optional[int] = ...) -> None: ...

class InvitationDayReleased(_message.Message):
    __slots__ = ("inviting_entity_id", "day", "released_by_person_id", "invitations")
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    RELEASED_BY_PERSON_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    inviting_entity_id: str
    day: str
    released_by_person_id: str
    invitations: int
    def __init__(self, inviting_entity_id: _Optional[str] = ..., day: _Optional[str] = ..., released_by_person_id: _Optional[str] = ..., invitations: _Optional[int] = ...) -> None: ...
