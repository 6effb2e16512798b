"""Public HTTP API: JSON in → gRPC call with the caller's token → JSON out."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from google.protobuf.json_format import MessageToDict
from google.protobuf.timestamp_pb2 import Timestamp
from pydantic import BaseModel, Field
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


class DocumentLinkOut(BaseModel):
    """A short-lived pre-signed link to a document's bytes in object storage."""

    url: str = Field(description="Pre-signed GET URL; anyone holding it may download.")
    expires_at: datetime = Field(description="When the link stops working.")
    sha256: str = Field(description="Lowercase hex SHA-256 of the content.")
    media_type: str
    file_name: str = Field(description='Suggested file name, e.g. "RR-2026-000042.pdf".')


def _list_request(
    organization_id: str,
    page_size: int,
    page_token: str,
    kind: str,
    number_prefix: str,
    created_from: datetime | None,
    created_before: datetime | None,
) -> documents_pb2.ListDocumentsRequest:
    request = documents_pb2.ListDocumentsRequest(
        organization_id=organization_id,
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token),
        kind=kind,
        number_prefix=number_prefix,
    )
    for name, value in (("created_from", created_from), ("created_before", created_before)):
        if value is not None:
            stamp = Timestamp()
            stamp.FromDatetime(value)
            getattr(request, name).CopyFrom(stamp)
    return request


async def _list_documents(
    backends, caller, request: documents_pb2.ListDocumentsRequest
) -> DocumentPage:
    with rpc_errors():
        reply = await backends.documents.ListDocuments(request, metadata=caller)
    return DocumentPage(
        items=[_document(d) for d in reply.documents],
        next_page_token=reply.page.next_page_token or None,
    )


_KIND = Query(description='Only this kind, e.g. "registration-receipt".')
_PREFIX = Query(description='Only numbers starting with this, e.g. "RR-2026-".')
_FROM = Query(description="Only documents stored at or after this instant.")
_BEFORE = Query(description="Only documents stored before this instant.")


@router.get(
    "/organizations/{organization_id}/documents",
    response_model=DocumentPage,
    summary="List an organization's documents (newest first)",
    responses={404: {"description": "Unknown organization or not the caller's to see."}},
)
async def list_documents(
    organization_id: str,
    caller: Caller,
    backends: Backends,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    page_token: str = "",
    kind: Annotated[str, _KIND] = "",
    number_prefix: Annotated[str, _PREFIX] = "",
    created_from: Annotated[datetime | None, _FROM] = None,
    created_before: Annotated[datetime | None, _BEFORE] = None,
) -> DocumentPage:
    request = _list_request(
        organization_id, page_size, page_token, kind, number_prefix, created_from, created_before
    )
    return await _list_documents(backends, caller, request)


@router.get(
    "/documents",
    response_model=DocumentPage,
    summary="List every issued document (issuing agency staff only, newest first)",
    responses={404: {"description": "The caller is not the issuing agency's staff."}},
)
async def list_issued_documents(
    caller: Caller,
    backends: Backends,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    page_token: str = "",
    kind: Annotated[str, _KIND] = "",
    number_prefix: Annotated[str, _PREFIX] = "",
    created_from: Annotated[datetime | None, _FROM] = None,
    created_before: Annotated[datetime | None, _BEFORE] = None,
) -> DocumentPage:
    request = _list_request(
        "", page_size, page_token, kind, number_prefix, created_from, created_before
    )
    return await _list_documents(backends, caller, request)


@router.get(
    "/documents/{document_id}/link",
    response_model=DocumentLinkOut,
    summary="Get a short-lived pre-signed download link",
    responses={404: {"description": "Unknown document or not the caller's to see."}},
)
async def document_link(document_id: str, caller: Caller, backends: Backends) -> DocumentLinkOut:
    request = documents_pb2.GetDownloadLinkRequest(document_id=document_id)
    with rpc_errors():
        reply = await backends.documents.GetDownloadLink(request, metadata=caller)
    return DocumentLinkOut(
        url=reply.url,
        expires_at=reply.expires_at.ToDatetime(tzinfo=UTC),
        sha256=reply.sha256,
        media_type=reply.media_type,
        file_name=reply.file_name,
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
