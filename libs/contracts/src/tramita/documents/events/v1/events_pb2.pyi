from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentStored(_message.Message):
    __slots__ = ("document_id", "organization_id", "kind", "sha256")
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANIZATION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    organization_id: str
    kind: str
    sha256: str
    def __init__(self, document_id: _Optional[str] = ..., organization_id: _Optional[str] = ..., kind: _Optional[str] = ..., sha256: _Optional[str] = ...) -> None: ...
