"""Domain events → protobuf payloads of tramita.identity.events.v1."""

from google.protobuf.message import Message
from tramita.identity.events.v1 import events_pb2

from tramita_identity.domain.events import (
    DelegationGranted,
    DelegationRevoked,
    IdentityEvent,
    PersonContactChanged,
    PersonRegistered,
)


def to_payload(event: IdentityEvent) -> tuple[str, str, Message]:
    """The aggregate id (Kafka key), the organization scope and the payload of an event."""
    match event:
        case PersonRegistered(person_id=pid):
            return pid, "", events_pb2.PersonRegistered(person_id=pid)
        case PersonContactChanged(person_id=pid, preferred_language=language):
            payload = events_pb2.PersonContactChanged(person_id=pid, preferred_language=language)
            return pid, "", payload
        case DelegationGranted(delegation_id=did, organization_id=oid):
            granted = events_pb2.DelegationGranted(
                delegation_id=did,
                organization_id=oid,
                member_person_id=event.member_person_id,
                granted_by_person_id=event.granted_by,
                process_types=list(event.process_types),
            )
            return did, oid, granted
        case DelegationRevoked(delegation_id=did, organization_id=oid):
            revoked = events_pb2.DelegationRevoked(
                delegation_id=did,
                organization_id=oid,
                member_person_id=event.member_person_id,
                revoked_by_person_id=event.revoked_by,
            )
            return did, oid, revoked
    raise TypeError(f"no payload for {type(event).__name__}")
