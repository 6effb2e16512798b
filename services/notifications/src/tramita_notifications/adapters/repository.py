"""The outgoing queue, the in-app inbox and the dead letters in PostgreSQL.

Every class works in a session its caller owns (a unit of work or the consumer's inbox
transaction) and never commits. Pages are newest first and keyed by (created_at, id)
with an opaque token, because ids derive from events and do not sort by time.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from tramita_platform.errors import FieldViolation, InvalidArgument

from tramita_notifications.adapters.orm import DEAD, QUEUED
from tramita_notifications.adapters.orm import messages as messages_table
from tramita_notifications.adapters.orm import notices as notices_table
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.app.delivery import DeadLetter
from tramita_notifications.app.ports import Notice, OutgoingMessage

__all__ = ["SqlDeadLetters", "SqlInbox", "SqlNotices", "SqlOutgoing"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


class SqlOutgoing:
    """Outgoing: queues messages once each; secret bodies are stored sealed."""

    def __init__(self, session: AsyncSession, *, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    async def queue(self, messages: Sequence[OutgoingMessage]) -> int:
        rows = [self._row(message) for message in messages]
        return await _insert_new(self._session, messages_table, rows, key="message_id")

    def _row(self, message: OutgoingMessage) -> dict[str, Any]:
        return {
            "message_id": message.message_id,
            "event_id": message.event_id,
            "kind": message.kind,
            "channel": str(message.channel),
            "address": message.address,
            "language": str(message.language),
            "person_id": message.person_id,
            "subject": message.subject,
            "body": self._sealer.seal(message.body) if message.secret else message.body,
            "secret": message.secret,
            "status": QUEUED,
            "attempts": 0,
            "next_attempt_at": message.created_at,
            "created_at": message.created_at,
        }


class SqlNotices:
    """Notices: adds in-app notices once each."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, notices: Sequence[Notice]) -> int:
        rows = [
            {
                "notice_id": n.notice_id,
                "person_id": n.person_id,
                "event_id": n.event_id,
                "kind": n.kind,
                "title": n.title,
                "link": n.link,
                "created_at": n.created_at,
                "read_at": n.read_at,
            }
            for n in notices
        ]
        return await _insert_new(self._session, notices_table, rows, key="notice_id")


async def _insert_new(
    session: AsyncSession, table: Table, rows: list[dict[str, Any]], *, key: str
) -> int:
    """Insert rows whose `key` is new (also within `rows`); return how many were inserted.

    The rows go as parameters of one cached statement (SQLAlchemy batches them into
    multi-row INSERTs), not as `.values(rows)`, which would be compiled anew each time.
    """
    unique = list({row[key]: row for row in rows}.values())
    if not unique:
        return 0
    statement = insert(table).on_conflict_do_nothing(index_elements=[key]).returning(table.c[key])
    return len((await session.execute(statement, unique)).all())


class SqlInbox:
    """A person's in-app notices: pages, unread count, mark read. Only their own."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_page(
        self, person_id: str, *, unread_only: bool = False, page_token: str = "", limit: int = 20
    ) -> tuple[list[Notice], str]:
        """One page of the person's notices, newest first, and the next page's token ("")."""
        query = select(notices_table).where(notices_table.c.person_id == person_id)
        if unread_only:
            query = query.where(notices_table.c.read_at.is_(None))
        query = _page(
            query, notices_table.c.created_at, notices_table.c.notice_id, page_token, limit
        )
        rows = (await self._session.execute(query)).mappings().all()
        page = [_notice(row) for row in rows[:limit]]
        more = len(rows) > limit
        return page, (_token(page[-1].created_at, page[-1].notice_id) if more else "")

    async def count_unread(self, person_id: str) -> int:
        query = select(func.count()).where(
            notices_table.c.person_id == person_id, notices_table.c.read_at.is_(None)
        )
        return int((await self._session.execute(query)).scalar_one())

    async def mark_read(self, person_id: str, notice_id: str, *, at: datetime) -> Notice | None:
        """Mark the person's notice read (kept as is if already read) and return it.

        None when the notice does not exist or belongs to someone else, so a caller
        cannot tell those apart.
        """
        statement = (
            update(notices_table)
            .where(notices_table.c.notice_id == notice_id, notices_table.c.person_id == person_id)
            .values(read_at=func.coalesce(notices_table.c.read_at, at))
            .returning(*notices_table.c)
        )
        row = (await self._session.execute(statement)).mappings().first()
        return None if row is None else _notice(row)


class SqlDeadLetters:
    """The messages given up on: list them, queue them again."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_page(
        self, *, page_token: str = "", limit: int = 50
    ) -> tuple[list[DeadLetter], str]:
        """One page of dead letters, newest first, and the next page's token ("")."""
        query = select(messages_table).where(messages_table.c.status == DEAD)
        query = _page(
            query, messages_table.c.created_at, messages_table.c.message_id, page_token, limit
        )
        rows = (await self._session.execute(query)).mappings().all()
        page = [_dead_letter(row) for row in rows[:limit]]
        more = len(rows) > limit
        return page, (_token(page[-1].created_at, page[-1].message_id) if more else "")

    async def replay(self, message_id: str = "", *, now: datetime) -> int:
        """Queue dead letters again with fresh attempts: one by id, or all when "".

        Returns how many were queued again (0 for an unknown or not-dead id).
        """
        statement = (
            update(messages_table)
            .where(messages_table.c.status == DEAD)
            .values(status=QUEUED, attempts=0, next_attempt_at=now)
            .returning(messages_table.c.message_id)
        )
        if message_id:
            statement = statement.where(messages_table.c.message_id == message_id)
        return len((await self._session.execute(statement)).all())


def _page(
    query: Any, created_at: ColumnElement[Any], item_id: ColumnElement[Any], token: str, limit: int
) -> Any:
    """Order newest first, start after the token's item, fetch one extra row to see more."""
    if limit < 1:
        raise ValueError("limit must be positive")
    if token:
        query = query.where(tuple_(created_at, item_id) < tuple_(*_after(token)))
    return query.order_by(created_at.desc(), item_id.desc()).limit(limit + 1)


def _token(created_at: datetime, item_id: str) -> str:
    micros = (created_at - _EPOCH) // _MICROSECOND
    return base64.urlsafe_b64encode(f"{micros}|{item_id}".encode()).decode().rstrip("=")


def _after(token: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        micros, item_id = raw.split("|", 1)
        return _EPOCH + int(micros) * _MICROSECOND, item_id
    except (binascii.Error, UnicodeDecodeError, ValueError, OverflowError) as exc:
        violation = FieldViolation("page.page_token", "INVALID", "not a token this list gave")
        raise InvalidArgument([violation]) from exc


def _notice(row: Any) -> Notice:
    return Notice(
        notice_id=row["notice_id"],
        person_id=row["person_id"],
        event_id=row["event_id"],
        kind=row["kind"],
        title=row["title"],
        link=row["link"],
        created_at=row["created_at"],
        read_at=row["read_at"],
    )


def _dead_letter(row: Any) -> DeadLetter:
    return DeadLetter(
        message_id=row["message_id"],
        kind=row["kind"],
        channel=row["channel"],
        address=row["address"],
        attempts=row["attempts"],
        last_error=row["last_error"] or "",
        created_at=row["created_at"],
    )
