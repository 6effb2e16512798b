"""Companies the caller acts for: bonds, members, delegations, history, capabilities.

The identity service is the authority; companies are named by their tax key
("BR:CNPJ:27491536000103"), and a company the caller has no bond with is not found.
"""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2 as pb
from tramita_platform.grpc_client import rpc_errors
from tramita_platform.http import idempotency_key

from tramita_gateway.entrypoints.company_schemas import (
    BondOut,
    BondPage,
    CapabilitiesOut,
    DelegationIn,
    DelegationOut,
    DelegationPage,
    HistoryPage,
    MyOrganizationPage,
    PersonRefIn,
    UnlinkOut,
)
from tramita_gateway.entrypoints.deps import Backends, Caller

router = APIRouter(prefix="/api/v1")
PageSize = Annotated[int, Query(ge=1, le=100)]
Key = Annotated[str | None, Depends(idempotency_key)]


def _page(size: int, token: str) -> pagination_pb2.PageRequest:
    return pagination_pb2.PageRequest(page_size=size, page_token=token)


def _dict(message: Message) -> dict[str, Any]:
    return MessageToDict(message, preserving_proto_field_name=True)


def _bond(message: pb.Bond) -> BondOut:
    fields = _dict(message)
    provenance = fields.pop("provenance", {})
    return BondOut(**fields, **provenance)


def _person(ref: PersonRefIn) -> pb.PersonRef:
    if ref.person_id:
        return pb.PersonRef(person_id=ref.person_id)
    return pb.PersonRef(national_id=ref.national_id)


@router.get("/me/organizations", response_model=MyOrganizationPage)
async def my_organizations(
    caller: Caller, backends: Backends, page_size: PageSize = 20, page_token: str = ""
) -> MyOrganizationPage:
    request = pb.ListMyOrganizationsRequest(page=_page(page_size, page_token))
    with rpc_errors():
        reply = await backends.identity.ListMyOrganizations(request, metadata=caller)
    items = [
        {**_dict(o), "bonds": [_bond(b) for b in o.bonds], "process_types": list(o.process_types)}
        for o in reply.organizations
    ]
    return MyOrganizationPage(items=items, next_page_token=reply.page.next_page_token or None)


@router.get("/companies/{organization_id}/capabilities", response_model=CapabilitiesOut)
async def capabilities(organization_id: str, caller: Caller, backends: Backends):
    request = pb.GetCapabilitiesRequest(organization_id=organization_id)
    with rpc_errors():
        reply = await backends.identity.GetCapabilities(request, metadata=caller)
    return CapabilitiesOut(
        organization_id=reply.organization_id,
        role=reply.role,
        process_types=list(reply.process_types),
        delegations=[DelegationOut(**_dict(d)) for d in reply.delegations],
        notice=reply.notice,
    )


@router.get("/companies/{organization_id}/bonds", response_model=BondPage)
async def bonds(
    organization_id: str,
    caller: Caller,
    backends: Backends,
    page_size: PageSize = 20,
    page_token: str = "",
) -> BondPage:
    request = pb.ListOrganizationBondsRequest(
        organization_id=organization_id, page=_page(page_size, page_token)
    )
    with rpc_errors():
        reply = await backends.identity.ListOrganizationBonds(request, metadata=caller)
    return BondPage(
        items=[_bond(b) for b in reply.bonds], next_page_token=reply.page.next_page_token or None
    )


@router.post("/companies/{organization_id}/members", status_code=201, response_model=BondOut)
async def link_member(
    organization_id: str, body: PersonRefIn, caller: Caller, backends: Backends, key: Key = None
) -> BondOut:
    request = pb.LinkMemberRequest(
        organization_id=organization_id, member=_person(body), idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.LinkMember(request, metadata=caller)
    return _bond(reply.bond)


@router.post("/companies/{organization_id}/members/unlink", response_model=UnlinkOut)
async def unlink_member(
    organization_id: str, body: PersonRefIn, caller: Caller, backends: Backends, key: Key = None
) -> UnlinkOut:
    request = pb.UnlinkMemberRequest(
        organization_id=organization_id, member=_person(body), idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.UnlinkMember(request, metadata=caller)
    return UnlinkOut(
        bond=_bond(reply.bond), revoked_delegation_ids=list(reply.revoked_delegation_ids)
    )


@router.post(
    "/companies/{organization_id}/delegations", status_code=201, response_model=DelegationOut
)
async def grant_delegation(
    organization_id: str, body: DelegationIn, caller: Caller, backends: Backends, key: Key = None
) -> DelegationOut:
    request = pb.GrantDelegationRequest(
        organization_id=organization_id,
        member=_person(body.member),
        process_types=body.process_types,
        idempotency_key=key or "",
    )
    if body.expires_at is not None:
        request.expires_at.CopyFrom(_timestamp(body.expires_at))
    with rpc_errors():
        reply = await backends.identity.GrantDelegation(request, metadata=caller)
    return DelegationOut(**_dict(reply.delegation))


@router.post(
    "/companies/{organization_id}/delegations/{delegation_id}/revoke",
    response_model=DelegationOut,
)
async def revoke_delegation(
    organization_id: str, delegation_id: str, caller: Caller, backends: Backends, key: Key = None
) -> DelegationOut:
    request = pb.RevokeDelegationRequest(
        organization_id=organization_id, delegation_id=delegation_id, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.RevokeDelegation(request, metadata=caller)
    return DelegationOut(**_dict(reply.delegation))


@router.post(
    "/companies/{organization_id}/delegations/{delegation_id}/renounce",
    response_model=DelegationOut,
)
async def renounce_delegation(
    organization_id: str, delegation_id: str, caller: Caller, backends: Backends, key: Key = None
) -> DelegationOut:
    request = pb.RenounceDelegationRequest(
        organization_id=organization_id, delegation_id=delegation_id, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.RenounceDelegation(request, metadata=caller)
    return DelegationOut(**_dict(reply.delegation))


@router.get("/companies/{organization_id}/delegations", response_model=DelegationPage)
async def list_delegations(
    organization_id: str,
    caller: Caller,
    backends: Backends,
    include_ended: bool = False,
    page_size: PageSize = 20,
    page_token: str = "",
) -> DelegationPage:
    request = pb.ListDelegationsRequest(
        organization_id=organization_id,
        include_ended=include_ended,
        page=_page(page_size, page_token),
    )
    with rpc_errors():
        reply = await backends.identity.ListDelegations(request, metadata=caller)
    return DelegationPage(
        items=[DelegationOut(**_dict(d)) for d in reply.delegations],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get("/companies/{organization_id}/history", response_model=HistoryPage)
async def history(
    organization_id: str,
    caller: Caller,
    backends: Backends,
    page_size: PageSize = 50,
    page_token: str = "",
) -> HistoryPage:
    request = pb.ListRepresentationHistoryRequest(
        organization_id=organization_id, page=_page(page_size, page_token)
    )
    with rpc_errors():
        reply = await backends.identity.ListRepresentationHistory(request, metadata=caller)
    return HistoryPage(
        items=[_dict(e) for e in reply.entries], next_page_token=reply.page.next_page_token or None
    )


def _timestamp(moment: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(moment)
    return stamp
