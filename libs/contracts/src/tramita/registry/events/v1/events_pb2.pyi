from tramita.registry.v1 import registry_pb2 as _registry_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OrganizationRegistered(_message.Message):
    __slots__ = ("organization_id", "tax_id", "name")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    TAX_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    tax_id: _registry_pb2.TaxId
    name: str
    def __init__(self, organization_id: _Optional[str] = ..., tax_id: _Optional[_Union[_registry_pb2.TaxId, _Mapping]] = ..., name: _Optional[str] = ...) -> None: ...
