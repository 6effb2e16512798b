"""Access requests to the restricted portal (seed 002; journey 8) and users of competent
authorities (003 §3.2, §4.2). The identity service is the authority on both.

The form and the e-mail validation are public: the gateway hands them to identity with
its own service account (client credentials of `tramita-gateway`). Everything else acts
with the caller's token (bearer or portal session): staff decide on requests; local data
administrators (or their coordinators, or platform administrators) manage an entity's
users, and anyone else does not learn that the entity has users.
"""

import html
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any
from urllib.parse import quote

import httpx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from pydantic import SecretStr
from tramita.common.v1 import pagination_pb2
from tramita.identity.v1 import identity_pb2 as pb
from tramita_platform.auth import ClientCredentialsTokenProvider
from tramita_platform.errors import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
)
from tramita_platform.grpc_client import rpc_errors
from tramita_platform.http import idempotency_key

from tramita_gateway.entrypoints.access_schemas import (
    ACCESS_REQUEST_FORM,
    AccessRequestOut,
    AccessRequestPage,
    AccessRequestSubmitted,
    AuthorityUserIn,
    AuthorityUserOut,
    AuthorityUserPage,
    PasswordResetOut,
    ProfilesIn,
    RegisteredUserOut,
    RejectIn,
    UserProfileIn,
    ValidatedOut,
    ValidateIn,
)
from tramita_gateway.entrypoints.deps import Backends, Caller
from tramita_gateway.settings import GatewaySettings

router = APIRouter(prefix="/api/v1")
PageSize = Annotated[int, Query(ge=1, le=100)]
Key = Annotated[str | None, Depends(idempotency_key)]
# The largest form accepted: a 5 MB proof plus the text fields and multipart framing.
MAX_FORM_BYTES = 6 * 1024 * 1024
TEXT_FIELDS = ("name", "email", "phone", "organization", "role", "reason", "language")
CHANNELS = {
    "": pb.FIRST_LOGIN_CHANNEL_UNSPECIFIED,
    "email": pb.FIRST_LOGIN_CHANNEL_EMAIL,
    "sms": pb.FIRST_LOGIN_CHANNEL_SMS,
}


# ------------------------------------------------------------------------ public calls


async def portal_metadata(request: Request) -> tuple[tuple[str, str], ...]:
    """The gateway's own service token, for calls made on behalf of anonymous visitors."""
    tokens = getattr(request.app.state, "portal_tokens", None)
    if tokens is None:
        settings = GatewaySettings()
        tokens = ClientCredentialsTokenProvider(
            token_url=settings.token_url,
            client_id=settings.service_client_id,
            client_secret=SecretStr(settings.service_client_secret.get_secret_value()),
            http=httpx.AsyncClient(timeout=5.0),
        )
        request.app.state.portal_tokens = tokens
    return (("authorization", f"Bearer {await tokens.token()}"),)


Portal = Annotated[tuple[tuple[str, str], ...], Depends(portal_metadata)]


class Part:
    """One part of a multipart/form-data body."""

    def __init__(self, name: str, filename: str | None, content_type: str, data: bytes) -> None:
        self.name, self.filename, self.content_type, self.data = name, filename, content_type, data

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def _param(header: str, name: str) -> str | None:
    found = re.search(rf'(?:^|;)\s*{name}="((?:[^"\\]|\\.)*)"', header, re.IGNORECASE)
    if found:
        return found.group(1).replace('\\"', '"')
    bare = re.search(rf"(?:^|;)\s*{name}=([^;\s]+)", header, re.IGNORECASE)
    return bare.group(1) if bare else None


def parse_multipart(body: bytes, content_type: str) -> dict[str, Part]:
    """The parts of a multipart/form-data body by field name (RFC 7578); the first part
    of a repeated name wins."""
    boundary = _param(content_type, "boundary")
    if not content_type.lower().startswith("multipart/form-data") or not boundary:
        raise _form_error("the body must be multipart/form-data with a boundary")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    sections = (b"\r\n" + body).split(delimiter)
    parts: dict[str, Part] = {}
    for section in sections[1:]:
        if section.startswith(b"--"):
            return parts
        head, separator, data = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            raise _form_error("a part has no headers")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = _param(disposition, "name")
        if name is None:
            raise _form_error("a part has no field name")
        filename = _param(disposition, "filename")
        parts.setdefault(name, Part(name, filename, headers.get("content-type", ""), data))
    raise _form_error("the body does not end with the closing boundary")


