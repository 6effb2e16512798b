"""Idempotent commands: a repeated idempotency key returns the first call's response.

Use it inside the command's transaction:

    stored = await store.lookup(session, scope=scope, key=key, request_hash=digest)
    if stored is not None:
        return Response.FromString(stored)
    response = ...  # run the command
    await store.record(session, scope=scope, key=key, request_hash=digest,
                      response=response.SerializeToString())

`lookup` takes a transaction-scoped advisory lock on (scope, key), so a concurrent call
with the same key waits for the first to commit and then sees its response instead of
running the command a second time.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from google.protobuf.message import Message
from sqlalchemy import (
    Column,
    DateTime,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from tramita_platform.clock import Clock
from tramita_platform.db import make_metadata

__all__ = [
    "IDEMPOTENCY_KEYS",
    "IdempotencyKeyReused",
    "IdempotencyStore",
    "define_idempotency_table",
    "request_hash",
]


class IdempotencyKeyReused(Exception):
    """The idempotency key was already used for a different request."""

    def __init__(self, scope: str, key: str) -> None:
        super().__init__(
            f"idempotency key {key!r} was already used in {scope!r} for a different request"
        )
        self.scope = scope
        self.key = key


def define_idempotency_table(metadata: MetaData) -> Table:
    """Add `idempotency_keys` (one row per scope and key) to `metadata`."""
    return Table(
        "idempotency_keys",
        metadata,
        Column("scope", Text, nullable=False),
        Column("key", Text, nullable=False),
        Column("request_hash", Text, nullable=False),
        Column("response", LargeBinary, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False, index=True),
        PrimaryKeyConstraint("scope", "key"),
    )


IDEMPOTENCY_KEYS = define_idempotency_table(make_metadata())


def request_hash(request: Message | bytes) -> str:
    """Return a stable digest of a request (protobuf is serialized deterministically)."""
    data = request if isinstance(request, bytes) else request.SerializeToString(deterministic=True)
    return hashlib.sha256(data).hexdigest()


class IdempotencyStore:
    """Stores command responses by idempotency key in the command's own transaction."""

    def __init__(self, *, clock: Clock) -> None:
        self._clock = clock

    async def lookup(
        self, session: AsyncSession, *, scope: str, key: str, request_hash: str
    ) -> bytes | None:
        """Return the stored response for a repeat, None for a first call.

        Raises `IdempotencyKeyReused` when the key was used with a different request.
        """
        await session.execute(
            select(func.pg_advisory_xact_lock(func.hashtext(scope), func.hashtext(key)))
        )
        row = (
            await session.execute(
                select(IDEMPOTENCY_KEYS.c.request_hash, IDEMPOTENCY_KEYS.c.response).where(
                    IDEMPOTENCY_KEYS.c.scope == scope, IDEMPOTENCY_KEYS.c.key == key
                )
            )
        ).first()
        if row is None:
            return None
        if row.request_hash != request_hash:
            raise IdempotencyKeyReused(scope, key)
        return bytes(row.response)

    async def record(
        self, session: AsyncSession, *, scope: str, key: str, request_hash: str, response: bytes
    ) -> None:
        """Store the command's response; commits with the command's effects."""
        await session.execute(
            insert(IDEMPOTENCY_KEYS).values(
                scope=scope,
                key=key,
                request_hash=request_hash,
                response=response,
                created_at=self._clock.now(),
            )
        )

    async def purge_expired(self, session: AsyncSession, *, older_than: timedelta) -> int:
        """Delete keys recorded more than `older_than` ago; return how many."""
        cutoff = self._clock.now() - older_than
        statement = (
            delete(IDEMPOTENCY_KEYS)
            .where(IDEMPOTENCY_KEYS.c.created_at < cutoff)
            .returning(IDEMPOTENCY_KEYS.c.key)
        )
        return len((await session.execute(statement)).all())
