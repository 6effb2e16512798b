"""The caller's consents, active company and welcome screen (PRODUCT §3.1, §3.2; seed 001).

Identity is the authority: it records consents, checks every active-company choice
against the representation ledger and answers WhoAmI with `acts_for`. The gateway only
forwards; `X-Acting-For: <tax key>` names the company for one request (docs/adr/0008).

The alert e-mail is not shown: notifications offers SetAlertAddress but no way to read
the address in use yet.
"""

import logging
from typing import Annotated, Any

import grpc
from fastapi import APIRouter, Query
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2 as pb
from tramita.notifications.v1 import notifications_pb2
from tramita_platform.grpc_client import rpc_errors

from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.entrypoints.me_schemas import (
    ActingForIn,
    ActsForOut,
    ConsentIn,
    ConsentOut,
    ConsentsOut,
    ConsentStatusOut,
    WelcomeOut,
)

router = APIRouter(prefix="/api/v1/me", tags=["me"])
log = logging.getLogger(__name__)
PageSize = Annotated[int, Query(ge=1, le=100)]


def _dict(message: Message) -> dict[str, Any]:
    return MessageToDict(
        message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )


def _consent(message: pb.Consent) -> ConsentOut:
    return ConsentOut(**_dict(message))


def _status(message: pb.ConsentStatus) -> ConsentStatusOut:
    fields = _dict(message)
    fields["current"] = _consent(message.current) if message.HasField("current") else None
    return ConsentStatusOut(**fields)


def _acts_for(message: pb.ActsFor) -> ActsForOut:
    return ActsForOut(**_dict(message))


@router.get("/consents", response_model=ConsentsOut)
async def list_consents(
    caller: Caller,
    backends: Backends,
    service: str = "tramita-portal",
    page_size: PageSize = 20,
    page_token: str = "",
) -> ConsentsOut:
    """The consent screen's content for `service` and the caller's consent history."""
    page = pagination_pb2.PageRequest(page_size=page_size, page_token=page_token)
    with rpc_errors():
        status = await backends.identity.GetConsentStatus(
            pb.GetConsentStatusRequest(service=service), metadata=caller
        )
        history = await backends.identity.ListConsents(
            pb.ListConsentsRequest(page=page), metadata=caller
        )
    return ConsentsOut(
        status=_status(status.status),
        items=[_consent(c) for c in history.consents],
        next_page_token=history.page.next_page_token or None,
    )


@router.post("/consents", status_code=201, response_model=ConsentOut)
async def give_consent(body: ConsentIn, caller: Caller, backends: Backends) -> ConsentOut:
    """Record the consent to the items listed, under the text version shown."""
    request = pb.GiveConsentRequest(
        service=body.service, items=body.items, text_version=body.text_version
    )
    with rpc_errors():
        reply = await backends.identity.GiveConsent(request, metadata=caller)
    return _consent(reply.consent)


@router.post("/consents/{consent_id}/withdraw", response_model=ConsentOut)
async def withdraw_consent(consent_id: str, caller: Caller, backends: Backends) -> ConsentOut:
    """Withdraw a consent (recorded, never deleted); company actions stop at once."""
    with rpc_errors():
        reply = await backends.identity.WithdrawConsent(
            pb.WithdrawConsentRequest(consent_id=consent_id), metadata=caller
        )
    return _consent(reply.consent)


@router.put("/acting-for", response_model=ActsForOut | None)
async def set_acting_for(
    body: ActingForIn, caller: Caller, backends: Backends
) -> ActsForOut | None:
    """Switch the company the caller acts for, without logging in again (404 without a
    bond with it); an empty organization_id clears the choice."""
    with rpc_errors():
        reply = await backends.identity.SetActingFor(
            pb.SetActingForRequest(organization_id=body.organization_id), metadata=caller
        )
    return _acts_for(reply.acts_for) if reply.HasField("acts_for") else None


@router.get("/welcome", response_model=WelcomeOut)
async def welcome(caller: Caller, backends: Backends) -> WelcomeOut:
    """Seed 001 step 9: the active company, what the caller may start there, the pending
    notices; or the consent screen's content while consent is required."""
    with rpc_errors():
        me = await backends.identity.WhoAmI(pb.WhoAmIRequest(), metadata=caller)
        mine = await backends.identity.ListMyOrganizations(
            pb.ListMyOrganizationsRequest(page=pagination_pb2.PageRequest(page_size=100)),
            metadata=caller,
        )
    acting = _acts_for(me.acts_for) if me.HasField("acts_for") else None
    organizations = [
        ActsForOut(
            organization_id=o.organization_id,
            actor_person_id=me.subject,
            role=o.role,
            process_types=list(o.process_types),
            source="chosen" if acting and acting.organization_id == o.organization_id else "",
        )
        for o in mine.organizations
    ]
    return WelcomeOut(
        subject=me.subject,
        username=me.username,
        consent_required=me.consent_required,
        consent=_status(me.consent) if me.HasField("consent") else None,
        acting_for=acting,
        organizations=organizations,
        message=_message(me.consent_required, acting, len(organizations)),
        processes_i_can_start=list(acting.process_types) if acting else [],
        pending_notices=await _unread(backends, caller),
    )


def _message(consent_required: bool, acting: ActsForOut | None, companies: int) -> str:
    if consent_required:
        return "Consent to the use of your personal data to continue."
    if acting is None:
        if companies:
            return "Choose the company you act for."
        return "You do not act for any company yet."
    company = acting.organization_id
    if acting.role == "legal_representative":
        return f"You act for the company {company} as its legal representative."
    if acting.process_types:
        return f"You were delegated to open processes for the company {company}."
    return (
        f"You are a member of the company {company}, but no process has been delegated to "
        "you: ask a legal representative of the company to delegate the processes you need."
    )


async def _unread(backends: Backends, caller: tuple[tuple[str, str], ...]) -> int | None:
    """The unread notices; the welcome still answers when notifications does not."""
    try:
        reply = await backends.notifications.CountUnread(
            notifications_pb2.CountUnreadRequest(), metadata=caller
        )
    except grpc.aio.AioRpcError as exc:
        log.warning("unread notices unavailable", extra={"code": exc.code().name})
        return None
    return reply.unread
