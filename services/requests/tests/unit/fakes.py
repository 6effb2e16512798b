"""In-memory adapters for the use cases: requests go through the JSON document codec, so a
test also proves the aggregate survives a round trip."""

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

from tramita_requests.adapters.snapshot import from_document, to_document
from tramita_requests.app.errors import ConcurrentChange
from tramita_requests.app.ports import DataSubject, ListFilter
from tramita_requests.domain.actors import EntityFacts
from tramita_requests.domain.events import RequestEvent
from tramita_requests.domain.model import Request


@dataclass
class Store:
    rows: dict[str, tuple[dict, int]] = field(default_factory=dict)
    subjects: dict[str, DataSubject] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    events: list[RequestEvent] = field(default_factory=list)


class FakeRepo:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen: dict[str, Request] = {}
        self.loaded: dict[str, int] = {}
        self.subject_changes: dict[str, DataSubject | None] = {}

    async def get(self, request_id: str) -> Request | None:
        if request_id not in self.store.rows:
            return None
        document, version = self.store.rows[request_id]
        self.loaded[request_id] = version
        return from_document(document, version=version)

    def add(self, request: Request) -> None:
        self.seen[request.request_id] = request

    async def subject(self, request_id: str) -> DataSubject | None:
        return self.store.subjects.get(request_id)

    def put_subject(self, request_id: str, subject: DataSubject | None) -> None:
        self.subject_changes[request_id] = subject

    async def search(self, wanted: ListFilter, *, offset: int, limit: int):
        found = [await self.get(key) for key in self.store.rows]
        entity = wanted.entity_id

        def matches(r: Request) -> bool:
            sent = r.requesting_entity_id == entity
            received = r.sent_at is not None and entity in (
                r.responding_entity_id,
                r.requesting_coordinator_id,
                r.responding_coordinator_id,
            )
            role = {"sent": sent, "received": received}.get(wanted.role, sent or received)
            return role and (not wanted.states or r.state in wanted.states)

        mine = [r for r in found if r and matches(r)]
        return mine[offset : offset + limit], len(mine) > offset + limit


class FakeUow:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def __aenter__(self) -> Self:
        self.requests = FakeRepo(self.store)
        self.numbers = self
        self.idempotency = self
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def next(self, year: int) -> str:
        self.store.numbers[year] = self.store.numbers.get(year, 0) + 1
        return f"{year}/{self.store.numbers[year]:06d}"

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        found = self.store.keys.get(key)
        return found[1] if found and found[0] == fingerprint else None

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        self.store.keys[key] = (fingerprint, result)

    async def commit(self) -> None:
        for request in self.requests.seen.values():
            loaded = self.requests.loaded.get(request.request_id)
            current = self.store.rows.get(request.request_id, (None, 0))[1]
            if loaded is not None and current != loaded:
                raise ConcurrentChange(request.request_id, loaded, current)
            request.version = current + 1
            self.store.rows[request.request_id] = (to_document(request), request.version)
            self.store.events.extend(request.events)
            request.events.clear()
        for request_id, subject in self.requests.subject_changes.items():
            if subject is None:
                self.store.subjects.pop(request_id, None)
            else:
                self.store.subjects[request_id] = subject


class FakeDirectory:
    def __init__(self, facts: Mapping[str, EntityFacts]) -> None:
        self.facts = dict(facts)

    async def entity(self, entity_id: str) -> EntityFacts | None:
        return self.facts.get(entity_id)


def ids(prefix: str = "id"):
    counter = itertools.count(1)
    return lambda: f"{prefix}-{next(counter)}"
