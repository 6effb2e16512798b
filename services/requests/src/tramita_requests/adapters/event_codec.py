"""Domain events → the protobuf payloads of `tramita.requests.events.v1` (same names, same
fields, plus the request number and the requesting entity; never case content)."""

import dataclasses
from datetime import date, datetime

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.requests.events.v1 import events_pb2

from tramita_requests.domain.events import RequestEvent


def _value(value: object) -> object:
    if isinstance(value, datetime):
        stamp = Timestamp()
        stamp.FromDatetime(value)
        return stamp
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return events_pb2.Participants(**dataclasses.asdict(value))
    if value is None:
        return ""
    return value


def to_payload(event: RequestEvent, *, number: str) -> Message:
    message_type = getattr(events_pb2, type(event).__name__)
    values = {f.name: _value(getattr(event, f.name)) for f in dataclasses.fields(event)}
    return message_type(
        number=number, requesting_entity_id=event.participants.requesting_entity_id, **values
    )
