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
    DuplicateEmail,
    Forbidden,
    InvalidField,
    InvalidRows,
    InvitationNotFound,
    NotPermitted,
    OrganizationAlreadyRegistered,
    OrganizationNotFound,
    RegistrationCodeInvalid,
    RegistrationCodeRefused,
    RowProblem,
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


def _row_violation(problem: RowProblem) -> FieldViolation:
    if problem.field == "file":
        where = f"row {problem.row}: " if problem.row else ""
        return FieldViolation("file", problem.rule, where + problem.description)
    return FieldViolation(f"rows[{problem.row}].{problem.field}", problem.rule, problem.description)


def _rows(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidRows)
    violations = [_row_violation(p) for p in exc.problems]
    return InvalidArgument(violations, str(exc), reason="INVALID_ROWS")


def _code_refused(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, RegistrationCodeRefused)
    return FailedPrecondition(
        state=exc.why,
        action="register with the code",
        message=str(exc),
        reason=f"REGISTRATION_CODE_{exc.why}",
    )


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
        InvitationNotFound: lambda exc: NotFound(str(exc), reason="INVITATION_NOT_FOUND"),
        DuplicateEmail: lambda exc: AlreadyExists(
            str(exc), reason="DUPLICATE_EMAIL", metadata={"field": exc.field}
        ),
        InvalidRows: _rows,
        RegistrationCodeInvalid: lambda exc: NotFound(str(exc), reason="REGISTRATION_CODE_INVALID"),
        RegistrationCodeRefused: _code_refused,
        IdempotencyKeyReused: lambda exc: InvalidArgument(
            [FieldViolation("idempotency_key", "reused", str(exc))], str(exc)
        ),
    }
)
