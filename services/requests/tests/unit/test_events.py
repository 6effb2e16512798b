"""Events carry ids, dates and flags for routing and audit, never personal data or case
content (003 §5.3.9.3, PRODUCT §6)."""

import dataclasses
import re
import typing
from datetime import date, datetime

from tramita_requests.domain import events
from tramita_requests.domain.events import Participants, RequestEvent
from tramita_requests.domain.states import RequestState

from .request_world import DE_AUTH, PT_AUTH, World

EVENT_TYPES = [
    value
    for value in vars(events).values()
    if isinstance(value, type) and issubclass(value, RequestEvent) and value is not RequestEvent
]
ALLOWED_TYPES = {str, bool, int, date, datetime, date | None, tuple[str, ...], Participants}
FORBIDDEN_WORDS = ("text", "justification", "remark", "note", "name", "subject", "suggestion")


def test_event_fields_are_ids_dates_and_flags_only() -> None:
    assert len(EVENT_TYPES) >= 30
    for event_type in EVENT_TYPES:
        hints = typing.get_type_hints(event_type)
        for field in dataclasses.fields(event_type):
            assert hints[field.name] in ALLOWED_TYPES, (event_type.__name__, field.name)
            assert not any(word in field.name for word in FORBIDDEN_WORDS), field.name


def test_event_names_are_past_tense() -> None:
    for event_type in EVENT_TYPES:
        name = event_type.__name__
        assert re.search(r"[a-z]ed(?=[A-Z]|$)|Split|Sent|Withdrawn|Found", name), name


def test_no_event_of_a_whole_journey_repeats_any_free_text(world: World) -> None:
    request = world.reach(RequestState.CLOSED)
    texts = {request.justification.text} if request.justification else set()
    texts |= {q.remark.text for q in request.questions if q.remark}
    texts |= {a.remark.text for r in request.answer_rounds for a in r.answers if a.remark}
    texts |= {h.note.text for h in request.history if h.note}
    assert texts
    for event in request.events:
        assert not texts & set(map(str, dataclasses.asdict(event).values()))


def test_every_event_names_both_sides_once_sent(world: World) -> None:
    request = world.reach(RequestState.CLOSED)
    for event in request.events[2:]:
        assert event.participants.requesting_entity_id == PT_AUTH
        assert event.participants.responding_entity_id == DE_AUTH
        assert event.request_id == request.request_id and event.area == request.area
    closed = request.events[-1]
    assert closed.participants.requesting_handler_id == "alice"
    assert closed.participants.responding_handler_id == "bob"
