"""SendDirect: a service names one recipient of a secret-carrying message.

Secrets (codes, single-use links, temporary passwords) never travel through Kafka; the
calling service hands them over here, they are sealed at rest and wiped once sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from tramita_notifications.app.notify import Queued, deliver_to, message_id
from tramita_notifications.app.ports import Notices, Outgoing, Renderer
from tramita_notifications.domain.catalogue import check_params, notice_kind
from tramita_notifications.domain.errors import InvalidChannel, NotificationsError
from tramita_notifications.domain.model import Channel, Language, Recipient, Trigger

__all__ = ["NotADirectKind", "SendDirect", "send_direct"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+[1-9][0-9]{6,14}$")


class NotADirectKind(NotificationsError):
    """Only kinds that carry a secret, or reach someone without an account, are sent
    directly; the rest follow events."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"notice kind {kind!r} is sent from events, not directly")
        self.kind = kind


class InvalidAddress(NotificationsError):
    def __init__(self, channel: Channel) -> None:
        what = "an e-mail address" if channel is Channel.EMAIL else "an E.164 phone number"
        super().__init__(f"address must be {what}")
        self.field = "address"


@dataclass(frozen=True, slots=True)
class SendDirect:
    kind: str
    channel: Channel
    address: str
    language: str
    idempotency_key: str
    person_id: str = ""
    link: str = ""
    params: Mapping[str, str] = field(default_factory=dict)


class DirectWork(Protocol):
    outgoing: Outgoing
    notices: Notices

    async def commit(self) -> None: ...


async def send_direct(
    command: SendDirect,
    *,
    uow: Callable[[], AbstractAsyncContextManager[DirectWork]],
    renderer: Renderer,
    now: datetime,
) -> str:
    """Queue the message (once per idempotency key and address); return its id.

    Secret bodies are sealed at rest and wiped once sent; other direct kinds are not.
    """
    _check(command)
    trigger = Trigger(
        event_id=f"direct:{command.idempotency_key}",
        kind=command.kind,
        link=command.link,
        params=dict(command.params),
    )
    recipient = Recipient(
        command.channel,
        command.address.strip(),
        Language.preferred(command.language),
        command.person_id,
    )
    async with uow() as work:
        queued: Queued = await deliver_to(
            trigger,
            [recipient],
            renderer=renderer,
            outgoing=work.outgoing,
            notices=work.notices,
            now=now,
            secret=notice_kind(command.kind).secret,
        )
        if queued.messages or queued.notices:
            await work.commit()
    return message_id(trigger.event_id, recipient.channel, recipient.address)


def _check(command: SendDirect) -> None:
    kind = check_params(command.kind, command.params)
    if not kind.direct:
        raise NotADirectKind(command.kind)
    if command.channel not in kind.channels:
        raise InvalidChannel(command.kind, str(command.channel))
    pattern = _EMAIL if command.channel is Channel.EMAIL else _PHONE
    if not pattern.match(command.address.strip()):
        raise InvalidAddress(command.channel)
    if not command.idempotency_key:
        raise MissingKey()


class MissingKey(NotificationsError):
    def __init__(self) -> None:
        super().__init__("idempotency_key is required: a retry must not send a second secret")
        self.field = "idempotency_key"
