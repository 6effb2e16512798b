"""The Person aggregate: a platform user as the verified login describes them."""

from dataclasses import dataclass, field
from datetime import datetime

from tramita_identity.domain.events import IdentityEvent, PersonContactChanged, PersonRegistered


@dataclass(frozen=True, slots=True)
class Contact:
    """Where and in which language the person is reached (phone E.164, "" when none)."""

    email: str
    phone: str
    language: str


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    contact: Contact
    # e.g. "BR:CPF:12345678909"; "" when the login carries none.
    national_id: str
    # As the identity provider states it, e.g. "gold"; "" when not stated.
    assurance_level: str
    # The identity provider the person logged in with, e.g. "govbr".
    idp: str


@dataclass(slots=True)
class Person:
    """Records its events; `changed` tells the repository to store it."""

    person_id: str
    profile: Profile
    registered_at: datetime
    updated_at: datetime
    # Digest of the company bonds the last login asserted (skips re-reading them).
    bonds_digest: str = ""
    version: int = 0
    events: list[IdentityEvent] = field(default_factory=list, compare=False, repr=False)
    changed: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def register(cls, *, person_id: str, profile: Profile, now: datetime) -> "Person":
        """A new person, with PersonRegistered and PersonContactChanged."""
        person = cls(person_id, profile, registered_at=now, updated_at=now, changed=True)
        person.events.append(PersonRegistered(person_id))
        person.events.append(_contact_changed(person_id, profile.contact))
        return person

    def refresh(self, profile: Profile, *, now: datetime) -> None:
        """Take the latest login's profile; a new contact point is announced."""
        if profile == self.profile:
            return
        if profile.contact != self.profile.contact:
            self.events.append(_contact_changed(self.person_id, profile.contact))
        self.profile = profile
        self.updated_at = now
        self.changed = True

    def note_bonds(self, digest: str) -> bool:
        """Remember the asserted bonds' digest; True when they differ from the last login's."""
        if digest == self.bonds_digest:
            return False
        self.bonds_digest = digest
        self.changed = True
        return True


def _contact_changed(person_id: str, contact: Contact) -> PersonContactChanged:
    return PersonContactChanged(person_id, contact.language)
