"""OpenTelemetry tracing: provider setup, instrumentation helpers, Kafka header propagation.

Traces flow HTTP → gRPC → Kafka (W3C `traceparent` in message headers) → consumers.
Export is off unless an OTLP endpoint is configured; spans are still created so trace
ids appear in logs and propagate downstream.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import grpc.aio
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import SERVICE_NAME, SERVICE_VERSION, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.ext.asyncio import AsyncEngine

__all__ = [
    "configure_telemetry",
    "extract_context",
    "grpc_client_interceptors",
    "grpc_server_interceptor",
    "inject_headers",
    "instrument_fastapi",
    "instrument_sqlalchemy",
    "shutdown_telemetry",
]

_provider: TracerProvider | None = None
_UNTRACED_URLS = "healthz,readyz,metrics"


def configure_telemetry(
    service_name: str, otlp_endpoint: str = "", *, service_version: str = "0.1.0"
) -> TracerProvider:
    """Install the global tracer provider once; export over OTLP only if an endpoint is set."""
    global _provider
    if _provider is not None:
        return _provider
    resource = Resource.create({SERVICE_NAME: service_name, SERVICE_VERSION: service_version})
    provider = TracerProvider(resource=resource)
    if otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_endpoint)))
    trace.set_tracer_provider(provider)
    _provider = provider
    return provider


def shutdown_telemetry() -> None:
    """Flush and stop span export (call on process exit)."""
    if _provider is not None:
        _provider.shutdown()


def instrument_fastapi(app: FastAPI) -> None:
    """Trace every request of `app` except health and metrics endpoints."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, excluded_urls=_UNTRACED_URLS)


def instrument_sqlalchemy(engine: AsyncEngine) -> None:
    """Trace the statements of an async SQLAlchemy engine."""
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine)


def grpc_server_interceptor() -> grpc.aio.ServerInterceptor:
    """Return an interceptor opening a server span per call (remote context from metadata)."""
    from opentelemetry.instrumentation.grpc import aio_server_interceptor

    return aio_server_interceptor()


def grpc_client_interceptors() -> list[grpc.aio.ClientInterceptor]:
    """Return interceptors opening a client span per call and propagating `traceparent`."""
    from opentelemetry.instrumentation.grpc import aio_client_interceptors

    return list(aio_client_interceptors())


def inject_headers() -> list[tuple[str, bytes]]:
    """Return the current trace context as Kafka headers (`traceparent`, `tracestate`)."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return [(key, value.encode()) for key, value in carrier.items()]


def extract_context(
    headers: Iterable[tuple[str, bytes | str]] | Mapping[str, bytes | str] | None,
) -> otel_context.Context:
    """Return the trace context carried by Kafka headers, to use as a consumer span's parent."""
    pairs = headers.items() if isinstance(headers, Mapping) else (headers or ())
    carrier: dict[str, Any] = {}
    for key, value in pairs:
        carrier[key.lower()] = value.decode() if isinstance(value, bytes) else value
    return propagate.extract(carrier)
