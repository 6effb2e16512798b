"""Event envelopes (CloudEvents attributes in protobuf): naming, building, coding, Kafka headers.

Type naming is derived from the payload's protobuf full name so it never drifts from the
contract: the version segment (`vN`) and an `events` segment are dropped from the package
and the version is appended. `tramita.registry.events.v1.OrganizationRegistered` becomes
`tramita.registry.OrganizationRegistered.v1`. A payload in an unversioned package is
refused: every event contract is versioned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from google.protobuf.message import Message
from opentelemetry import context as otel_context
from opentelemetry import propagate
from tramita.common.v1.envelope_pb2 import EventEnvelope

from tramita_platform.clock import Clock
from tramita_platform.ids import new_id

__all__ = [
    "HEADER_ID",
    "HEADER_TRACEPARENT",
    "HEADER_TYPE",
    "EnvelopeError",
    "EventEnvelope",
    "decode",
    "encode",
    "event_type",
    "kafka_headers",
    "make_envelope",
    "topic_for",
    "trace_context",
    "unpack",
]

HEADER_ID: Final = "ce_id"
HEADER_TYPE: Final = "ce_type"
HEADER_TRACEPARENT: Final = "traceparent"
_VERSION = re.compile(r"^v\d+$")
_SOURCE = re.compile(r"^[a-z][a-z0-9-]*$")

type KafkaHeaders = list[tuple[str, bytes]]


class EnvelopeError(ValueError):
    """Bytes or a payload that cannot be turned into (or out of) an envelope."""


def event_type(payload: Message | type[Message]) -> str:
    """Return the envelope `type` for a payload message (see the module docstring)."""
    full_name = payload.DESCRIPTOR.full_name
    *package, name = full_name.split(".")
    versions = [part for part in package if _VERSION.match(part)]
    if not versions:
        raise EnvelopeError(f"{full_name}: event payloads live in a versioned package")
    kept = [part for part in package if part != "events" and not _VERSION.match(part)]
    return ".".join([*kept, name, versions[-1]])


def topic_for(source: str) -> str:
    """Return the Kafka topic where service `source` publishes its events."""
    if not _SOURCE.match(source):
        raise EnvelopeError(f"source {source!r} is not a service name")
    return f"tramita.{source}.events.v1"


def make_envelope(
    payload: Message,
    *,
    source: str,
    subject: str,
    clock: Clock,
    organization: str = "",
    entity: str = "",
    event_id: str | None = None,
) -> EventEnvelope:
    """Wrap `payload` in a new envelope stamped with a UUIDv7, the clock and the trace context."""
    if not subject:
        raise EnvelopeError("subject (the aggregate id) is required: it is the Kafka key")
    topic_for(source)
    envelope = EventEnvelope(
        id=event_id or new_id(),
        type=event_type(payload),
        source=source,
        subject=subject,
        organization=organization,
        entity=entity,
        traceparent=_current_traceparent(),
    )
    envelope.time.FromDatetime(clock.now())
    envelope.data.Pack(payload)
    return envelope


def encode(envelope: EventEnvelope) -> bytes:
    """Serialize an envelope (deterministically, so equal envelopes give equal bytes)."""
    return envelope.SerializeToString(deterministic=True)


def decode(data: bytes) -> EventEnvelope:
    """Parse envelope bytes, refusing garbage and envelopes without id or type."""
    envelope = EventEnvelope()
    try:
        envelope.ParseFromString(data)
    except Exception as exc:  # protobuf raises DecodeError, but also others on odd input
        raise EnvelopeError(f"not an event envelope: {exc}") from exc
    if not envelope.id or not envelope.type:
        raise EnvelopeError("envelope without id or type")
    return envelope


def unpack[M: Message](envelope: EventEnvelope, payload_type: type[M]) -> M:
    """Return the envelope's payload as `payload_type`, or raise if it holds something else."""
    payload = payload_type()
    if not envelope.data.Unpack(payload):
        raise EnvelopeError(
            f"envelope {envelope.id} holds {envelope.data.TypeName()}, "
            f"not {payload_type.DESCRIPTOR.full_name}"
        )
    return payload


def kafka_headers(envelope: EventEnvelope) -> KafkaHeaders:
    """Return the Kafka record headers for an envelope (id, type and trace parent)."""
    headers = [(HEADER_ID, envelope.id.encode()), (HEADER_TYPE, envelope.type.encode())]
    if envelope.traceparent:
        headers.append((HEADER_TRACEPARENT, envelope.traceparent.encode()))
    return headers


def trace_context(
    headers: Iterable[tuple[str, bytes]] | Mapping[str, str] | None = None,
    envelope: EventEnvelope | None = None,
) -> otel_context.Context:
    """Return the OTel context carried by Kafka headers, else by the envelope's traceparent."""
    carrier: dict[str, str] = {}
    if isinstance(headers, Mapping):
        carrier.update(headers)
    elif headers is not None:
        carrier.update((key, value.decode(errors="replace")) for key, value in headers)
    if HEADER_TRACEPARENT not in carrier and envelope is not None and envelope.traceparent:
        carrier[HEADER_TRACEPARENT] = envelope.traceparent
    return propagate.extract(carrier)


def _current_traceparent() -> str:
    """Return the W3C traceparent of the current span, or "" outside a trace."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get(HEADER_TRACEPARENT, "")
