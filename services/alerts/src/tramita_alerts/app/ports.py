"""What the use cases need from the outside world; adapters implement these."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, Self

from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.roles import Actor, AlertEntity


@dataclass(frozen=True, slots=True)
class Caller:
    """The verified token's subject and claims, as the entrypoint read them."""

    subject: str
    entity_ids: tuple[str, ...] = ()
    roles: frozenset[str] = field(default_factory=frozenset)


class Actors(Protocol):
    async def actor(self, caller: Caller) -> Actor: ...


class EntityDirectory(Protocol):
    """The registry's view of the alert workflow's entities."""

    async def entity(self, entity_id: str) -> AlertEntity | None: ...

    async def mailboxes(self, countries: Iterable[str]) -> dict[str, tuple[str, ...]]: ...


class AlertRepository(Protocol):
    async def get(self, alert_id: str) -> Alert | None: ...

    def add(self, alert: Alert) -> None: ...

    async def list_for(
        self, entity_id: str, *, offset: int, limit: int
    ) -> tuple[list[Alert], bool]: ...


class Numbers(Protocol):
    async def next(self, year: int) -> AlertNumber: ...


class IdempotencyLedger(Protocol):
    async def recall(self, *, key: str, fingerprint: str) -> str | None: ...

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None: ...


class Scheduler(Protocol):
    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool: ...


class UnitOfWork(Protocol):
    alerts: AlertRepository
    numbers: Numbers
    idempotency: IdempotencyLedger
    timers: Scheduler

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...
