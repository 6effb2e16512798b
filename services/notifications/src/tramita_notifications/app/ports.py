"""Ports of the notifications service: what the use cases need from the outside world."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tramita_notifications.domain.model import Channel, Contact, Language

__all__ = [
    "ContactPoint",
    "ContactSource",
    "Directory",
    "DirectoryWriter",
    "MailSender",
    "Notice",
    "Notices",
    "Outgoing",
    "OutgoingMessage",
    "Rendered",
    "Renderer",
    "SendFailed",
    "SmsSender",
]


class Directory(Protocol):
    """Who is who: the read model of people, entity contacts and profiles (fed by events)."""

    async def person(self, person_id: str) -> Contact | None: ...

    async def profile_holders(self, entity_id: str, profile: str, workflow: str) -> list[Contact]:
        """Active users of `entity_id` holding `profile` in `workflow` ("" = any workflow)."""
        ...

    async def entity_contact(self, entity_id: str) -> Contact | None:
        """The entity's contact mailbox, if it has one."""
        ...

    async def uses_allocation(self, entity_id: str, workflow: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered notice: subject (empty for SMS) and plain-text body."""

    subject: str
    body: str


class Renderer(Protocol):
    def render(
        self,
        kind: str,
        channel: Channel,
        language: Language,
        *,
        link: str,
        params: Mapping[str, str],
    ) -> Rendered: ...


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """One e-mail or SMS to send. `message_id` derives from (event, channel, address), so a
    redelivered event queues nothing new. `secret` marks bodies that carry a one-time
    secret (a code, a set-password link): sealed at rest, wiped once delivered."""

    message_id: str
    event_id: str
    kind: str
    channel: Channel
    address: str
    language: Language
    subject: str
    body: str
    created_at: datetime
    person_id: str = ""
    secret: bool = False


@dataclass(frozen=True, slots=True)
class Notice:
    """One in-app notification of one person (same text as the e-mail, link to the item)."""

    notice_id: str
    person_id: str
    event_id: str
    kind: str
    title: str
    link: str
    created_at: datetime
    read_at: datetime | None = None


class Outgoing(Protocol):
    """The queue of messages to deliver, written in the caller's transaction."""

    async def queue(self, messages: Sequence[OutgoingMessage]) -> int:
        """Queue messages not queued before (by message_id); return how many were new."""
        ...


class Notices(Protocol):
    """The in-app inbox, written in the caller's transaction."""

    async def add(self, notices: Sequence[Notice]) -> int:
        """Add notices not added before (by notice_id); return how many were new."""
        ...


class SendFailed(Exception):
    """A delivery attempt failed. `permanent` when retrying cannot help (bad address)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


class MailSender(Protocol):
    async def send(
        self, *, to: str, subject: str, body: str, message_id: str, language: Language
    ) -> None:
        """Send one e-mail (Content-Language from `language`) or raise SendFailed."""
        ...


class SmsSender(Protocol):
    async def send(self, *, to: str, body: str, message_id: str) -> None:
        """Send one SMS or raise SendFailed."""
        ...


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """How one person is reached, as identity tells it (personal data: never in events)."""

    email: str
    phone: str
    language: str


class ContactSource(Protocol):
    async def contact_points(self, person_ids: Sequence[str]) -> dict[str, ContactPoint]:
        """Contact points of the known persons among `person_ids`."""
        ...


class DirectoryWriter(Protocol):
    """Keeps the directory read model current from identity's and registry's events.

    `event_time` is the source event's time: an older event never overwrites a newer one
    (the upserts return False for such a stale event).
    """

    async def upsert_person(
        self, person_id: str, *, email: str, phone: str, language: str, event_time: datetime
    ) -> bool: ...

    async def deactivate_person(self, person_id: str, *, at: datetime) -> None: ...

    async def replace_profiles(
        self, person_id: str, entity_id: str, grants: Iterable[tuple[str, str]]
    ) -> None:
        """Set the (workflow, profile) grants of a person in one entity."""
        ...

    async def upsert_entity(
        self, entity_id: str, *, contact_email: str, language: str, event_time: datetime
    ) -> bool: ...

    async def set_allocation(
        self, entity_id: str, workflow: str, uses_allocation: bool
    ) -> None: ...

    async def set_alert_email(self, person_id: str, alert_email: str, *, at: datetime) -> None: ...
