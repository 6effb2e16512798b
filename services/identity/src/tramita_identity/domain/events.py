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


@dataclass(frozen=True, slots=True)
class PersonDeactivated:
    person_id: str


@dataclass(frozen=True, slots=True)
class ProfileGrant:
    """One profile in one workflow ("" for entity-wide profiles)."""

    workflow: str
    profile: str


@dataclass(frozen=True, slots=True)
class PersonProfilesChanged:
    """The full set of a user's profiles in its entity (empty: no longer a user there)."""

    person_id: str
    entity_id: str
    profiles: tuple[ProfileGrant, ...]


@dataclass(frozen=True, slots=True)
class AuthorityUserCreated:
    """An authority user got an account; the instructions notice follows from this event."""

    person_id: str
    entity_id: str
    entity_name: str
    first_user: bool


@dataclass(frozen=True, slots=True)
class AccessRequestSubmitted:
    access_request_id: str


@dataclass(frozen=True, slots=True)
class AccessRequestEmailValidated:
    access_request_id: str


@dataclass(frozen=True, slots=True)
class AccessRequestApproved:
    access_request_id: str
    person_id: str
    decided_by: str


@dataclass(frozen=True, slots=True)
class AccessRequestRejected:
    """Ids only: the applicant is told by a direct message, not through this event."""

    access_request_id: str
    decided_by: str


@dataclass(frozen=True, slots=True)
class ConsentGiven:
    """Ids and item codes only, never the data consented to."""

    consent_id: str
    person_id: str
    service: str
    items: tuple[str, ...]
    text_version: str


@dataclass(frozen=True, slots=True)
class ConsentWithdrawn:
    consent_id: str
    person_id: str
    service: str
    items: tuple[str, ...]


type IdentityEvent = (
    PersonRegistered
    | PersonContactChanged
    | DelegationGranted
    | DelegationRevoked
    | PersonDeactivated
    | PersonProfilesChanged
    | AuthorityUserCreated
    | AccessRequestSubmitted
    | AccessRequestEmailValidated
    | AccessRequestApproved
    | AccessRequestRejected
    | ConsentGiven
    | ConsentWithdrawn
)
