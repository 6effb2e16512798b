import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from tramita.common.v1 import pagination_pb2 as _pagination_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Document(_message.Message):
    __slots__ = ("document_id", "organization_id", "kind", "number", "sha256", "media_type", "size_bytes", "created_at", "organization_tax_key")
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_TAX_KEY_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    organization_id: str
    kind: str
    number: str
    sha256: str
    media_type: str
    size_bytes: int
    created_at: _timestamp_pb2.Timestamp
    organization_tax_key: str
    def __init__(self, document_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., kind: _Optional[str] = ..., number: _Optional[str] = ..., sha256: _Optional[str] = ..., media_type: _Optional[str] = ..., size_bytes: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., organization_tax_key: _Optional[str] = ...) -> None: ...

class ListDocumentsRequest(_message.Message):
    __slots__ = ("organization_id", "page", "kind", "number_prefix", "created_from", "created_before")
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NUMBER_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CREATED_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATED_BEFORE_FIELD_NUMBER: _ClassVar[int]
    organization_id: str
    page: _pagination_pb2.PageRequest
    kind: str
    number_prefix: str
    created_from: _timestamp_pb2.Timestamp
    created_before: _timestamp_pb2.Timestamp
    def __init__(self, organization_id: _Optional[str] = ..., page: _Optional[_Union[_pagination_pb2.PageRequest, _Mapping]] = ..., kind: _Optional[str] = ..., number_prefix: _Optional[str] = ..., created_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListDocumentsResponse(_message.Message):
    __slots__ = ("documents", "page")
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    documents: _containers.RepeatedCompositeFieldContainer[Document]
    page: _pagination_pb2.PageResponse
    def __init__(self, documents: _Optional[_Iterable[_Union[Document, _Mapping]]] = ..., page: _Optional[_Union[_pagination_pb2.PageResponse, _Mapping]] = ...) -> None: ...

class GetDocumentRequest(_message.Message):
    __slots__ = ("document_id",)
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    def __init__(self, document_id: _Optional[str] = ...) -> None: ...

class GetDocumentResponse(_message.Message):
    __slots__ = ("document",)
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    document: Document
    def __init__(self, document: _Optional[_Union[Document, _Mapping]] = ...) -> None: ...

class GetDocumentContentRequest(_message.Message):
    __slots__ = ("document_id",)
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    def __init__(self, document_id: _Optional[str] = ...) -> None: ...

class GetDocumentContentResponse(_message.Message):
    __slots__ = ("content", "media_type", "sha256")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    media_type: str
    sha256: str
    def __init__(self, content: _Optional[bytes] = ..., media_type: _Optional[str] = ..., sha256: _Optional[str] = ...) -> None: ...

class GetDownloadLinkRequest(_message.Message):
    __slots__ = ("document_id",)
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    def __init__(self, document_id: _Optional[str] = ...) -> None: ...

class GetDownloadLinkResponse(_message.Message):
    __slots__ = ("url", "expires_at", "sha256", "media_type", "file_name")
    URL_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    url: str
    expires_at: _timestamp_pb2.Timestamp
    sha256: str
    media_type: str
    file_name: str
    def __init__(self, url: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., sha256: _Optional[str] = ..., media_type: _Optional[str] = ..., file_name: _Optional[str] = ...) -> None: ...

class VerifyDocumentRequest(_message.Message):
    __slots__ = ("content", "number")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    number: str
    def __init__(self, content: _Optional[bytes] = ..., number: _Optional[str] = ...) -> None: ...

class VerifyDocumentResponse(_message.Message):
    __slots__ = ("report",)
    REPORT_FIELD_NUMBER: _ClassVar[int]
    report: ValidationReport
    def __init__(self, report: _Optional[_Union[ValidationReport, _Mapping]] = ...) -> None: ...

class ValidationReport(_message.Message):
    __slots__ = ("valid", "problems", "sha256", "signed", "signature_intact", "certificate_trusted", "unmodified_since_signing", "signer", "issuer", "signing_time", "timestamp_present", "timestamp_valid", "timestamp_time", "level", "registered", "matches_registered", "number")
    VALID_FIELD_NUMBER: _ClassVar[int]
    PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    SIGNED_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_INTACT_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_TRUSTED_FIELD_NUMBER: _ClassVar[int]
    UNMODIFIED_SINCE_SIGNING_FIELD_NUMBER: _ClassVar[int]
    SIGNER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    SIGNING_TIME_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_PRESENT_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_VALID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_TIME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_FIELD_NUMBER: _ClassVar[int]
    MATCHES_REGISTERED_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    problems: _containers.RepeatedScalarFieldContainer[str]
    sha256: str
    signed: bool
    signature_intact: bool
    certificate_trusted: bool
    unmodified_since_signing: bool
    signer: str
    issuer: str
    signing_time: _timestamp_pb2.Timestamp
    timestamp_present: bool
    timestamp_valid: bool
    timestamp_time: _timestamp_pb2.Timestamp
    level: str
    registered: bool
    matches_registered: bool
    number: str
    def __init__(self, valid: _Optional[bool] = ..., problems: _Optional[_Iterable[str]] = ..., sha256: _Optional[str] = ..., signed: _Optional[bool] = ..., signature_intact: _Optional[bool] = ..., certificate_trusted: _Optional[bool] = ..., unmodified_since_signing: _Optional[bool] = ..., signer: _Optional[str] = ..., issuer: _Optional[str] = ..., signing_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., timestamp_present: _Optional[bool] = ..., timestamp_valid: _Optional[bool] = ..., timestamp_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., level: _Optional[str] = ..., registered: _Optional[bool] = ..., matches_registered: _Optional[bool] = ..., number: _Optional[str] = ...) -> None: ...
