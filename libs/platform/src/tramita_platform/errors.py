"""Domain-free application errors that every service edge maps to gRPC or HTTP.

Domain layers are standard-library only and raise their own exceptions; each service
passes an explicit `ErrorMap` to its edges to translate them into these types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

__all__ = [
    "AlreadyExists",
    "Conflict",
    "ErrorMap",
    "FailedPrecondition",
    "FieldViolation",
    "InvalidArgument",
    "NotFound",
    "PermissionDenied",
    "PlatformError",
    "Unauthenticated",
    "Unavailable",
]


@dataclass(frozen=True, slots=True)
class FieldViolation:
    """One rule a request field broke: `field` is a dotted path, `rule` a stable code."""

    field: str
    rule: str
    description: str


class PlatformError(Exception):
    """Base of the errors an edge knows how to render; `reason` is a stable UPPER_SNAKE code."""

    default_reason: ClassVar[str] = "ERROR"
    default_message: ClassVar[str] = "error"

    def __init__(
        self,
        message: str | None = None,
        *,
        reason: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.reason = reason or self.default_reason
        self.metadata: dict[str, str] = dict(metadata or {})
        super().__init__(self.message)


class InvalidArgument(PlatformError):
    """The request itself is malformed; carries one violation per broken field rule."""

    default_reason = "INVALID_ARGUMENT"
    default_message = "the request has invalid fields"

    def __init__(
        self,
        violations: list[FieldViolation],
        message: str | None = None,
        *,
        reason: str | None = None,
    ) -> None:
        self.violations = list(violations)
        super().__init__(message, reason=reason)


class FailedPrecondition(PlatformError):
    """The action is not allowed in the resource's current state (says which of both)."""

    default_reason = "FAILED_PRECONDITION"

    def __init__(
        self, *, state: str, action: str, message: str | None = None, reason: str | None = None
    ) -> None:
        self.state = state
        self.action = action
        text = message or f"cannot {action} in state {state}"
        super().__init__(text, reason=reason, metadata={"state": state, "action": action})


class NotFound(PlatformError):
    """The resource does not exist or the caller may not know it exists."""

    default_reason = "NOT_FOUND"
    default_message = "not found"


class PermissionDenied(PlatformError):
    """The caller is known but not allowed to do this."""

    default_reason = "PERMISSION_DENIED"
    default_message = "permission denied"


class AlreadyExists(PlatformError):
    """A resource with the same identity already exists."""

    default_reason = "ALREADY_EXISTS"
    default_message = "already exists"


class Conflict(PlatformError):
    """A concurrent change won (optimistic concurrency); the caller may reload and retry."""

    default_reason = "CONFLICT"
    default_message = "the resource was changed concurrently"


class Unavailable(PlatformError):
    """A service this call depends on cannot be reached now; the caller may retry later."""

    default_reason = "UNAVAILABLE"
    default_message = "a service is temporarily unavailable"


class Unauthenticated(PlatformError):
    """No valid credentials; `reason` says why without echoing the token."""

    default_reason = "UNAUTHENTICATED"
    default_message = "unauthenticated"


type ErrorFactory = Callable[[Exception], PlatformError]


class ErrorMap:
    """An explicit table from a service's domain exception types to platform errors.

    Lookup follows the exception's MRO, so a table entry covers subclasses too.
    """

    def __init__(self, table: Mapping[type[Exception], ErrorFactory] | None = None) -> None:
        self._table: dict[type[Exception], ErrorFactory] = dict(table or {})

    def __iter__(self) -> Iterator[type[Exception]]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def merged(self, other: ErrorMap) -> ErrorMap:
        """Return a new map with `other`'s entries overriding this one's."""
        return ErrorMap({**self._table, **other._table})

    def translate(self, exc: BaseException) -> PlatformError | None:
        """Return the platform error for `exc`, or None when it is unexpected."""
        if isinstance(exc, PlatformError):
            return exc
        if not isinstance(exc, Exception):
            return None
        for cls in type(exc).__mro__:
            factory = self._table.get(cls)
            if factory is not None:
                return factory(exc)
        return None
