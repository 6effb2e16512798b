"""Request events → triggers (IMI guide 003 §5.3.9.3, PRODUCT §12 "Requests").

Request events carry ids, the request number and a snapshot of the participants (both
sides' entities, the chosen coordinators, the handler and supervisor of each side who
acted last); a trigger copies the ones its notice's rule addresses (responding,
requesting, coordinator, other_side, entity and the person parts), the workflow
("<area>/requests") and the number as `reference`. Never case content.
"""

from __future__ import annotations

from collections.abc import Callable

from google.protobuf.message import Message
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita.requests.events.v1 import events_pb2 as request_events
from tramita_platform.events import event_type, unpack

from tramita_notifications.domain.catalogue import Kind
from tramita_notifications.domain.model import Trigger

__all__ = ["REQUEST_TRANSLATORS", "requests_workflow"]

type Translator = Callable[[EventEnvelope], Trigger | tuple[Trigger, ...] | None]
type Parts = tuple[dict[str, str], dict[str, str]]


def requests_workflow(area: str) -> str:
    return f"{area}/requests"


def _kept(parts: dict[str, str]) -> dict[str, str]:
    return {part: key for part, key in parts.items() if key}


def _to(
    message: type[Message],
    kind: Kind | Callable[[Message], Kind],
    parts: Callable[[Message], Parts],
    params: Callable[[Message], dict[str, str]] = lambda event: {},
) -> tuple[str, Translator]:
    def translate(envelope: EventEnvelope) -> Trigger | None:
        event = unpack(envelope, message)
        entities, people = parts(event)
        if not _kept(entities):
            return None
        return Trigger(
            event_id=envelope.id,
            kind=kind(event) if callable(kind) else kind,
            entities=_kept(entities),
            people=_kept(people),
            workflow=requests_workflow(event.area),  # type: ignore[attr-defined]
            link=f"/requests/{event.request_id}",  # type: ignore[attr-defined]
            params={"reference": event.number, **params(event)},  # type: ignore[attr-defined]
        )

    return event_type(message), translate


# -- who, from the participants snapshot ---------------------------------------------------


def _responder(event) -> Parts:
    p = event.participants
    return {"responding": p.responding_entity_id}, {"responding_handler": p.responding_handler_id}


def _requester(event) -> Parts:
    p = event.participants
    return {"requesting": p.requesting_entity_id}, {"requesting_handler": p.requesting_handler_id}


def _other_side(event) -> Parts:
    """The side that did not write the comment."""
    p = event.participants
    if event.side == "requesting":
        return {"other_side": p.responding_entity_id}, {
            "other_side_handler": p.responding_handler_id
        }
    return {"other_side": p.requesting_entity_id}, {"other_side_handler": p.requesting_handler_id}


def _acting_on(side: str) -> Callable[[Message], Parts]:
    """The authority of `side` must act next: its last handler, else its handlers."""

    def parts(event) -> Parts:
        p = event.participants
        if side == "responding":
            return {"entity": p.responding_entity_id}, {"last_handler": p.responding_handler_id}
        return {"entity": p.requesting_entity_id}, {"last_handler": p.requesting_handler_id}

    return parts


def _coordinator_of(side: str) -> Callable[[Message], Parts]:
    def parts(event) -> Parts:
        p = event.participants
        if side == "requesting":
            return {"coordinator": p.requesting_coordinator_id}, {
                "last_supervisor": p.requesting_supervisor_id
            }
        return {"coordinator": p.responding_coordinator_id}, {
            "last_supervisor": p.responding_supervisor_id
        }

    return parts


def _supervising(event) -> Parts:
    """The coordinator asked to supervise, and its supervisor who acted last."""
    _, people = _coordinator_of(event.side)(event)
    return {"coordinator": event.coordinator_id}, people


def _supervision_kind(event) -> Kind:
    """The first time a coordinator gets the request its allocators or mailbox are told;
    later, its supervisor who acted last."""
    return (
        Kind.REQUEST_COORDINATOR_FORWARDED if event.first_time else Kind.REQUEST_SUPERVISION_NEEDED
    )


def _assigned(event) -> Parts:
    p = event.participants
    entity = p.requesting_entity_id if event.party == "requester" else p.responding_entity_id
    return {"entity": entity}, {"assigned": event.assigned_person_id}


def _deadline(event) -> dict[str, str]:
    return {"deadline": event.deadline} if event.deadline else {}


E = request_events
REQUEST_TRANSLATORS: dict[str, Translator] = dict(
    [
        _to(E.RequestSent, Kind.REQUEST_RECEIVED, _responder, _deadline),
        _to(E.RequestSubmitted, Kind.REQUEST_APPROVAL_NEEDED, _coordinator_of("requesting")),
        _to(E.AnswerSubmitted, Kind.REQUEST_ANSWER_APPROVAL_NEEDED, _coordinator_of("responding")),
        _to(E.SupervisionRequested, _supervision_kind, _supervising),
        _to(E.RequestDeadlineChanged, Kind.REQUEST_DEADLINE_CHANGED, _requester, _deadline),
        _to(E.RequestSplit, Kind.REQUEST_SPLIT, _requester),
        _to(E.AnswerSent, Kind.REQUEST_ANSWERED, _requester),
        _to(E.CommentAdded, Kind.REQUEST_COMMENT_ADDED, _other_side),
        _to(E.AdditionalInformationRequested, Kind.REQUEST_ADDITIONAL_INFO_REQUESTED, _responder),
        _to(E.AdditionalInformationRefused, Kind.REQUEST_ACTION_NEEDED, _acting_on("requesting")),
        _to(E.RequestReturnedToResponder, Kind.REQUEST_ACTION_NEEDED, _acting_on("responding")),
        _to(E.RequestApprovalRejected, Kind.REQUEST_ACTION_NEEDED, _acting_on("requesting")),
        _to(E.AnswerRejected, Kind.REQUEST_ACTION_NEEDED, _acting_on("responding")),
        _to(E.HandlerAssigned, Kind.REQUEST_ASSIGNED, _assigned),
    ]
)


def _all_of(*translators: Translator) -> Translator:
    def translate(envelope: EventEnvelope) -> tuple[Trigger, ...]:
        found = [translator(envelope) for translator in translators]
        return tuple(t for t in found if isinstance(t, Trigger))

    return translate


# A forward tells the requester (003 §5.3.9.3) and is a new request for the new responder.
REQUEST_TRANSLATORS[event_type(E.RequestForwarded)] = _all_of(
    _to(E.RequestForwarded, Kind.REQUEST_FORWARDED, _requester)[1],
    _to(E.RequestForwarded, Kind.REQUEST_RECEIVED, _responder)[1],
)
