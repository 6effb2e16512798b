"""Who may read an organization's documents: the issuing agency's staff, or a person
identity says is bonded to the organization. Everyone else is told NOT_FOUND."""

from dataclasses import dataclass

STAFF_ROLES = frozenset({"staff", "platform-admin"})


@dataclass(frozen=True, slots=True)
class Reader:
    """The authenticated caller, as far as document scoping is concerned."""

    subject: str
    realm_roles: frozenset[str]

    @property
    def is_staff(self) -> bool:
        """Staff of the issuing agency see every document they issued."""
        return bool(self.realm_roles & STAFF_ROLES)
