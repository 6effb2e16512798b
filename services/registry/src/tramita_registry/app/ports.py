"""What the registry's use cases need from the outside world, by role."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, Self

from tramita_registry.domain.authority import Authority
from tramita_registry.domain.invitations import Invitation, InvitationDay, InvitationStatus
from tramita_registry.domain.model import Organization


class OrganizationRepository(Protocol):
    async def add(self, organization: Organization) -> None: ...
    async def get(self, organization_id: str) -> Organization | None: ...
    async def get_by_tax_key(self, tax_key: str) -> Organization | None: ...
    async def list_page(self, *, after: str | None, limit: int) -> list[Organization]: ...


class IdempotencyLedger(Protocol):
    """Remembers the result of a mutating call under its idempotency key."""

    async def recall(self, *, key: str, fingerprint: str) -> str | None: ...
    async def remember(self, *, key: str, fingerprint: str, result: str) -> None: ...


@dataclass(frozen=True, slots=True)
class AuthorityFilter:
    """Criteria of a list/search (AND); empty criteria match everything."""

    country: str = ""
    role: str = ""
    status: str = ""
    competences: frozenset[str] = frozenset()
    name: str = ""
    # Unvalidated self-registrations show only to their validating coordinator (or all).
    viewer_entity_id: str = ""
    see_hidden: bool = False


class AuthorityRepository(Protocol):
    """Authorities by id; `get` returns the same object for the same id within a unit of work."""

    async def add(self, authority: Authority) -> None: ...
    async def get(self, entity_id: str) -> Authority | None: ...
    async def nimic_of(self, country: str) -> str | None: ...
    async def limic_of(self, area: str, scope: str) -> str | None: ...
    async def list_page(
        self, criteria: AuthorityFilter, *, after: str | None, limit: int
    ) -> list[Authority]: ...


@dataclass(frozen=True, slots=True)
class InvitationFilter:
    """Whose invitations (empty: everyone's, for platform administrators), which status."""

    inviting_entity_id: str = ""
    status: InvitationStatus | None = None


class InvitationRepository(Protocol):
    """Invitations by id (an identity map within a unit of work) and the daily counters.

    `email_holders` answers, for each e-mail key, who already holds it: "entity" (an
    authority's contact e-mail) or "invitation" (an open one not in `except_invitations`).
    `day` returns the day's counter locked for this transaction (created when missing).
    `of_day` is what the unit of work sees: rows written earlier and objects changed in it.
    """

    async def add(self, invitation: Invitation) -> None: ...
    async def get(self, invitation_id: str) -> Invitation | None: ...
    async def remove(self, invitation: Invitation) -> None: ...
    async def by_code_hash(self, code_hash: str) -> Invitation | None: ...
    async def by_registered_entity(self, entity_id: str) -> Invitation | None: ...
    async def of_day(
        self, inviting_entity_id: str, day: date, status: InvitationStatus
    ) -> list[Invitation]: ...
    async def list_page(
        self, criteria: InvitationFilter, *, before: str | None, limit: int
    ) -> list[Invitation]: ...
    async def email_holders(
        self, keys: Iterable[str], *, except_invitations: Iterable[str] = ()
    ) -> dict[str, str]: ...
    async def day(self, inviting_entity_id: str, day: date) -> InvitationDay: ...


class Scheduler(Protocol):
    """Durable timers written in the unit of work's transaction."""

    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool: ...
    async def cancel(self, kind: str, key: str) -> bool: ...


class UnitOfWork(Protocol):
    """One transaction: repositories, idempotency ledger, timers, the outbox on commit."""

    organizations: OrganizationRepository
    authorities: AuthorityRepository
    invitations: InvitationRepository
    idempotency: IdempotencyLedger
    timers: Scheduler

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class IdGenerator(Protocol):
    def __call__(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Caller:
    """The verified caller as the edge sees it: token subject, platform roles, entity claims."""

    subject: str
    platform_roles: frozenset[str] = frozenset()
    entity_ids: tuple[str, ...] = ()
    acting_entity_id: str = ""


@dataclass(frozen=True, slots=True)
class ActorIdentity:
    """`stand_in`: a platform administrator acting for an entity it is no member of."""

    person_id: str
    entity_id: str | None
    platform_roles: frozenset[str]
    stand_in: bool = False


class ActorResolver(Protocol):
    """Which entity the caller acts for.

    The identity service is the authority on user <-> entity membership; until it answers,
    the adapter reads the token's `entity_id` claim(s) and checks a requested
    `acting_entity_id` against them. Replace the adapter, not the callers.
    """

    async def resolve(self, caller: Caller) -> ActorIdentity: ...


class OpenCases(Protocol):
    """How many requests/alerts of an entity are still open (owned by requests/alerts)."""

    async def count(self, entity_id: str, *, area: str = "", workflow: str = "") -> int: ...


class InvitationMailer(Protocol):
    """Sends the invitation e-mail, which carries the registration code (a secret: it goes
    straight to the notifications service, never through events). A retry with the same
    key sends nothing new."""

    async def send_invitation(
        self,
        *,
        email: str,
        language: str,
        link: str,
        params: Mapping[str, str],
        idempotency_key: str,
    ) -> None: ...

    async def send_registration_confirmation(
        self,
        *,
        email: str,
        language: str,
        link: str,
        params: Mapping[str, str],
        idempotency_key: str,
    ) -> None:
        """The summary of a self-registration, to the entity's mailbox and to the proposed
        first user, who has no account yet: sent directly, so no address goes into an
        event."""
        ...


class Spreadsheets(Protocol):
    """Reads an uploaded invitation file into a table of strings (InvalidRows when it
    cannot be read) and writes the template."""

    def read(self, content: bytes, file_format: str) -> list[list[str]]: ...
    def template(self, file_format: str) -> tuple[bytes, str, str]: ...
