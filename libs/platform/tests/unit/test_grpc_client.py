"""Outgoing calls: default deadline, retries only for idempotent methods, error decoding."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import grpc
import grpc.aio
import pytest
from pydantic import SecretStr
from tramita_platform.auth import Principal
from tramita_platform.errors import NotFound
from tramita_platform.grpc_client import (
    CallContextInterceptor,
    create_channel,
    retry_service_config,
    rpc_errors,
)
from tramita_platform.grpc_server import GrpcServer, build_server
from tramita_platform.settings import BaseServiceSettings

SERVICE = "tramita.test.v1.Flaky"
attempts: dict[bytes, int] = {}


class AnyTokenVerifier:
    async def verify(self, token: str) -> Principal:
        return Principal(
            subject=token,
            username=None,
            roles=frozenset(),
            audience=(),
            scopes=frozenset(),
            claims={},
        )


async def flaky(request: bytes, context: Any) -> bytes:
    """Fail UNAVAILABLE on the first two attempts for each request key."""
    attempts[request] = attempts.get(request, 0) + 1
    if attempts[request] <= 2:
        await context.abort(grpc.StatusCode.UNAVAILABLE, "try again")
    return b"ok"


async def slow(request: bytes, context: Any) -> bytes:
    await asyncio.sleep(2)
    return b"late"


async def missing(request: bytes, context: Any) -> bytes:
    raise NotFound("no such thing")


def register(server: grpc.aio.Server) -> None:
    handlers = {
        name: grpc.unary_unary_rpc_method_handler(behavior)
        for name, behavior in {
            "Get": flaky,
            "Create": flaky,
            "Slow": slow,
            "Missing": missing,
        }.items()
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


@pytest.fixture(scope="module")
async def server() -> AsyncIterator[GrpcServer]:
    settings = BaseServiceSettings(
        service_name="flaky",
        grpc_port=0,
        service_client_id="x",
        service_client_secret=SecretStr("unused-here"),
    )
    built = build_server(settings=settings, register=register, verifier=AnyTokenVerifier())
    await built.start()
    yield built
    await built.stop(0)


class StaticToken:
    async def token(self) -> str:
        return "svc"


@pytest.fixture
async def channel(server: GrpcServer) -> AsyncIterator[grpc.aio.Channel]:
    interceptor = CallContextInterceptor(token_source=StaticToken(), default_timeout=0.3)
    async with create_channel(
        f"127.0.0.1:{server.port}",
        interceptors=[interceptor],
        idempotent_methods=[f"/{SERVICE}/Get"],
    ) as ch:
        yield ch


async def test_idempotent_method_is_retried(channel: grpc.aio.Channel) -> None:
    # An explicit timeout wins over the 0.3 s default and leaves room for the backoff.
    assert await channel.unary_unary(f"/{SERVICE}/Get")(b"get-1", timeout=5) == b"ok"
    assert attempts[b"get-1"] == 3


async def test_other_methods_are_not_retried(channel: grpc.aio.Channel) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Create")(b"create-1", timeout=5)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert attempts[b"create-1"] == 1


async def test_default_deadline_applies(channel: grpc.aio.Channel) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await channel.unary_unary(f"/{SERVICE}/Slow")(b"")
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED


async def test_rpc_errors_decodes_platform_errors(channel: grpc.aio.Channel) -> None:
    with pytest.raises(NotFound, match="no such thing"), rpc_errors():
        await channel.unary_unary(f"/{SERVICE}/Missing")(b"")


def test_retry_config_names_services_and_methods() -> None:
    config = json.loads(retry_service_config(["/pkg.A/Get", "pkg.B"]))
    names = config["methodConfig"][0]["name"]
    assert names == [{"service": "pkg.A", "method": "Get"}, {"service": "pkg.B"}]
    assert config["methodConfig"][0]["retryPolicy"]["retryableStatusCodes"] == ["UNAVAILABLE"]
    assert json.loads(retry_service_config([])) == {}
