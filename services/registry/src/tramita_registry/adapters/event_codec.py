"""Domain events → protobuf payloads of tramita.registry.events.v1."""

from google.protobuf.message import Message
from tramita.registry.events.v1 import events_pb2
from tramita.registry.v1 import registry_pb2

from tramita_registry.domain.events import (
    EntityContactChanged,
    OrganizationRegistered,
    RegistryEvent,
)
from tramita_registry.domain.tax_ids import TaxId, TaxIdScheme

_SCHEMES = {
    TaxIdScheme.NIPC: registry_pb2.TAX_ID_SCHEME_NIPC,
    TaxIdScheme.CNPJ: registry_pb2.TAX_ID_SCHEME_CNPJ,
    TaxIdScheme.FOREIGN: registry_pb2.TAX_ID_SCHEME_FOREIGN,
}


def tax_id_proto(tax_id: TaxId) -> registry_pb2.TaxId:
    return registry_pb2.TaxId(
        scheme=_SCHEMES[tax_id.scheme], value=tax_id.value, country=tax_id.country
    )


def to_payload(event: RegistryEvent) -> tuple[str, Message]:
    """The aggregate id (Kafka key) and the payload of a domain event."""
    match event:
        case OrganizationRegistered(organization_id=oid, tax_id=tax_id) as registered:
            payload = events_pb2.OrganizationRegistered(
                organization_id=oid,
                tax_id=tax_id_proto(tax_id),
                name=registered.name,
                registered_by_person_id=registered.registered_by,
                contact_email=registered.contact_email,
                preferred_language=registered.language,
            )
            return oid, payload
        case EntityContactChanged(entity_id=eid, contact_email=email, language=language):
            changed = events_pb2.EntityContactChanged(
                entity_id=eid, contact_email=email, preferred_language=language
            )
            return eid, changed
    raise TypeError(f"no payload for {type(event).__name__}")
