"""Alert events → triggers (IMI guide 003 §6.4.1, PRODUCT §12 "Alerts").

Alert events carry ids, countries and the acting person only; a trigger copies the
alert's entity ids into the parts the rules address (coordinator, mailbox.N, recipient.N,
involved.N, closure_coordinator), the workflow, and the alert number as `reference`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from google.protobuf.message import Message
from tramita.alerts.events.v1 import events_pb2 as alert_events
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita_platform.events import event_type, unpack

from tramita_notifications.domain.catalogue import Kind
from tramita_notifications.domain.model import Trigger

__all__ = ["ALERTS_WORKFLOW", "ALERT_TRANSLATORS"]

ALERTS_WORKFLOW = "services-directive/alerts"

type Translator = Callable[[EventEnvelope], Trigger | None]


def _numbered(part: str, ids: Iterable[str]) -> dict[str, str]:
    unique = list(dict.fromkeys(key for key in ids if key))
    return {f"{part}.{n}": key for n, key in enumerate(unique, 1)}


def _trigger(envelope: EventEnvelope, event: Message, kind: Kind, entities: dict[str, str]):
    if not entities:
        return None
    return Trigger(
        event_id=envelope.id,
        kind=kind,
        entities=entities,
        workflow=ALERTS_WORKFLOW,
        link=f"/alerts/{event.alert_id}",  # type: ignore[attr-defined]
        params={"reference": event.number},  # type: ignore[attr-defined]
    )


def _to(
    message: type[Message], kind: Kind, parts: Callable[[Message], dict[str, str]]
) -> tuple[str, Translator]:
    def translate(envelope: EventEnvelope) -> Trigger | None:
        event = unpack(envelope, message)
        return _trigger(envelope, event, kind, parts(event))

    return event_type(message), translate


def _coordinator(event) -> dict[str, str]:
    return {"coordinator": event.coordinator_id} if event.coordinator_id else {}


def _closure_coordinator(event) -> dict[str, str]:
    return {"closure_coordinator": event.closure_coordinator_id}


def _involved(event) -> dict[str, str]:
    return _numbered("involved", event.involved_entity_ids)


ev, K = alert_events, Kind
ALERT_TRANSLATORS: dict[str, Translator] = dict(
    (
        _to(ev.AlertSubmittedForSending, K.ALERT_SUBMITTED_FOR_SENDING, _coordinator),
        _to(ev.AlertForwarded, K.ALERT_SUBMITTED_FOR_SENDING, _coordinator),
        _to(ev.AlertSent, K.ALERT_RECEIVED, lambda e: _numbered("mailbox", e.mailbox_ids)),
        _to(
            ev.RecipientCountriesAdded,
            K.ALERT_RECEIVED,
            lambda e: _numbered("mailbox", e.mailbox_ids),
        ),
        _to(
            ev.AlertDisseminated,
            K.ALERT_DISSEMINATED,
            lambda e: _numbered("recipient", e.entity_ids),
        ),
        _to(ev.AlertRectified, K.ALERT_UPDATED, _involved),
        _to(ev.EstablishmentChanged, K.ALERT_ESTABLISHMENT_CHANGED, _involved),
        _to(ev.AdditionalInfoSubmitted, K.ALERT_ADDITIONAL_INFO_SUBMITTED, _coordinator),
        _to(ev.AdditionalInfoSent, K.ALERT_ADDITIONAL_INFO_SENT, _involved),
        _to(ev.WithdrawalSubmitted, K.ALERT_WITHDRAWAL_SUBMITTED, _coordinator),
        _to(ev.AlertWithdrawn, K.ALERT_WITHDRAWN, _involved),
        _to(
            ev.ClosureProposed,
            K.ALERT_CLOSURE_PROPOSED,
            lambda e: _numbered("involved", e.notified_entity_ids),
        ),
        _to(ev.CommentPeriodEnded, K.ALERT_COMMENT_PERIOD_ENDED, _closure_coordinator),
        _to(ev.ClosureProposalSent, K.ALERT_CLOSURE_OPEN_FOR_OBJECTIONS, _involved),
        _to(ev.ObjectionPeriodEnded, K.ALERT_OBJECTION_PERIOD_ENDED, _closure_coordinator),
        _to(ev.AlertClosed, K.ALERT_CLOSED, _involved),
    )
)
