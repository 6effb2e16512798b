"""Invitation domain events → protobuf payloads of tramita.registry.events.v1."""

from google.protobuf.message import Message
from tramita.registry.events.v1 import events_pb2
from tramita.registry.v1 import invitation_pb2

from tramita_registry.domain import events as ev


def status_number(value: str) -> int:
    return invitation_pb2.InvitationStatus.Value(f"INVITATION_STATUS_{value}") if value else 0


def invitation_payload(event: ev.InvitationEvent) -> tuple[str, Message]:
    """(subject, payload) of an invitation event."""
    match event:
        case ev.InvitationStatusChanged():
            return event.invitation_id, events_pb2.InvitationStatusChanged(
                invitation_id=event.invitation_id,
                inviting_entity_id=event.inviting_entity_id,
                action=event.action,
                from_status=status_number(event.from_status),
                to_status=status_number(event.to_status),
            )
        case ev.InvitationReminderDue():
            return event.invitation_id, events_pb2.InvitationReminderDue(
                invitation_id=event.invitation_id,
                inviting_entity_id=event.inviting_entity_id,
                invited_email=event.invited_email,
                preferred_language=event.language,
                coordinator_name=event.coordinator_name,
                coordinator_email=event.coordinator_email,
                expires_on=event.expires_on,
                link=event.link,
            )
        case ev.InvitationRegistered():
            return event.invitation_id, events_pb2.InvitationRegistered(
                invitation_id=event.invitation_id,
                inviting_entity_id=event.inviting_entity_id,
                invited_by_person_id=event.invited_by,
                entity_id=event.entity_id,
                entity_name=event.entity_name,
            )
        case ev.InvitationValidated():
            return event.invitation_id, events_pb2.InvitationValidated(
                invitation_id=event.invitation_id,
                inviting_entity_id=event.inviting_entity_id,
                entity_id=event.entity_id,
                entity_name=event.entity_name,
            )
    return _other(event)


def _other(event: ev.InvitationEvent) -> tuple[str, Message]:
    match event:
        case ev.AuthoritySelfRegistered():
            return event.entity_id, events_pb2.AuthoritySelfRegistered(
                entity_id=event.entity_id,
                invitation_id=event.invitation_id,
                inviting_entity_id=event.inviting_entity_id,
                official_name=event.official_name,
            )
        case ev.InvitationDayBlocked():
            return event.inviting_entity_id, events_pb2.InvitationDayBlocked(
                inviting_entity_id=event.inviting_entity_id,
                day=event.day,
                confirmed=event.confirmed,
            )
        case ev.InvitationDayReleased():
            return event.inviting_entity_id, events_pb2.InvitationDayReleased(
                inviting_entity_id=event.inviting_entity_id,
                day=event.day,
                released_by_person_id=event.released_by,
                invitations=event.invitations,
            )
    raise TypeError(f"no payload for {type(event).__name__}")
