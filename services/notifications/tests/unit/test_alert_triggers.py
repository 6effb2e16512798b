"""Alert events become triggers addressed to the parts the rules know."""

from datetime import UTC, datetime

from tramita.alerts.events.v1 import events_pb2 as alert_events
from tramita_notifications.domain.catalogue import Kind
from tramita_notifications.domain.rules import RULES
from tramita_notifications.entrypoints.alert_triggers import ALERT_TRANSLATORS, ALERTS_WORKFLOW
from tramita_platform.clock import ManualClock
from tramita_platform.events import event_type, make_envelope

COMMON = {"alert_id": "a-1", "number": "2026-000007", "acted_by": "p-1"}


def translate(payload):
    envelope = make_envelope(
        payload,
        source="alerts",
        subject="a-1",
        clock=ManualClock(datetime(2026, 3, 2, tzinfo=UTC)),
    )
    return ALERT_TRANSLATORS[event_type(payload)](envelope)


def test_submitted_goes_to_the_coordinator() -> None:
    trigger = translate(
        alert_events.AlertSubmittedForSending(
            **COMMON, launching_entity_id="pt-auth", coordinator_id="pt-coord"
        )
    )
    assert trigger.kind == Kind.ALERT_SUBMITTED_FOR_SENDING
    assert trigger.entities == {"coordinator": "pt-coord"}
    assert trigger.workflow == ALERTS_WORKFLOW
    assert trigger.params == {"reference": "2026-000007"}
    assert trigger.link == "/alerts/a-1"


def test_sent_goes_to_every_mailbox() -> None:
    trigger = translate(
        alert_events.AlertSent(
            **COMMON,
            coordinator_id="pt-coord",
            launching_entity_id="pt-auth",
            launching_country="PT",
            recipient_countries=["FR"],
            mailbox_ids=["pt-mailbox", "fr-mailbox"],
            home_mailbox_ids=["pt-mailbox"],
        )
    )
    assert trigger.kind == Kind.ALERT_RECEIVED
    assert trigger.entities == {"mailbox.1": "pt-mailbox", "mailbox.2": "fr-mailbox"}


def test_disseminated_goes_to_the_new_recipients() -> None:
    trigger = translate(
        alert_events.AlertDisseminated(
            **COMMON, country="ES", by_entity_id="es-mailbox", entity_ids=["es-health"]
        )
    )
    assert trigger.kind == Kind.ALERT_DISSEMINATED
    assert trigger.entities == {"recipient.1": "es-health"}


def test_periods_end_for_the_closure_coordinator() -> None:
    comments = translate(
        alert_events.CommentPeriodEnded(**COMMON, closure_coordinator_id="es-coord")
    )
    objections = translate(
        alert_events.ObjectionPeriodEnded(**COMMON, closure_coordinator_id="es-coord")
    )
    assert comments.kind == Kind.ALERT_COMMENT_PERIOD_ENDED
    assert objections.kind == Kind.ALERT_OBJECTION_PERIOD_ENDED
    assert comments.entities == objections.entities == {"closure_coordinator": "es-coord"}


def test_closed_goes_to_everyone_involved() -> None:
    trigger = translate(
        alert_events.AlertClosed(
            **COMMON, closure_coordinator_id="es-coord", involved_entity_ids=["pt-auth", "es-coord"]
        )
    )
    assert trigger.kind == Kind.ALERT_CLOSED
    assert trigger.entities == {"involved.1": "pt-auth", "involved.2": "es-coord"}


def test_every_alert_kind_translated_has_a_rule() -> None:
    assert len(ALERT_TRANSLATORS) >= 15
    payloads = {name: getattr(alert_events, name) for name in dir(alert_events)}
    kinds = {type_name for type_name in ALERT_TRANSLATORS}
    assert all(t.startswith("tramita.alerts.") for t in kinds)
    assert {Kind.ALERT_CLOSED, Kind.ALERT_RECEIVED} <= set(RULES)
    assert payloads
