"""The one table from identity domain errors to platform (gRPC/HTTP) errors."""

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

from tramita_identity.domain.errors import (
    AlreadyLinked,
    ConcurrentChange,
    DelegationNotFound,
    InvalidField,
    MemberNotFound,
    NotPermitted,
    OrganizationNotFound,
    WrongState,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


def _not_permitted(exc: Exception) -> PermissionDenied:
    assert isinstance(exc, NotPermitted)
    return PermissionDenied(str(exc), reason=exc.reason)


def _wrong_state(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, WrongState)
    return FailedPrecondition(
        state=exc.state, action=exc.action, message=str(exc), reason="WRONG_STATE"
    )


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        OrganizationNotFound: lambda exc: NotFound(str(exc), reason="ORGANIZATION_NOT_FOUND"),
        MemberNotFound: lambda exc: NotFound(str(exc), reason="MEMBER_NOT_FOUND"),
        DelegationNotFound: lambda exc: NotFound(str(exc), reason="DELEGATION_NOT_FOUND"),
        NotPermitted: _not_permitted,
        WrongState: _wrong_state,
        AlreadyLinked: lambda exc: AlreadyExists(str(exc), reason="ALREADY_LINKED"),
        ConcurrentChange: lambda exc: Conflict(str(exc), reason="CONCURRENT_CHANGE"),
        IdempotencyKeyReused: lambda exc: InvalidArgument(
            [FieldViolation("idempotency_key", "reused", str(exc))], str(exc)
        ),
    }
)
