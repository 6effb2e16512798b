"""Bonds of the representation ledger: who is tied to a company, how, since when, says who."""

import enum
from dataclasses import dataclass
from datetime import datetime


class BondKind(enum.StrEnum):
    """The kind of a bond, as the national source states it."""

    LEGAL_REPRESENTATIVE = "legal_representative"
    PARTNER = "partner"
    ACCOUNTANT = "accountant"
    NON_ACTING_PARTNER = "non_acting_partner"
    MEMBER = "member"


class Role(enum.StrEnum):
    """What a bond lets its holder do for the company."""

    LEGAL_REPRESENTATIVE = "legal_representative"
    MEMBER = "member"
    NONE = "none"


# Seed 004: the representative profile is for "owners, partners, representatives and legal
# officers" (and 001: "Sócio ou Representante Legal"); everyone else acts only by delegation.
ROLE_OF_KIND = {
    BondKind.LEGAL_REPRESENTATIVE: Role.LEGAL_REPRESENTATIVE,
    BondKind.PARTNER: Role.LEGAL_REPRESENTATIVE,
    BondKind.ACCOUNTANT: Role.MEMBER,
    BondKind.NON_ACTING_PARTNER: Role.MEMBER,
    BondKind.MEMBER: Role.MEMBER,
}

# Sources of bonds; a representative's link is "representative:<person_id>".
GOVBR = "govbr"
CERTIFICATE = "certificate"
REPRESENTATIVE_PREFIX = "representative:"


def linked_by(person_id: str) -> str:
    """The source of a bond a legal representative recorded."""
    return f"{REPRESENTATIVE_PREFIX}{person_id}"


@dataclass(frozen=True, slots=True)
class Provenance:
    source: str
    recorded_at: datetime


@dataclass(slots=True)
class Bond:
    """One person's tie to one organization; `person_id` is "" until a pending member logs in."""

    bond_id: str
    person_id: str
    national_id: str
    kind: BondKind
    provenance: Provenance
    valid_from: datetime
    valid_until: datetime | None = None
    ended_at: datetime | None = None
    ended_by: str = ""

    @property
    def role(self) -> Role:
        return ROLE_OF_KIND[self.kind]

    @property
    def linked_by_representative(self) -> bool:
        return self.provenance.source.startswith(REPRESENTATIVE_PREFIX)

    def is_valid_at(self, now: datetime) -> bool:
        if self.ended_at is not None or now < self.valid_from:
            return False
        return self.valid_until is None or now < self.valid_until

    def end(self, *, now: datetime, by: str) -> None:
        self.ended_at = now
        self.ended_by = by
