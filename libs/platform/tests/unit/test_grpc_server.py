"""An in-process grpc.aio server with the platform interceptors, health and reflection."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import grpc
import grpc.aio
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from prometheus_client import REGISTRY
from pydantic import SecretStr
from tramita_platform.auth import Principal, bind_principal, current_principal
from tramita_platform.errors import (
    AlreadyExists,
    Conflict,
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    Unauthenticated,
)
from tramita_platform.grpc_client import CallContextInterceptor, create_channel, rpc_errors
from tramita_platform.grpc_server import GrpcServer, build_server, serve
from tramita_platform.logs import bind_request_id, current_request_id
from tramita_platform.settings import BaseServiceSettings

SERVICE = "tramita.test.v1.Probe"
GOOD = (("authorization", "Bearer good"),)


class SlotTaken(Exception):
    """A stand-in for a service's domain exception."""


class FakeVerifier:
    """Accepts the token `good` only."""

    async def verify(self, token: str) -> Principal:
        if token != "good":
            raise Unauthenticated("invalid token", reason="INVALID_TOKEN")
        return Principal(
            subject="user-1",
            username="ana",
            roles=frozenset({"handler"}),
            audience=("tramita",),
            scopes=frozenset(),
            claims={"sub": "user-1"},
        )


FAILURES: dict[bytes, Exception] = {
    b"invalid": InvalidArgument([FieldViolation("entity.tax_id", "checksum", "bad check digit")]),
    b"precondition": FailedPrecondition(state="DRAFT", action="approve"),
    b"notfound": NotFound("request not found"),
    b"conflict": Conflict(),
    b"domain": SlotTaken("slot taken"),
    b"crash": RuntimeError("boom"),
}


async def whoami(request: bytes, context: Any) -> bytes:
    principal = current_principal()
    assert principal is not None
    if request == b"acting":
        return str(principal.active_organization).encode()
    return f"{principal.subject}|{current_request_id()}".encode()


async def fail(request: bytes, context: Any) -> bytes:
    raise FAILURES[request]


async def count(request: bytes, context: Any) -> AsyncIterator[bytes]:
    for n in range(int(request)):
        yield str(n).encode()


def register(server: grpc.aio.Server) -> None:
    handlers = {
        "Whoami": grpc.unary_unary_rpc_method_handler(whoami),
        "Fail": grpc.unary_unary_rpc_method_handler(fail),
        "Count": grpc.unary_stream_rpc_method_handler(count),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


def settings(port: int = 0) -> BaseServiceSettings:
    return BaseServiceSettings(
        service_name="probe",
        grpc_port=port,
        service_client_id="probe",
        service_client_secret=SecretStr("unused-here"),
    )


ERROR_MAP = ErrorMap({SlotTaken: lambda exc: AlreadyExists(str(exc), reason="SLOT_TAKEN")})


@pytest.fixture(scope="module")
async def server() -> AsyncIterator[GrpcServer]:
    built = build_server(
        settings=settings(), register=register, verifier=FakeVerifier(), error_map=ERROR_MAP
    )
    await built.start()
    yield built
    await built.stop(0)


@pytest.fixture
async def channel(server: GrpcServer) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as ch:
        yield ch


async def call_fail(channel: grpc.aio.Channel, what: bytes) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Fail")(what, metadata=GOOD)
    return caught.value


async def test_call_without_token_is_unauthenticated(channel: grpc.aio.Channel) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Whoami")(b"")
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_call_with_bad_token_is_unauthenticated(channel: grpc.aio.Channel) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Whoami")(
            b"", metadata=(("authorization", "Bearer x"),)
        )
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_principal_and_request_id_reach_the_handler(channel: grpc.aio.Channel) -> None:
    call = channel.unary_unary(f"/{SERVICE}/Whoami")(
        b"", metadata=(*GOOD, ("x-request-id", "req-42"))
    )
    assert await call == b"user-1|req-42"
    assert ("x-request-id", "req-42") in tuple(await call.trailing_metadata())


async def test_the_organization_a_caller_acts_for_reaches_the_principal(
    channel: grpc.aio.Channel,
) -> None:
    call = channel.unary_unary(f"/{SERVICE}/Whoami")
    acting = await call(b"acting", metadata=(*GOOD, ("x-acting-for", "BR:CNPJ:27491536000103")))
    assert acting == b"BR:CNPJ:27491536000103"
    assert await call(b"acting", metadata=GOOD) == b"None"


async def test_new_request_id_when_caller_sends_none(channel: grpc.aio.Channel) -> None:
    call = channel.unary_unary(f"/{SERVICE}/Whoami")(b"", metadata=GOOD)
    _subject, request_id = (await call).decode().split("|")
    assert dict(tuple(await call.trailing_metadata()))["x-request-id"] == request_id
    assert len(request_id) == 32


