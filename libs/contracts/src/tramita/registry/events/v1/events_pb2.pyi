from tramita.registry.v1 import registry_pb2 as _registry_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
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
