"""What the registry's use cases need from the outside world, by role."""

from datetime import datetime
from typing import Protocol, Self

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


class UnitOfWork(Protocol):
    """One transaction: repositories, idempotency ledger, and the outbox on commit."""

    organizations: OrganizationRepository
    idempotency: IdempotencyLedger

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class IdGenerator(Protocol):
    def __call__(self) -> str: ...
