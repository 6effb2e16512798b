"""Events of other services that the documents service acts on."""

import uuid
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession
from tramita.common.v1.envelope_pb2 import EventEnvelope
from tramita.registry.events.v1 import events_pb2 as registry_events
from tramita.registry.v1 import registry_pb2
from tramita_platform.clock import Clock
from tramita_platform.events import event_type, unpack

from tramita_documents.app.handlers import IssueRegistrationReceipt, issue_registration_receipt
from tramita_documents.app.ports import BlobStore, DocumentWork, Signer
from tramita_documents.domain.organizations import tax_key

# Document ids derive from the triggering event, so a retried effect reuses the same id/key.
_DOCUMENT_IDS = uuid.UUID("6f1c1b0e-5d5e-4c59-9a57-3f0d2f8b7a10")
SOURCE_TOPICS = ("tramita.registry.events.v1",)
_SCHEMES = {
    registry_pb2.TAX_ID_SCHEME_NIPC: "NIPC",
    registry_pb2.TAX_ID_SCHEME_CNPJ: "CNPJ",
    registry_pb2.TAX_ID_SCHEME_FOREIGN: "FOREIGN",
}


def organization_tax_key(tax_id: registry_pb2.TaxId) -> str:
    """The registry's normalized tax id as identity's tax key; "" when incomplete."""
    scheme = _SCHEMES.get(tax_id.scheme, "")
    return tax_key(scheme=scheme, value=tax_id.value, country=tax_id.country) if scheme else ""


class SessionWork(DocumentWork, Protocol):
    async def queue_events(self) -> None: ...


def handlers(
    *,
    work_in: Callable[[AsyncSession], SessionWork],
    blobs: BlobStore,
    clock: Clock,
    signer: Signer,
) -> dict:
    """Envelope type → handler run inside the consumer's inbox transaction."""

    async def on_organization_registered(session: AsyncSession, envelope: EventEnvelope) -> None:
        event = unpack(envelope, registry_events.OrganizationRegistered)
        work = work_in(session)
        command = IssueRegistrationReceipt(
            organization_id=event.organization_id,
            registered_event_id=envelope.id,
            document_id=str(uuid.uuid5(_DOCUMENT_IDS, envelope.id)),
            organization_tax_key=organization_tax_key(event.tax_id),
        )
        await issue_registration_receipt(
            command, work=work, blobs=blobs, clock=clock, signer=signer
        )
        await work.queue_events()

    return {event_type(registry_events.OrganizationRegistered): on_organization_registered}
