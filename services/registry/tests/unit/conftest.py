"""In-memory stand-ins for the registry's ports, as fixtures (unit tests only)."""

import itertools
from datetime import UTC, datetime
from typing import Self

import pytest
from tramita_registry.domain.model import Organization


class FakeOrganizations:
    def __init__(self) -> None:
        self.rows: dict[str, Organization] = {}

    async def add(self, organization: Organization) -> None:
        self.rows[organization.organization_id] = organization

    async def get(self, organization_id: str) -> Organization | None:
        return self.rows.get(organization_id)

    async def get_by_tax_key(self, tax_key: str) -> Organization | None:
        return next((o for o in self.rows.values() if o.tax_id.key == tax_key), None)

    async def list_page(self, *, after: str | None, limit: int) -> list[Organization]:
        ids = sorted(i for i in self.rows if after is None or i > after)
        return [self.rows[i] for i in ids[:limit]]


class FakeLedger:
    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, str]] = {}

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        if key not in self.entries:
            return None
        stored_fingerprint, result = self.entries[key]
        if stored_fingerprint != fingerprint:
            raise ValueError("idempotency key reused with another request")
        return result

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        self.entries[key] = (fingerprint, result)


class FakeUnitOfWork:
    """Keeps what was committed; published events are the committed aggregates' events."""

    def __init__(self) -> None:
        self.organizations = FakeOrganizations()
        self.idempotency = FakeLedger()
        self.commits = 0
        self.published: list[object] = []
        self.clock = FixedClock()

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        self.commits += 1
        for organization in self.organizations.rows.values():
            self.published.extend(organization.events)
            organization.events.clear()


class FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class Ids:
    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        return f"org-{next(self._counter):03d}"


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def ids() -> Ids:
    return Ids()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()
