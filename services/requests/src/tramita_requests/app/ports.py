"""What the use cases need from the outside world; adapters implement these."""

from dataclasses import dataclass, field
from typing import Protocol, Self

from tramita_requests.domain.actors import Actor, EntityFacts
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import RequestState


@dataclass(frozen=True, slots=True)
class Caller:
    """The verified token's subject and claims, as the entrypoint read them."""

    subject: str
    entity_ids: tuple[str, ...] = ()
    roles: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class DataSubject:
    """The personal data of the person a request is about: stored apart, sealed (§6)."""

    full_name: str = ""
    identifier: str = ""
    birth_date: str = ""
    address: str = ""
    nationality: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "full_name": self.full_name,
            "identifier": self.identifier,
            "birth_date": self.birth_date,
            "address": self.address,
            "nationality": self.nationality,
        }


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which of an entity's requests to list: `role` "sent", "received" or "" (both)."""

    entity_id: str
    states: frozenset[RequestState] = frozenset()
    role: str = ""


class Actors(Protocol):
    """Who acts: the person, the entity it acts for and its profiles in the area."""

    async def actor(self, caller: Caller, *, area: str) -> Actor: ...


class EntityDirectory(Protocol):
    """The registry's view of the entities of the requests workflow."""

    async def entity(self, entity_id: str) -> EntityFacts | None: ...


class RequestRepository(Protocol):
    async def get(self, request_id: str) -> Request | None: ...

    def add(self, request: Request) -> None: ...

    async def subject(self, request_id: str) -> DataSubject | None: ...

    def put_subject(self, request_id: str, subject: DataSubject | None) -> None: ...

    async def search(
        self, wanted: ListFilter, *, offset: int, limit: int
    ) -> tuple[list[Request], bool]: ...


class Numbers(Protocol):
    async def next(self, year: int) -> str: ...


class IdempotencyLedger(Protocol):
    async def recall(self, *, key: str, fingerprint: str) -> str | None: ...

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None: ...


class UnitOfWork(Protocol):
    requests: RequestRepository
    numbers: Numbers
    idempotency: IdempotencyLedger

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...
