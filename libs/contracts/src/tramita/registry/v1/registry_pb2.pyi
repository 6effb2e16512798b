import datetime

from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tramita.common.v1 import pagination_pb2 as _pagination_pb2
from tramita.registry.v1 import authority_pb2 as _authority_pb2
from tramita.registry.v1 import invitation_pb2 as _invitation_pb2
from tramita.registry.v1 import reference_pb2 as _reference_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TaxIdScheme(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TAX_ID_SCHEME_UNSPECIFIED: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_NIPC: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_CNPJ: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_FOREIGN: _ClassVar[TaxIdScheme]

class SpreadsheetFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SPREADSHEET_FORMAT_UNSPECIFIED: _ClassVar[SpreadsheetFormat]
    SPREADSHEET_FORMAT_CSV: _ClassVar[SpreadsheetFormat]
    SPREADSHEET_FORMAT_XLSX: _ClassVar[SpreadsheetFormat]
TAX_ID_SCHEME_UNSPECIFIED: TaxIdScheme
TAX_ID_SCHEME_NIPC: TaxIdScheme
TAX_ID_SCHEME_CNPJ: TaxIdScheme
TAX_ID_SCHEME_FOREIGN: TaxIdScheme
SPREADSHEET_FORMAT_UNSPECIFIED: SpreadsheetFormat
SPREADSHEET_FORMAT_CSV: SpreadsheetFormat
SPREADSHEET_FORMAT_XLSX: SpreadsheetFormat

class TaxId(_message.Message):
    __slots__ = ("scheme", "value", "country")
    SCHEME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    scheme: TaxIdScheme
    value: str
    country: str
    def __init__(self, scheme: _Optional[_Union[TaxIdScheme, str]] = ..., value: _Optional[str] = ..., country: _Optional[str] = ...) -> None: ...

class Organization(_message.Message):
    __slots__ = ("organization_id", "tax_id", "name", "registered_at", "version", "contact_email", "preferred_language")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    TAX_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    tax_id: TaxId
    name: str
    registered_at: _timestamp_pb2.Timestamp
    version: int
    contact_email: str
    preferred_language: str
    def __init__(self, organization_id: _Optional[str] = ..., tax_id: _Optional[_Union[TaxId, _Mapping]] = ..., name: _Optional[str] = ..., registered_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., contact_email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class RegisterOrganizationRequest(_message.Message):
    __slots__ = ("tax_id", "name", "idempotency_key", "contact_email", "preferred_language")
    TAX_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    tax_id: TaxId
    name: str
    idempotency_key: str
    contact_email: str
    preferred_language: str
    def __init__(self, tax_id: _Optional[_Union[TaxId, _Mapping]] = ..., name: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., contact_email: _Optional[str] = ..., preferred_language: _Optional[str] = ...) -> None: ...

class RegisterOrganizationResponse(_message.Message):
    __slots__ = ("organization",)
    ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    organization: Organization
    def __init__(self, organization: _Optional[_Union[Organization, _Mapping]] = ...) -> None: ...

class GetOrganizationRequest(_message.Message):
    __slots__ = ("organization_id",)
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    def __init__(self, organization_id: _Optional[str] = ...) -> None: ...

class GetOrganizationResponse(_message.Message):
    __slots__ = ("organization",)
    ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    organization: Organization
    def __init__(self, organization: _Optional[_Union[Organization, _Mapping]] = ...) -> None: ...

class ListOrganizationsRequest(_message.Message):
    __slots__ = ("page",)
    PAGE_FIELD_NUMBER: _ClassVar[int]
    page: _pagination_pb2.PageRequest
    def __init__(self, page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOrganizationsResponse(_message.Message):
    __slots__ = ("organizations", "page")
    ORGANIZATIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    organizations: _containers.RepeatedCompositeFieldContainer[Organization]
    page: _pagination_pb2.PageResponse
    def __init__(self, organizations: _Optional[_Iterable[_Union[Organization, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class RegisterAuthorityRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "profile", "country", "region", "horizontal_role", "areas")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_ROLE_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    profile: _authority_pb2.AuthorityProfile
    country: str
    region: str
    horizontal_role: _authority_pb2.AdministrativeRole
    areas: _containers.RepeatedCompositeFieldContainer[_authority_pb2.AreaGrant]
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., profile: _Optional[_Union[_authority_pb2.AuthorityProfile, _Mapping]] = ..., country: _Optional[str] = ..., region: _Optional[str] = ..., horizontal_role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ..., areas: _Optional[_Iterable[_Union[_authority_pb2.AreaGrant, _Mapping]]] = ...) -> None: ...

class RegisterAuthorityResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class WorkflowSettings(_message.Message):
    __slots__ = ("workflow", "privileged_coordinator_ids", "flags")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bool] = ...) -> None: ...
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGED_COORDINATOR_IDS_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    workflow: str
    privileged_coordinator_ids: _containers.RepeatedScalarFieldContainer[str]
    flags: _containers.ScalarMap[str, bool]
    def __init__(self, workflow: _Optional[str] = ..., privileged_coordinator_ids: _Optional[_Iterable[str]] = ..., flags: _Optional[_Mapping[str, bool]] = ...) -> None: ...

class ValidateAuthorityRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "workflows")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    workflows: _containers.RepeatedCompositeFieldContainer[WorkflowSettings]
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., workflows: _Optional[_Iterable[_Union[WorkflowSettings, _Mapping]]] = ...) -> None: ...

class ValidateAuthorityResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class UpdateAuthorityRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "profile", "update_mask")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    profile: _authority_pb2.AuthorityProfile
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., profile: _Optional[_Union[_authority_pb2.AuthorityProfile, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAuthorityResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class ChangeAuthorityStatusRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "action")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    action: _authority_pb2.EntityAction
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., action: _Optional[_Union[_authority_pb2.EntityAction, str]] = ...) -> None: ...

class ChangeAuthorityStatusResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class ChangeAreaAccessRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "area", "action", "grant", "coordinator_id")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    GRANT_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    area: str
    action: _authority_pb2.AccessAction
    grant: _authority_pb2.AreaGrant
    coordinator_id: str
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., area: _Optional[str] = ..., action: _Optional[_Union[_authority_pb2.AccessAction, str]] = ..., grant: _Optional[_Union[_authority_pb2.AreaGrant, _Mapping]] = ..., coordinator_id: _Optional[str] = ...) -> None: ...

class ChangeAreaAccessResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class ChangeWorkflowAccessRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "workflow", "action", "grant")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    GRANT_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    workflow: str
    action: _authority_pb2.AccessAction
    grant: _authority_pb2.WorkflowGrant
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., workflow: _Optional[str] = ..., action: _Optional[_Union[_authority_pb2.AccessAction, str]] = ..., grant: _Optional[_Union[_authority_pb2.WorkflowGrant, _Mapping]] = ...) -> None: ...

class ChangeWorkflowAccessResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class ChangeAreaRoleRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "area", "role")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    AREA_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    area: str
    role: _authority_pb2.AdministrativeRole
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., area: _Optional[str] = ..., role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ...) -> None: ...

class ChangeAreaRoleResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class ChangeWorkflowRoleRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "workflow", "content_role", "alert_mailbox")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ROLE_FIELD_NUMBER: _ClassVar[int]
    ALERT_MAILBOX_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    workflow: str
    content_role: _authority_pb2.ContentRole
    alert_mailbox: bool
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., workflow: _Optional[str] = ..., content_role: _Optional[_Union[_authority_pb2.ContentRole, str]] = ..., alert_mailbox: _Optional[bool] = ...) -> None: ...

class ChangeWorkflowRoleResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class SetWorkflowFlagsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "workflow", "flags")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: bool
        def __init__(self, key: _Optional[str] = ..., value: _Optional[bool] = ...) -> None: ...
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    workflow: str
    flags: _containers.ScalarMap[str, bool]
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., workflow: _Optional[str] = ..., flags: _Optional[_Mapping[str, bool]] = ...) -> None: ...

class SetWorkflowFlagsResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class SetPrivilegedCoordinatorsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "entity_id", "expected_version", "workflow", "coordinator_ids")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_IDS_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    entity_id: str
    expected_version: int
    workflow: str
    coordinator_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., entity_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., workflow: _Optional[str] = ..., coordinator_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SetPrivilegedCoordinatorsResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class GetAuthorityRequest(_message.Message):
    __slots__ = ("acting_entity_id", "entity_id")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    entity_id: str
    def __init__(self, acting_entity_id: _Optional[str] = ..., entity_id: _Optional[str] = ...) -> None: ...

class GetAuthorityResponse(_message.Message):
    __slots__ = ("authority",)
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
    authority: _authority_pb2.Authority
    def __init__(self, authority: _Optional[_Union[_authority_pb2.Authority, _Mapping]] = ...) -> None: ...

class AuthorityFilter(_message.Message):
    __slots__ = ("country", "role", "status", "competence", "name")
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    COMPETENCE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    country: str
    role: _authority_pb2.AdministrativeRole
    status: _authority_pb2.EntityStatus
    competence: str
    name: str
    def __init__(self, country: _Optional[str] = ..., role: _Optional[_Union[_authority_pb2.AdministrativeRole, str]] = ..., status: _Optional[_Union[_authority_pb2.EntityStatus, str]] = ..., competence: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ListAuthoritiesRequest(_message.Message):
    __slots__ = ("acting_entity_id", "filter", "page")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    filter: AuthorityFilter
    page: _pagination_pb2.PageRequest
    def __init__(self, acting_entity_id: _Optional[str] = ..., filter: _Optional[_Union[AuthorityFilter, _Mapping]] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListAuthoritiesResponse(_message.Message):
    __slots__ = ("authorities", "page")
    AUTHORITIES_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    authorities: _containers.RepeatedCompositeFieldContainer[_authority_pb2.Authority]
    page: _pagination_pb2.PageResponse
    def __init__(self, authorities: _Optional[_Iterable[_Union[_authority_pb2.Authority, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetReferenceDataRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetReferenceDataResponse(_message.Message):
    __slots__ = ("version", "nace_sections", "nace_divisions", "policy_areas", "legislative_areas", "flags")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NACE_SECTIONS_FIELD_NUMBER: _ClassVar[int]
    NACE_DIVISIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_AREAS_FIELD_NUMBER: _ClassVar[int]
    LEGISLATIVE_AREAS_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    version: str
    nace_sections: _containers.RepeatedCompositeFieldContainer[_reference_pb2.NaceSection]
    nace_divisions: _containers.RepeatedCompositeFieldContainer[_reference_pb2.NaceDivision]
    policy_areas: _containers.RepeatedCompositeFieldContainer[_reference_pb2.PolicyArea]
    legislative_areas: _containers.RepeatedCompositeFieldContainer[_reference_pb2.LegislativeArea]
    flags: _containers.RepeatedCompositeFieldContainer[_reference_pb2.FlagDefinition]
    def __init__(self, version: _Optional[str] = ..., nace_sections: _Optional[_Iterable[_Union[_reference_pb2.NaceSection, _Mapping]]] = ..., nace_divisions: _Optional[_Iterable[_Union[_reference_pb2.NaceDivision, _Mapping]]] = ..., policy_areas: _Optional[_Iterable[_Union[_reference_pb2.PolicyArea, _Mapping]]] = ..., legislative_areas: _Optional[_Iterable[_Union[_reference_pb2.LegislativeArea, _Mapping]]] = ..., flags: _Optional[_Iterable[_Union[_reference_pb2.FlagDefinition, _Mapping]]] = ...) -> None: ...

class CreateInvitationRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "draft")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    DRAFT_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    draft: _invitation_pb2.InvitationDraft
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., draft: _Optional[_Union[_invitation_pb2.InvitationDraft, _Mapping]] = ...) -> None: ...

class CreateInvitationResponse(_message.Message):
    __slots__ = ("invitation",)
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    invitation: _invitation_pb2.Invitation
    def __init__(self, invitation: _Optional[_Union[_invitation_pb2.Invitation, _Mapping]] = ...) -> None: ...

class UploadInvitationsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "content", "format")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    content: bytes
    format: SpreadsheetFormat
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., content: _Optional[bytes] = ..., format: _Optional[_Union[SpreadsheetFormat, str]] = ...) -> None: ...

class UploadInvitationsResponse(_message.Message):
    __slots__ = ("invitations",)
    INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    invitations: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.Invitation]
    def __init__(self, invitations: _Optional[_Iterable[_Union[_invitation_pb2.Invitation, _Mapping]]] = ...) -> None: ...

class GetInvitationTemplateRequest(_message.Message):
    __slots__ = ("format",)
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    format: SpreadsheetFormat
    def __init__(self, format: _Optional[_Union[SpreadsheetFormat, str]] = ...) -> None: ...

class GetInvitationTemplateResponse(_message.Message):
    __slots__ = ("content", "media_type", "filename")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    media_type: str
    filename: str
    def __init__(self, content: _Optional[bytes] = ..., media_type: _Optional[str] = ..., filename: _Optional[str] = ...) -> None: ...

class UpdateInvitationsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "invitation_ids", "changes", "update_mask")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITATION_IDS_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    invitation_ids: _containers.RepeatedScalarFieldContainer[str]
    changes: _invitation_pb2.InvitationDraft
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., invitation_ids: _Optional[_Iterable[str]] = ..., changes: _Optional[_Union[_invitation_pb2.InvitationDraft, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateInvitationsResponse(_message.Message):
    __slots__ = ("invitations",)
    INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    invitations: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.Invitation]
    def __init__(self, invitations: _Optional[_Iterable[_Union[_invitation_pb2.Invitation, _Mapping]]] = ...) -> None: ...

class SendInvitationsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "invitation_ids")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITATION_IDS_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    invitation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., invitation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SendInvitationsResponse(_message.Message):
    __slots__ = ("sent", "rejected", "blocked", "outcomes")
    SENT_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    sent: int
    rejected: int
    blocked: int
    outcomes: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.InvitationOutcome]
    def __init__(self, sent: _Optional[int] = ..., rejected: _Optional[int] = ..., blocked: _Optional[int] = ..., outcomes: _Optional[_Iterable[_Union[_invitation_pb2.InvitationOutcome, _Mapping]]] = ...) -> None: ...

class CancelInvitationRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "invitation_id", "expected_version")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    invitation_id: str
    expected_version: int
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., invitation_id: _Optional[str] = ..., expected_version: _Optional[int] = ...) -> None: ...

class CancelInvitationResponse(_message.Message):
    __slots__ = ("invitation",)
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    invitation: _invitation_pb2.Invitation
    def __init__(self, invitation: _Optional[_Union[_invitation_pb2.Invitation, _Mapping]] = ...) -> None: ...

class ReissueInvitationRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "invitation_id", "expected_version")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    invitation_id: str
    expected_version: int
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., invitation_id: _Optional[str] = ..., expected_version: _Optional[int] = ...) -> None: ...

class ReissueInvitationResponse(_message.Message):
    __slots__ = ("invitation",)
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    invitation: _invitation_pb2.Invitation
    def __init__(self, invitation: _Optional[_Union[_invitation_pb2.Invitation, _Mapping]] = ...) -> None: ...

class DeleteInvitationRequest(_message.Message):
    __slots__ = ("acting_entity_id", "idempotency_key", "invitation_id")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    idempotency_key: str
    invitation_id: str
    def __init__(self, acting_entity_id: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., invitation_id: _Optional[str] = ...) -> None: ...

class DeleteInvitationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetInvitationRequest(_message.Message):
    __slots__ = ("acting_entity_id", "invitation_id")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ID_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    invitation_id: str
    def __init__(self, acting_entity_id: _Optional[str] = ..., invitation_id: _Optional[str] = ...) -> None: ...

