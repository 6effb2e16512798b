"""Past-tense facts identity records; they leave the service only through the outbox."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PersonRegistered:
    person_id: str


@dataclass(frozen=True, slots=True)
class PersonContactChanged:
    """The person's contact points changed; the event names the person, never the points."""

    person_id: str
    preferred_language: str


@dataclass(frozen=True, slots=True)
class DelegationGranted:
    delegation_id: str
    organization_id: str
    member_person_id: str
    granted_by: str
    process_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DelegationRevoked:
    delegation_id: str
    organization_id: str
    member_person_id: str
    revoked_by: str


type IdentityEvent = PersonRegistered | PersonContactChanged | DelegationGranted | DelegationRevoked
