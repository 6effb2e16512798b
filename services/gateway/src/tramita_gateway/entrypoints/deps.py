"""Dependencies of the HTTP routes: the verified caller and the service stubs."""

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import APIKeyCookie
from tramita_platform.auth import parse_bearer

from tramita_gateway.app.backends import Services
from tramita_gateway.app.sessions import PortalSessions
from tramita_gateway.domain.session import Session, check_csrf
from tramita_gateway.entrypoints.session_cookies import (
    CSRF_COOKIE,
    CSRF_HEADER,
    SAFE_METHODS,
    SESSION_COOKIE,
)

ACTING_FOR_HEADER = "X-Acting-For"
ACTING_FOR_METADATA = "x-acting-for"

session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    scheme_name="portalSession",
    description="Portal session set by /auth/callback. Mutating requests authenticated by "
    f"it must echo the `{CSRF_COOKIE}` cookie in the `{CSRF_HEADER}` header.",
    auto_error=False,
)


def portal(request: Request) -> PortalSessions:
    return request.app.state.portal


async def cookie_session(request: Request, session_id: str | None) -> Session:
    """The caller's portal session, CSRF-checked on mutations, with a fresh access token."""
    sessions = portal(request)
    session = await sessions.find(session_id)
    if request.method not in SAFE_METHODS:
        check_csrf(
            expected=session.csrf_token,
            cookie=request.cookies.get(CSRF_COOKIE),
            header=request.headers.get(CSRF_HEADER),
        )
    return await sessions.fresh(session)


async def caller_metadata(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    session_id: Annotated[str | None, Depends(session_cookie)] = None,
    acting_for: Annotated[
        str | None,
        Header(
            alias=ACTING_FOR_HEADER,
            max_length=64,
            description="The company to act for on this request, by tax key (e.g. "
            '"BR:CNPJ:27491536000103"); identity checks the bond. Without it, the company '
            "chosen with PUT /api/v1/me/acting-for.",
        ),
    ] = None,
) -> tuple[tuple[str, str], ...]:
    """Verify the caller's token here too (zero trust) and forward it to the services.

    A bearer token wins; without one, the portal session cookie supplies the token. An
    `X-Acting-For` header travels as the metadata `x-acting-for` (docs/adr/0008).
    """
    if authorization is not None or session_id is None:
        token = parse_bearer(authorization)
    else:
        token = (await cookie_session(request, session_id)).tokens.access_token
    await request.app.state.verifier.verify(token)
    metadata = (("authorization", f"Bearer {token}"),)
    if acting_for and acting_for.strip():
        metadata += ((ACTING_FOR_METADATA, acting_for.strip()),)
    return metadata


def services(request: Request) -> Services:
    return request.app.state.services


Caller = Annotated[tuple[tuple[str, str], ...], Depends(caller_metadata)]
Backends = Annotated[Services, Depends(services)]
Portal = Annotated[PortalSessions, Depends(portal)]
