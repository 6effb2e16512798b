"""Requests in PostgreSQL: one row with a version column (a lost race raises
ConcurrentChange), the data subject sealed in its own table."""

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_requests.adapters.orm import request_numbers, request_subjects, requests
from tramita_requests.adapters.sealing import PersonalDataSealer
from tramita_requests.adapters.snapshot import from_document, to_document
from tramita_requests.app.errors import ConcurrentChange
from tramita_requests.app.ports import DataSubject, ListFilter
from tramita_requests.domain.model import Request
from tramita_requests.domain.states import RequestState


class SqlRequestRepository:
    def __init__(self, session: AsyncSession, sealer: PersonalDataSealer) -> None:
        self._session = session
        self._sealer = sealer
        self._loaded: dict[str, int] = {}
        self.seen: dict[str, Request] = {}
        self._subjects: dict[str, DataSubject | None] = {}

    async def get(self, request_id: str) -> Request | None:
        row = (
            await self._session.execute(select(requests).where(requests.c.request_id == request_id))
        ).first()
        if row is None:
            return None
        request = from_document(dict(row.document), version=row.version)
        self._loaded[request_id] = request.version
        return request

    def add(self, request: Request) -> None:
        self.seen[request.request_id] = request

    async def subject(self, request_id: str) -> DataSubject | None:
        """The data subject, opened (callers decide first whether it may be seen)."""
        if request_id in self._subjects:
            return self._subjects[request_id]
        sealed = (
            await self._session.execute(
                select(request_subjects.c.sealed).where(request_subjects.c.request_id == request_id)
            )
        ).scalar()
        if sealed is None:
            return None
        return DataSubject(**self._sealer.open(request_id, sealed))

    def put_subject(self, request_id: str, subject: DataSubject | None) -> None:
        self._subjects[request_id] = subject

    async def search(
        self, wanted: ListFilter, *, offset: int, limit: int
    ) -> tuple[list[Request], bool]:
        entity = wanted.entity_id
        sent = requests.c.requesting_entity_id == entity
        received = (requests.c.responding_entity_id == entity) & (requests.c.sent_at.is_not(None))
        coordinating = requests.c.involved_entity_ids.contains([entity]) & (
            requests.c.sent_at.is_not(None)
        )
        where = {"sent": sent, "received": received}.get(
            wanted.role, or_(sent, received, coordinating)
        )
        statement = select(requests).where(where)
        if wanted.states:
            statement = statement.where(requests.c.state.in_(sorted(wanted.states)))
        statement = (
            statement.order_by(requests.c.created_at.desc(), requests.c.request_id)
            .offset(offset)
            .limit(limit + 1)
        )
        rows = (await self._session.execute(statement)).all()
        found = [from_document(dict(row.document), version=row.version) for row in rows[:limit]]
        return found, len(rows) > limit

    async def flush(self, now: datetime) -> list[Request]:
        written = list(self.seen.values())
        for request in written:
            await self._write(request, now)
        for request_id, subject in self._subjects.items():
            await self._write_subject(request_id, subject)
        self.seen.clear()
        self._subjects.clear()
        return written

    async def _write(self, request: Request, now: datetime) -> None:
        values: dict[str, Any] = {
            "number": request.number,
            "area": request.area,
            "state": str(request.state),
            "requesting_entity_id": request.requesting_entity_id,
            "responding_entity_id": request.responding_entity_id,
            "involved_entity_ids": sorted(
                {
                    request.requesting_entity_id,
                    request.responding_entity_id,
                    request.requesting_coordinator_id,
                    request.responding_coordinator_id,
                }
                - {""}
            ),
            "document": to_document(request),
            "sent_at": request.sent_at,
            "updated_at": now,
        }
        loaded = self._loaded.get(request.request_id)
        if loaded is None:
            await self._session.execute(
                requests.insert().values(
                    request_id=request.request_id,
                    created_at=request.created_at,
                    version=1,
                    **values,
                )
            )
            request.version = 1
        else:
            result = await self._session.execute(
                update(requests)
                .where(requests.c.request_id == request.request_id, requests.c.version == loaded)
                .values(version=loaded + 1, **values)
                .returning(requests.c.version)
            )
            if result.first() is None:
                raise ConcurrentChange(request.request_id, loaded, -1)
            request.version = loaded + 1
        self._loaded[request.request_id] = request.version

    async def _write_subject(self, request_id: str, subject: DataSubject | None) -> None:
        if subject is None:
            await self._session.execute(
                delete(request_subjects).where(request_subjects.c.request_id == request_id)
            )
            return
        sealed = self._sealer.seal(request_id, subject.as_dict())
        statement = insert(request_subjects).values(request_id=request_id, sealed=sealed)
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[request_subjects.c.request_id], set_={"sealed": sealed}
            )
        )


class SqlNumbers:
    """A sequence per year, taken atomically by an upsert: "2026/000123"."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def next(self, year: int) -> str:
        statement = insert(request_numbers).values(year=year, last=1)
        statement = statement.on_conflict_do_update(
            index_elements=[request_numbers.c.year],
            set_={"last": request_numbers.c.last + 1},
        ).returning(request_numbers.c.last)
        last = (await self._session.execute(statement)).scalar_one()
        return f"{year}/{int(last):06d}"


async def count_requests(session: AsyncSession, state: RequestState | None = None) -> int:
    statement = select(func.count()).select_from(requests)
    if state is not None:
        statement = statement.where(requests.c.state == str(state))
    return int((await session.execute(statement)).scalar_one())
