"""Outgoing gRPC: channels with keepalive, auth and request-id metadata, default
deadlines, retries only for methods declared idempotent, and status → platform error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

import grpc
import grpc.aio

from tramita_platform.auth import current_token
from tramita_platform.grpc_errors import from_rpc_error
from tramita_platform.logs import current_request_id
from tramita_platform.settings import BaseServiceSettings
from tramita_platform.telemetry import grpc_client_interceptors

__all__ = [
    "CallContextInterceptor",
    "ServiceTokenSource",
    "create_channel",
    "create_service_channel",
    "retry_service_config",
    "rpc_errors",
]

_CHANNEL_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.keepalive_permit_without_calls", 0),
    ("grpc.enable_retries", 1),
)
_RETRY_POLICY = {
    "maxAttempts": 4,
    "initialBackoff": "0.1s",
    "maxBackoff": "2s",
    "backoffMultiplier": 2,
    "retryableStatusCodes": ["UNAVAILABLE"],
}


class ServiceTokenSource(Protocol):
    """Where this service's own access token comes from (see ClientCredentialsTokenProvider)."""

    async def token(self) -> str:
        """Return a currently valid access token."""
        ...


def retry_service_config(idempotent_methods: Sequence[str]) -> str:
    """Return a gRPC service config retrying UNAVAILABLE only for the given methods.

    Each entry is `package.Service/Method` (a leading slash is fine) or `package.Service`
    for all of a service's methods.
    """
    names = []
    for entry in idempotent_methods:
        service, _, method = entry.strip("/").partition("/")
        names.append({"service": service, "method": method} if method else {"service": service})
    if not names:
        return json.dumps({})
    return json.dumps({"methodConfig": [{"name": names, "retryPolicy": _RETRY_POLICY}]})


def create_channel(
    target: str,
    *,
    interceptors: Sequence[grpc.aio.ClientInterceptor] = (),
    idempotent_methods: Sequence[str] = (),
) -> grpc.aio.Channel:
    """Return an insecure (in-cluster, mesh-encrypted) channel with keepalive and retries."""
    options = (*_CHANNEL_OPTIONS, ("grpc.service_config", retry_service_config(idempotent_methods)))
    return grpc.aio.insecure_channel(target, options=options, interceptors=list(interceptors))


def create_service_channel(
    settings: BaseServiceSettings,
    target: str,
    *,
    token_source: ServiceTokenSource | None,
    idempotent_methods: Sequence[str] = (),
    forward_user_token: bool = True,
) -> grpc.aio.Channel:
    """Return a channel adding tracing, auth, request id and the settings' default deadline."""
    context = CallContextInterceptor(
        token_source=token_source,
        default_timeout=settings.grpc_deadline_seconds,
        forward_user_token=forward_user_token,
    )
    return create_channel(
        target,
        interceptors=[*grpc_client_interceptors(), context],
        idempotent_methods=idempotent_methods,
    )


class CallContextInterceptor(
    grpc.aio.UnaryUnaryClientInterceptor,
    grpc.aio.UnaryStreamClientInterceptor,
    grpc.aio.StreamUnaryClientInterceptor,
    grpc.aio.StreamStreamClientInterceptor,
):
    """Add `authorization` and `x-request-id` metadata and a deadline to every call.

    The caller's own token is forwarded when one is bound (the user acts through us);
    otherwise, or with `forward_user_token=False`, the service's token is sent.
    """

    def __init__(
        self,
        *,
        token_source: ServiceTokenSource | None,
        default_timeout: float,
        forward_user_token: bool = True,
    ) -> None:
        self._token_source = token_source
        self._timeout = default_timeout
        self._forward = forward_user_token

    async def _details(self, details: grpc.aio.ClientCallDetails) -> grpc.aio.ClientCallDetails:
        """Return call details with metadata and timeout filled in."""
        metadata = grpc.aio.Metadata(*(details.metadata or ()))
        token = await self._token()
        if token and "authorization" not in metadata:
            metadata["authorization"] = f"Bearer {token}"
        request_id = current_request_id()
        if request_id and "x-request-id" not in metadata:
            metadata["x-request-id"] = request_id
        return grpc.aio.ClientCallDetails(
            method=details.method,
            timeout=details.timeout if details.timeout is not None else self._timeout,
            metadata=metadata,
            credentials=details.credentials,
            wait_for_ready=details.wait_for_ready,
        )

    async def _token(self) -> str | None:
        """Return the token to send: the forwarded user token, else the service token."""
        user_token = current_token() if self._forward else None
        if user_token:
            return user_token
        return await self._token_source.token() if self._token_source else None

    async def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        """Decorate a unary-unary call."""
        return await continuation(await self._details(details), request)

    async def intercept_unary_stream(self, continuation: Any, details: Any, request: Any) -> Any:
        """Decorate a unary-stream call."""
        return await continuation(await self._details(details), request)

    async def intercept_stream_unary(self, continuation: Any, details: Any, requests: Any) -> Any:
        """Decorate a stream-unary call."""
        return await continuation(await self._details(details), requests)

    async def intercept_stream_stream(self, continuation: Any, details: Any, requests: Any) -> Any:
        """Decorate a stream-stream call."""
        return await continuation(await self._details(details), requests)


@contextmanager
def rpc_errors() -> Iterator[None]:
    """Re-raise a downstream status as the platform error it encodes (others unchanged).

    Adapters decide what a downstream error means locally; this only decodes it.
    """
    try:
        yield
    except grpc.aio.AioRpcError as exc:
        error = from_rpc_error(exc)
        if error is None:
            raise
        raise error from exc