class GetInvitationResponse(_message.Message):
    __slots__ = ("invitation",)
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    invitation: _invitation_pb2.Invitation
    def __init__(self, invitation: _Optional[_Union[_invitation_pb2.Invitation, _Mapping]] = ...) -> None: ...

class ListInvitationsRequest(_message.Message):
    __slots__ = ("acting_entity_id", "status", "inviting_entity_id", "page")
    ACTING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    acting_entity_id: str
    status: _invitation_pb2.InvitationStatus
    inviting_entity_id: str
    page: _pagination_pb2.PageRequest
    def __init__(self, acting_entity_id: _Optional[str] = ..., status: _Optional[_Union[_invitation_pb2.InvitationStatus, str]] = ..., inviting_entity_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListInvitationsResponse(_message.Message):
    __slots__ = ("invitations", "page")
    INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    invitations: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.Invitation]
    page: _pagination_pb2.PageResponse
    def __init__(self, invitations: _Optional[_Iterable[_Union[_invitation_pb2.Invitation, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class ReleaseInvitationDayRequest(_message.Message):
    __slots__ = ("idempotency_key", "inviting_entity_id", "day")
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    INVITING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    idempotency_key: str
    inviting_entity_id: str
    day: str
    def __init__(self, idempotency_key: _Optional[str] = ..., inviting_entity_id: _Optional[str] = ..., day: _Optional[str] = ...) -> None: ...

class ReleaseInvitationDayResponse(_message.Message):
    __slots__ = ("invitations",)
    INVITATIONS_FIELD_NUMBER: _ClassVar[int]
    invitations: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.Invitation]
    def __init__(self, invitations: _Optional[_Iterable[_Union[_invitation_pb2.Invitation, _Mapping]]] = ...) -> None: ...

class CheckRegistrationCodeRequest(_message.Message):
    __slots__ = ("registration_code",)
    REGISTRATION_CODE_FIELD_NUMBER: _ClassVar[int]
    registration_code: str
    def __init__(self, registration_code: _Optional[str] = ...) -> None: ...

class CheckRegistrationCodeResponse(_message.Message):
    __slots__ = ("invitation",)
    INVITATION_FIELD_NUMBER: _ClassVar[int]
    invitation: _invitation_pb2.InvitationSummary
    def __init__(self, invitation: _Optional[_Union[_invitation_pb2.InvitationSummary, _Mapping]] = ...) -> None: ...

class SelfRegisterRequest(_message.Message):
    __slots__ = ("registration_code", "idempotency_key", "profile", "region", "areas", "first_user")
    REGISTRATION_CODE_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    AREAS_FIELD_NUMBER: _ClassVar[int]
    FIRST_USER_FIELD_NUMBER: _ClassVar[int]
    registration_code: str
    idempotency_key: str
    profile: _authority_pb2.AuthorityProfile
    region: str
    areas: _containers.RepeatedCompositeFieldContainer[_invitation_pb2.AreaKeywords]
    first_user: _invitation_pb2.FirstUser
    def __init__(self, registration_code: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., profile: _Optional[_Union[_authority_pb2.AuthorityProfile, _Mapping]] = ..., region: _Optional[str] = ..., areas: _Optional[_Iterable[_Union[_invitation_pb2.AreaKeywords, _Mapping]]] = ..., first_user: _Optional[_Union[_invitation_pb2.FirstUser, _Mapping]] = ...) -> None: ...

class SelfRegisterResponse(_message.Message):
    __slots__ = ("summary",)
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    summary: _invitation_pb2.SelfRegistrationSummary
    def __init__(self, summary: _Optional[_Union[_invitation_pb2.SelfRegistrationSummary, _Mapping]] = ...) -> None: ...
