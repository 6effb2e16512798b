"""Read side and small writes of the in-app inbox, the alert address and dead letters.

Each use case opens its own unit of work; the person is always the caller (the token's
subject), so nobody reads or marks another person's notices.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol

from tramita_notifications.app.delivery import DeadLetter
from tramita_notifications.app.ports import DirectoryWriter, Notice
from tramita_notifications.domain.errors import NotificationsError

__all__ = [
    "InboxWork",
    "InvalidAlertAddress",
    "NoticeNotFound",
    "count_unread",
    "list_dead_letters",
    "list_notices",
    "mark_read",
    "replay_dead_letters",
    "set_alert_address",
]

MAX_PAGE_SIZE = 100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class NoticeNotFound(NotificationsError):
    """No such notice of the caller's (another person's notice is not found either)."""

    def __init__(self, notice_id: str) -> None:
        super().__init__(f"notice {notice_id} not found")
        self.notice_id = notice_id


class InvalidAlertAddress(NotificationsError):
    def __init__(self) -> None:
        super().__init__("alert_email must be an address like name@example.org, or empty")
        self.field = "alert_email"


class Inbox(Protocol):
    async def list_page(
        self, person_id: str, *, unread_only: bool = False, page_token: str = "", limit: int = 20
    ) -> tuple[list[Notice], str]: ...

    async def count_unread(self, person_id: str) -> int: ...

    async def mark_read(self, person_id: str, notice_id: str, *, at: datetime) -> Notice | None: ...


class DeadLetters(Protocol):
    async def list_page(
        self, *, page_token: str = "", limit: int = 50
    ) -> tuple[list[DeadLetter], str]: ...

    async def replay(self, message_id: str = "", *, now: datetime) -> int: ...


class InboxWork(Protocol):
    inbox: Inbox
    dead_letters: DeadLetters
    writer: DirectoryWriter

    async def commit(self) -> None: ...


type Work = Callable[[], AbstractAsyncContextManager[InboxWork]]


def _limit(page_size: int) -> int:
    return max(1, min(page_size or 20, MAX_PAGE_SIZE))


async def list_notices(
    person_id: str, *, unread_only: bool, page_token: str, page_size: int, uow: Work
) -> tuple[list[Notice], str]:
    async with uow() as work:
        return await work.inbox.list_page(
            person_id, unread_only=unread_only, page_token=page_token, limit=_limit(page_size)
        )


async def count_unread(person_id: str, *, uow: Work) -> int:
    async with uow() as work:
        return await work.inbox.count_unread(person_id)


async def mark_read(person_id: str, notice_id: str, *, now: datetime, uow: Work) -> Notice:
    async with uow() as work:
        notice = await work.inbox.mark_read(person_id, notice_id, at=now)
        if notice is None:
            raise NoticeNotFound(notice_id)
        await work.commit()
    return notice


async def set_alert_address(person_id: str, alert_email: str, *, now: datetime, uow: Work) -> str:
    address = alert_email.strip()
    if address and (len(address) > 254 or not _EMAIL.match(address)):
        raise InvalidAlertAddress()
    async with uow() as work:
        await work.writer.set_alert_email(person_id, address, at=now)
        await work.commit()
    return address


async def list_dead_letters(
    *, page_token: str, page_size: int, uow: Work
) -> tuple[list[DeadLetter], str]:
    async with uow() as work:
        return await work.dead_letters.list_page(page_token=page_token, limit=_limit(page_size))


async def replay_dead_letters(message_id: str, *, now: datetime, uow: Work) -> int:
    async with uow() as work:
        replayed = await work.dead_letters.replay(message_id, now=now)
        await work.commit()
    return replayed
