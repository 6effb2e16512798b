"""Transactions of the notifications service: every store bound to one session."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_notifications.adapters.directory import SqlDirectory, SqlDirectoryWriter
from tramita_notifications.adapters.repository import (
    SqlDeadLetters,
    SqlInbox,
    SqlNotices,
    SqlOutgoing,
)
from tramita_notifications.adapters.sealing import Sealer


class SessionWork:
    """The stores of a transaction someone else owns (the consumer's inbox transaction)."""

    def __init__(self, session: AsyncSession, *, sealer: Sealer) -> None:
        self.session = session
        self.directory = SqlDirectory(session, sealer=sealer)
        self.writer = SqlDirectoryWriter(session, sealer=sealer)
        self.outgoing = SqlOutgoing(session, sealer=sealer)
        self.notices = SqlNotices(session)
        self.inbox = SqlInbox(session)
        self.dead_letters = SqlDeadLetters(session)


class SqlUnitOfWork(SessionWork):
    """A transaction of its own (calls arriving over gRPC); rolled back unless committed."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, sealer: Sealer) -> None:
        self._sessions = sessions
        self._sealer = sealer

    async def __aenter__(self) -> Self:
        session = self._sessions()
        await session.begin()
        super().__init__(session, sealer=self._sealer)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.session.in_transaction():
                await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        await self.session.commit()
