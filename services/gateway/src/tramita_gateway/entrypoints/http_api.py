"""Public HTTP API: JSON in → gRPC call with the caller's token → JSON out."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from google.protobuf.json_format import MessageToDict
from tramita.common.v1 import pagination_pb2
from tramita.documents.v1 import documents_pb2
from tramita.identity.v1 import identity_pb2
from tramita.registry.v1 import registry_pb2
from tramita_platform.grpc_client import rpc_errors
from tramita_platform.http import idempotency_key

from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.entrypoints.schemas import (
    DocumentOut,
    DocumentPage,
    MeOut,
    OrganizationOut,
    OrganizationPage,
    RegisterOrganizationIn,
)

router = APIRouter(prefix="/api/v1")
_SCHEMES = {"NIPC": 1, "CNPJ": 2, "FOREIGN": 3}
_SCHEME_NAMES = {v: k for k, v in _SCHEMES.items()}


@router.get("/me", response_model=MeOut)
async def who_am_i(caller: Caller, backends: Backends) -> MeOut:
    with rpc_errors():
        reply = await backends.identity.WhoAmI(identity_pb2.WhoAmIRequest(), metadata=caller)
    return MeOut(
        subject=reply.subject,
        username=reply.username,
        roles=list(reply.roles),
        active_organization_id=reply.active_organization_id or None,
    )


@router.post("/organizations", status_code=201, response_model=OrganizationOut)
async def register_organization(
    body: RegisterOrganizationIn,
    caller: Caller,
    backends: Backends,
    key: Annotated[str | None, Depends(idempotency_key)] = None,
) -> OrganizationOut:
    request = registry_pb2.RegisterOrganizationRequest(
        tax_id=registry_pb2.TaxId(
            scheme=_SCHEMES[body.tax_id.scheme],
            value=body.tax_id.value,
            country=body.tax_id.country,
        ),
        name=body.name,
        idempotency_key=key or "",
        contact_email=body.contact_email,
        preferred_language=body.preferred_language,
    )
    with rpc_errors():
        reply = await backends.registry.RegisterOrganization(request, metadata=caller)
    return _organization(reply.organization)


@router.get("/organizations/{organization_id}", response_model=OrganizationOut)
async def get_organization(organization_id: str, caller: Caller, backends: Backends):
    request = registry_pb2.GetOrganizationRequest(organization_id=organization_id)
    with rpc_errors():
        reply = await backends.registry.GetOrganization(request, metadata=caller)
    return _organization(reply.organization)


@router.get("/organizations", response_model=OrganizationPage)
async def list_organizations(
    caller: Caller,
    backends: Backends,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    page_token: str = "",
) -> OrganizationPage:
    page = pagination_pb2.PageRequest(page_size=page_size, page_token=page_token)
    with rpc_errors():
        reply = await backends.registry.ListOrganizations(
            registry_pb2.ListOrganizationsRequest(page=page), metadata=caller
        )
    return OrganizationPage(
        items=[_organization(o) for o in reply.organizations],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get("/organizations/{organization_id}/documents", response_model=DocumentPage)
async def list_documents(
    organization_id: str,
    caller: Caller,
    backends: Backends,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    page_token: str = "",
) -> DocumentPage:
    request = documents_pb2.ListDocumentsRequest(
        organization_id=organization_id,
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token),
    )
    with rpc_errors():
        reply = await backends.documents.ListDocuments(request, metadata=caller)
    return DocumentPage(
        items=[_document(d) for d in reply.documents],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get("/documents/{document_id}/content")
async def download_document(document_id: str, caller: Caller, backends: Backends) -> Response:
    request = documents_pb2.GetDocumentContentRequest(document_id=document_id)
    with rpc_errors():
        reply = await backends.documents.GetDocumentContent(request, metadata=caller)
    return Response(
        content=reply.content,
        media_type=reply.media_type,
        headers={"Digest": f"sha-256={reply.sha256}", "Cache-Control": "no-store"},
    )


def _organization(message: registry_pb2.Organization) -> OrganizationOut:
    return OrganizationOut(
        organization_id=message.organization_id,
        tax_id={
            "scheme": _SCHEME_NAMES.get(message.tax_id.scheme, "UNSPECIFIED"),
            "value": message.tax_id.value,
            "country": message.tax_id.country,
        },
        name=message.name,
        registered_at=message.registered_at.ToDatetime(),
        version=message.version,
        contact_email=message.contact_email or None,
        preferred_language=message.preferred_language,
    )


def _document(message: documents_pb2.Document) -> DocumentOut:
    fields = MessageToDict(message, preserving_proto_field_name=True)
    fields["created_at"] = message.created_at.ToDatetime()
    fields["size_bytes"] = message.size_bytes
    return DocumentOut(**fields)
