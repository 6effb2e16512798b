"""Prometheus helpers: idempotent metric constructors, exposition and a standalone endpoint.

Metric names are prefixed `tramita_`; constructors are get-or-create so servers and
apps built repeatedly (tests, several apps in one process) share one metric.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    start_http_server,
)

__all__ = [
    "CONTENT_TYPE_LATEST",
    "LATENCY_BUCKETS",
    "MetricsServer",
    "RequestMetrics",
    "counter",
    "gauge",
    "grpc_server_metrics",
    "histogram",
    "http_server_metrics",
    "render_latest",
    "start_metrics_server",
]

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_lock = threading.Lock()
_created: dict[tuple[int, str], Any] = {}


def _get_or_create[M](kind: type[M], name: str, registry: CollectorRegistry, **kwargs: Any) -> M:
    """Return the metric `name` in `registry`, creating it on first use."""
    key = (id(registry), name)
    with _lock:
        metric = _created.get(key)
        if metric is None:
            metric = kind(name, registry=registry, **kwargs)  # type: ignore[call-arg]
            _created[key] = metric
    if not isinstance(metric, kind):
        raise TypeError(f"metric {name} already exists as {type(metric).__name__}")
    return metric


def counter(
    name: str,
    documentation: str,
    labels: tuple[str, ...] = (),
    *,
    registry: CollectorRegistry = REGISTRY,
) -> Counter:
    """Return the counter `name`, creating it on first use."""
    return _get_or_create(Counter, name, registry, documentation=documentation, labelnames=labels)


def gauge(
    name: str,
    documentation: str,
    labels: tuple[str, ...] = (),
    *,
    registry: CollectorRegistry = REGISTRY,
) -> Gauge:
    """Return the gauge `name`, creating it on first use."""
    return _get_or_create(Gauge, name, registry, documentation=documentation, labelnames=labels)


def histogram(
    name: str,
    documentation: str,
    labels: tuple[str, ...] = (),
    *,
    buckets: tuple[float, ...] = LATENCY_BUCKETS,
    registry: CollectorRegistry = REGISTRY,
) -> Histogram:
    """Return the histogram `name`, creating it on first use."""
    return _get_or_create(
        Histogram,
        name,
        registry,
        documentation=documentation,
        labelnames=labels,
        buckets=buckets,
    )


@dataclass(frozen=True, slots=True)
class RequestMetrics:
    """A request counter (by method and outcome) and a latency histogram (by method)."""

    requests: Counter
    latency: Histogram


def grpc_server_metrics(registry: CollectorRegistry = REGISTRY) -> RequestMetrics:
    """Return the standard gRPC server metrics."""
    return RequestMetrics(
        requests=counter(
            "tramita_grpc_server_requests",
            "gRPC calls handled, by method and status code.",
            ("method", "code"),
            registry=registry,
        ),
        latency=histogram(
            "tramita_grpc_server_duration_seconds",
            "gRPC call latency, by method.",
            ("method",),
            registry=registry,
        ),
    )


def http_server_metrics(registry: CollectorRegistry = REGISTRY) -> RequestMetrics:
    """Return the standard HTTP server metrics (route is the template, never the raw path)."""
    return RequestMetrics(
        requests=counter(
            "tramita_http_server_requests",
            "HTTP requests handled, by method, route and status.",
            ("method", "route", "status"),
            registry=registry,
        ),
        latency=histogram(
            "tramita_http_server_duration_seconds",
            "HTTP request latency, by method and route.",
            ("method", "route"),
            registry=registry,
        ),
    )


def render_latest(registry: CollectorRegistry = REGISTRY) -> bytes:
    """Return the registry in the Prometheus text exposition format."""
    return generate_latest(registry)


@dataclass(slots=True)
class MetricsServer:
    """A running standalone `/metrics` endpoint."""

    server: WSGIServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        """Return the bound port (useful when started on port 0)."""
        return int(self.server.server_port)

    def close(self) -> None:
        """Stop serving and release the port."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def start_metrics_server(
    port: int, host: str = "127.0.0.1", *, registry: CollectorRegistry = REGISTRY
) -> MetricsServer:
    """Serve `/metrics` from a daemon thread, for processes without an HTTP app."""
    server, thread = start_http_server(port, addr=host, registry=registry)
    return MetricsServer(server=server, thread=thread)
