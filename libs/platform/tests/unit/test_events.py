"""Envelope naming, building, coding, headers and trace propagation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from google.protobuf.message import Message
from google.protobuf.wrappers_pb2 import StringValue
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita_platform.clock import ManualClock
from tramita_platform.events import (
    EnvelopeError,
    decode,
    encode,
    event_type,
    kafka_headers,
    make_envelope,
    topic_for,
    trace_context,
    unpack,
)

CLOCK = ManualClock(datetime(2031, 3, 4, 5, 6, 7, 123000, tzinfo=UTC))


def test_type_drops_events_and_version_segments_and_appends_the_version(
    pinged: type[Message],
) -> None:
    assert event_type(pinged) == "tramita.testing.Pinged.v1"
    assert event_type(pinged(key="k")) == "tramita.testing.Pinged.v1"
    assert event_type(EventEnvelope) == "tramita.common.EventEnvelope.v1"


def test_unversioned_payloads_are_refused() -> None:
    with pytest.raises(EnvelopeError, match="versioned"):
        event_type(StringValue)


def test_topic_is_per_source_service() -> None:
    assert topic_for("registry") == "tramita.registry.events.v1"
    for bad in ("", "Registry", "a.b", "x y"):
        with pytest.raises(EnvelopeError):
            topic_for(bad)


def test_make_envelope_fills_every_attribute(pinged: type[Message]) -> None:
    envelope = make_envelope(
        pinged(key="agg-1", seq=3),
        source="registry",
        subject="agg-1",
        clock=CLOCK,
        organization="org-9",
        entity="ent-2",
    )
    assert uuid.UUID(envelope.id).version == 7
    assert (envelope.type, envelope.source, envelope.subject) == (
        "tramita.testing.Pinged.v1",
        "registry",
        "agg-1",
    )
    assert (envelope.organization, envelope.entity) == ("org-9", "ent-2")
    assert envelope.time.ToDatetime(tzinfo=UTC) == CLOCK.now()
    assert envelope.traceparent == ""
    assert unpack(envelope, pinged).seq == 3


def test_make_envelope_requires_a_subject(pinged: type[Message]) -> None:
    with pytest.raises(EnvelopeError, match="subject"):
        make_envelope(pinged(), source="registry", subject="", clock=CLOCK)


def test_encode_decode_round_trip_is_deterministic(pinged: type[Message]) -> None:
    envelope = make_envelope(pinged(key="a"), source="alerts", subject="a", clock=CLOCK)
    data = encode(envelope)
    assert decode(data) == envelope
    assert encode(decode(data)) == data


@pytest.mark.parametrize("data", [b"\xff\xff\xff", b"", encode(EventEnvelope(id="x"))])
def test_decode_refuses_garbage(data: bytes) -> None:
    with pytest.raises(EnvelopeError):
        decode(data)


def test_unpack_refuses_another_payload_type(pinged: type[Message]) -> None:
    envelope = make_envelope(pinged(), source="alerts", subject="a", clock=CLOCK)
    with pytest.raises(EnvelopeError, match=r"holds tramita\.testing\.events\.v1\.Pinged"):
        unpack(envelope, EventEnvelope)


def test_kafka_headers_carry_id_type_and_traceparent(pinged: type[Message]) -> None:
    envelope = make_envelope(pinged(), source="alerts", subject="a", clock=CLOCK)
    assert kafka_headers(envelope) == [
        ("ce_id", envelope.id.encode()),
        ("ce_type", b"tramita.testing.Pinged.v1"),
    ]
    envelope.traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    assert kafka_headers(envelope)[-1] == ("traceparent", envelope.traceparent.encode())


def test_traceparent_comes_from_the_current_span_and_back(pinged: type[Message]) -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("command") as span:
        envelope = make_envelope(pinged(), source="alerts", subject="a", clock=CLOCK)
        expected = span.get_span_context()
    trace_id = f"{expected.trace_id:032x}"
    assert envelope.traceparent.startswith(f"00-{trace_id}-")

    for carrier in (kafka_headers(envelope), dict([("traceparent", envelope.traceparent)])):
        extracted = trace.get_current_span(trace_context(carrier)).get_span_context()
        assert (extracted.trace_id, extracted.span_id) == (expected.trace_id, expected.span_id)
    fallback = trace.get_current_span(trace_context([], envelope)).get_span_context()
    assert fallback.trace_id == expected.trace_id
