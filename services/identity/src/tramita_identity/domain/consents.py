"""Consent (PRODUCT §3.1): what a person allowed a service to use of their personal data,
under which version of the consent text, and when; withdrawn by recording it, never by
deleting. A consent counts only for the current text version of its service."""

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime

from tramita_identity.domain.errors import ConsentRequired, InvalidField, WrongState
from tramita_identity.domain.events import ConsentGiven, ConsentWithdrawn, IdentityEvent

PORTAL = "tramita-portal"
ITEMS = ("name", "national_id", "phone", "email", "photo", "company_data")
_SERVICE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True, slots=True)
class ConsentTerms:
    """What a service asks: the items (required or optional) and the current text version."""

    service: str
    text_version: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(i for i in ITEMS if i in self.required or i in self.optional)


# The portal's consent screen (seed 001): the photo is optional, the rest required. A new
# text version makes every earlier consent outdated: the person is asked again.
PORTAL_TERMS = ConsentTerms(
    service=PORTAL,
    text_version="2026-11-portal-v1",
    required=("name", "national_id", "phone", "email", "company_data"),
    optional=("photo",),
)


def terms_for(service: str) -> ConsentTerms:
    """The portal's terms, or (for a process type) every item optional under version 1."""
    code = valid_service(service)
    if code == PORTAL:
        return PORTAL_TERMS
    return ConsentTerms(service=code, text_version="1", required=(), optional=ITEMS)


def valid_service(service: str) -> str:
    code = (service or PORTAL).strip()
    if not _SERVICE.match(code):
        raise InvalidField(
            "service", "format", "a service code is lower-case letters, digits and dashes"
        )
    return code


class ConsentState(enum.StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    WITHDRAWN = "withdrawn"


@dataclass(slots=True)
class Consent:
    consent_id: str
    person_id: str
    service: str
    items: tuple[str, ...]
    text_version: str
    given_at: datetime
    withdrawn_at: datetime | None = None
    events: list[IdentityEvent] = field(default_factory=list, compare=False, repr=False)
    changed: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def give(
        cls,
        *,
        consent_id: str,
        person_id: str,
        terms: ConsentTerms,
        items: list[str] | tuple[str, ...],
        text_version: str,
        now: datetime,
    ) -> "Consent":
        """Check the items and the version against the terms; record ConsentGiven."""
        chosen = _valid_items(terms, items)
        if text_version.strip() != terms.text_version:
            raise InvalidField(
                "text_version",
                "current",
                f"the consent text changed: show version {terms.text_version} and ask again",
            )
        consent = cls(consent_id, person_id, terms.service, chosen, terms.text_version, now)
        consent.changed = True
        consent.events.append(
            ConsentGiven(consent_id, person_id, terms.service, chosen, terms.text_version)
        )
        return consent

    def state(self, terms: ConsentTerms) -> ConsentState:
        if self.withdrawn_at is not None:
            return ConsentState.WITHDRAWN
        if self.text_version != terms.text_version or not set(terms.required) <= set(self.items):
            return ConsentState.OUTDATED
        return ConsentState.CURRENT

    def withdraw(self, now: datetime) -> None:
        if self.withdrawn_at is not None:
            raise WrongState(state="withdrawn", action="withdraw", explanation="withdrawn already")
        self.withdrawn_at = now
        self.changed = True
        self.events.append(
            ConsentWithdrawn(self.consent_id, self.person_id, self.service, self.items)
        )


def current_consent(consents: list[Consent], terms: ConsentTerms) -> Consent | None:
    """The newest consent to the service still current under its terms."""
    mine = [c for c in consents if c.service == terms.service]
    mine.sort(key=lambda c: (c.given_at, c.consent_id), reverse=True)
    return next((c for c in mine if c.state(terms) is ConsentState.CURRENT), None)


def require_consent(consents: list[Consent], person_id: str, action: str) -> None:
    """Company actions need a current consent to the portal (ConsentRequired otherwise)."""
    if current_consent([c for c in consents if c.person_id == person_id], PORTAL_TERMS) is None:
        raise ConsentRequired(action, PORTAL_TERMS.text_version)


def _valid_items(terms: ConsentTerms, items: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    chosen = {i.strip() for i in items}
    unknown = sorted(chosen - set(terms.items))
    if unknown:
        allowed = ", ".join(terms.items)
        raise InvalidField("items", "one_of", f"unknown items {unknown}: choose among {allowed}")
    missing = [i for i in terms.required if i not in chosen]
    if missing:
        raise InvalidField("items", "required", f"the service requires {', '.join(missing)}")
    if not chosen:
        raise InvalidField("items", "required", "consent to at least one item")
    return tuple(i for i in ITEMS if i in chosen)
