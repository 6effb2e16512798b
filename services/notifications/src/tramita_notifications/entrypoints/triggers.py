"""Events of other services → triggers: the only place that reads their payloads.

Each translator picks ids, parts and whitelisted values out of one event type. Names,
descriptions and anything about a data subject are never copied into a trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita.identity.events.v1 import events_pb2 as identity_events
from tramita.registry.events.v1 import events_pb2 as registry_events
from tramita_platform.events import event_type, unpack

from tramita_notifications.domain.catalogue import Kind
from tramita_notifications.domain.model import Contact, Language, Trigger
from tramita_notifications.entrypoints.alert_triggers import ALERT_TRANSLATORS
from tramita_notifications.entrypoints.request_triggers import REQUEST_TRANSLATORS

__all__ = ["TRANSLATORS", "Translator"]

# One event may call for several notices (a forward tells the requester and the new
# responder): a translator returns one trigger, several, or None.
type Translator = Callable[[EventEnvelope], Trigger | tuple[Trigger, ...] | None]


def _organization_registered(envelope: EventEnvelope) -> Trigger | None:
    event = unpack(envelope, registry_events.OrganizationRegistered)
    if not event.contact_email:
        return None
    return Trigger(
        event_id=envelope.id,
        kind=Kind.ORGANIZATION_REGISTERED,
        entities={"organization": event.organization_id},
        link=f"/organizations/{event.organization_id}",
        params={"organization_name": event.name},
    )


def _delegation_granted(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, identity_events.DelegationGranted)
    return Trigger(
        event_id=envelope.id,
        kind=Kind.DELEGATION_GRANTED,
        entities={"organization": event.organization_id},
        people={"member": event.member_person_id, "delegated_by": event.granted_by_person_id},
        link=f"/organizations/{event.organization_id}/processes",
        params={"process_types": ", ".join(sorted(event.process_types))},
    )


def _delegation_revoked(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, identity_events.DelegationRevoked)
    return Trigger(
        event_id=envelope.id,
        kind=Kind.DELEGATION_REVOKED,
        entities={"organization": event.organization_id},
        people={"member": event.member_person_id, "revoked_by": event.revoked_by_person_id},
        link=f"/organizations/{event.organization_id}/delegations",
    )


def _invitation_reminder(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, registry_events.InvitationReminderDue)
    invited = Contact(
        email=event.invited_email, language=Language.preferred(event.preferred_language)
    )
    return Trigger(
        event_id=envelope.id,
        kind=Kind.INVITATION_REMINDER,
        entities={"inviting": event.inviting_entity_id},
        contacts={"invited": invited},
        link=event.link or "/self-registration",
        params={
            "coordinator_name": event.coordinator_name,
            "coordinator_email": event.coordinator_email,
            "expires_on": event.expires_on,
        },
    )


def _invitation_registered(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, registry_events.InvitationRegistered)
    people = {"invited_by": event.invited_by_person_id} if event.invited_by_person_id else {}
    return Trigger(
        event_id=envelope.id,
        kind=Kind.INVITATION_REGISTERED,
        entities={"inviting": event.inviting_entity_id},
        people=people,
        link=f"/authorities/{event.entity_id}",
        params={"entity_name": event.entity_name},
    )


def _invitation_validated(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, registry_events.InvitationValidated)
    return Trigger(
        event_id=envelope.id,
        kind=Kind.INVITATION_VALIDATED,
        entities={"entity": event.entity_id},
        link=f"/authorities/{event.entity_id}",
        params={"entity_name": event.entity_name},
    )


def _authority_user_created(envelope: EventEnvelope) -> Trigger:
    event = unpack(envelope, identity_events.AuthorityUserCreated)
    params = {"entity_name": event.entity_name}
    if event.first_user:
        params["first_user"] = "yes"
    return Trigger(
        event_id=envelope.id,
        kind=Kind.USER_CREATED,
        entities={"entity": event.entity_id},
        people={"user": event.person_id},
        link="/auth/login",
        params=params,
    )


TRANSLATORS: dict[str, Translator] = {
    event_type(identity_events.AuthorityUserCreated): _authority_user_created,
    event_type(registry_events.InvitationReminderDue): _invitation_reminder,
    event_type(registry_events.InvitationRegistered): _invitation_registered,
    event_type(registry_events.InvitationValidated): _invitation_validated,
    event_type(registry_events.OrganizationRegistered): _organization_registered,
    event_type(identity_events.DelegationGranted): _delegation_granted,
    event_type(identity_events.DelegationRevoked): _delegation_revoked,
    **ALERT_TRANSLATORS,
    **REQUEST_TRANSLATORS,
}
