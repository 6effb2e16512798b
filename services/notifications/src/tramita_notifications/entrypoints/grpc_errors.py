"""The one table from notifications errors to platform (gRPC/HTTP) errors."""

from tramita_platform.errors import ErrorMap, FieldViolation, InvalidArgument, NotFound

from tramita_notifications.app.direct import InvalidAddress, MissingKey, NotADirectKind
from tramita_notifications.app.inbox import InvalidAlertAddress, NoticeNotFound
from tramita_notifications.domain.errors import (
    InvalidChannel,
    MissingParams,
    ParamsNotAllowed,
    UnknownKind,
)


def _invalid(field: str, rule: str):
    return lambda exc: InvalidArgument([FieldViolation(field, rule, str(exc))], str(exc))


ERRORS = ErrorMap(
    {
        NoticeNotFound: lambda exc: NotFound(str(exc), reason="NOTICE_NOT_FOUND"),
        InvalidAlertAddress: _invalid("alert_email", "email"),
        InvalidAddress: _invalid("address", "address"),
        MissingKey: _invalid("idempotency_key", "required"),
        UnknownKind: _invalid("kind", "known_kind"),
        NotADirectKind: _invalid("kind", "direct_kind"),
        InvalidChannel: _invalid("channel", "kind_channel"),
        ParamsNotAllowed: _invalid("params", "whitelist"),
        MissingParams: _invalid("params", "required"),
    }
)
