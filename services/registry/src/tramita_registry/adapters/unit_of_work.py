"""One transaction per command: repositories, idempotency ledger, events into the outbox."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.idempotency import IdempotencyStore
from tramita_platform.outbox import Outbox
from tramita_platform.timers import Timers

from tramita_registry.adapters.authority_event_codec import authority_payload
from tramita_registry.adapters.authority_repository import SqlAuthorityRepository
from tramita_registry.adapters.event_codec import to_payload
from tramita_registry.adapters.invitation_event_codec import invitation_payload
from tramita_registry.adapters.invitation_repository import SqlInvitationRepository
from tramita_registry.adapters.repository import SqlOrganizationRepository
from tramita_registry.domain.errors import (
    CoordinatorSlotTaken,
    DuplicateEmail,
    OrganizationAlreadyRegistered,
)

SOURCE = "registry"


class SqlIdempotencyLedger:
    """The platform's idempotency store, scoped to this service's commands."""

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
            self._session,
            scope=SOURCE,
            key=key,
            request_hash=fingerprint,
            response=result.encode(),
        )


class SqlScheduler:
    """The platform's durable timers, written in the unit of work's transaction."""

    def __init__(self, session: AsyncSession, timers: Timers) -> None:
        self._session = session
        self._timers = timers

    async def schedule(
        self, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
    ) -> bool:
        return await self._timers.schedule(
            self._session, kind=kind, key=key, due_at=due_at, payload=dict(payload or {})
        )

    async def cancel(self, kind: str, key: str) -> bool:
        return await self._timers.cancel(self._session, kind=kind, key=key)


class SqlUnitOfWork:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession] | None, *, outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self._store = IdempotencyStore(clock=clock)
        self._timers = Timers(clock=clock)

    async def __aenter__(self) -> Self:
        assert self._sessions is not None
        self._session = self._sessions()
        await self._session.begin()
        self._attach()
        return self

    def _attach(self) -> None:
        self.organizations = SqlOrganizationRepository(self._session)
        self.authorities = SqlAuthorityRepository(self._session)
        self.invitations = SqlInvitationRepository(self._session)
        self.idempotency = SqlIdempotencyLedger(self._session, self._store)
        self.timers = SqlScheduler(self._session, self._timers)

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        """Write the aggregates and their events to the outbox, then commit all at once."""
        await self._write()
        await self._session.commit()

    async def _write(self) -> None:
        try:
            await self.authorities.flush()
            await self.invitations.flush()
            await self._authority_events()
            await self._invitation_events()
            await self._organization_events()
        except IntegrityError as exc:
            if "tax_key" in str(exc.orig):
                raise OrganizationAlreadyRegistered("(concurrent registration)") from exc
            mapped = _slot_taken(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    async def _invitation_events(self) -> None:
        holders = [*self.invitations.seen, *self.invitations.days]
        for holder in holders:
            for event in holder.events:
                subject, payload = invitation_payload(event)
                envelope = make_envelope(payload, source=SOURCE, subject=subject, clock=self._clock)
                await self._outbox.add(self._session, envelope)
            holder.events.clear()

    async def _authority_events(self) -> None:
        for authority in self.authorities.seen:
            for event in authority.events:
                envelope = make_envelope(
                    authority_payload(event),
                    source=SOURCE,
                    subject=authority.entity_id,
                    clock=self._clock,
                    entity=authority.entity_id,
                )
                await self._outbox.add(self._session, envelope)
            authority.events.clear()

    async def _organization_events(self) -> None:
        for organization in self.organizations.seen:
            for event in organization.events:
                subject, payload = to_payload(event)
                envelope = make_envelope(
                    payload,
                    source=SOURCE,
                    subject=subject,
                    clock=self._clock,
                    organization=organization.organization_id,
                )
                await self._outbox.add(self._session, envelope)
            organization.events.clear()


class SessionUnitOfWork(SqlUnitOfWork):
    """A unit of work inside a transaction its caller owns (a timer handler's savepoint):
    `commit` writes the aggregates and the outbox rows; the caller commits or rolls back."""

    def __init__(self, session: AsyncSession, *, outbox: Outbox, clock: Clock) -> None:
        super().__init__(None, outbox=outbox, clock=clock)
        self._session = session

    async def __aenter__(self) -> Self:
        self._attach()
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        await self._write()


def _slot_taken(exc: IntegrityError) -> Exception:
    """A concurrent NIMIC/LIMIC designation lost the race to the unique index; a concurrent
    invitation took the e-mail."""
    text = str(exc.orig)
    if "uq_invitations_open_email" in text:
        return DuplicateEmail("email", "invitation")
    if "uq_authorities_nimic_country" in text:
        return CoordinatorSlotTaken("NIMIC", "the country")
    if "uq_authority_areas_limic" in text:
        return CoordinatorSlotTaken("LIMIC", "the area")
    return exc
