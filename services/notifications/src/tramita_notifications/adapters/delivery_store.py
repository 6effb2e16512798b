"""The delivery queue in PostgreSQL: claims with `FOR UPDATE SKIP LOCKED`, outcomes fenced by lease.

Each method is one short transaction of its own; no transaction stays open while a
message is being sent (see app/delivery.py for the lease protocol).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_notifications.adapters.orm import DEAD, QUEUED, SENT, messages
from tramita_notifications.adapters.sealing import Sealer, SealingError
from tramita_notifications.app.delivery import Backlog, Claimed, Outcome, Settled
from tramita_notifications.domain.model import Channel, Language

__all__ = ["SqlDeliveryStore"]

_m = messages.c


class SqlDeliveryStore:
    """DeliveryStore on the `messages` table; opens sealed bodies as it hands them out."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, sealer: Sealer) -> None:
        self._sessions = sessions
        self._sealer = sealer

    async def claim(self, *, now: datetime, lease_until: datetime, limit: int) -> list[Claimed]:
        due = (
            select(_m.message_id)
            .where(_m.status == QUEUED, _m.next_attempt_at <= now)
            .order_by(_m.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        statement = (
            update(messages)
            .where(_m.message_id.in_(due))
            .values(next_attempt_at=lease_until, attempts=_m.attempts + 1)
            .returning(
                _m.message_id,
                _m.kind,
                _m.channel,
                _m.address,
                _m.language,
                _m.subject,
                _m.body,
                _m.secret,
                _m.attempts,
                _m.next_attempt_at,
            )
        )
        async with self._sessions() as session, session.begin():
            rows = (await session.execute(statement)).mappings().all()
        return sorted((self._claimed(row) for row in rows), key=lambda c: c.message_id)

    def _claimed(self, row: Any) -> Claimed:
        body, unsendable = row["body"], ""
        if row["secret"] and body:
            try:
                body = self._sealer.open(body)
            except SealingError as exc:
                body, unsendable = "", str(exc)
        return Claimed(
            message_id=row["message_id"],
            kind=row["kind"],
            channel=Channel(row["channel"]),
            address=row["address"],
            language=Language(row["language"]),
            subject=row["subject"],
            body=body,
            attempt=row["attempts"],
            lease_until=row["next_attempt_at"],
            unsendable=unsendable,
        )

    async def settle(self, results: Sequence[Settled]) -> None:
        async with self._sessions() as session, session.begin():
            for result in results:
                await session.execute(_settle(result))

    async def backlog(self) -> Backlog:
        query = select(
            func.count().filter(_m.status == QUEUED), func.count().filter(_m.status == DEAD)
        ).where(_m.status.in_([QUEUED, DEAD]))
        async with self._sessions() as session:
            queued, dead = (await session.execute(query)).one()
        return Backlog(queued=queued, dead=dead)


def _settle(result: Settled) -> Any:
    """The UPDATE recording one outcome, only if the row is still under this lease."""
    values: dict[str, Any]
    if result.outcome is Outcome.SENT:
        values = {
            "status": SENT,
            "sent_at": result.at,
            "last_error": None,
            # A secret has done its job once delivered: keep no copy, sealed or not.
            "body": case((_m.secret, ""), else_=_m.body),
        }
    elif result.outcome is Outcome.RETRY:
        values = {"next_attempt_at": result.retry_at, "last_error": result.error}
    else:
        values = {"status": DEAD, "last_error": result.error}
    return (
        update(messages)
        .where(
            _m.message_id == result.message_id,
            _m.status == QUEUED,
            _m.next_attempt_at == result.lease_until,
        )
        .values(**values)
    )
