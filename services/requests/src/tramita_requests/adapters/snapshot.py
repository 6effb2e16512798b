"""A Request to and from the JSON document of its row: every field but the pending events
and the version (a column). Generic over the domain's dataclasses and enums."""

import collections.abc
import dataclasses
import enum
import types
import typing
from datetime import date, datetime
from typing import Any

from tramita_requests.domain.model import Request

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
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, collections.abc.Mapping):
        return {str(encode(key)): encode(item) for key, item in value.items()}
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
    if origin in (dict, collections.abc.Mapping):
        key, item = typing.get_args(kind)
        return {decode(key, k): decode(item, entry) for k, entry in value.items()}
    if origin in (tuple, list, frozenset):
        item = typing.get_args(kind)[0]
        return origin(decode(item, entry) for entry in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{name: decode(hints[name], v) for name, v in value.items() if name in known})
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value


def to_document(request: Request) -> dict[str, Any]:
    return encode(request)


def from_document(document: dict[str, Any], *, version: int) -> Request:
    request = decode(Request, document)
    request.version = version
    return request
