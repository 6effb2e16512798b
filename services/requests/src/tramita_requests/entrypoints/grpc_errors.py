"""The one table from requests errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import (
    Conflict,
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)

from tramita_requests.app.errors import ConcurrentChange, NoActingEntity, RequestNotFound
from tramita_requests.domain.errors import (
    IncompleteRequest,
    InvalidField,
    NotPermitted,
    TransitionNotAllowed,
    UnknownEntity,
    UnknownQuestionSet,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


def _incomplete(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, IncompleteRequest)
    violations = [FieldViolation(v.field, v.rule, v.description) for v in exc.violations]
    return InvalidArgument(violations, str(exc), reason="INCOMPLETE_REQUEST")


def _wrong_state(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, TransitionNotAllowed)
    reason = "MISSING_PRECONDITION" if exc.missing else "WRONG_STATE"
    return FailedPrecondition(state=exc.state, action=exc.action, message=str(exc), reason=reason)


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        IncompleteRequest: _incomplete,
        TransitionNotAllowed: _wrong_state,
        NotPermitted: lambda exc: PermissionDenied(str(exc), reason="PARTY_NOT_ALLOWED"),
        NoActingEntity: lambda exc: PermissionDenied(str(exc), reason="NO_REQUESTS_ENTITY"),
        UnknownEntity: lambda exc: NotFound(str(exc), reason="ENTITY_NOT_FOUND"),
        UnknownQuestionSet: lambda exc: NotFound(str(exc), reason="QUESTION_SET_NOT_FOUND"),
        RequestNotFound: lambda exc: NotFound(str(exc), reason="REQUEST_NOT_FOUND"),
        ConcurrentChange: lambda exc: Conflict(str(exc), reason="VERSION_MISMATCH"),
    }
)
