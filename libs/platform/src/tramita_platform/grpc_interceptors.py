"""grpc.aio server interceptors: request id, authentication, error mapping and metrics.

Each interceptor wraps the method's behaviour in an async context ("scope") that runs
in the handler's own task, so the ContextVars it binds (request id, principal) are
visible to the servicer and to everything it calls.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from typing import Any

import grpc
import grpc.aio

from tramita_platform.auth import (
    TokenVerifier,
    bind_principal,
    current_principal,
    parse_bearer,
)
from tramita_platform.errors import ErrorMap, Unauthenticated
from tramita_platform.grpc_errors import internal_status, to_grpc_status
from tramita_platform.logs import bind_request_id, current_request_id, sanitize_request_id
from tramita_platform.metrics import RequestMetrics, grpc_server_metrics

__all__ = [
    "AUTH_EXEMPT_PREFIXES",
    "AuthInterceptor",
    "ErrorMappingInterceptor",
    "MetricsInterceptor",
    "RequestIdInterceptor",
    "current_principal",
    "current_request_id",
]

log = logging.getLogger(__name__)
REQUEST_ID_KEY = "x-request-id"
# The organization the caller says it acts for (a tax key), forwarded by the gateway.
ACTING_FOR_KEY = "x-acting-for"
AUTH_EXEMPT_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")
type Context = grpc.aio.ServicerContext[Any, Any]
type Behavior = Callable[[Any, Context], Any]
type Scope = Callable[[str, Context], AbstractAsyncContextManager[None]]
type Continuation = Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler | None]]


class _ScopedInterceptor(grpc.aio.ServerInterceptor):
    """Base: run every matching call inside `self.scope(method, context)`."""

    def applies(self, method: str) -> bool:
        """Tell whether this interceptor handles `method` (all by default)."""
        return True

    def scope(self, method: str, context: Context) -> AbstractAsyncContextManager[None]:
        """Return the async context the call runs in."""
        raise NotImplementedError

    async def intercept_service(
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler | None:
        """Wrap the next handler's behaviour in this interceptor's scope."""
        handler = await continuation(handler_call_details)
        method: str = handler_call_details.method  # type: ignore[attr-defined]
        if handler is None or not self.applies(method):
            return handler
        return _wrap(handler, method, self.scope)


def _wrap(handler: grpc.RpcMethodHandler, method: str, scope: Scope) -> grpc.RpcMethodHandler:
    """Return `handler` with its behaviour running inside `scope`."""
    h: Any = handler
    kinds = {
        (False, False): ("unary_unary", grpc.unary_unary_rpc_method_handler),
        (False, True): ("unary_stream", grpc.unary_stream_rpc_method_handler),
        (True, False): ("stream_unary", grpc.stream_unary_rpc_method_handler),
        (True, True): ("stream_stream", grpc.stream_stream_rpc_method_handler),
    }
    name, factory = kinds[(bool(h.request_streaming), bool(h.response_streaming))]
    behavior: Behavior = getattr(h, name)
    wrapped = (
        _streaming(behavior, method, scope)
        if h.response_streaming
        else _unary(behavior, method, scope)
    )
    return factory(
        wrapped,
        request_deserializer=h.request_deserializer,
        response_serializer=h.response_serializer,
    )


def _unary(behavior: Behavior, method: str, scope: Scope) -> Behavior:
    """Wrap a behaviour returning one response."""

    async def run(request: Any, context: Context) -> Any:
        async with scope(method, context):
            result = behavior(request, context)
            return await result if inspect.isawaitable(result) else result

    return run


def _streaming(behavior: Behavior, method: str, scope: Scope) -> Behavior:
    """Wrap a behaviour that yields responses or writes them with `context.write`."""

    async def run(request: Any, context: Context) -> AsyncIterator[Any]:
        async with scope(method, context):
            result = behavior(request, context)
            if inspect.isawaitable(result):
                await result
                return
            async for response in result:
                yield response

    return run


def _metadata(context: Context) -> dict[str, Any]:
    """Return the call's invocation metadata as a dict (last value wins)."""
    return {key.lower(): value for key, value in context.invocation_metadata() or ()}


