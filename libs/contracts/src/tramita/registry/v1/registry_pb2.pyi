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

class TaxIdScheme(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TAX_ID_SCHEME_UNSPECIFIED: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_NIPC: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_CNPJ: _ClassVar[TaxIdScheme]
    TAX_ID_SCHEME_FOREIGN: _ClassVar[TaxIdScheme]
TAX_ID_SCHEME_UNSPECIFIED: TaxIdScheme
TAX_ID_SCHEME_NIPC: TaxIdScheme
TAX_ID_SCHEME_CNPJ: TaxIdScheme
TAX_ID_SCHEME_FOREIGN: TaxIdScheme

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