def _form_error(description: str) -> InvalidArgument:
    return InvalidArgument([FieldViolation("body", "multipart", description)], description)


async def _read_body(request: Request) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            description = f"the form is larger than {MAX_FORM_BYTES // (1024 * 1024)} MB"
            raise InvalidArgument([FieldViolation("proof", "max_size", description)], description)
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/access-requests",
    status_code=201,
    response_model=AccessRequestSubmitted,
    summary="Request access to the restricted portal (public)",
    description="Submit the whole form at once (no partial save): multipart/form-data with "
    "the fields below and the proof document (PDF, at most 5 MB). A link to confirm the "
    "e-mail address is sent to it. 422 lists every broken field rule; 409 when a request "
    "for the same address is still pending.",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"multipart/form-data": {"schema": ACCESS_REQUEST_FORM}},
        }
    },
)
async def submit_access_request(
    request: Request, portal: Portal, backends: Backends, key: Key = None
) -> AccessRequestSubmitted:
    form = parse_multipart(await _read_body(request), request.headers.get("content-type", ""))
    values = {name: form[name].text.strip() if name in form else "" for name in TEXT_FIELDS}
    channel = (
        form["first_login_channel"].text.strip().lower() if "first_login_channel" in form else ""
    )
    if channel not in CHANNELS:
        raise InvalidArgument(
            [FieldViolation("first_login_channel", "one_of", 'must be "email" or "sms"')]
        )
    proof = form.get("proof")
    message = pb.SubmitAccessRequestRequest(
        application=pb.AccessApplication(
            name=values["name"],
            email=values["email"],
            phone=values["phone"],
            organization=values["organization"],
            role=values["role"],
            reason=values["reason"],
            first_login_channel=CHANNELS[channel],
            preferred_language=values["language"],
        ),
        proof=pb.ProofUpload(
            filename=(proof.filename or "") if proof else "",
            media_type=proof.content_type if proof else "",
            content=proof.data if proof else b"",
        ),
        idempotency_key=key or "",
    )
    with rpc_errors():
        reply = await backends.identity.SubmitAccessRequest(message, metadata=portal)
    return AccessRequestSubmitted(
        access_request_id=reply.access_request_id,
        state=reply.state,
        validation_expires_at=_time(reply, "validation_expires_at"),
    )


@router.post(
    "/access-requests/validate",
    response_model=ValidatedOut,
    summary="Confirm the applicant's e-mail address (public)",
    description="The token of the e-mailed link; it works once. 404 for an unknown token, "
    "409 when it was used already or expired.",
)
async def validate_email(
    body: ValidateIn, portal: Portal, backends: Backends, key: Key = None
) -> ValidatedOut:
    message = pb.ValidateAccessRequestEmailRequest(token=body.token, idempotency_key=key or "")
    with rpc_errors():
        reply = await backends.identity.ValidateAccessRequestEmail(message, metadata=portal)
    return ValidatedOut(access_request_id=reply.access_request_id, state=reply.state)


_PAGE = """<!doctype html><html lang="pt"><head><meta charset="utf-8">
<title>Tramita</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>"""


@router.get(
    "/access-requests/validate",
    response_class=HTMLResponse,
    summary="The e-mailed link: confirm the address and show the outcome (public)",
    responses={
        200: {"content": {"text/html": {}}, "description": "Confirmed (or confirmed before)."},
        404: {"content": {"text/html": {}}, "description": "Unknown link."},
        409: {"content": {"text/html": {}}, "description": "The link expired."},
    },
)
async def follow_validation_link(
    portal: Portal, backends: Backends, token: Annotated[str, Query(max_length=200)] = ""
) -> HTMLResponse:
    message = pb.ValidateAccessRequestEmailRequest(token=token)
    try:
        with rpc_errors():
            await backends.identity.ValidateAccessRequestEmail(message, metadata=portal)
    except FailedPrecondition as refused:
        if refused.state == "expired":
            return _html(409, "Link expired", "This link has expired: please submit a new request.")
        return _html(200, "Address confirmed", "Your e-mail address was confirmed already.")
    except (NotFound, InvalidArgument):
        return _html(404, "Unknown link", "This link is not valid. Check that you copied it whole.")
    return _html(
        200,
        "Address confirmed",
        "Thank you: your e-mail address is confirmed. Our staff will review your request "
        "and e-mail you the outcome.",
    )


def _html(status: int, title: str, text: str) -> HTMLResponse:
    page = _PAGE.format(title=html.escape(title), text=html.escape(text))
    return HTMLResponse(page, status_code=status)


