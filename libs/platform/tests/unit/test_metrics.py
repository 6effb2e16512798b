"""Metric constructors are get-or-create; the standalone endpoint serves /metrics."""

from __future__ import annotations

import httpx
import pytest
from prometheus_client import CollectorRegistry
from tramita_platform.metrics import counter, gauge, render_latest, start_metrics_server


def test_constructors_return_the_same_metric() -> None:
    registry = CollectorRegistry()
    first = counter("tramita_test_events", "Events.", ("kind",), registry=registry)
    assert counter("tramita_test_events", "Events.", ("kind",), registry=registry) is first
    first.labels(kind="a").inc()
    assert b'tramita_test_events_total{kind="a"} 1.0' in render_latest(registry)


def test_name_clash_with_another_type_is_refused() -> None:
    registry = CollectorRegistry()
    counter("tramita_test_clash", "Clash.", registry=registry)
    with pytest.raises(TypeError):
        gauge("tramita_test_clash", "Clash.", registry=registry)


async def test_standalone_server_serves_metrics() -> None:
    registry = CollectorRegistry()
    gauge("tramita_test_outbox_lag", "Lag.", registry=registry).set(3)
    server = start_metrics_server(0, registry=registry)
    try:
        async with httpx.AsyncClient() as client:
            response = await client.get(f"http://127.0.0.1:{server.port}/metrics")
        assert "tramita_test_outbox_lag 3.0" in response.text
    finally:
        server.close()
