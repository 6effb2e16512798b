"""Build and run a service's grpc.aio server: interceptors, health, reflection, shutdown."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import grpc
import grpc.aio
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from tramita_platform.auth import TokenVerifier
from tramita_platform.errors import ErrorMap
from tramita_platform.grpc_interceptors import (
    AuthInterceptor,
    ErrorMappingInterceptor,
    MetricsInterceptor,
    RequestIdInterceptor,
)
from tramita_platform.metrics import start_metrics_server
from tramita_platform.settings import BaseServiceSettings
from tramita_platform.telemetry import grpc_server_interceptor

__all__ = ["GrpcServer", "build_server", "serve"]

log = logging.getLogger(__name__)
type Register = Callable[[grpc.aio.Server], None]
_SERVER_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.so_reuseport", 0),  # a port already in use must fail loudly, not be shared
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.http2.min_ping_interval_without_data_ms", 30_000),
    ("grpc.max_receive_message_length", 8 * 1024 * 1024),
)


@dataclass(slots=True)
class GrpcServer:
    """A built (bound, not yet started) server, its health servicer and service names."""

    server: grpc.aio.Server
    health: health.aio.HealthServicer
    service_names: tuple[str, ...]
    port: int
    _stopped: bool = field(default=False, init=False)

    async def start(self) -> None:
        """Start serving and report every registered service (and the server) SERVING."""
        await self.server.start()
        for name in ("", *self.service_names):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)

    async def stop(self, grace: float) -> None:
        """Report NOT_SERVING first, then let in-flight calls finish for `grace` seconds."""
        if self._stopped:
            return
        self._stopped = True
        await self.health.enter_graceful_shutdown()
        await self.server.stop(grace)


class _RegistrationRecorder:
    """Forward registrations to the server, noting service names for health and reflection."""

    def __init__(self, server: grpc.aio.Server) -> None:
        self._server = server
        self.names: list[str] = []

    def add_generic_rpc_handlers(self, handlers: Sequence[grpc.GenericRpcHandler]) -> None:
        """Record each handler's service name, then register it."""
        for handler in handlers:
            service_name = getattr(handler, "service_name", None)
            if callable(service_name) and (name := service_name()):
                self._note(str(name))
        self._server.add_generic_rpc_handlers(handlers)

    def add_registered_method_handlers(self, service_name: str, handlers: Any) -> None:
        """Record the service name, then register its method handlers."""
        self._note(service_name)
        self._server.add_registered_method_handlers(service_name, handlers)

    def _note(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._server, attribute)


def build_server(
    *,
    settings: BaseServiceSettings,
    register: Register,
    verifier: TokenVerifier,
    error_map: ErrorMap | None = None,
    extra_interceptors: Sequence[grpc.aio.ServerInterceptor] = (),
) -> GrpcServer:
    """Build the server with the standard interceptors, health and reflection, and bind it."""
    interceptors: list[grpc.aio.ServerInterceptor] = [
        RequestIdInterceptor(),
        grpc_server_interceptor(),
        MetricsInterceptor(),
        ErrorMappingInterceptor(error_map, domain=f"tramita.{settings.service_name}"),
        AuthInterceptor(verifier),
        *extra_interceptors,
    ]
    server = grpc.aio.server(interceptors=interceptors, options=_SERVER_OPTIONS)
    recorder = _RegistrationRecorder(server)
    register(recorder)  # type: ignore[arg-type]
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    names = tuple(recorder.names)
    reflected = (*names, health.SERVICE_NAME, reflection.SERVICE_NAME)
    reflection.enable_server_reflection(reflected, server)
    port = server.add_insecure_port(f"{settings.grpc_host}:{settings.grpc_port}")
    if port == 0:
        raise RuntimeError(f"cannot bind gRPC port {settings.grpc_host}:{settings.grpc_port}")
    return GrpcServer(server=server, health=health_servicer, service_names=names, port=port)


async def serve(
    *,
    settings: BaseServiceSettings,
    register: Register,
    verifier: TokenVerifier,
    error_map: ErrorMap | None = None,
    extra_interceptors: Sequence[grpc.aio.ServerInterceptor] = (),
    metrics: bool = True,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve until SIGTERM/SIGINT (or `stop` is set), then shut down gracefully."""
    built = build_server(
        settings=settings,
        register=register,
        verifier=verifier,
        error_map=error_map,
        extra_interceptors=extra_interceptors,
    )
    metrics_server = (
        start_metrics_server(settings.metrics_port, settings.metrics_host) if metrics else None
    )
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await built.start()
        log.info(
            "gRPC server started",
            extra={"grpc_port": built.port, "grpc_services": list(built.service_names)},
        )
        await stop.wait()
        log.info("gRPC server stopping", extra={"grace_seconds": settings.shutdown_grace_seconds})
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        await built.stop(settings.shutdown_grace_seconds)
        if metrics_server is not None:
            metrics_server.close()
