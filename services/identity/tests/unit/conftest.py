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
from tramita_identity.app.ports import AccountAction, AuditedDecision
from tramita_identity.domain.access_requests import AccessRequest, AccessRequestState
from tramita_identity.domain.authority_users import AuthorityUser, UserStatus
from tramita_identity.domain.consents import Consent
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


class _Copies[T]:
    """Hands out copies of committed rows; `seen` holds this transaction's."""

    key: str

    def __init__(self) -> None:
        self.rows: dict[str, T] = {}
        self.seen: dict[str, T] = {}

    def _copy(self, key: str) -> T | None:
        if key not in self.seen and key in self.rows:
            self.seen[key] = copy.deepcopy(self.rows[key])
        return self.seen.get(key)

    async def add(self, item: T) -> None:
        self.seen[getattr(item, self.key)] = item

    def store(self) -> list[object]:
        events: list[object] = []
        for key, item in self.seen.items():
            events.extend(item.events)  # type: ignore[attr-defined]
            item.events.clear()  # type: ignore[attr-defined]
            if item.changed:  # type: ignore[attr-defined]
                item.changed, item.version = False, item.version + 1  # type: ignore[attr-defined]
                self.rows[key] = copy.deepcopy(item)
        return events


class FakeAccessRequests(_Copies[AccessRequest]):
    key = "request_id"

    async def get(self, request_id: str) -> AccessRequest | None:
        return self._copy(request_id)

    async def by_token(self, token_hash: str) -> AccessRequest | None:
        found = [k for k, r in self.rows.items() if r.token_hash == token_hash]
        return self._copy(found[0]) if found else None

    async def pending_for(self, email: str) -> list[AccessRequest]:
        pending = (AccessRequestState.SUBMITTED, AccessRequestState.EMAIL_VALIDATED)
        keys = [
            k for k, r in self.rows.items() if r.applicant.email == email and r.state in pending
        ]
        return [r for k in sorted(keys) if (r := self._copy(k)) is not None]

    async def page(
        self, state: AccessRequestState, *, after: str | None, limit: int
    ) -> list[AccessRequest]:
        keys = sorted(
            k for k, r in self.rows.items() if r.state is state and (after is None or k > after)
        )
        return [r for k in keys[:limit] if (r := self._copy(k)) is not None]


class FakeUsers(_Copies[AuthorityUser]):
    key = "user_id"

    def __init__(self, persons: FakePersons) -> None:
        super().__init__()
        self._persons = persons

    async def get(self, user_id: str) -> AuthorityUser | None:
        return self._copy(user_id)

    async def of_entity(
        self, entity_id: str, *, after: str | None, limit: int | None, include_deactivated: bool
    ) -> list[AuthorityUser]:
        keys = sorted(
            k
            for k, u in self.rows.items()
            if u.entity_id == entity_id
            and (after is None or k > after)
            and (include_deactivated or u.status is UserStatus.ACTIVE)
        )
        return [u for k in keys[:limit] if (u := self._copy(k)) is not None]

    async def username_taken(self, username: str) -> bool:
        return any(u.username == username for u in self.rows.values())

    async def email_taken(self, email: str) -> bool:
        return any(
            self._persons.rows[k].profile.contact.email == email
            for k in self.rows
            if k in self._persons.rows
        )


class FakeAccountLog:
    def __init__(self) -> None:
        self.pending: list[AccountAction] = []
        self.rows: list[AccountAction] = []

    async def record(self, entry: AccountAction) -> None:
        self.pending.append(entry)


