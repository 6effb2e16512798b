"""RegistryService over gRPC: proto → command → handler → proto, nothing else."""

from collections.abc import Callable
from dataclasses import dataclass

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.registry.v1 import registry_pb2, registry_pb2_grpc
from tramita_platform.auth import require_principal

from tramita_registry.app.authorities.common import AuthorityDeps
from tramita_registry.app.commands import RegisterOrganization
from tramita_registry.app.handlers import register_organization
from tramita_registry.app.invitations.common import InvitationDeps
from tramita_registry.app.ports import Clock, IdGenerator, UnitOfWork
from tramita_registry.app.queries import get_organization, list_organizations
from tramita_registry.domain.model import Organization
from tramita_registry.domain.sending import SendingRules
from tramita_registry.domain.tax_ids import TaxIdScheme
from tramita_registry.entrypoints.authority_servicer import AuthorityRpcs
from tramita_registry.entrypoints.invitation_servicer import InvitationRpcs

_SCHEMES = {
    registry_pb2.TAX_ID_SCHEME_NIPC: "NIPC",
    registry_pb2.TAX_ID_SCHEME_CNPJ: "CNPJ",
    registry_pb2.TAX_ID_SCHEME_FOREIGN: "FOREIGN",
}
_PROTO_SCHEMES = {TaxIdScheme(name): value for value, name in _SCHEMES.items()}


@dataclass(frozen=True)
class RegistryDependencies:
    uow: Callable[[], UnitOfWork]
    clock: Clock
    new_id: IdGenerator
    authorities: AuthorityDeps
    invitations: InvitationDeps | None = None
    public_callers: frozenset[str] = frozenset({"tramita-gateway"})


class RegistryServicer(AuthorityRpcs, InvitationRpcs, registry_pb2_grpc.RegistryServiceServicer):
    def __init__(self, deps: RegistryDependencies) -> None:
        self._deps = deps
        self._authorities = deps.authorities
        self._invitations = deps.invitations or InvitationDeps(deps.authorities, SendingRules())
        self._public_callers = deps.public_callers

    async def RegisterOrganization(
        self, request: registry_pb2.RegisterOrganizationRequest, context: grpc.aio.ServicerContext
    ) -> registry_pb2.RegisterOrganizationResponse:
        principal = require_principal()
        command = RegisterOrganization(
            scheme=_SCHEMES.get(request.tax_id.scheme, "UNSPECIFIED"),
            tax_id=request.tax_id.value,
            country=request.tax_id.country,
            name=request.name,
            idempotency_key=request.idempotency_key,
            actor_roles=frozenset(principal.roles),
            actor_id=principal.subject,
            contact_email=request.contact_email,
            preferred_language=request.preferred_language,
        )
        organization = await register_organization(
            command, uow=self._deps.uow, clock=self._deps.clock, new_id=self._deps.new_id
        )
        return registry_pb2.RegisterOrganizationResponse(organization=to_proto(organization))

    async def GetOrganization(
        self, request: registry_pb2.GetOrganizationRequest, context: grpc.aio.ServicerContext
    ) -> registry_pb2.GetOrganizationResponse:
        organization = await get_organization(request.organization_id, uow=self._deps.uow)
        return registry_pb2.GetOrganizationResponse(organization=to_proto(organization))

    async def ListOrganizations(
        self, request: registry_pb2.ListOrganizationsRequest, context: grpc.aio.ServicerContext
    ) -> registry_pb2.ListOrganizationsResponse:
        page, cursor = await list_organizations(
            after=request.page.page_token or None,
            page_size=request.page.page_size,
            uow=self._deps.uow,
        )
        return registry_pb2.ListOrganizationsResponse(
            organizations=[to_proto(o) for o in page],
            page=pagination_pb2.PageResponse(next_page_token=cursor or ""),
        )


def to_proto(organization: Organization) -> registry_pb2.Organization:
    registered_at = Timestamp()
    registered_at.FromDatetime(organization.registered_at)
    return registry_pb2.Organization(
        organization_id=organization.organization_id,
        tax_id=registry_pb2.TaxId(
            scheme=_PROTO_SCHEMES[organization.tax_id.scheme],
            value=organization.tax_id.value,
            country=organization.tax_id.country,
        ),
        name=organization.name,
        registered_at=registered_at,
        version=organization.version,
        contact_email=organization.contact.email,
        preferred_language=organization.contact.language,
    )
