"""What identity's use cases need from the outside world, by role."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from tramita_identity.domain.authorization import Decision
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


class UnitOfWork(Protocol):
    """One transaction: repositories, decision log, idempotency; the outbox on commit."""

    persons: PersonRepository
    ledgers: LedgerRepository
    decisions: DecisionLog
    idempotency: IdempotencyLedger
    reads: PersonalDataLog

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def commit(self) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class IdGenerator(Protocol):
    def __call__(self) -> str: ...
