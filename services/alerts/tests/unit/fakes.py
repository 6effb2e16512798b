"""In-memory adapters for the use cases: alerts go through the JSON document codec, so a
test also proves the aggregate survives a round trip."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Self

from tramita_alerts.adapters.snapshot import from_document, to_document
from tramita_alerts.app.errors import ConcurrentChange
from tramita_alerts.app.ports import Caller
from tramita_alerts.domain.events import AlertEvent
from tramita_alerts.domain.model import Alert
from tramita_alerts.domain.numbering import AlertNumber
from tramita_alerts.domain.roles import Actor, AlertEntity, Profile


@dataclass
class Store:
    rows: dict[str, tuple[dict, int, Any]] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    timers: dict[tuple[str, str], tuple[datetime, dict]] = field(default_factory=dict)
    events: list[AlertEvent] = field(default_factory=list)


class FakeRepo:
    def __init__(self, store: Store) -> None:
        self.store, self.seen, self.loaded = store, {}, {}

    async def get(self, alert_id: str) -> Alert | None:
        if alert_id not in self.store.rows:
            return None
        document, version, provider = self.store.rows[alert_id]
        alert = from_document(document, version=version)
        alert.form = replace(alert.form, provider=provider)
        self.loaded[alert_id] = version
        return alert

    def add(self, alert: Alert) -> None:
        self.seen[alert.alert_id] = alert

    async def list_for(self, entity_id: str, *, offset: int, limit: int):
        found = [await self.get(key) for key in self.store.rows]
        mine = [a for a in found if a and entity_id in a.involved_entity_ids()]
        return mine[offset : offset + limit], len(mine) > offset + limit


class FakeUow:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def __aenter__(self) -> Self:
        self.alerts = FakeRepo(self.store)
        self.numbers = self
        self.idempotency = self
        self.timers = self
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def next(self, year: int) -> AlertNumber:
        self.store.numbers[year] = self.store.numbers.get(year, 0) + 1
        return AlertNumber(year, self.store.numbers[year])

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        found = self.store.keys.get(key)
        return found[1] if found and found[0] == fingerprint else None

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        self.store.keys[key] = (fingerprint, result)

    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool:
        self.store.timers[(kind, key)] = (due_at, dict(payload or {}))
        return True

    async def commit(self) -> None:
        for key, alert in self.alerts.seen.items():
            loaded = self.alerts.loaded.get(key)
            current = self.store.rows.get(key)
            if loaded is not None and current and current[1] != loaded:
                raise ConcurrentChange(key, loaded, current[1])
            alert.version = 1 if loaded is None else loaded + 1
            self.store.rows[key] = (to_document(alert), alert.version, alert.form.provider)
            self.store.events.extend(alert.events)
            alert.events.clear()


class FakeDirectory:
    def __init__(self, entities: Mapping[str, AlertEntity]) -> None:
        self.entities = dict(entities)

    async def entity(self, entity_id: str) -> AlertEntity | None:
        return self.entities.get(entity_id)

    async def mailboxes(self, countries: Iterable[str]) -> dict[str, tuple[str, ...]]:
        return {
            c: tuple(k for k, e in sorted(self.entities.items()) if e.country == c and e.mailbox)
            for c in countries
        }


class FakeActors:
    """`Caller.subject` is "<entity_id>/<profile+profile>" as alert_world names people."""

    def __init__(self, directory: FakeDirectory) -> None:
        self.directory = directory

    async def actor(self, caller: Caller) -> Actor:
        entity = self.directory.entities[caller.entity_ids[0]]
        profiles = frozenset(Profile(r) for r in caller.roles)
        return Actor(person_id=caller.subject, entity=entity, profiles=profiles)


def as_caller(entity_id: str, *profiles: Profile) -> Caller:
    return Caller(
        subject=f"{entity_id}-person",
        entity_ids=(entity_id,),
        roles=frozenset(p.value for p in profiles),
    )
