"""What a notification is made of: the trigger (facts of one event), contacts and recipients.

A `Trigger` is the safe projection of one domain event: which kind of notice it calls for,
which entities and people play which part, and the few whitelisted values a template may
show (a reference number, a date, a link). It never holds case content: the event
adapters build it from event fields that are ids, never descriptions or data subjects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Channel",
    "Contact",
    "Language",
    "Recipient",
    "Trigger",
]


class Language(StrEnum):
    """Languages every template exists in; a recipient's other languages fall back to EN."""

    PT = "pt"
    EN = "en"

    @classmethod
    def preferred(cls, tag: str | None) -> Language:
        """The template language for a BCP 47 tag such as "pt-PT" (EN when unknown)."""
        primary = (tag or "").split("-")[0].lower()
        return cls(primary) if primary in cls._value2member_map_ else cls.EN


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True, slots=True)
class Contact:
    """Where and how to reach one platform user or one entity's contact mailbox.

    `person_id` is empty for an entity contact address or an applicant who has no account
    yet. `alert_email` is the address a person chose for alert notices (seed 001), used
    instead of `email` for notices of the alert workflow.
    """

    email: str = ""
    phone: str = ""
    language: Language = Language.EN
    person_id: str = ""
    alert_email: str = ""


@dataclass(frozen=True, slots=True)
class Recipient:
    """One delivery target of a notice: an address on a channel, in a language.

    `person_id` is set when the recipient is a platform user: the notice then also lands
    in that user's in-app inbox.
    """

    channel: Channel
    address: str
    language: Language
    person_id: str = ""


@dataclass(frozen=True, slots=True)
class Trigger:
    """The facts of one event that a notice needs, and nothing more.

    - `kind`: the notice kind (a key of the rules table and of the templates).
    - `entities`: part → entity id, e.g. {"responding": "...", "requesting": "..."}.
    - `people`: part → person id, e.g. {"last_handler": "...", "delegated_by": "..."}.
    - `contacts`: part → literal contact for someone without an account, e.g. the
      applicant of an access request or an invited authority's address.
    - `workflow`: the legislative area / workflow the notice belongs to, e.g.
      "services-directive/requests"; profile lookups are scoped to it.
    - `link`: portal path of the item to act on, e.g. "/requests/0193…".
    - `params`: whitelisted values the template may print (reference numbers, dates).
    """

    event_id: str
    kind: str
    entities: Mapping[str, str] = field(default_factory=dict)
    people: Mapping[str, str] = field(default_factory=dict)
    contacts: Mapping[str, Contact] = field(default_factory=dict)
    workflow: str = ""
    link: str = ""
    params: Mapping[str, str] = field(default_factory=dict)