# ------------------------------------------------------------------------------- staff


@router.get(
    "/access-requests",
    response_model=AccessRequestPage,
    summary="Access requests awaiting a decision (staff)",
    description="By default the requests whose address is confirmed, oldest first. Every "
    "read of an applicant's data is audited.",
)
async def list_access_requests(
    caller: Caller,
    backends: Backends,
    state: Annotated[str, Query(max_length=20)] = "email_validated",
    page_size: PageSize = 20,
    page_token: str = "",
) -> AccessRequestPage:
    message = pb.ListAccessRequestsRequest(
        state=state, page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token)
    )
    with rpc_errors():
        reply = await backends.identity.ListAccessRequests(message, metadata=caller)
    return AccessRequestPage(
        items=[_access_request(r) for r in reply.access_requests],
        next_page_token=reply.page.next_page_token or None,
    )


@router.get(
    "/access-requests/{access_request_id}/proof",
    response_class=StreamingResponse,
    summary="Download the proof document (staff)",
    responses={200: {"content": {"application/pdf": {}}, "description": "The PDF."}},
)
async def download_proof(
    access_request_id: str, caller: Caller, backends: Backends
) -> StreamingResponse:
    message = pb.GetAccessRequestProofRequest(access_request_id=access_request_id)
    chunks = aiter(backends.identity.GetAccessRequestProof(message, metadata=caller))
    with rpc_errors():
        first = await anext(chunks)

    async def body() -> AsyncIterator[bytes]:
        yield first.chunk
        async for part in chunks:
            yield part.chunk

    proof = first.proof
    headers = {
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(proof.filename)}",
        "Content-Length": str(proof.size),
        "X-Content-SHA256": proof.sha256,
    }
    return StreamingResponse(body(), media_type=proof.media_type, headers=headers)