async def test_streaming_call_is_authenticated(channel: grpc.aio.Channel) -> None:
    responses = [r async for r in channel.unary_stream(f"/{SERVICE}/Count")(b"3", metadata=GOOD)]
    assert responses == [b"0", b"1", b"2"]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        _ = [r async for r in channel.unary_stream(f"/{SERVICE}/Count")(b"3")]
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_invalid_argument_carries_decodable_field_violations(
    channel: grpc.aio.Channel,
) -> None:
    error = await call_fail(channel, b"invalid")
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(InvalidArgument) as caught, rpc_errors():
        raise error
    assert caught.value.violations == [
        FieldViolation("entity.tax_id", "checksum", "bad check digit")
    ]


async def test_failed_precondition_names_state_and_action(channel: grpc.aio.Channel) -> None:
    error = await call_fail(channel, b"precondition")
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    with pytest.raises(FailedPrecondition) as caught, rpc_errors():
        raise error
    assert (caught.value.state, caught.value.action) == ("DRAFT", "approve")


@pytest.mark.parametrize(
    ("what", "code", "reason"),
    [
        (b"notfound", grpc.StatusCode.NOT_FOUND, "NOT_FOUND"),
        (b"conflict", grpc.StatusCode.ABORTED, "CONFLICT"),
        (b"domain", grpc.StatusCode.ALREADY_EXISTS, "SLOT_TAKEN"),
    ],
)
async def test_errors_map_to_status_codes(
    channel: grpc.aio.Channel, what: bytes, code: grpc.StatusCode, reason: str
) -> None:
    error = await call_fail(channel, what)
    assert error.code() == code
    with pytest.raises(Exception) as caught, rpc_errors():
        raise error
    assert caught.value.reason == reason  # type: ignore[attr-defined]


async def test_unexpected_error_is_internal_with_request_id(channel: grpc.aio.Channel) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Fail")(
            b"crash", metadata=(*GOOD, ("x-request-id", "req-crash"))
        )
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    assert "req-crash" in (caught.value.details() or "")
    assert "boom" not in (caught.value.details() or "")
    assert ("x-request-id", "req-crash") in tuple(caught.value.trailing_metadata())


async def test_health_is_serving_without_token(channel: grpc.aio.Channel) -> None:
    stub = health_pb2_grpc.HealthStub(channel)
    for service in ("", SERVICE):
        response = await stub.Check(health_pb2.HealthCheckRequest(service=service))
        assert response.status == health_pb2.HealthCheckResponse.SERVING


async def test_reflection_lists_the_service(channel: grpc.aio.Channel) -> None:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    request = reflection_pb2.ServerReflectionRequest(list_services="")
    responses = [r async for r in stub.ServerReflectionInfo(iter([request]))]
    names = {s.name for s in responses[0].list_services_response.service}
    assert {SERVICE, "grpc.health.v1.Health"} <= names


async def test_metrics_count_calls_by_method_and_code(channel: grpc.aio.Channel) -> None:
    labels = {"method": f"/{SERVICE}/Fail", "code": "NOT_FOUND"}
    before = REGISTRY.get_sample_value("tramita_grpc_server_requests_total", labels) or 0
    await call_fail(channel, b"notfound")
    assert REGISTRY.get_sample_value("tramita_grpc_server_requests_total", labels) == before + 1


class StaticToken:
    def __init__(self, token: str) -> None:
        self.value = token

    async def token(self) -> str:
        return self.value


async def test_client_interceptor_sends_service_token_and_request_id(server: GrpcServer) -> None:
    interceptor = CallContextInterceptor(token_source=StaticToken("good"), default_timeout=2)
    async with create_channel(
        f"127.0.0.1:{server.port}",
        interceptors=[interceptor],
        idempotent_methods=[f"{SERVICE}/Whoami"],
    ) as ch:
        with bind_request_id("req-out"):
            assert await ch.unary_unary(f"/{SERVICE}/Whoami")(b"") == b"user-1|req-out"


async def test_client_interceptor_forwards_the_callers_token(server: GrpcServer) -> None:
    interceptor = CallContextInterceptor(token_source=StaticToken("bad"), default_timeout=2)
    principal = await FakeVerifier().verify("good")
    async with create_channel(f"127.0.0.1:{server.port}", interceptors=[interceptor]) as ch:
        with bind_principal(principal, "good"):
            assert (await ch.unary_unary(f"/{SERVICE}/Whoami")(b"")).startswith(b"user-1|")
        with pytest.raises(grpc.aio.AioRpcError):
            await ch.unary_unary(f"/{SERVICE}/Whoami")(b"")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_serve_runs_until_stopped_then_stops_serving() -> None:
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(
        serve(
            settings=settings(port),
            register=register,
            verifier=FakeVerifier(),
            metrics=False,
            stop=stop,
        )
    )
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
        check = health_pb2_grpc.HealthStub(ch).Check
        response = await check(
            health_pb2.HealthCheckRequest(service=SERVICE), wait_for_ready=True, timeout=5
        )
        assert response.status == health_pb2.HealthCheckResponse.SERVING
        stop.set()
        await asyncio.wait_for(task, 5)
        with pytest.raises(grpc.aio.AioRpcError):
            await check(health_pb2.HealthCheckRequest(service=SERVICE), timeout=1)
