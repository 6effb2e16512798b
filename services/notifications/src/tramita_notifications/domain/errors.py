"""Errors of the notifications domain: a trigger or a rendering the rules cannot serve."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "InvalidChannel",
    "MissingParams",
    "MissingPart",
    "NotificationsError",
    "ParamsNotAllowed",
    "UnknownKind",
]


class NotificationsError(Exception):
    """Base of every notifications domain error."""


class UnknownKind(NotificationsError):
    """The notice kind is not in the catalogue."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"unknown notice kind {kind!r}")
        self.kind = kind


class MissingPart(NotificationsError):
    """The trigger lacks a part (entity, person, contact or workflow) its rule needs."""

    def __init__(self, kind: str, source: str, part: str) -> None:
        what = f"{source}[{part!r}]" if part else source
        super().__init__(f"notice kind {kind!r} needs {what}, which the trigger lacks")
        self.kind = kind
        self.source = source
        self.part = part


class InvalidChannel(NotificationsError):
    """The trigger asks for a channel the notice kind is not sent on."""

    def __init__(self, kind: str, channel: str) -> None:
        super().__init__(f"notice kind {kind!r} is not sent on channel {channel!r}")
        self.kind = kind
        self.channel = channel


class ParamsNotAllowed(NotificationsError):
    """Values outside the kind's whitelist were offered to a template: refused, not dropped."""

    def __init__(self, kind: str, names: Iterable[str]) -> None:
        self.names = tuple(sorted(names))
        super().__init__(f"notice kind {kind!r} may not print {', '.join(self.names)}")
        self.kind = kind


class MissingParams(NotificationsError):
    """Values the kind's template needs are missing."""

    def __init__(self, kind: str, names: Iterable[str]) -> None:
        self.names = tuple(sorted(names))
        super().__init__(f"notice kind {kind!r} needs {', '.join(self.names)}")
        self.kind = kind