@router.post(
    "/access-requests/{access_request_id}/approve",
    response_model=AccessRequestOut,
    summary="Approve: create the account and e-mail its set-password link (staff)",
    description="The account's username is the e-mail address; its first login asks a "
    "one-time code on the channel the applicant chose. 409 when the request is not awaiting "
    "a decision or an account already holds the address.",
)
async def approve(
    access_request_id: str, caller: Caller, backends: Backends, key: Key = None
) -> AccessRequestOut:
    message = pb.ApproveAccessRequestRequest(
        access_request_id=access_request_id, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.ApproveAccessRequest(message, metadata=caller)
    return _access_request(reply.access_request)


@router.post(
    "/access-requests/{access_request_id}/reject",
    response_model=AccessRequestOut,
    summary="Reject with a reason, told to the applicant by e-mail (staff)",
)
async def reject(
    access_request_id: str, body: RejectIn, caller: Caller, backends: Backends, key: Key = None
) -> AccessRequestOut:
    message = pb.RejectAccessRequestRequest(
        access_request_id=access_request_id, reason=body.reason, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.RejectAccessRequest(message, metadata=caller)
    return _access_request(reply.access_request)


# --------------------------------------------------------------------- authority users


@router.get(
    "/entities/{entity_id}/users",
    response_model=AuthorityUserPage,
    summary="The entity's users (its local data administrators, coordinators, admins)",
)
async def list_users(
    entity_id: str,
    caller: Caller,
    backends: Backends,
    include_deactivated: bool = False,
    page_size: PageSize = 20,
    page_token: str = "",
) -> AuthorityUserPage:
    message = pb.ListAuthorityUsersRequest(
        entity_id=entity_id,
        include_deactivated=include_deactivated,
        page=pagination_pb2.PageRequest(page_size=page_size, page_token=page_token),
    )
    with rpc_errors():
        reply = await backends.identity.ListAuthorityUsers(message, metadata=caller)
    return AuthorityUserPage(
        items=[_user(u) for u in reply.users], next_page_token=reply.page.next_page_token or None
    )


@router.post(
    "/entities/{entity_id}/users",
    status_code=201,
    response_model=RegisteredUserOut,
    summary="Register a user: generated username, temporary password e-mailed to the user",
    description="The entity's first user becomes its local data administrator with every "
    "profile of its workflows. The username is shown here only: tell it to the user by "
    "other means.",
)
async def register_user(
    entity_id: str, body: AuthorityUserIn, caller: Caller, backends: Backends, key: Key = None
) -> RegisteredUserOut:
    message = pb.RegisterAuthorityUserRequest(
        entity_id=entity_id,
        first_name=body.first_name,
        surname=body.surname,
        email=body.email,
        phone=body.phone,
        preferred_language=body.preferred_language,
        profiles=_profiles(body.profiles),
        idempotency_key=key or "",
    )
    with rpc_errors():
        reply = await backends.identity.RegisterAuthorityUser(message, metadata=caller)
    return RegisteredUserOut(
        user=_user(reply.user),
        first_user=reply.first_user,
        temporary_password_expires_at=_time(reply, "temporary_password_expires_at"),
    )


@router.get(
    "/entities/{entity_id}/users/{user_id}",
    response_model=AuthorityUserOut,
    summary="One user of the entity",
)
async def get_user(
    entity_id: str, user_id: str, caller: Caller, backends: Backends
) -> AuthorityUserOut:
    message = pb.GetAuthorityUserRequest(entity_id=entity_id, user_id=user_id)
    with rpc_errors():
        reply = await backends.identity.GetAuthorityUser(message, metadata=caller)
    return _user(reply.user)


@router.put(
    "/entities/{entity_id}/users/{user_id}/profiles",
    response_model=AuthorityUserOut,
    summary="Replace a user's profiles",
    description="409 when the entity would be left without a profile it must keep, or "
    "when expected_version is stale.",
)
async def change_profiles(
    entity_id: str,
    user_id: str,
    body: ProfilesIn,
    caller: Caller,
    backends: Backends,
    key: Key = None,
) -> AuthorityUserOut:
    message = pb.ChangeAuthorityUserProfilesRequest(
        entity_id=entity_id,
        user_id=user_id,
        profiles=_profiles(body.profiles),
        expected_version=body.expected_version,
        idempotency_key=key or "",
    )
    with rpc_errors():
        reply = await backends.identity.ChangeAuthorityUserProfiles(message, metadata=caller)
    return _user(reply.user)


@router.post(
    "/entities/{entity_id}/users/{user_id}/deactivate",
    response_model=AuthorityUserOut,
    summary="Deactivate a user for good",
)
async def deactivate_user(
    entity_id: str, user_id: str, caller: Caller, backends: Backends, key: Key = None
) -> AuthorityUserOut:
    message = pb.DeactivateAuthorityUserRequest(
        entity_id=entity_id, user_id=user_id, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.DeactivateAuthorityUser(message, metadata=caller)
    return _user(reply.user)


@router.post(
    "/entities/{entity_id}/users/{user_id}/password-reset",
    response_model=PasswordResetOut,
    summary="Reset a user's password: a new temporary one is e-mailed to the user",
    description="Nobody resets their own password: the only local data administrator of an "
    "entity is reset by its coordinator.",
)
async def reset_password(
    entity_id: str, user_id: str, caller: Caller, backends: Backends, key: Key = None
) -> PasswordResetOut:
    message = pb.ResetAuthorityUserPasswordRequest(
        entity_id=entity_id, user_id=user_id, idempotency_key=key or ""
    )
    with rpc_errors():
        reply = await backends.identity.ResetAuthorityUserPassword(message, metadata=caller)
    return PasswordResetOut(
        user_id=reply.user_id,
        temporary_password_expires_at=_time(reply, "temporary_password_expires_at"),
    )


# ----------------------------------------------------------------------------- mapping


def _dict(message: Message) -> dict[str, Any]:
    return MessageToDict(message, preserving_proto_field_name=True)


def _time(message: Message, field: str):
    return getattr(message, field).ToDatetime() if message.HasField(field) else None


def _access_request(message: pb.AccessRequest) -> AccessRequestOut:
    fields = _dict(message)
    application = fields.pop("application", {})
    channel = message.application.first_login_channel
    application["first_login_channel"] = "sms" if channel == pb.FIRST_LOGIN_CHANNEL_SMS else "email"
    return AccessRequestOut(
        **{k: v for k, v in fields.items() if k != "proof"},
        application=application,
        proof=_dict(message.proof) | {"size": message.proof.size},
    )


def _user(message: pb.AuthorityUser) -> AuthorityUserOut:
    fields = _dict(message)
    fields["profiles"] = [
        UserProfileIn(workflow=p.workflow, profile=p.profile) for p in message.profiles
    ]
    fields["version"] = message.version
    return AuthorityUserOut(**fields)


def _profiles(profiles: list[UserProfileIn]) -> list[pb.UserProfile]:
    return [pb.UserProfile(workflow=p.workflow, profile=p.profile) for p in profiles]
