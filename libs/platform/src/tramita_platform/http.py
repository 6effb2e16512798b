"""FastAPI app factory: RFC 9457 problem details, request ids, health, readiness, metrics.

Problem `type`s are stable URNs (`urn:tramita:problem:not-found`); bodies never echo
submitted values, so a rejected field cannot leak personal data into responses or logs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tramita_platform.errors import (
    AlreadyExists,
    Conflict,
    ErrorMap,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PlatformError,
    Unauthenticated,
    Unavailable,
)
from tramita_platform.logs import bind_request_id, current_request_id, sanitize_request_id
from tramita_platform.metrics import CONTENT_TYPE_LATEST, http_server_metrics, render_latest
from tramita_platform.settings import BaseServiceSettings
from tramita_platform.telemetry import instrument_fastapi

__all__ = [
    "HTTP_STATUSES",
    "PROBLEM_JSON",
    "ReadyCheck",
    "create_app",
    "idempotency_key",
    "problem_response",
]

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"
type ReadyCheck = Callable[[], Awaitable[bool | None]]
HTTP_STATUSES: tuple[tuple[type[PlatformError], int], ...] = (
    (InvalidArgument, 422),
    (FailedPrecondition, 409),
    (NotFound, 404),
    (PermissionDenied, 403),
    (AlreadyExists, 409),
    (Conflict, 409),
    (Unauthenticated, 401),
    (Unavailable, 503),
)
_READY_TIMEOUT_SECONDS = 2.0


def problem_response(
    *, status: int, reason: str, detail: str, instance: str, **extensions: Any
) -> JSONResponse:
    """Return an `application/problem+json` response (request id included when bound)."""
    body: dict[str, Any] = {
        "type": f"urn:tramita:problem:{reason.lower().replace('_', '-')}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
        **{key: value for key, value in extensions.items() if value is not None},
        "request_id": current_request_id(),
    }
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _violations(items: Sequence[FieldViolation]) -> list[dict[str, str]]:
    """Render field violations as problem-detail members."""
    return [{"field": v.field, "rule": v.rule, "description": v.description} for v in items]


def _platform_problem(request: Request, error: PlatformError) -> JSONResponse:
    """Render a platform error as a problem."""
    status = next((s for kind, s in HTTP_STATUSES if isinstance(error, kind)), 500)
    violations = _violations(error.violations) if isinstance(error, InvalidArgument) else None
    state = error.state if isinstance(error, FailedPrecondition) else None
    action = error.action if isinstance(error, FailedPrecondition) else None
    return problem_response(
        status=status,
        reason=error.reason,
        detail=error.message,
        instance=request.url.path,
        violations=violations,
        state=state,
        action=action,
    )


def _field_path(loc: Sequence[int | str]) -> str:
    """Return a dotted field path; body fields drop the `body.` prefix."""
    parts = [str(part) for part in loc]
    return ".".join(parts[1:] if parts[:1] == ["body"] and len(parts) > 1 else parts)


def _install_handlers(app: FastAPI, error_map: ErrorMap) -> None:
    """Register problem-detail handlers for platform, mapped domain, validation and HTTP errors."""

    async def on_platform(request: Request, exc: Exception) -> Response:
        error = error_map.translate(exc)
        if error is None:  # a mapped type whose factory declined: treat as unexpected
            raise exc
        return _platform_problem(request, error)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        violations = [
            FieldViolation(field=_field_path(e["loc"]), rule=e["type"], description=e["msg"])
            for e in exc.errors()
        ]
        return _platform_problem(request, InvalidArgument(violations))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        reason = HTTPStatus(exc.status_code).name
        return problem_response(
            status=exc.status_code,
            reason=reason,
            detail=str(exc.detail),
            instance=request.url.path,
        )

    app.add_exception_handler(PlatformError, on_platform)
    for domain_type in error_map:
        app.add_exception_handler(domain_type, on_platform)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)


class RequestContextMiddleware:
    """Bind and echo `x-request-id`, record metrics, and turn crashes into 500 problems."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._metrics = http_server_metrics()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request (other scope types pass through)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_id = sanitize_request_id(headers.get("x-request-id"))
        started, state = time.perf_counter(), {"status": 500, "sent": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"], state["sent"] = message["status"], True
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        with bind_request_id(request_id):
            try:
                await self.app(scope, receive, send_with_id)
            except Exception:
                log.exception("unhandled error in HTTP request", extra={"path": scope["path"]})
                if state["sent"]:
                    raise
                await _internal_error(scope)(scope, receive, send_with_id)
            finally:
                self._observe(scope, str(scope["method"]), int(state["status"]), started)

    def _observe(self, scope: Scope, method: str, status: int, started: float) -> None:
        """Record the request under its route template (never the raw path)."""
        route = getattr(scope.get("route"), "path", None) or "unmatched"
        self._metrics.requests.labels(method=method, route=route, status=str(status)).inc()
        self._metrics.latency.labels(method=method, route=route).observe(
            time.perf_counter() - started
        )


def _internal_error(scope: Scope) -> JSONResponse:
    """Return the 500 problem that reveals only the request id."""
    request_id = current_request_id()
    return problem_response(
        status=500,
        reason="INTERNAL",
        instance=str(scope["path"]),
        detail=f"internal error (request id {request_id})",
    )


def _health_router(ready_checks: Mapping[str, ReadyCheck]) -> APIRouter:
    """Return `/healthz`, `/readyz` and `/metrics`."""
    router = APIRouter(include_in_schema=False)

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz")
    async def readyz() -> JSONResponse:
        names = list(ready_checks)
        results = await asyncio.gather(*(_run_check(n, ready_checks[n]) for n in names))
        checks = {name: "ok" if ok else "failed" for name, ok in zip(names, results, strict=True)}
        ready = all(results)
        body = {"status": "ready" if ready else "not ready", "checks": checks}
        return JSONResponse(body, status_code=200 if ready else 503)

    @router.get("/metrics")
    async def metrics() -> Response:
        return Response(render_latest(), media_type=CONTENT_TYPE_LATEST)

    return router


async def _run_check(name: str, check: ReadyCheck) -> bool:
    """Run one readiness check with a timeout; failures are logged, not exposed."""
    try:
        result = await asyncio.wait_for(check(), _READY_TIMEOUT_SECONDS)
    except Exception as exc:
        log.warning("readiness check failed", extra={"check": name, "error": type(exc).__name__})
        return False
    return result is not False


def create_app(
    *,
    settings: BaseServiceSettings,
    title: str,
    routers: Sequence[APIRouter] = (),
    ready_checks: Mapping[str, ReadyCheck] | None = None,
    error_map: ErrorMap | None = None,
    version: str = "0.1.0",
    tracing: bool | None = None,
) -> FastAPI:
    """Build the app; tracing defaults to on when an OTLP endpoint is configured."""
    app = FastAPI(title=title, version=version)
    _install_handlers(app, error_map or ErrorMap())
    app.add_middleware(RequestContextMiddleware)
    app.include_router(_health_router(ready_checks or {}))
    for router in routers:
        app.include_router(router)
    if bool(settings.otlp_endpoint) if tracing is None else tracing:
        instrument_fastapi(app)
    return app


def idempotency_key(
    key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> str | None:
    """Read the optional `Idempotency-Key` header (1-255 printable characters)."""
    if key is None:
        return None
    if not 1 <= len(key) <= 255 or not key.isprintable():
        violation = FieldViolation(
            field="header.Idempotency-Key",
            rule="format",
            description="must be 1 to 255 printable characters",
        )
        raise InvalidArgument([violation])
    return key
