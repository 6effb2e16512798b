"""JSON log lines with service, request, trace and span ids and extra fields."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from tramita_platform.logs import (
    bind_request_id,
    configure_logging,
    current_request_id,
    sanitize_request_id,
)


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    configure_logging("requests", "DEBUG", stream=stream)
    yield stream
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)


def last(stream: io.StringIO) -> dict[str, Any]:
    return json.loads(stream.getvalue().splitlines()[-1])


def test_line_has_standard_fields_and_extras(lines: io.StringIO) -> None:
    logging.getLogger("tramita.test").info(
        "request %s sent", "r-1", extra={"request_ref": "r-1", "organization_id": "o-2"}
    )
    line = last(lines)
    assert line["level"] == "INFO" and line["logger"] == "tramita.test"
    assert line["message"] == "request r-1 sent" and line["service"] == "requests"
    assert (line["request_ref"], line["organization_id"]) == ("r-1", "o-2")
    assert line["ts"].endswith("+00:00")
    assert "trace_id" not in line and "request_id" not in line


def test_line_carries_request_trace_and_span_ids(lines: io.StringIO) -> None:
    tracer = TracerProvider().get_tracer("test")
    with bind_request_id("req-1"), tracer.start_as_current_span("op") as span:
        logging.getLogger("tramita.test").warning("inside")
    line = last(lines)
    assert line["request_id"] == "req-1"
    assert line["trace_id"] == f"{span.get_span_context().trace_id:032x}"
    assert line["span_id"] == f"{span.get_span_context().span_id:016x}"
    assert current_request_id() is None


def test_exceptions_are_logged_with_stack(lines: io.StringIO) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("tramita.test").exception("failed")
    assert "ValueError: boom" in last(lines)["exception"]


def test_request_ids_are_sanitized() -> None:
    assert sanitize_request_id("abc-123") == "abc-123"
    assert sanitize_request_id("bad\nvalue") != "bad\nvalue"
    assert len(sanitize_request_id(None)) == 32
    assert len(sanitize_request_id("x" * 500)) == 32
