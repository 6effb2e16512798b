"""One transaction per command: repositories, idempotency ledger, events into the outbox."""

from typing import Self

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.idempotency import IdempotencyStore
from tramita_platform.outbox import Outbox

from tramita_registry.adapters.authority_event_codec import authority_payload
from tramita_registry.adapters.authority_repository import SqlAuthorityRepository
from tramita_registry.adapters.event_codec import to_payload
from tramita_registry.adapters.repository import SqlOrganizationRepository
from tramita_registry.domain.errors import CoordinatorSlotTaken, OrganizationAlreadyRegistered

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


class SqlUnitOfWork:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, outbox: Outbox, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._clock = clock
        self._store = IdempotencyStore(clock=clock)

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        await self._session.begin()
        self.organizations = SqlOrganizationRepository(self._session)
        self.authorities = SqlAuthorityRepository(self._session)
        self.idempotency = SqlIdempotencyLedger(self._session, self._store)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        """Write the aggregates and their events to the outbox, then commit all at once."""
        try:
            await self.authorities.flush()
            await self._authority_events()
            await self._organization_events()
            await self._session.commit()
        except IntegrityError as exc:
            if "tax_key" in str(exc.orig):
                raise OrganizationAlreadyRegistered("(concurrent registration)") from exc
            mapped = _slot_taken(exc)
            if mapped is exc:
                raise
            raise mapped from exc

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


def _slot_taken(exc: IntegrityError) -> Exception:
    """A concurrent NIMIC/LIMIC designation lost the race to the unique index."""
    text = str(exc.orig)
    if "uq_authorities_nimic_country" in text:
        return CoordinatorSlotTaken("NIMIC", "the country")
    if "uq_authority_areas_limic" in text:
        return CoordinatorSlotTaken("LIMIC", "the area")
    return exc
