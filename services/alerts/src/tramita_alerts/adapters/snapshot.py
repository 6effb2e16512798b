"""An Alert to and from the JSON document of its row: every field but the provider's data
(sealed apart) and the pending events. Generic over the domain's dataclasses."""

import dataclasses
import enum
import types
import typing
from datetime import datetime
from typing import Any

from tramita_alerts.domain.model import Alert

_SKIPPED = frozenset({"events", "version"})


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: encode(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _SKIPPED
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, tuple | list | frozenset | set):
        items = [encode(item) for item in value]
        return sorted(items) if isinstance(value, frozenset | set) else items
    return value


def decode(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return decode(options[0], value)
    if origin is dict:
        _, item = typing.get_args(kind)
        return {key: decode(item, entry) for key, entry in value.items()}
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(decode(item, entry) for entry in value)
    if origin is frozenset:
        item = typing.get_args(kind)[0]
        return frozenset(decode(item, entry) for entry in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{name: decode(hints[name], v) for name, v in value.items() if name in known})
    if kind is datetime:
        return datetime.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value


def to_document(alert: Alert) -> dict[str, Any]:
    document = encode(alert)
    document["form"]["provider"] = None  # sealed apart
    return document


def from_document(document: dict[str, Any], *, version: int) -> Alert:
    alert = decode(Alert, document)
    alert.version = version
    return alert