class RequestIdInterceptor(_ScopedInterceptor):
    """Bind `x-request-id` (the caller's, or a new one) and echo it in trailing metadata."""

    @asynccontextmanager
    async def scope(self, method: str, context: Context) -> AsyncIterator[None]:
        """Bind the request id for the call."""
        request_id = sanitize_request_id(_metadata(context).get(REQUEST_ID_KEY))
        context.set_trailing_metadata(((REQUEST_ID_KEY, request_id),))
        with bind_request_id(request_id):
            yield


class AuthInterceptor(_ScopedInterceptor):
    """Require a valid bearer token and bind its principal; health and reflection are open."""

    def __init__(
        self, verifier: TokenVerifier, *, exempt_prefixes: tuple[str, ...] = AUTH_EXEMPT_PREFIXES
    ) -> None:
        self._verifier = verifier
        self._exempt = exempt_prefixes

    def applies(self, method: str) -> bool:
        """Authenticate every method except the exempt ones."""
        return not method.startswith(self._exempt)

    @asynccontextmanager
    async def scope(self, method: str, context: Context) -> AsyncIterator[None]:
        """Verify the token and bind the principal; raises `Unauthenticated`."""
        metadata = _metadata(context)
        token = parse_bearer(metadata.get("authorization"))
        principal = await self._verifier.verify(token)
        if acting_for := str(metadata.get(ACTING_FOR_KEY) or "").strip()[:64]:
            # As claimed: a service checks it with identity before acting on it.
            principal = replace(principal, active_organization=acting_for)
        with bind_principal(principal, token):
            yield


class ErrorMappingInterceptor(_ScopedInterceptor):
    """Turn platform and mapped domain errors into rich statuses; anything else is INTERNAL."""

    def __init__(self, error_map: ErrorMap | None = None, *, domain: str) -> None:
        self._error_map = error_map or ErrorMap()
        self._domain = domain

    @asynccontextmanager
    async def scope(self, method: str, context: Context) -> AsyncIterator[None]:
        """Abort the call with the status matching the raised exception."""
        try:
            yield
        except grpc.aio.AbortError:
            raise
        except Exception as exc:
            status = self._status(exc, method)
            trailing = (*status.trailing_metadata, *_request_id_metadata())
            await context.abort(status.code, status.details, trailing)

    def _status(self, exc: Exception, method: str) -> grpc.Status:
        """Return the status for `exc`, logging unexpected ones with their stack."""
        request_id = current_request_id()
        error = self._error_map.translate(exc)
        if error is None:
            log.exception("unhandled error in gRPC call", extra={"grpc_method": method})
            return internal_status(request_id=request_id)
        if not isinstance(error, Unauthenticated):
            log.info(
                "gRPC call refused",
                extra={"grpc_method": method, "error_reason": error.reason},
            )
        return to_grpc_status(error, domain=self._domain, request_id=request_id)


def _request_id_metadata() -> tuple[tuple[str, str], ...]:
    """Return the request id as metadata, since abort replaces earlier trailing metadata."""
    request_id = current_request_id()
    return ((REQUEST_ID_KEY, request_id),) if request_id else ()


class MetricsInterceptor(_ScopedInterceptor):
    """Count calls by method and status code and observe their latency."""

    def __init__(self, metrics: RequestMetrics | None = None) -> None:
        self._metrics = metrics or grpc_server_metrics()

    @asynccontextmanager
    async def scope(self, method: str, context: Context) -> AsyncIterator[None]:
        """Time the call and record its final status code."""
        started = time.perf_counter()
        code = "UNKNOWN"
        try:
            yield
            code = _code_name(context.code(), default="OK")
        except grpc.aio.AbortError:
            code = _code_name(context.code(), default="UNKNOWN")
            raise
        finally:
            self._metrics.requests.labels(method=method, code=code).inc()
            self._metrics.latency.labels(method=method).observe(time.perf_counter() - started)


def _code_name(code: Any, *, default: str) -> str:
    """Return the name of a status code as reported by `context.code()`."""
    if isinstance(code, grpc.StatusCode):
        return code.name
    if isinstance(code, int):
        return next((c.name for c in grpc.StatusCode if c.value[0] == code), default)
    return default
