"""Trace context travels through Kafka headers; the provider is configured once."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from tramita_platform.telemetry import configure_telemetry, extract_context, inject_headers


def test_headers_round_trip_the_trace_context() -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("produce") as span:
        headers = inject_headers()
    names = [name for name, _ in headers]
    assert "traceparent" in names
    assert all(isinstance(value, bytes) for _, value in headers)
    parent = trace.get_current_span(extract_context(headers)).get_span_context()
    assert parent.trace_id == span.get_span_context().trace_id
    assert parent.is_remote


def test_extract_accepts_mappings_and_missing_headers() -> None:
    assert not trace.get_current_span(extract_context(None)).get_span_context().is_valid
    traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    context = extract_context({"Traceparent": traceparent})
    assert trace.get_current_span(context).get_span_context().trace_id == int(
        "0af7651916cd43dd8448eb211c80319c", 16
    )


def test_configure_is_idempotent_and_names_the_service() -> None:
    provider = configure_telemetry("probe", "")
    assert configure_telemetry("other", "") is provider
    assert provider.resource.attributes["service.name"] in {"probe", "other"}
