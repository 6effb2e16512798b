"""Past-tense facts the registry records; they leave the service only through the outbox."""

from dataclasses import dataclass

from tramita_registry.domain.tax_ids import TaxId


@dataclass(frozen=True, slots=True)
class OrganizationRegistered:
    organization_id: str
    tax_id: TaxId
    name: str
    registered_by: str = ""
    contact_email: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class EntityContactChanged:
    entity_id: str
    contact_email: str
    language: str


type RegistryEvent = OrganizationRegistered | EntityContactChanged
