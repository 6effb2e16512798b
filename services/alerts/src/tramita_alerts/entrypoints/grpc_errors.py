"""The one table from alerts errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import (
    Conflict,
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)

from tramita_alerts.app.errors import AlertNotFound, ConcurrentChange, NoActingEntity
from tramita_alerts.domain.errors import (
    InvalidField,
    InvalidLaunch,
    NotPermitted,
    TransitionNotAllowed,
    UnknownItem,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


def _launch(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidLaunch)
    violations = [FieldViolation(e.field, e.rule, e.description) for e in exc.errors]
    return InvalidArgument(violations, str(exc), reason="INVALID_LAUNCH")


def _wrong_state(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, TransitionNotAllowed)
    reason = "MISSING_PRECONDITION" if exc.missing else "WRONG_STATE"
    return FailedPrecondition(state=exc.state, action=exc.action, message=str(exc), reason=reason)


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        InvalidLaunch: _launch,
        TransitionNotAllowed: _wrong_state,
        NotPermitted: lambda exc: PermissionDenied(str(exc), reason="PARTY_NOT_ALLOWED"),
        NoActingEntity: lambda exc: PermissionDenied(str(exc), reason="NO_ALERT_ENTITY"),
        UnknownItem: lambda exc: NotFound(str(exc), reason="ITEM_NOT_FOUND"),
        AlertNotFound: lambda exc: NotFound(str(exc), reason="ALERT_NOT_FOUND"),
        ConcurrentChange: lambda exc: Conflict(str(exc), reason="VERSION_MISMATCH"),
    }
)
