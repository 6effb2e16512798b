"""Competent authorities, invitations and self-registration (registry service).

Coordinator routes act for the entity named by the `Acting-Entity-Id` header (checked by
the registry against the caller's token). The self-registration routes are public: the
visitor holds a registration code, no token; the gateway calls the registry with its own
service account for them. Mutations accept an `Idempotency-Key`.
"""

from typing import Annotated, Any, Literal

import httpx
from fastapi import APIRouter, Body, Depends, Header, Query, Request, Response
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from tramita.common.v1 import pagination_pb2
from tramita.registry.v1 import authority_pb2, invitation_pb2, registry_pb2
from tramita_platform.auth import ClientCredentialsTokenProvider
from tramita_platform.errors import FieldViolation, InvalidArgument
from tramita_platform.grpc_client import rpc_errors
from tramita_platform.http import idempotency_key

from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.entrypoints.registry_schemas import (
    AdminRoleName,
    AreaGrantIn,
    AuthorityOut,
    AuthorityPage,
    AuthorityProfileIO,
    BulkEditIn,
    EntityStatusName,
    InvitationChangesIn,
    InvitationIdsIn,
    InvitationIn,
    InvitationList,
    InvitationOut,
    InvitationOutcomeOut,
    InvitationPage,
    InvitationStatusName,
    InvitationSummaryOut,
    InvitedAreaIO,
    RegisterAuthorityIn,
    RegistrationCodeIn,
    ReleaseDayIn,
    SelfRegistrationIn,
    SelfRegistrationOut,
    SendOutcomeOut,
    ValidateAuthorityIn,
)
from tramita_gateway.settings import GatewaySettings

router = APIRouter(prefix="/api/v1")
PageSize = Annotated[int, Query(ge=1, le=100)]
Key = Annotated[str | None, Depends(idempotency_key)]
ActingEntity = Annotated[
    str,
    Header(
        alias="Acting-Entity-Id",
        max_length=36,
        description="The entity the caller acts for (a coordinator, for invitations).",
    ),
]
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMATS = {
    "csv": registry_pb2.SPREADSHEET_FORMAT_CSV,
    "xlsx": registry_pb2.SPREADSHEET_FORMAT_XLSX,
}
_PREFIXES = (
    "ADMINISTRATIVE_ROLE_",
    "CONTENT_ROLE_",
    "ENTITY_STATUS_",
    "ACCESS_STATUS_",
    "INVITATION_STATUS_",
    "INVITATION_REJECTION_",
)


# -- the public channel --------------------------------------------------------------------


async def public_metadata(request: Request) -> tuple[tuple[str, str], ...]:
    """The gateway's own service token (client credentials of `tramita-gateway`), for calls
    made on behalf of visitors without a token. One provider per app, shared with the other
    public routes (`app.state.portal_tokens`)."""
    tokens = getattr(request.app.state, "portal_tokens", None)
    if tokens is None:
        settings = GatewaySettings()
        tokens = ClientCredentialsTokenProvider.from_settings(
            settings, httpx.AsyncClient(timeout=5.0)
        )
        request.app.state.portal_tokens = tokens
    return (("authorization", f"Bearer {await tokens.token()}"),)


Public = Annotated[tuple[tuple[str, str], ...], Depends(public_metadata)]


# -- proto <-> JSON --------------------------------------------------------------------------


def _name(value: Any) -> Any:
    if isinstance(value, str):
        for prefix in _PREFIXES:
            if value.startswith(prefix):
                return value.removeprefix(prefix)
    return value


