"""One transaction per command: the alerts, the idempotency ledger, period timers and the
events written to the outbox together."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.idempotency import IdempotencyStore
from tramita_platform.outbox import Outbox
from tramita_platform.timers import Timers

from tramita_alerts.adapters.event_codec import to_payload
from tramita_alerts.adapters.repository import SqlAlertRepository, SqlNumbers
from tramita_alerts.adapters.sealing import PersonalDataSealer

SOURCE = "alerts"


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


class SqlScheduler:
    def __init__(self, session: AsyncSession, timers: Timers) -> None:
        self._session = session
        self._timers = timers

    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool:
        return await self._timers.schedule(
            self._session, kind=kind, key=key, due_at=due_at, payload=dict(payload or {})
        )


class SqlUnitOfWork:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession] | None,
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
        self._timers = Timers(clock=clock)

    async def __aenter__(self) -> Self:
        assert self._sessions is not None
        self._session = self._sessions()
        await self._session.begin()
        self._attach()
        return self

    def _attach(self) -> None:
        self.alerts = SqlAlertRepository(self._session, self._sealer)
        self.numbers = SqlNumbers(self._session)
        self.idempotency = SqlIdempotencyLedger(self._session, self._store)
        self.timers = SqlScheduler(self._session, self._timers)

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        await self._write()
        await self._session.commit()

    async def _write(self) -> None:
        for alert in await self.alerts.flush(self._clock.now()):
            for event in alert.events:
                envelope = make_envelope(
                    to_payload(event),
                    source=SOURCE,
                    subject=alert.alert_id,
                    clock=self._clock,
                )
                await self._outbox.add(self._session, envelope)
            alert.events.clear()


class SessionUnitOfWork(SqlUnitOfWork):
    """A unit of work inside a transaction its caller owns (a timer handler's)."""

    def __init__(
        self, session: AsyncSession, *, outbox: Outbox, clock: Clock, sealer: PersonalDataSealer
    ) -> None:
        super().__init__(None, outbox=outbox, clock=clock, sealer=sealer)
        self._session = session

    async def __aenter__(self) -> Self:
        self._attach()
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        await self._write()
