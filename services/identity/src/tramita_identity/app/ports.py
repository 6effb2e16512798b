"""What identity's use cases need from the outside world, by role."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from tramita_identity.domain.access_requests import AccessRequest, AccessRequestState
from tramita_identity.domain.authority_profiles import EntityInfo
from tramita_identity.domain.authority_users import AuthorityUser
from tramita_identity.domain.authorization import Decision
from tramita_identity.domain.consents import Consent
from tramita_identity.domain.history import HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger
from tramita_identity.domain.persons import Person


class PersonRepository(Protocol):
    async def get(self, person_id: str) -> Person | None: ...
    async def add(self, person: Person) -> None: ...
    async def find_by_national_id(self, national_id: str) -> Person | None: ...
    async def get_many(self, person_ids: list[str]) -> list[Person]: ...


class LedgerRepository(Protocol):
    async def get(self, organization_id: str) -> OrganizationLedger | None: ...
    async def add(self, ledger: OrganizationLedger) -> None: ...

    async def organizations_of(
        self, person_id: str, *, after: str | None = None, limit: int | None = None
    ) -> list[str]:
        """Tax keys of the organizations where the person holds a bond not ended, in order."""
        ...

    async def with_pending(self, national_id: str) -> list[str]:
        """Tax keys of the organizations holding a pending bond for this national id."""
        ...

    async def history_page(
        self, organization_id: str, *, after: str | None, limit: int
    ) -> list[HistoryEntry]: ...


@dataclass(frozen=True, slots=True)
class AuditedDecision:
    """One answer of the policy point, as stored in the audit log."""

    decision_id: str
    decided_at: datetime
    subject: str
    organization_id: str
    action: str
    process_type: str
    decision: Decision
    asked_by: str


class DecisionLog(Protocol):
    async def record(self, decision: AuditedDecision) -> None: ...


class IdempotencyLedger(Protocol):
    """Remembers the result of a mutating call under its idempotency key."""

    async def recall(self, *, key: str, fingerprint: str) -> str | None: ...
    async def remember(self, *, key: str, fingerprint: str, result: str) -> None: ...


@dataclass(frozen=True, slots=True)
class PersonalDataRead:
    """One audited read of a person's personal data by another party."""

    read_id: str
    read_at: datetime
    reader: str
    person_id: str
    fields: str
    purpose: str


class PersonalDataLog(Protocol):
    async def record(self, reads: list[PersonalDataRead]) -> None: ...


class AccessRequestRepository(Protocol):
    async def get(self, request_id: str) -> AccessRequest | None: ...
    async def add(self, request: AccessRequest) -> None: ...
    async def by_token(self, token_hash: str) -> AccessRequest | None: ...

    async def pending_for(self, email: str) -> list[AccessRequest]:
        """Requests for this address still submitted or validated (possibly lapsed)."""
        ...

    async def page(
        self, state: AccessRequestState, *, after: str | None, limit: int
    ) -> list[AccessRequest]:
        """Requests in `state`, oldest first (by id), after the cursor."""
        ...


class AuthorityUserRepository(Protocol):
    async def get(self, user_id: str) -> AuthorityUser | None: ...
    async def add(self, user: AuthorityUser) -> None: ...

    async def of_entity(
        self, entity_id: str, *, after: str | None, limit: int | None, include_deactivated: bool
    ) -> list[AuthorityUser]:
        """The entity's users by user id, after the cursor."""
        ...

    async def username_taken(self, username: str) -> bool: ...

    async def email_taken(self, email: str) -> bool:
        """Whether an authority user already has this (lower-case) e-mail address."""
        ...


@dataclass(frozen=True, slots=True)
class AccountAction:
    """Who decided what about an access request or an account (the audit trail)."""

    action_id: str
    at: datetime
    actor: str
    action: str
    subject_id: str
    entity_id: str = ""
    detail: str = ""


class AccountLog(Protocol):
    async def record(self, entry: AccountAction) -> None: ...


class ConsentRepository(Protocol):
    async def of_person(self, person_id: str) -> list[Consent]:
        """Every consent of the person (withdrawn included), newest first."""
        ...

    async def get(self, consent_id: str) -> Consent | None: ...
    async def add(self, consent: Consent) -> None: ...


class ActingChoices(Protocol):
    """The organization each person chose to act for."""

    async def get(self, person_id: str) -> str | None: ...
    async def choose(self, person_id: str, organization_id: str, at: datetime) -> None: ...
    async def clear(self, person_id: str) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: repositories, decision log, idempotency; the outbox on commit."""

    persons: PersonRepository
    ledgers: LedgerRepository
    decisions: DecisionLog
    idempotency: IdempotencyLedger
    reads: PersonalDataLog
    access_requests: AccessRequestRepository
    users: AuthorityUserRepository
    account_log: AccountLog
    consents: ConsentRepository
    acting: ActingChoices

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class IdGenerator(Protocol):
    def __call__(self) -> str: ...


class ProofStore(Protocol):
    """Where the proof documents of access requests are kept (an S3 bucket)."""

    async def put(self, *, key: str, data: bytes, media_type: str) -> None: ...
    async def get(self, *, key: str) -> bytes: ...


@dataclass(frozen=True, slots=True)
class NewAccount:
    """An account to create at the identity provider."""

    username: str
    email: str
    first_name: str
    last_name: str
    email_verified: bool
    realm_roles: tuple[str, ...]
    attributes: dict[str, str]
    # Set: a temporary password the person must change at the first login.
    temporary_password: str = ""


class Accounts(Protocol):
    """The identity provider's accounts (Keycloak's admin API, as identity's service account)."""

    async def create(self, account: NewAccount) -> str:
        """Create it and return its id (the token subject); AccountExists on a clash."""
        ...

    async def send_set_password_email(self, account_id: str, *, lifespan_seconds: int) -> None:
        """The provider's own e-mail with a single-use link to set the password."""
        ...

    async def set_temporary_password(self, account_id: str, password: str) -> None:
        """Replace the password by a temporary one, unlock the account, and make the next
        login set a new password and a new security code."""
        ...

    async def disable(self, account_id: str) -> None: ...
    async def delete(self, account_id: str) -> None: ...


@dataclass(frozen=True, slots=True)
class DirectMessage:
    """A secret-carrying message handed to notifications (never through Kafka)."""

    kind: str
    channel: str  # "email" or "sms"
    address: str
    language: str
    idempotency_key: str
    person_id: str = ""
    link: str = ""
    params: dict[str, str] | None = None


class DirectMessages(Protocol):
    async def send(self, message: DirectMessage) -> None: ...


class Entities(Protocol):
    """The registry's entities, as identity needs them; None when unknown."""

    async def describe(self, entity_id: str) -> EntityInfo | None: ...


class TokenGenerator(Protocol):
    def __call__(self) -> str: ...
