"""The Organization aggregate."""

from dataclasses import dataclass, field
from datetime import datetime

from tramita_registry.domain.contact import NO_CONTACT, ContactPoint
from tramita_registry.domain.errors import InvalidField
from tramita_registry.domain.events import OrganizationRegistered, RegistryEvent
from tramita_registry.domain.tax_ids import TaxId

NAME_MAX_LENGTH = 250


@dataclass(slots=True)
class Organization:
    """An organization known by its tax id; records the events of its changes."""

    organization_id: str
    tax_id: TaxId
    name: str
    registered_at: datetime
    contact: ContactPoint = NO_CONTACT
    registered_by: str = ""
    version: int = 1
    events: list[RegistryEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def register(
        cls,
        *,
        organization_id: str,
        tax_id: TaxId,
        name: str,
        now: datetime,
        contact: ContactPoint = NO_CONTACT,
        registered_by: str = "",
    ) -> "Organization":
        """A new organization, with its OrganizationRegistered event (with the mailbox)."""
        clean_name = " ".join(name.split())
        if not clean_name:
            raise InvalidField("name", "required", "name is required")
        if len(clean_name) > NAME_MAX_LENGTH:
            raise InvalidField(
                "name", "max_length", f"name has at most {NAME_MAX_LENGTH} characters"
            )
        organization = cls(organization_id, tax_id, clean_name, now, contact, registered_by)
        organization.events.append(
            OrganizationRegistered(
                organization_id, tax_id, clean_name, registered_by, contact.email, contact.language
            )
        )
        return organization
