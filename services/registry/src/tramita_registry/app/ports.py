"""What the registry's use cases need from the outside world, by role."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from tramita_registry.domain.authority import Authority
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


class UnitOfWork(Protocol):
    """One transaction: repositories, idempotency ledger, and the outbox on commit."""

    organizations: OrganizationRepository
    authorities: AuthorityRepository
    idempotency: IdempotencyLedger

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
    person_id: str
    entity_id: str | None
    platform_roles: frozenset[str]


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
