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

from tramita_identity.domain.authority_profiles import LastHolder
from tramita_identity.domain.errors import (
    AccessRequestNotFound,
    AccountExists,
    AlreadyLinked,
    ConcurrentChange,
    ConsentNotFound,
    ConsentRequired,
    DelegationNotFound,
    DuplicateAccessRequest,
    EntityNotFound,
    InvalidField,
    InvalidFields,
    MemberNotFound,
    NotPermitted,
    OrganizationNotFound,
    StaleVersion,
    UserEmailTaken,
    UserNotFound,
    WrongState,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


def _invalid_fields(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidFields)
    violations = [FieldViolation(f, rule, text) for f, rule, text in exc.violations]
    return InvalidArgument(violations, str(exc))


def _last_holder(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, LastHolder)
    return FailedPrecondition(
        state=f"last {exc.grant.profile}",
        action="change_profiles",
        message=str(exc),
        reason="LAST_PROFILE_HOLDER",
    )


def _not_permitted(exc: Exception) -> PermissionDenied:
    assert isinstance(exc, NotPermitted)
    return PermissionDenied(str(exc), reason=exc.reason)


def _consent_required(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, ConsentRequired)
    return FailedPrecondition(
        state="consent required", action=exc.action, message=str(exc), reason="CONSENT_REQUIRED"
    )


def _wrong_state(exc: Exception) -> FailedPrecondition:
    assert isinstance(exc, WrongState)
    return FailedPrecondition(
        state=exc.state, action=exc.action, message=str(exc), reason="WRONG_STATE"
    )


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        InvalidFields: _invalid_fields,
        OrganizationNotFound: lambda exc: NotFound(str(exc), reason="ORGANIZATION_NOT_FOUND"),
        MemberNotFound: lambda exc: NotFound(str(exc), reason="MEMBER_NOT_FOUND"),
        DelegationNotFound: lambda exc: NotFound(str(exc), reason="DELEGATION_NOT_FOUND"),
        NotPermitted: _not_permitted,
        WrongState: _wrong_state,
        AlreadyLinked: lambda exc: AlreadyExists(str(exc), reason="ALREADY_LINKED"),
        ConcurrentChange: lambda exc: Conflict(str(exc), reason="CONCURRENT_CHANGE"),
        StaleVersion: lambda exc: Conflict(str(exc), reason="STALE_VERSION"),
        AccessRequestNotFound: lambda exc: NotFound(str(exc), reason="ACCESS_REQUEST_NOT_FOUND"),
        DuplicateAccessRequest: lambda exc: AlreadyExists(
            str(exc), reason="ACCESS_REQUEST_PENDING"
        ),
        AccountExists: lambda exc: AlreadyExists(str(exc), reason="ACCOUNT_EXISTS"),
        EntityNotFound: lambda exc: NotFound(str(exc), reason="ENTITY_NOT_FOUND"),
        UserNotFound: lambda exc: NotFound(str(exc), reason="USER_NOT_FOUND"),
        UserEmailTaken: lambda exc: AlreadyExists(str(exc), reason="USER_EMAIL_TAKEN"),
        LastHolder: _last_holder,
        ConsentRequired: _consent_required,
        ConsentNotFound: lambda exc: NotFound(str(exc), reason="CONSENT_NOT_FOUND"),
        IdempotencyKeyReused: lambda exc: InvalidArgument(
            [FieldViolation("idempotency_key", "reused", str(exc))], str(exc)
        ),
    }
)
