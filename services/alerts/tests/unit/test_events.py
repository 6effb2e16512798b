"""Events are past-tense facts that carry ids, countries and the acting person — what
notifications needs (guide §6.4.1) — and never personal data or case content."""

import dataclasses
import inspect
import re
import typing
from datetime import datetime

import pytest
from tramita_alerts.domain import events
from tramita_alerts.domain.events import AlertEvent

EVENT_CLASSES = [
    cls
    for _, cls in inspect.getmembers(events, inspect.isclass)
    if issubclass(cls, AlertEvent) and cls is not AlertEvent
]


def test_there_is_an_event_for_every_kind_of_notice() -> None:
    assert len(EVENT_CLASSES) >= 29


@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda c: c.__name__)
def test_each_event_is_a_frozen_past_tense_fact(cls) -> None:
    assert re.search(r"(ed|Sent|Withdrawn|ForSending)$", cls.__name__)
    assert cls.__dataclass_params__.frozen
    names = [f.name for f in dataclasses.fields(cls)]
    assert names[:3] == ["alert_id", "number", "acted_by"]


# Every field is an id, a country, a moment, a code or a flag: nothing else fits.
ALLOWED_ENDINGS = ("_id", "_ids", "country", "countries", "_at", "_to")
ALLOWED_NAMES = {"number", "acted_by", "kind", "state", "fields", "previous", "current", "sent"}
ALLOWED_NAMES |= {"commission", "reason"}


@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda c: c.__name__)
def test_no_event_has_room_for_personal_data_or_content(cls) -> None:
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        assert field.name in ALLOWED_NAMES or field.name.endswith(ALLOWED_ENDINGS), field.name
        assert hints[field.name] in {str, bool, datetime, tuple[str, ...]}, field.name


def test_the_only_reason_field_is_a_code_not_free_text() -> None:
    with_reason = [cls for cls in EVENT_CLASSES if "reason" in typing.get_type_hints(cls)]
    assert [cls.__name__ for cls in with_reason] == ["ClosureProposalCancelled"]