class FakeConsents:
    """Committed consents in `rows`; this transaction's copies in `seen`."""

    def __init__(self) -> None:
        self.rows: dict[str, Consent] = {}
        self.seen: dict[str, Consent] = {}

    def _copy(self, consent_id: str) -> Consent:
        if consent_id not in self.seen:
            self.seen[consent_id] = copy.deepcopy(self.rows[consent_id])
        return self.seen[consent_id]

    async def of_person(self, person_id: str) -> list[Consent]:
        mine = [self._copy(k) for k, c in self.rows.items() if c.person_id == person_id]
        return sorted(mine, key=lambda c: (c.given_at, c.consent_id), reverse=True)

    async def get(self, consent_id: str) -> Consent | None:
        return self._copy(consent_id) if consent_id in self.rows else None

    async def add(self, consent: Consent) -> None:
        self.seen[consent.consent_id] = consent

    def store(self) -> list[object]:
        events: list[object] = []
        for key, consent in self.seen.items():
            events.extend(consent.events)
            consent.events.clear()
            if consent.changed:
                consent.changed = False
                self.rows[key] = copy.deepcopy(consent)
        return events


class FakeActing:
    def __init__(self) -> None:
        self.rows: dict[str, str] = {}
        self.pending: dict[str, str | None] = {}

    async def get(self, person_id: str) -> str | None:
        if person_id in self.pending:
            return self.pending[person_id]
        return self.rows.get(person_id)

    async def choose(self, person_id: str, organization_id: str, at: datetime) -> None:
        self.pending[person_id] = organization_id

    async def clear(self, person_id: str) -> None:
        self.pending[person_id] = None

    def store(self) -> None:
        for person_id, organization in self.pending.items():
            if organization is None:
                self.rows.pop(person_id, None)
            else:
                self.rows[person_id] = organization
        self.pending.clear()


class FakeUnitOfWork:
    """Counts commits; `published` holds the committed aggregates' events in order."""

    def __init__(self) -> None:
        self.persons = FakePersons()
        self.ledgers = FakeLedgers()
        self.decisions = FakeDecisionLog()
        self.idempotency = FakeIdempotency()
        self.reads = FakeReads()
        self.access_requests = FakeAccessRequests()
        self.users = FakeUsers(self.persons)
        self.account_log = FakeAccountLog()
        self.consents = FakeConsents()
        self.acting = FakeActing()
        self.commits = 0
        self.writes = 0
        self.published: list[object] = []
        self._entry_ids = itertools.count(1)

    def __call__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        self._forget()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._forget()

    def _forget(self) -> None:
        self.persons.seen.clear()
        self.ledgers.seen.clear()
        self.decisions.pending.clear()
        self.access_requests.seen.clear()
        self.users.seen.clear()
        self.account_log.pending.clear()
        self.consents.seen.clear()
        self.acting.pending.clear()

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
        self.published.extend(self.access_requests.store())
        self.published.extend(self.users.store())
        self.account_log.rows.extend(self.account_log.pending)
        self.account_log.pending.clear()
        self.published.extend(self.consents.store())
        self.acting.store()

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


async def consent_to_portal(uow: "FakeUnitOfWork", person_id: str, clock: ManualClock) -> None:
    """Give the portal consent with every item (no event left in `published`)."""
    from tramita_identity.app.consents import give_consent
    from tramita_identity.domain.consents import ITEMS, PORTAL, PORTAL_TERMS

    before = len(uow.published)
    await give_consent(
        person_id,
        PORTAL,
        list(ITEMS),
        PORTAL_TERMS.text_version,
        uow=uow,
        clock=clock,
        new_id=lambda: f"consent-{person_id}-{len(uow.consents.rows) + 1}",
    )
    del uow.published[before:]


@pytest.fixture
def login(uow: FakeUnitOfWork, clock: ManualClock, ids: Ids):
    """`await login("ana", certificate_cnpj=...)`: sync a person from token claims."""

    async def _login(subject: str, *, consent: bool = True, **extra: object) -> Actor:
        token: Mapping[str, object] = claims(subject, **extra)
        found = read_login(token, subject=subject, username=subject)
        actor = await sync_login(found, uow=uow, clock=clock, new_id=ids)
        if consent:  # the portal's consent screen, answered at the first login
            await consent_to_portal(uow, subject, clock)
        return actor

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
