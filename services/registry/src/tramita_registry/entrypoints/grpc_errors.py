"""The one table from registry domain errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import (
    AlreadyExists,
    Conflict,
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from tramita_platform.idempotency import IdempotencyKeyReused

from tramita_registry.domain.errors import (
    AuthorityNotFound,
    ConcurrentChange,
    CoordinatorSlotTaken,
    Forbidden,
    InvalidField,
    NotPermitted,
    OrganizationAlreadyRegistered,
    OrganizationNotFound,
    TransitionNotAllowed,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


def _wrong_state(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, TransitionNotAllowed)
    reason = f"MISSING_{exc.missing.upper()}" if exc.missing else "WRONG_STATE"
    return FailedPrecondition(state=exc.state, action=exc.action, message=str(exc), reason=reason)


def _forbidden(exc: Exception) -> PermissionDenied:
    assert isinstance(exc, Forbidden)
    return PermissionDenied(str(exc), reason=exc.rule, metadata={"action": exc.action})


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        OrganizationAlreadyRegistered: lambda exc: AlreadyExists(
            str(exc), reason="ORGANIZATION_ALREADY_REGISTERED"
        ),
        NotPermitted: lambda exc: PermissionDenied(str(exc), reason="ROLE_NOT_ALLOWED"),
        OrganizationNotFound: lambda exc: NotFound(str(exc), reason="ORGANIZATION_NOT_FOUND"),
        TransitionNotAllowed: _wrong_state,
        Forbidden: _forbidden,
        AuthorityNotFound: lambda exc: NotFound(str(exc), reason="AUTHORITY_NOT_FOUND"),
        CoordinatorSlotTaken: lambda exc: AlreadyExists(str(exc), reason="COORDINATOR_SLOT_TAKEN"),
        ConcurrentChange: lambda exc: Conflict(str(exc), reason="AUTHORITY_CHANGED"),
        IdempotencyKeyReused: lambda exc: InvalidArgument(
            [FieldViolation("idempotency_key", "reused", str(exc))], str(exc)
        ),
    }
)
