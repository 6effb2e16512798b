"""One transaction per command: repositories, decision log, idempotency ledger, and the
aggregates' events into the outbox."""

from collections.abc import Callable
from typing import Self

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import Clock
from tramita_platform.events import make_envelope
from tramita_platform.idempotency import IdempotencyStore
from tramita_platform.outbox import Outbox

from tramita_identity.adapters.access_request_repository import SqlAccessRequestRepository
from tramita_identity.adapters.authority_user_repository import SqlAuthorityUserRepository
from tramita_identity.adapters.consent_repository import SqlActingChoices, SqlConsentRepository
from tramita_identity.adapters.decision_log import (
    SqlAccountLog,
    SqlDecisionLog,
    SqlPersonalDataLog,
)
from tramita_identity.adapters.event_codec import to_payload
from tramita_identity.adapters.ledger_repository import SqlLedgerRepository
from tramita_identity.adapters.person_repository import SqlPersonRepository
from tramita_identity.adapters.sealing import PersonalDataSealer
from tramita_identity.domain.errors import (
    AccountExists,
    ConcurrentChange,
    DuplicateAccessRequest,
    IdentityError,
)
from tramita_identity.domain.events import IdentityEvent

SOURCE = "identity"
# Unique constraints a concurrent transaction may win, and what losing means.
_RACES: tuple[tuple[str, type[IdentityError], tuple[str, ...]], ...] = (
    ("pk_persons", ConcurrentChange, ("a person or a representation ledger",)),
    ("pk_organization_ledgers", ConcurrentChange, ("a person or a representation ledger",)),
    ("uq_access_requests_pending_email", DuplicateAccessRequest, ()),
    ("pk_authority_users", ConcurrentChange, ("a user",)),
    ("pk_consents", ConcurrentChange, ("a consent",)),
    ("uq_authority_users_username", AccountExists, ("username",)),
)


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
            self._session, scope=SOURCE, key=key, request_hash=fingerprint, response=result.encode()
        )


class SqlUnitOfWork:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        outbox: Outbox,
        clock: Clock,
        new_id: Callable[[], str],
        sealer: PersonalDataSealer,
    ) -> None:
        self._sessions = sessions
        self._sealer = sealer
        self._outbox = outbox
        self._clock = clock
        self._new_id = new_id
        self._store = IdempotencyStore(clock=clock)

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        await self._session.begin()
        self.persons = SqlPersonRepository(self._session)
        self.ledgers = SqlLedgerRepository(self._session, new_id=self._new_id)
        self.decisions = SqlDecisionLog(self._session)
        self.reads = SqlPersonalDataLog(self._session)
        self.idempotency = SqlIdempotencyLedger(self._session, self._store)
        self.access_requests = SqlAccessRequestRepository(self._session, self._sealer)
        self.users = SqlAuthorityUserRepository(self._session)
        self.account_log = SqlAccountLog(self._session)
        self.consents = SqlConsentRepository(self._session)
        self.acting = SqlActingChoices(self._session)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._session.rollback()
        await self._session.close()

    async def commit(self) -> None:
        """Store the changed aggregates, queue their events, then commit all at once."""
        try:
            await self.persons.save_changes()
            await self.ledgers.save_changes()
            await self.access_requests.save_changes()
            await self.users.save_changes()
            await self.consents.save_changes()
            await self._queue_events()
            await self._session.commit()
        except IntegrityError as exc:
            # e.g. two first logins of one person, two pending requests for one address.
            for name, error, args in _RACES:
                if name in str(exc.orig):
                    raise error(*args) from exc
            raise

    async def _queue_events(self) -> None:
        events: list[IdentityEvent] = []
        aggregates = (
            *self.persons.seen,
            *self.ledgers.seen,
            *self.access_requests.seen,
            *self.users.seen,
            *self.consents.seen,
        )
        for aggregate in aggregates:
            events.extend(aggregate.events)
            aggregate.events.clear()
        for event in events:
            subject, organization, payload = to_payload(event)
            envelope = make_envelope(
                payload,
                source=SOURCE,
                subject=subject,
                clock=self._clock,
                organization=organization,
            )
            await self._outbox.add(self._session, envelope)
