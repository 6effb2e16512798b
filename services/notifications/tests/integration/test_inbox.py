"""The in-app inbox and the dead-letter listing: pages, unread count, only one's own notices."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_notifications.adapters.orm import messages
from tramita_notifications.adapters.repository import SqlDeadLetters, SqlInbox, SqlNotices
from tramita_notifications.app.ports import Notice
from tramita_platform.errors import InvalidArgument

pytestmark = pytest.mark.integration

T0 = datetime(2030, 1, 1, 9, tzinfo=UTC)


def _notice(person_id: str, minute: int, *, notice_id: str = "") -> Notice:
    return Notice(
        notice_id=notice_id or str(uuid.uuid4()),
        person_id=person_id,
        event_id=str(uuid.uuid4()),
        kind="request.received",
        title=f"Pedido {minute}",
        link=f"/requests/{minute}",
        created_at=T0 + timedelta(minutes=minute),
    )


@pytest.fixture
async def session(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessions() as session, session.begin():
        yield session


async def test_notices_are_added_once(session: AsyncSession) -> None:
    notice = _notice("ana", 1)
    assert await SqlNotices(session).add([notice, notice]) == 1
    assert await SqlNotices(session).add([notice, _notice("ana", 2)]) == 1
    assert await SqlNotices(session).add([]) == 0


async def test_pages_run_newest_first_and_only_over_the_persons_notices(
    session: AsyncSession,
) -> None:
    # Same time for two notices: the id breaks the tie, so no page skips or repeats one.
    mine = [_notice("ana", minute) for minute in (1, 2, 3, 3, 4)]
    await SqlNotices(session).add([*mine, _notice("bo", 5)])
    inbox = SqlInbox(session)

    seen: list[Notice] = []
    token = ""
    for _ in range(5):
        page, token = await inbox.list_page("ana", page_token=token, limit=2)
        seen.extend(page)
        if not token:
            break
    assert [n.title for n in seen] == ["Pedido 4", "Pedido 3", "Pedido 3", "Pedido 2", "Pedido 1"]
    assert {n.notice_id for n in seen} == {n.notice_id for n in mine}


async def test_unread_count_filter_and_mark_read(session: AsyncSession) -> None:
    first, second, theirs = _notice("ana", 1), _notice("ana", 2), _notice("bo", 3)
    await SqlNotices(session).add([first, second, theirs])
    inbox = SqlInbox(session)
    at = T0 + timedelta(hours=1)

    assert await inbox.count_unread("ana") == 2
    read = await inbox.mark_read("ana", first.notice_id, at=at)
    assert read is not None and read.read_at == at
    again = await inbox.mark_read("ana", first.notice_id, at=at + timedelta(hours=1))
    assert again is not None and again.read_at == at  # a no-op that returns it

    assert await inbox.count_unread("ana") == 1
    unread, token = await inbox.list_page("ana", unread_only=True, limit=10)
    assert [n.notice_id for n in unread] == [second.notice_id] and token == ""

    assert await inbox.mark_read("ana", theirs.notice_id, at=at) is None
    assert await inbox.mark_read("ana", "no-such-notice", at=at) is None
    assert await inbox.count_unread("bo") == 1


async def test_a_page_token_not_from_the_list_is_invalid(session: AsyncSession) -> None:
    with pytest.raises(InvalidArgument):
        await SqlInbox(session).list_page("ana", page_token="not a token!", limit=2)


async def test_dead_letters_are_listed_newest_first_and_replayed_one_or_all(
    session: AsyncSession, queue: Any, outgoing_message: Any
) -> None:
    sent = [outgoing_message(f"d{i}@example.test") for i in range(3)]
    await queue(*sent)
    await session.execute(
        update(messages).values(status="dead", attempts=3, last_error="550 no such mailbox")
    )
    letters = SqlDeadLetters(session)

    first, token = await letters.list_page(limit=2)
    rest, last = await letters.list_page(page_token=token, limit=2)
    assert len(first) == 2 and len(rest) == 1 and last == ""
    assert {d.message_id for d in first + rest} == {m.message_id for m in sent}
    assert first[0].last_error == "550 no such mailbox" and first[0].attempts == 3

    now = datetime.now(UTC)
    assert await letters.replay(rest[0].message_id, now=now) == 1
    assert await letters.replay(rest[0].message_id, now=now) == 0  # no longer dead
    assert await letters.replay(now=now) == 2
    assert (await letters.list_page(limit=10))[0] == []
