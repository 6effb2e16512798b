from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class AlertCreated(_message.Message):
    __slots__ = ("alert_id", "launching_entity_id")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    LAUNCHING_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    launching_entity_id: str
    def __init__(self, alert_id: _Optional[str] = ..., launching_entity_id: _Optional[str] = ...) -> None: ...
