"""Platform error → gRPC status → platform error, for every entry of the one table."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from tramita_platform.errors import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    PlatformError,
)
from tramita_platform.grpc_errors import (
    STATUS_CODES,
    from_rpc_error,
    internal_status,
    to_grpc_status,
)


class ReceivedError(grpc.RpcError):
    """What a client holds after a failed call (code, details, trailing metadata)."""

    def __init__(self, status: grpc.Status) -> None:
        self._status = status

    def code(self) -> grpc.StatusCode:
        return self._status.code

    def details(self) -> str:
        return self._status.details

    def trailing_metadata(self) -> Any:
        return self._status.trailing_metadata


def sample(kind: type[PlatformError]) -> PlatformError:
    if kind is InvalidArgument:
        return InvalidArgument([FieldViolation("email", "format", "not an address")])
    if kind is FailedPrecondition:
        return FailedPrecondition(state="SENT", action="edit")
    return kind("it failed", reason="SPECIFIC_REASON", metadata={"k": "v"})


@pytest.mark.parametrize(("kind", "code"), STATUS_CODES)
def test_round_trip(kind: type[PlatformError], code: grpc.StatusCode) -> None:
    original = sample(kind)
    status = to_grpc_status(original, domain="tramita.test", request_id="req-1")
    assert status.code == code
    back = from_rpc_error(ReceivedError(status))
    assert type(back) is kind
    assert back is not None
    assert (back.message, back.reason, back.metadata) == (
        original.message,
        original.reason,
        original.metadata,
    )
    if isinstance(original, InvalidArgument):
        assert isinstance(back, InvalidArgument) and back.violations == original.violations


def test_details_are_standard_google_rpc_messages() -> None:
    status = to_grpc_status(
        InvalidArgument([FieldViolation("name", "required", "is required")]),
        domain="tramita.test",
        request_id="req-7",
    )
    proto = status_pb2.Status.FromString(dict(status.trailing_metadata)["grpc-status-details-bin"])
    kinds = {detail.TypeName() for detail in proto.details}
    assert kinds == {"google.rpc.ErrorInfo", "google.rpc.BadRequest", "google.rpc.RequestInfo"}
    info = error_details_pb2.ErrorInfo()
    proto.details[0].Unpack(info)
    assert (info.reason, info.domain) == ("INVALID_ARGUMENT", "tramita.test")


def test_internal_is_not_a_platform_error_but_unavailable_is() -> None:
    assert from_rpc_error(ReceivedError(internal_status(request_id="r"))) is None

    class Refused(ReceivedError):
        def __init__(self) -> None:
            pass

        def code(self) -> grpc.StatusCode:
            return grpc.StatusCode.UNAVAILABLE

        def details(self) -> str:
            return "connection refused"

        def trailing_metadata(self) -> tuple:
            return ()

    error = from_rpc_error(Refused())
    assert type(error).__name__ == "Unavailable"


def test_internal_status_reveals_only_the_request_id() -> None:
    status = internal_status(request_id="req-9")
    assert status.code == grpc.StatusCode.INTERNAL
    assert status.details == "internal error (request id req-9)"


def test_unavailable_downstream_becomes_a_503_problem_not_a_500() -> None:
    from tramita_platform.errors import Unavailable
    from tramita_platform.grpc_errors import status_code_for
    from tramita_platform.http import HTTP_STATUSES

    assert status_code_for(Unavailable()) == grpc.StatusCode.UNAVAILABLE
    assert dict(HTTP_STATUSES)[Unavailable] == 503
