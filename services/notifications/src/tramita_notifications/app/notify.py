"""The use case: one trigger → one message per recipient and an in-app notice per person.

Ids derive from (event, channel, address) and (event, person), so a redelivered or
replayed event queues nothing twice: the stores ignore ids they already hold.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from tramita_notifications.app.ports import (
    Directory,
    Notice,
    Notices,
    Outgoing,
    OutgoingMessage,
    Renderer,
)
from tramita_notifications.app.recipients import resolve
from tramita_notifications.domain.model import Channel, Recipient, Trigger

__all__ = ["Queued", "deliver_to", "message_id", "notice_id", "notify"]

_MESSAGE_IDS = uuid.UUID("0b9f4f38-8a7e-4c52-9a56-2f1d3c3e9b41")
_NOTICE_IDS = uuid.UUID("5c2e3f0a-61b4-4d0e-8f7c-93a1d2b4e6f8")


@dataclass(frozen=True, slots=True)
class Queued:
    """What one trigger produced (new rows only; zero on a redelivery)."""

    messages: int
    notices: int


def message_id(event_id: str, channel: Channel, address: str) -> str:
    return str(uuid.uuid5(_MESSAGE_IDS, f"{event_id}\x1f{channel}\x1f{address.lower()}"))


def notice_id(event_id: str, person_id: str) -> str:
    return str(uuid.uuid5(_NOTICE_IDS, f"{event_id}\x1f{person_id}"))


async def notify(
    trigger: Trigger,
    *,
    directory: Directory,
    renderer: Renderer,
    outgoing: Outgoing,
    notices: Notices,
    now: datetime,
    secret: bool = False,
) -> Queued:
    """Queue the messages and notices `trigger` calls for, in the caller's transaction."""
    recipients = await resolve(trigger, directory)
    return await deliver_to(
        trigger,
        recipients,
        renderer=renderer,
        outgoing=outgoing,
        notices=notices,
        now=now,
        secret=secret,
    )


async def deliver_to(
    trigger: Trigger,
    recipients: list[Recipient],
    *,
    renderer: Renderer,
    outgoing: Outgoing,
    notices: Notices,
    now: datetime,
    secret: bool = False,
) -> Queued:
    """Queue one message per recipient and one notice per person among them."""
    messages = [_message(trigger, r, renderer, now, secret) for r in recipients]
    queued = await outgoing.queue(messages)
    titles = {m.person_id: m.subject for m in messages if m.person_id and m.subject}
    added = await notices.add(_notices(trigger, recipients, renderer, now, titles))
    return Queued(messages=queued, notices=added)


def _message(
    trigger: Trigger, recipient: Recipient, renderer: Renderer, now: datetime, secret: bool
) -> OutgoingMessage:
    rendered = renderer.render(
        trigger.kind,
        recipient.channel,
        recipient.language,
        link=trigger.link,
        params=trigger.params,
    )
    return OutgoingMessage(
        message_id=message_id(trigger.event_id, recipient.channel, recipient.address),
        event_id=trigger.event_id,
        kind=trigger.kind,
        channel=recipient.channel,
        address=recipient.address,
        language=recipient.language,
        subject=rendered.subject,
        body=rendered.body,
        created_at=now,
        person_id=recipient.person_id,
        secret=secret,
    )


def _notices(
    trigger: Trigger,
    recipients: list[Recipient],
    renderer: Renderer,
    now: datetime,
    titles: Mapping[str, str],
) -> list[Notice]:
    """One in-app notice per person (whatever the channels), titled like the e-mail.

    The title is the e-mail's subject; subjects never print a secret (a one-time code),
    which a template test checks, so no secret reaches the inbox.
    """
    people: Mapping[str, Recipient] = {r.person_id: r for r in recipients if r.person_id}
    return [
        Notice(
            notice_id=notice_id(trigger.event_id, person_id),
            person_id=person_id,
            event_id=trigger.event_id,
            kind=trigger.kind,
            title=titles.get(person_id) or _title(trigger, recipient, renderer),
            link=trigger.link,
            created_at=now,
        )
        for person_id, recipient in people.items()
    ]


def _title(trigger: Trigger, recipient: Recipient, renderer: Renderer) -> str:
    """The e-mail subject in the person's language (for a person reached by SMS only)."""
    return renderer.render(
        trigger.kind, Channel.EMAIL, recipient.language, link=trigger.link, params=trigger.params
    ).subject
