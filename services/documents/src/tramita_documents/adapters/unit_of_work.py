"""Transactions of the documents service; events go to the outbox in the same transaction."""

from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita.documents.events.v1 import events_pb2
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.outbox import Outbox

from tramita_documents.adapters.repository import SqlDocumentRepository

SOURCE = "documents"


class SessionWork:
    """Work inside a transaction someone else owns (the consumer's inbox transaction)."""

    def __init__(self, session: AsyncSession, *, outbox: Outbox, clock: Clock) -> None:
        self.session = session
        self.documents = SqlDocumentRepository(session)
        self._outbox = outbox
        self._clock = clock

    async def queue_events(self) -> None:
        """Write the new documents' events to the outbox; the transaction's owner commits."""
        for document in self.documents.seen:
            for event in document.events:
                payload = events_pb2.DocumentStored(
                    document_id=event.document_id,
                    organization_id=event.organization_id,
                    kind=event.kind,
                    sha256=event.sha256,
                )
                envelope = make_envelope(
                    payload,
                    source=SOURCE,
                    subject=event.document_id,
                    clock=self._clock,
                    organization=event.organization_id,
                )
                await self._outbox.add(self.session, envelope)
            document.events.clear()


class SqlUnitOfWork:
    """A transaction of its own (queries and commands arriving over gRPC)."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        await self._session.begin()
        self._work = SessionWork(self._session, outbox=self._outbox, clock=self._clock)
        self.documents = self._work.documents
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        await self._work.queue_events()
        await self._session.commit()
