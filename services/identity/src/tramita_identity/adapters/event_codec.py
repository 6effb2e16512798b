"""Domain events → protobuf payloads of tramita.identity.events.v1."""

from google.protobuf.message import Message
from tramita.identity.events.v1 import events_pb2

from tramita_identity.domain.events import (
    AccessRequestApproved,
    AccessRequestEmailValidated,
    AccessRequestRejected,
    AccessRequestSubmitted,
    AuthorityUserCreated,
    ConsentGiven,
    ConsentWithdrawn,
    DelegationGranted,
    DelegationRevoked,
    IdentityEvent,
    PersonContactChanged,
    PersonDeactivated,
    PersonProfilesChanged,
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
    return _accounts(event)


def _accounts(event: IdentityEvent) -> tuple[str, str, Message]:
    match event:
        case PersonDeactivated(person_id=pid):
            return pid, "", events_pb2.PersonDeactivated(person_id=pid)
        case PersonProfilesChanged(person_id=pid, entity_id=eid, profiles=grants):
            changed = events_pb2.PersonProfilesChanged(
                person_id=pid,
                entity_id=eid,
                profiles=[
                    events_pb2.ProfileGrant(workflow=g.workflow, profile=g.profile) for g in grants
                ],
            )
            return pid, eid, changed
        case AuthorityUserCreated(person_id=pid, entity_id=eid):
            created = events_pb2.AuthorityUserCreated(
                person_id=pid,
                entity_id=eid,
                entity_name=event.entity_name,
                first_user=event.first_user,
            )
            return pid, eid, created
        case AccessRequestSubmitted(access_request_id=rid):
            return rid, "", events_pb2.AccessRequestSubmitted(access_request_id=rid)
        case AccessRequestEmailValidated(access_request_id=rid):
            return rid, "", events_pb2.AccessRequestEmailValidated(access_request_id=rid)
        case AccessRequestApproved(access_request_id=rid):
            approved = events_pb2.AccessRequestApproved(
                access_request_id=rid,
                person_id=event.person_id,
                decided_by_person_id=event.decided_by,
            )
            return rid, "", approved
        case AccessRequestRejected(access_request_id=rid):
            rejected = events_pb2.AccessRequestRejected(
                access_request_id=rid, decided_by_person_id=event.decided_by
            )
            return rid, "", rejected
    return _consents(event)


def _consents(event: IdentityEvent) -> tuple[str, str, Message]:
    match event:
        case ConsentGiven(consent_id=cid, person_id=pid):
            given = events_pb2.ConsentGiven(
                consent_id=cid,
                person_id=pid,
                service=event.service,
                items=list(event.items),
                text_version=event.text_version,
            )
            return cid, "", given
        case ConsentWithdrawn(consent_id=cid, person_id=pid):
            withdrawn = events_pb2.ConsentWithdrawn(
                consent_id=cid, person_id=pid, service=event.service, items=list(event.items)
            )
            return cid, "", withdrawn
    raise TypeError(f"no payload for {type(event).__name__}")
