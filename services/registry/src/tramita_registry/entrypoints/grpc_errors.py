"""The one table from registry domain errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import (
    AlreadyExists,
    ErrorMap,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from tramita_platform.idempotency import IdempotencyKeyReused

from tramita_registry.domain.errors import (
    InvalidField,
    NotPermitted,
    OrganizationAlreadyRegistered,
    OrganizationNotFound,
)


def _invalid(exc: Exception) -> InvalidArgument:
    assert isinstance(exc, InvalidField)
    return InvalidArgument([FieldViolation(exc.field, exc.rule, exc.description)], str(exc))


ERRORS = ErrorMap(
    {
        InvalidField: _invalid,
        OrganizationAlreadyRegistered: lambda exc: AlreadyExists(
            str(exc), reason="ORGANIZATION_ALREADY_REGISTERED"
        ),
        NotPermitted: lambda exc: PermissionDenied(str(exc), reason="ROLE_NOT_ALLOWED"),
        OrganizationNotFound: lambda exc: NotFound(str(exc), reason="ORGANIZATION_NOT_FOUND"),
        IdempotencyKeyReused: lambda exc: InvalidArgument(
            [FieldViolation("idempotency_key", "reused", str(exc))], str(exc)
        ),
    }
)
