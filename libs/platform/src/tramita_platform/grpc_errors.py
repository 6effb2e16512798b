"""Platform errors ⇄ gRPC status with rich details (google.rpc), through one table.

Servers send `ErrorInfo` (reason, domain, metadata) always, `BadRequest` for invalid
arguments, `PreconditionFailure` for wrong states and `RequestInfo` with the request id;
clients rebuild the same platform error from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from tramita_platform.errors import (
    AlreadyExists,
    Conflict,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PlatformError,
    Unauthenticated,
    Unavailable,
)

__all__ = [
    "STATUS_CODES",
    "from_rpc_error",
    "internal_status",
    "status_code_for",
    "to_grpc_status",
]

STATUS_CODES: tuple[tuple[type[PlatformError], grpc.StatusCode], ...] = (
    (InvalidArgument, grpc.StatusCode.INVALID_ARGUMENT),
    (FailedPrecondition, grpc.StatusCode.FAILED_PRECONDITION),
    (NotFound, grpc.StatusCode.NOT_FOUND),
    (PermissionDenied, grpc.StatusCode.PERMISSION_DENIED),
    (AlreadyExists, grpc.StatusCode.ALREADY_EXISTS),
    (Conflict, grpc.StatusCode.ABORTED),
    (Unavailable, grpc.StatusCode.UNAVAILABLE),
    (Unauthenticated, grpc.StatusCode.UNAUTHENTICATED),
)
_DETAILS_KEY = "grpc-status-details-bin"


def status_code_for(error: PlatformError) -> grpc.StatusCode:
    """Return the gRPC code of a platform error (UNKNOWN for a bare PlatformError)."""
    for kind, code in STATUS_CODES:
        if isinstance(error, kind):
            return code
    return grpc.StatusCode.UNKNOWN


def to_grpc_status(
    error: PlatformError, *, domain: str, request_id: str | None = None
) -> grpc.Status:
    """Return the status (code, message, details in trailing metadata) for `error`."""
    details: list[Any] = [
        error_details_pb2.ErrorInfo(reason=error.reason, domain=domain, metadata=error.metadata)
    ]
    if isinstance(error, InvalidArgument):
        details.append(_bad_request(error.violations))
    if isinstance(error, FailedPrecondition):
        violation = error_details_pb2.PreconditionFailure.Violation(
            type="STATE", subject=error.state, description=error.message
        )
        details.append(error_details_pb2.PreconditionFailure(violations=[violation]))
    return _status(status_code_for(error), error.message, details, request_id)


def internal_status(*, request_id: str | None) -> grpc.Status:
    """Return an INTERNAL status that reveals nothing but the request id to quote."""
    message = f"internal error (request id {request_id})" if request_id else "internal error"
    return _status(grpc.StatusCode.INTERNAL, message, [], request_id)


def _bad_request(violations: Iterable[FieldViolation]) -> error_details_pb2.BadRequest:
    """Encode field violations; `reason` carries the rule (google.rpc field since 2024)."""
    return error_details_pb2.BadRequest(
        field_violations=[
            error_details_pb2.BadRequest.FieldViolation(
                field=v.field, reason=v.rule, description=v.description
            )
            for v in violations
        ]
    )


def _status(
    code: grpc.StatusCode, message: str, details: list[Any], request_id: str | None
) -> grpc.Status:
    """Pack a google.rpc.Status into a grpc.Status."""
    if request_id:
        details.append(error_details_pb2.RequestInfo(request_id=request_id))
    packed = []
    for detail in details:
        holder = any_pb2.Any()
        holder.Pack(detail)
        packed.append(holder)
    proto = status_pb2.Status(code=code.value[0], message=message, details=packed)
    return rpc_status.to_status(proto)


def from_rpc_error(error: grpc.RpcError) -> PlatformError | None:
    """Rebuild the platform error a server sent, or None for transport/unexpected codes."""
    code: grpc.StatusCode = error.code()  # type: ignore[attr-defined]
    kind = next((k for k, c in STATUS_CODES if c == code), None)
    if kind is None:
        return None
    message = error.details() or None  # type: ignore[attr-defined]
    info, violations = _unpack(error.trailing_metadata())  # type: ignore[attr-defined]
    reason = (info.reason or None) if info else None
    metadata = dict(info.metadata) if info else {}
    if kind is InvalidArgument:
        return InvalidArgument(violations, message, reason=reason)
    if kind is FailedPrecondition:
        return FailedPrecondition(
            state=metadata.get("state", ""),
            action=metadata.get("action", ""),
            message=message,
            reason=reason,
        )
    return kind(message, reason=reason, metadata=metadata)


def _unpack(
    trailing: Iterable[tuple[str, Any]] | None,
) -> tuple[error_details_pb2.ErrorInfo | None, list[FieldViolation]]:
    """Return the ErrorInfo and field violations carried in trailing metadata."""
    raw = next((value for key, value in trailing or () if key == _DETAILS_KEY), None)
    if raw is None:
        return None, []
    proto = status_pb2.Status.FromString(raw)
    info, violations = None, []
    for detail in proto.details:
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            violations = [
                FieldViolation(field=v.field, rule=v.reason, description=v.description)
                for v in bad.field_violations
            ]
    return info, violations