def _plain(value: Any) -> Any:
    """Enum names without their prefix, recursively; UNSPECIFIED becomes absent."""
    if isinstance(value, dict):
        cleaned = {k: _plain(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v != "UNSPECIFIED"}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return _name(value)


def _dict(message: Message) -> dict[str, Any]:
    return _plain(MessageToDict(message, preserving_proto_field_name=True))


def _authority(message: authority_pb2.Authority) -> AuthorityOut:
    return AuthorityOut.model_validate(_dict(message))


def _invitation(message: invitation_pb2.Invitation) -> InvitationOut:
    return InvitationOut.model_validate(_dict(message))


def _enum(enum: Any, prefix: str, name: str | None) -> int:
    return enum.Value(prefix + name) if name else 0


def _profile(body: AuthorityProfileIO) -> authority_pb2.AuthorityProfile:
    return authority_pb2.AuthorityProfile(**body.model_dump())


def _area_grant(area: AreaGrantIn) -> authority_pb2.AreaGrant:
    return authority_pb2.AreaGrant(
        area=area.area,
        role=_enum(authority_pb2.AdministrativeRole, "ADMINISTRATIVE_ROLE_", area.role),
        keywords=area.keywords,
        workflows=[
            authority_pb2.WorkflowGrant(
                workflow=w.workflow,
                content_role=_enum(authority_pb2.ContentRole, "CONTENT_ROLE_", w.content_role),
                alert_mailbox=w.alert_mailbox,
                flags=w.flags,
                privileged_coordinator_ids=w.privileged_coordinator_ids,
            )
            for w in area.workflows
        ],
    )


def _areas(areas: list[InvitedAreaIO] | None) -> list[invitation_pb2.InvitedArea]:
    return [invitation_pb2.InvitedArea(area=a.area, workflows=a.workflows) for a in areas or []]


def _page(size: int, token: str) -> pagination_pb2.PageRequest:
    return pagination_pb2.PageRequest(page_size=size, page_token=token)


# -- authorities -----------------------------------------------------------------------------


@router.post("/authorities", status_code=201, response_model=AuthorityOut)
async def register_authority(
    body: RegisterAuthorityIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> AuthorityOut:
    """Register an active entity (a platform administrator registers a NIMIC)."""
    request = registry_pb2.RegisterAuthorityRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        profile=_profile(body.profile),
        country=body.country,
        region=body.region,
        horizontal_role=_enum(
            authority_pb2.AdministrativeRole, "ADMINISTRATIVE_ROLE_", body.horizontal_role
        ),
        areas=[_area_grant(a) for a in body.areas],
    )
    with rpc_errors():
        reply = await backends.registry.RegisterAuthority(request, metadata=caller)
    return _authority(reply.authority)


@router.get("/authorities/{entity_id}", response_model=AuthorityOut)
async def get_authority(
    entity_id: str, caller: Caller, backends: Backends, acting: ActingEntity = ""
) -> AuthorityOut:
    request = registry_pb2.GetAuthorityRequest(acting_entity_id=acting, entity_id=entity_id)
    with rpc_errors():
        reply = await backends.registry.GetAuthority(request, metadata=caller)
    return _authority(reply.authority)


@router.get("/authorities", response_model=AuthorityPage)
async def list_authorities(
    caller: Caller,
    backends: Backends,
    country: Annotated[str, Query(max_length=2)] = "",
    role: AdminRoleName | None = None,
    status: EntityStatusName | None = None,
    competence: Annotated[str, Query(max_length=20, description="NACE code or policy area")] = "",
    name: Annotated[str, Query(max_length=250)] = "",
    page_size: PageSize = 20,
    page_token: str = "",
    acting: ActingEntity = "",
) -> AuthorityPage:
    criteria = registry_pb2.AuthorityFilter(
        country=country,
        role=_enum(authority_pb2.AdministrativeRole, "ADMINISTRATIVE_ROLE_", role),
        status=_enum(authority_pb2.EntityStatus, "ENTITY_STATUS_", status),
        competence=competence,
        name=name,
    )
    request = registry_pb2.ListAuthoritiesRequest(
        acting_entity_id=acting, filter=criteria, page=_page(page_size, page_token)
    )
    with rpc_errors():
        reply = await backends.registry.ListAuthorities(request, metadata=caller)
    return AuthorityPage(
        items=[_authority(a) for a in reply.authorities],
        next_page_token=reply.page.next_page_token or None,
    )


@router.post("/authorities/{entity_id}/validate", response_model=AuthorityOut)
async def validate_authority(
    entity_id: str,
    body: ValidateAuthorityIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> AuthorityOut:
    """The validating coordinator validates a self-registration (with its privileged
    coordinators and flags)."""
    request = registry_pb2.ValidateAuthorityRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        entity_id=entity_id,
        expected_version=body.expected_version,
        workflows=[registry_pb2.WorkflowSettings(**w.model_dump()) for w in body.workflows],
    )
    with rpc_errors():
        reply = await backends.registry.ValidateAuthority(request, metadata=caller)
    return _authority(reply.authority)


# -- invitations -----------------------------------------------------------------------------


@router.post("/invitations", status_code=201, response_model=InvitationOut)
async def create_invitation(
    body: InvitationIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> InvitationOut:
    """A draft; a duplicate e-mail (an entity's or an open invitation's) is 409."""
    request = registry_pb2.CreateInvitationRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        draft=invitation_pb2.InvitationDraft(
            email=body.email,
            display_name=body.display_name,
            areas=_areas(body.areas),
            message=body.message,
        ),
    )
    with rpc_errors():
        reply = await backends.registry.CreateInvitation(request, metadata=caller)
    return _invitation(reply.invitation)


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "description": "The filled-in template (GET /api/v1/invitations/template), at most "
        "2 MiB and 1000 rows.",
        "content": {
            "text/csv": {"schema": {"type": "string", "format": "binary"}},
            XLSX: {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


@router.post(
    "/invitations/upload",
    status_code=201,
    response_model=InvitationList,
    openapi_extra=_UPLOAD_BODY,
)
async def upload_invitations(
    request: Request,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
    file_format: Annotated[
        Literal["csv", "xlsx"] | None, Query(alias="format", description="Default: by content")
    ] = None,
) -> InvitationList:
    """Drafts from a spreadsheet (name and e-mail, no workflow until edited). All rows or
    none: bad rows are 422 with one violation per problem ("rows[3].email")."""
    content = await request.body()
    if len(content) > MAX_UPLOAD_BYTES:
        raise InvalidArgument([FieldViolation("file", "max_size", "at most 2 MiB")])
    wanted = file_format or ("xlsx" if request.headers.get("content-type") == XLSX else "")
    message = registry_pb2.UploadInvitationsRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        content=content,
        format=_FORMATS.get(wanted, 0),
    )
    with rpc_errors():
        reply = await backends.registry.UploadInvitations(message, metadata=caller)
    return InvitationList(items=[_invitation(i) for i in reply.invitations])


@router.get(
    "/invitations/template",
    response_class=Response,
    responses={
        200: {
            "description": "The spreadsheet template.",
            "content": {XLSX: {}, "text/csv": {}},
        }
    },
)
async def invitation_template(
    caller: Caller,
    backends: Backends,
    file_format: Annotated[Literal["csv", "xlsx"], Query(alias="format")] = "xlsx",
) -> Response:
    request = registry_pb2.GetInvitationTemplateRequest(format=_FORMATS[file_format])
    with rpc_errors():
        reply = await backends.registry.GetInvitationTemplate(request, metadata=caller)
    return Response(
        content=reply.content,
        media_type=reply.media_type,
        headers={"Content-Disposition": f'attachment; filename="{reply.filename}"'},
    )


@router.get("/invitations", response_model=InvitationPage)
async def list_invitations(
    caller: Caller,
    backends: Backends,
    status: InvitationStatusName | None = None,
    inviting_entity_id: Annotated[
        str, Query(max_length=36, description="Platform administrators: one entity's.")
    ] = "",
    page_size: PageSize = 20,
    page_token: str = "",
    acting: ActingEntity = "",
) -> InvitationPage:
    """Newest first: the acting entity's, or (platform administrators) everyone's."""
    request = registry_pb2.ListInvitationsRequest(
        acting_entity_id=acting,
        status=_enum(invitation_pb2.InvitationStatus, "INVITATION_STATUS_", status),
        inviting_entity_id=inviting_entity_id,
        page=_page(page_size, page_token),
    )
    with rpc_errors():
        reply = await backends.registry.ListInvitations(request, metadata=caller)
    return InvitationPage(
        items=[_invitation(i) for i in reply.invitations],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get("/invitations/{invitation_id}", response_model=InvitationOut)
async def get_invitation(
    invitation_id: str, caller: Caller, backends: Backends, acting: ActingEntity = ""
) -> InvitationOut:
    request = registry_pb2.GetInvitationRequest(
        acting_entity_id=acting, invitation_id=invitation_id
    )
    with rpc_errors():
        reply = await backends.registry.GetInvitation(request, metadata=caller)
    return _invitation(reply.invitation)


async def _update(
    backends, caller, acting: str, key: str | None, ids: list[str], changes: dict[str, Any]
) -> list[InvitationOut]:
    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        raise InvalidArgument([FieldViolation("body", "required", "change at least one field")])
    draft = invitation_pb2.InvitationDraft(
        email=given.get("email", ""),
        display_name=given.get("display_name", ""),
        areas=_areas([InvitedAreaIO.model_validate(a) for a in given.get("areas", [])]),
        message=given.get("message", ""),
    )
    request = registry_pb2.UpdateInvitationsRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        invitation_ids=ids,
        changes=draft,
        update_mask=FieldMask(paths=sorted(given)),
    )
    with rpc_errors():
        reply = await backends.registry.UpdateInvitations(request, metadata=caller)
    return [_invitation(i) for i in reply.invitations]


@router.patch("/invitations/{invitation_id}", response_model=InvitationOut)
async def edit_invitation(
    invitation_id: str,
    body: InvitationChangesIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> InvitationOut:
    """Edit a draft or a rejected invitation (which becomes a draft again)."""
    changes = body.model_dump(exclude_unset=True)
    [changed] = await _update(backends, caller, acting, key, [invitation_id], changes)
    return changed


@router.post("/invitations/bulk-edit", response_model=InvitationList)
async def bulk_edit_invitations(
    body: BulkEditIn, caller: Caller, backends: Backends, key: Key = None, acting: ActingEntity = ""
) -> InvitationList:
    changes = body.model_dump(exclude_unset=True, exclude={"invitation_ids"})
    items = await _update(backends, caller, acting, key, body.invitation_ids, changes)
    return InvitationList(items=items)


@router.post("/invitations/send", response_model=SendOutcomeOut)
async def send_invitations(
    body: InvitationIdsIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> SendOutcomeOut:
    """Confirm sending: each is queued (out the night of the day if before 10:00, else the
    next business day's), rejected with its reason, or blocked (more than 100 that day)."""
    request = registry_pb2.SendInvitationsRequest(
        acting_entity_id=acting, idempotency_key=key or "", invitation_ids=body.invitation_ids
    )
    with rpc_errors():
        reply = await backends.registry.SendInvitations(request, metadata=caller)
    return SendOutcomeOut(
        sent=reply.sent,
        rejected=reply.rejected,
        blocked=reply.blocked,
        outcomes=[
            InvitationOutcomeOut(invitation=_invitation(o.invitation), reason=o.reason)
            for o in reply.outcomes
        ],
    )


@router.post("/invitations/{invitation_id}/cancel", response_model=InvitationOut)
async def cancel_invitation(
    invitation_id: str,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
    expected_version: Annotated[int, Body(embed=True, ge=0)] = 0,
) -> InvitationOut:
    """Withdraw an invitation awaiting registration or expired; its code dies."""
    request = registry_pb2.CancelInvitationRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        invitation_id=invitation_id,
        expected_version=expected_version,
    )
    with rpc_errors():
        reply = await backends.registry.CancelInvitation(request, metadata=caller)
    return _invitation(reply.invitation)


@router.post("/invitations/{invitation_id}/reissue", response_model=InvitationOut)
async def reissue_invitation(
    invitation_id: str,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
    expected_version: Annotated[int, Body(embed=True, ge=0)] = 0,
) -> InvitationOut:
    """A new code and fresh validity, queued like a confirmation; the old code dies."""
    request = registry_pb2.ReissueInvitationRequest(
        acting_entity_id=acting,
        idempotency_key=key or "",
        invitation_id=invitation_id,
        expected_version=expected_version,
    )
    with rpc_errors():
        reply = await backends.registry.ReissueInvitation(request, metadata=caller)
    return _invitation(reply.invitation)


@router.delete("/invitations/{invitation_id}", status_code=204, response_class=Response)
async def delete_invitation(
    invitation_id: str,
    caller: Caller,
    backends: Backends,
    key: Key = None,
    acting: ActingEntity = "",
) -> Response:
    """Delete a draft, a rejected or a cancelled invitation."""
    request = registry_pb2.DeleteInvitationRequest(
        acting_entity_id=acting, idempotency_key=key or "", invitation_id=invitation_id
    )
    with rpc_errors():
        await backends.registry.DeleteInvitation(request, metadata=caller)
    return Response(status_code=204)


@router.post("/invitations/release-day", response_model=InvitationList)
async def release_invitation_day(
    body: ReleaseDayIn, caller: Caller, backends: Backends, key: Key = None
) -> InvitationList:
    """Platform administrators: release a blocked day; its invitations go out that night."""
    request = registry_pb2.ReleaseInvitationDayRequest(
        idempotency_key=key or "",
        inviting_entity_id=body.inviting_entity_id,
        day=body.day.isoformat(),
    )
    with rpc_errors():
        reply = await backends.registry.ReleaseInvitationDay(request, metadata=caller)
    return InvitationList(items=[_invitation(i) for i in reply.invitations])


# -- self-registration (public: no token) ------------------------------------------------------


@router.post("/public/registration-code", response_model=InvitationSummaryOut)
async def check_registration_code(
    body: RegistrationCodeIn, public: Public, backends: Backends
) -> InvitationSummaryOut:
    """What a registration code invites to. Unknown or replaced: 404
    REGISTRATION_CODE_INVALID; expired, used or withdrawn: 409 REGISTRATION_CODE_*."""
    request = registry_pb2.CheckRegistrationCodeRequest(registration_code=body.registration_code)
    with rpc_errors():
        reply = await backends.registry.CheckRegistrationCode(request, metadata=public)
    return InvitationSummaryOut.model_validate(_dict(reply.invitation))


@router.post("/public/self-registration", status_code=201, response_model=SelfRegistrationOut)
async def self_register(
    body: SelfRegistrationIn, public: Public, backends: Backends, key: Key = None
) -> SelfRegistrationOut:
    """Register the invited entity with the code (single use). The answer names the first
    user's username: save or print it, it is shown only here."""
    request = registry_pb2.SelfRegisterRequest(
        registration_code=body.registration_code,
        idempotency_key=key or "",
        profile=_profile(body.profile),
        region=body.region,
        areas=[invitation_pb2.AreaKeywords(area=a.area, keywords=a.keywords) for a in body.areas],
        first_user=invitation_pb2.FirstUser(**body.first_user.model_dump()),
    )
    with rpc_errors():
        reply = await backends.registry.SelfRegister(request, metadata=public)
    return SelfRegistrationOut.model_validate(_dict(reply.summary))
