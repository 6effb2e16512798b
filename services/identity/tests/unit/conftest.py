"""In-memory stand-ins for identity's ports, as fixtures (unit tests only).

The fake unit of work behaves like a transaction: repositories hand out copies of the
committed aggregates, and only `commit()` stores them back (and publishes their events).
"""

import copy
import dataclasses
import itertools
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Self

import pytest
from tramita_identity.app.login_sync import Actor, sync_login
from tramita_identity.app.ports import AuditedDecision
from tramita_identity.domain.history import HistoryEntry
from tramita_identity.domain.ledger import OrganizationLedger
from tramita_identity.domain.login import read_login
from tramita_identity.domain.persons import Person
from tramita_platform.clock import ManualClock
from tramita_platform.idempotency import IdempotencyKeyReused

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ACME = "BR:CNPJ:11222333000181"
BETA = "BR:CNPJ:11444777000161"


class FakePersons:
    def __init__(self) -> None:
        self.rows: dict[str, Person] = {}
        self.seen: dict[str, Person] = {}

    async def get(self, person_id: str) -> Person | None:
        if person_id not in self.seen and person_id in self.rows:
            self.seen[person_id] = copy.deepcopy(self.rows[person_id])
        return self.seen.get(person_id)

    async def add(self, person: Person) -> None:
        self.seen[person.person_id] = person

    async def find_by_national_id(self, national_id: str) -> Person | None:
        found = [p for p in self.rows.values() if p.profile.national_id == national_id]
        return await self.get(found[0].person_id) if found else None

    async def get_many(self, person_ids: list[str]) -> list[Person]:
        return [self.rows[p] for p in person_ids if p in self.rows]


class FakeLedgers:
    def __init__(self) -> None:
        self.rows: dict[str, OrganizationLedger] = {}
        self.history: dict[str, list[HistoryEntry]] = {}
        self.seen: dict[str, OrganizationLedger] = {}

    async def get(self, organization_id: str) -> OrganizationLedger | None:
        if organization_id not in self.seen and organization_id in self.rows:
            self.seen[organization_id] = copy.deepcopy(self.rows[organization_id])
        return self.seen.get(organization_id)

    async def add(self, ledger: OrganizationLedger) -> None:
        self.seen[ledger.organization_id] = ledger

    async def organizations_of(
        self, person_id: str, *, after: str | None = None, limit: int | None = None
    ) -> list[str]:
        keys = sorted(
            key
            for key, ledger in self.rows.items()
            if any(b.person_id == person_id and b.ended_at is None for b in ledger.bonds)
            and (after is None or key > after)
        )
        return keys[:limit]

    async def with_pending(self, national_id: str) -> list[str]:
        return sorted(
            key
            for key, ledger in self.rows.items()
            if any(
                not b.person_id and b.national_id == national_id and b.ended_at is None
                for b in ledger.bonds
            )
        )

    async def history_page(
        self, organization_id: str, *, after: str | None, limit: int
    ) -> list[HistoryEntry]:
        entries = self.history.get(organization_id, [])
        return [e for e in entries if after is None or e.entry_id > after][:limit]


class FakeDecisionLog:
    def __init__(self) -> None:
        self.pending: list[AuditedDecision] = []
        self.rows: list[AuditedDecision] = []

    async def record(self, decision: AuditedDecision) -> None:
        self.pending.append(decision)


class FakeReads:
    def __init__(self) -> None:
        self.rows: list[object] = []

    async def record(self, reads: list) -> None:
        self.rows.extend(reads)


class FakeIdempotency:
    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, str]] = {}

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        if key not in self.rows:
            return None
        if self.rows[key][0] != fingerprint:
            raise IdempotencyKeyReused("identity", key)
        return self.rows[key][1]

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        self.rows[key] = (fingerprint, result)


class FakeUnitOfWork:
    """Counts commits; `published` holds the committed aggregates' events in order."""

    def __init__(self) -> None:
        self.persons = FakePersons()
        self.ledgers = FakeLedgers()
        self.decisions = FakeDecisionLog()
        self.idempotency = FakeIdempotency()
        self.reads = FakeReads()
        self.commits = 0
        self.writes = 0
        self.published: list[object] = []
        self._entry_ids = itertools.count(1)

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        self.persons.seen.clear()
        self.ledgers.seen.clear()
        self.decisions.pending.clear()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.persons.seen.clear()
        self.ledgers.seen.clear()
        self.decisions.pending.clear()

    async def commit(self) -> None:
        self.commits += 1
        for person in self.persons.seen.values():
            if person.changed:
                person.changed, person.version = False, person.version + 1
                self.persons.rows[person.person_id] = copy.deepcopy(person)
                self.writes += 1
            self.published.extend(person.events)
            person.events.clear()
        for ledger in self.ledgers.seen.values():
            self._store(ledger)
        self.decisions.rows.extend(self.decisions.pending)
        self.decisions.pending.clear()

    def _store(self, ledger: OrganizationLedger) -> None:
        if ledger.version and not ledger.new_history:
            return
        entries = self.ledgers.history.setdefault(ledger.organization_id, [])
        for entry in ledger.new_history:
            entries.append(dataclasses.replace(entry, entry_id=self._entry_id()))
        ledger.new_history.clear()
        self.published.extend(ledger.events)
        ledger.events.clear()
        ledger.version += 1
        self.ledgers.rows[ledger.organization_id] = copy.deepcopy(ledger)
        self.writes += 1

    def _entry_id(self) -> str:
        return f"entry-{next(self._entry_ids):04d}"


class Ids:
    def __init__(self, prefix: str = "id") -> None:
        self._counter = itertools.count(1)
        self._prefix = prefix

    def __call__(self) -> str:
        return f"{self._prefix}-{next(self._counter):03d}"


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def ids() -> Ids:
    return Ids()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


def claims(subject: str, **extra: object) -> dict[str, object]:
    """Token claims of a person logging in (name and e-mail derived from the subject)."""
    return {"sub": subject, "name": subject.title(), "email": f"{subject}@example.org", **extra}


@pytest.fixture
def login(uow: FakeUnitOfWork, clock: ManualClock, ids: Ids):
    """`await login("ana", certificate_cnpj=...)`: sync a person from token claims."""

    async def _login(subject: str, **extra: object) -> Actor:
        token: Mapping[str, object] = claims(subject, **extra)
        found = read_login(token, subject=subject, username=subject)
        return await sync_login(found, uow=uow, clock=clock, new_id=ids)

    return _login


@pytest.fixture
async def acme(uow: FakeUnitOfWork, clock: ManualClock, ids: Ids, login) -> FakeUnitOfWork:
    """Rita represents ACME (certificate); Mario and Maria logged in and were linked by Rita;
    Bruno represents BETA."""
    from tramita_identity.app.commands import LinkMember, MemberRef
    from tramita_identity.app.handlers import link_member

    await login("rita", certificate_cnpj="11222333000181")
    await login("bruno", certificate_cnpj="11444777000161")
    for member in ("mario", "maria"):
        await login(member)
        command = LinkMember("rita", ACME, MemberRef(person_id=member))
        await link_member(command, uow=uow, clock=clock, new_id=ids)
    uow.published.clear()
    return uow
