"""Request events become triggers addressed to the parts the rules know."""

from datetime import UTC, datetime

import pytest
from tramita.requests.events.v1 import events_pb2 as request_events
from tramita_notifications.domain.catalogue import Kind
from tramita_notifications.domain.rules import plan
from tramita_notifications.entrypoints.request_triggers import REQUEST_TRANSLATORS
from tramita_platform.clock import ManualClock
from tramita_platform.events import event_type, make_envelope

PARTICIPANTS = request_events.Participants(
    requesting_entity_id="pt-auth",
    responding_entity_id="de-auth",
    requesting_coordinator_id="pt-coord",
    responding_coordinator_id="de-coord",
    requesting_handler_id="alice",
    responding_handler_id="bob",
    requesting_supervisor_id="sue",
)
COMMON = {
    "request_id": "r-1",
    "number": "2026/000007",
    "area": "services-directive",
    "actor_id": "alice",
    "requesting_entity_id": "pt-auth",
    "participants": PARTICIPANTS,
}
WORKFLOW = "services-directive/requests"


def translate(payload):
    envelope = make_envelope(
        payload,
        source="requests",
        subject="r-1",
        clock=ManualClock(datetime(2026, 3, 2, tzinfo=UTC)),
    )
    trigger = REQUEST_TRANSLATORS[event_type(payload)](envelope)
    assert trigger is not None
    plan(trigger)  # every part the rule needs is there
    assert trigger.workflow == WORKFLOW
    assert trigger.params["reference"] == "2026/000007"
    assert trigger.link == "/requests/r-1"
    return trigger


def test_a_sent_request_reaches_the_responder() -> None:
    trigger = translate(request_events.RequestSent(**COMMON, deadline="2026-03-30"))
    assert trigger.kind == Kind.REQUEST_RECEIVED
    assert trigger.entities == {"responding": "de-auth"}
    assert trigger.params["deadline"] == "2026-03-30"


def test_an_answer_reaches_the_requesting_handler() -> None:
    trigger = translate(request_events.AnswerSent(**COMMON, round=1))
    assert trigger.kind == Kind.REQUEST_ANSWERED
    assert trigger.entities == {"requesting": "pt-auth"}
    assert trigger.people == {"requesting_handler": "alice"}


@pytest.mark.parametrize(
    ("side", "entity", "person"),
    [("responding", "pt-auth", "alice"), ("requesting", "de-auth", "bob")],
)
def test_a_comment_reaches_the_other_side(side: str, entity: str, person: str) -> None:
    trigger = translate(request_events.CommentAdded(**COMMON, message_id="m-1", side=side))
    assert trigger.kind == Kind.REQUEST_COMMENT_ADDED
    assert trigger.entities == {"other_side": entity}
    assert trigger.people == {"other_side_handler": person}


def test_additional_information_reaches_the_responder() -> None:
    trigger = translate(request_events.AdditionalInformationRequested(**COMMON))
    assert trigger.kind == Kind.REQUEST_ADDITIONAL_INFO_REQUESTED
    assert trigger.entities == {"responding": "de-auth"}
    assert trigger.people == {"responding_handler": "bob"}


def test_a_new_deadline_is_told_to_the_requester() -> None:
    trigger = translate(
        request_events.RequestDeadlineChanged(
            **COMMON, previous_deadline="2026-03-30", deadline="2026-04-15"
        )
    )
    assert trigger.kind == Kind.REQUEST_DEADLINE_CHANGED
    assert trigger.params["deadline"] == "2026-04-15"


def test_supervision_first_reaches_the_coordinator_then_its_last_supervisor() -> None:
    first = translate(
        request_events.SupervisionRequested(
            **COMMON, side="responding", coordinator_id="de-coord", first_time=True
        )
    )
    assert first.kind == Kind.REQUEST_COORDINATOR_FORWARDED
    assert first.entities == {"coordinator": "de-coord"}
    again = translate(
        request_events.SupervisionRequested(
            **COMMON, side="requesting", coordinator_id="pt-coord", first_time=False
        )
    )
    assert again.kind == Kind.REQUEST_SUPERVISION_NEEDED
    assert again.people == {"last_supervisor": "sue"}


def test_approval_needed_reaches_the_requesting_coordinator() -> None:
    trigger = translate(request_events.RequestSubmitted(**COMMON))
    assert trigger.kind == Kind.REQUEST_APPROVAL_NEEDED
    assert trigger.entities == {"coordinator": "pt-coord"}


def test_returned_to_the_responder_asks_it_to_act() -> None:
    trigger = translate(request_events.RequestReturnedToResponder(**COMMON))
    assert trigger.kind == Kind.REQUEST_ACTION_NEEDED
    assert trigger.entities == {"entity": "de-auth"}
    assert trigger.people == {"last_handler": "bob"}


def test_an_assignment_reaches_the_assigned_person() -> None:
    trigger = translate(
        request_events.HandlerAssigned(**COMMON, party="responder", assigned_person_id="bea")
    )
    assert trigger.kind == Kind.REQUEST_ASSIGNED
    assert trigger.people == {"assigned": "bea"}


def test_every_translator_is_for_a_request_event() -> None:
    assert all(key.startswith("tramita.requests.") for key in REQUEST_TRANSLATORS)


def test_a_forward_tells_the_requester_and_is_new_for_the_new_responder() -> None:
    payload = request_events.RequestForwarded(
        **COMMON, previous_responding_entity_id="fr-auth", after_acceptance=False
    )
    envelope = make_envelope(
        payload,
        source="requests",
        subject="r-1",
        clock=ManualClock(datetime(2026, 3, 2, tzinfo=UTC)),
    )
    told, received = REQUEST_TRANSLATORS[event_type(payload)](envelope)
    for trigger in (told, received):
        plan(trigger)
        assert trigger.workflow == WORKFLOW and trigger.link == "/requests/r-1"
    assert (told.kind, told.entities) == (Kind.REQUEST_FORWARDED, {"requesting": "pt-auth"})
    assert (received.kind, received.entities) == (Kind.REQUEST_RECEIVED, {"responding": "de-auth"})
