"""Domain events → the protobuf payloads of `tramita.alerts.events.v1` (same names, same
fields: ids, countries, the acting person; never case content)."""

from dataclasses import fields
from datetime import datetime

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.alerts.events.v1 import events_pb2

from tramita_alerts.domain.events import AlertEvent


def _value(value: object) -> object:
    if isinstance(value, datetime):
        stamp = Timestamp()
        stamp.FromDatetime(value)
        return stamp
    if isinstance(value, tuple):
        return list(value)
    return value


def to_payload(event: AlertEvent) -> Message:
    message_type = getattr(events_pb2, type(event).__name__)
    return message_type(**{f.name: _value(getattr(event, f.name)) for f in fields(event)})
