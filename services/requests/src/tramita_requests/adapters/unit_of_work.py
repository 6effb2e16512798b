"""One transaction per command: the requests, their sealed data subjects, the idempotency
ledger and the events written to the outbox together."""

from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.idempotency import IdempotencyStore
from tramita_platform.outbox import Outbox

from tramita_requests.adapters.event_codec import to_payload
from tramita_requests.adapters.repository import SqlNumbers, SqlRequestRepository
from tramita_requests.adapters.sealing import PersonalDataSealer

SOURCE = "requests"


class SqlIdempotencyLedger:
    def __init__(self, session: AsyncSession, store: IdempotencyStore) -> None:
        self._session = session
        self._store = store

    async def recall(self, *, key: str, fingerprint: str) -> str | None:
        stored = await self._store.lookup(
            self._session, scope=SOURCE, key=key, request_hash=fingerprint
        )
        return None if stored is None else stored.decode()

    async def remember(self, *, key: str, fingerprint: str, result: str) -> None:
        await self._store.record(
            self._session, scope=SOURCE, key=key, request_hash=fingerprint, response=result.encode()
        )


class SqlUnitOfWork:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        outbox: Outbox,
        clock: Clock,
        sealer: PersonalDataSealer,
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self._sealer = sealer
        self._store = IdempotencyStore(clock=clock)

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        await self._session.begin()
        self.requests = SqlRequestRepository(self._session, self._sealer)
        self.numbers = SqlNumbers(self._session)
        self.idempotency = SqlIdempotencyLedger(self._session, self._store)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        """Write the requests, their data subjects and their events, then commit at once."""
        for request in await self.requests.flush(self._clock.now()):
            for event in request.events:
                envelope = make_envelope(
                    to_payload(event, number=request.number),
                    source=SOURCE,
                    subject=event.request_id,
                    clock=self._clock,
                )
                await self._outbox.add(self._session, envelope)
            request.events.clear()
        await self._session.commit()
