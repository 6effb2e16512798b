"""Portal login (backend-for-frontend): authorization code + PKCE with Keycloak, the
tokens kept server-side, the browser holding only HttpOnly session and CSRF cookies."""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field
from tramita_platform.errors import (
    ErrorMap,
    FieldViolation,
    InvalidArgument,
    PermissionDenied,
    PlatformError,
    Unauthenticated,
    Unavailable,
)

from tramita_gateway.domain.session import (
    CsrfRejected,
    LoginRejected,
    NoSession,
    OpenRedirectRefused,
    ProviderUnavailable,
    SessionEnded,
    UnknownProvider,
    check_csrf,
)
from tramita_gateway.entrypoints.deps import Portal, session_cookie
from tramita_gateway.entrypoints.session_cookies import (
    CSRF_COOKIE,
    CSRF_HEADER,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    clear_cookies,
    set_login_cookie,
    set_session_cookies,
)

router = APIRouter(prefix="/auth", tags=["auth"])
SessionCookie = Annotated[str | None, Depends(session_cookie)]
_MAX_FORM_BYTES = 64 * 1024


class ProviderOut(BaseModel):
    alias: str = Field(description="Keycloak alias; pass it as `idp` to /auth/login.")
    name: str = Field(description="Name to show on the login button.")


class ProvidersOut(BaseModel):
    providers: list[ProviderOut]


class SessionOut(BaseModel):
    subject: str
    username: str | None
    expires_at: datetime = Field(description="When the session ends at the latest.")


def _invalid(field: str, rule: str) -> Callable[[Exception], PlatformError]:
    return lambda exc: InvalidArgument([FieldViolation(field, rule, str(exc))])


def _as(kind: type[PlatformError]) -> Callable[[Exception], PlatformError]:
    return lambda exc: kind(str(exc), reason=getattr(exc, "reason", None))


AUTH_ERRORS = ErrorMap(
    {
        OpenRedirectRefused: _invalid("return_to", "same_origin_path"),
        UnknownProvider: _invalid("idp", "known_provider"),
        LoginRejected: _as(Unauthenticated),
        NoSession: _as(Unauthenticated),
        SessionEnded: _as(Unauthenticated),
        CsrfRejected: _as(PermissionDenied),
        ProviderUnavailable: _as(Unavailable),
    }
)


def _redirect_uri(request: Request) -> str:
    public_url: str = request.app.state.public_url
    if public_url:
        return f"{public_url.rstrip('/')}/auth/callback"
    return str(request.url_for("auth_callback"))


@router.get("/providers", response_model=ProvidersOut)
async def list_providers(portal: Portal) -> ProvidersOut:
    """The national identity providers the login page offers."""
    return ProvidersOut(
        providers=[ProviderOut(alias=a, name=n) for a, n in portal.policy.providers.items()]
    )


@router.get(
    "/login",
    response_class=RedirectResponse,
    status_code=302,
    responses={302: {"description": "To Keycloak's login page."}},
)
async def login(
    request: Request,
    portal: Portal,
    idp: Annotated[str | None, Query(description="Go straight to this IdP.")] = None,
    return_to: Annotated[str, Query(description="Relative path to land on.")] = "/",
) -> RedirectResponse:
    """Start an authorization-code + PKCE (S256) login at Keycloak."""
    started = await portal.begin_login(
        idp=idp,
        return_to=return_to,
        redirect_uri=_redirect_uri(request),
        browser_binding=request.cookies.get(LOGIN_COOKIE),
    )
    response = RedirectResponse(started.authorization_url, status_code=302)
    response.headers["Cache-Control"] = "no-store"
    ttl = int(portal.policy.attempt_ttl.total_seconds())
    set_login_cookie(response, binding=started.browser_binding, max_age=ttl)
    return response


@router.get(
    "/callback",
    name="auth_callback",
    response_class=RedirectResponse,
    status_code=302,
    responses={302: {"description": "Logged in: to `return_to`, with the session cookies."}},
)
async def callback(
    request: Request,
    portal: Portal,
    state: str = "",
    code: str | None = None,
    error: str | None = None,
) -> RedirectResponse:
    """Keycloak's redirect back: redeem the code, open the session, set the cookies."""
    done = await portal.complete_login(
        state=state,
        code=code,
        error=error,
        browser_binding=request.cookies.get(LOGIN_COOKIE),
        previous_session_id=request.cookies.get(SESSION_COOKIE),
    )
    response = RedirectResponse(done.return_to, status_code=302)
    response.headers["Cache-Control"] = "no-store"
    clear_cookies(response, LOGIN_COOKIE)
    set_session_cookies(response, session_id=done.session.id, csrf_token=done.session.csrf_token)
    return response


@router.get(
    "/session", response_model=SessionOut, responses={401: {"description": "No live session."}}
)
async def who_is_logged_in(portal: Portal, session_id: SessionCookie) -> SessionOut:
    """The logged-in person of this browser, or 401."""
    session = await portal.current(session_id)
    return SessionOut(
        subject=session.subject, username=session.username, expires_at=session.expires_at
    )


@router.post("/logout", status_code=204, responses={403: {"description": "CSRF check failed."}})
async def logout(request: Request, portal: Portal, session_id: SessionCookie) -> Response:
    """End the session here and at Keycloak; needs the CSRF header."""
    response = Response(status_code=204)
    try:
        session = await portal.find(session_id)
    except (NoSession, SessionEnded):
        clear_cookies(response)
        return response
    check_csrf(
        expected=session.csrf_token,
        cookie=request.cookies.get(CSRF_COOKIE),
        header=request.headers.get(CSRF_HEADER),
    )
    await portal.logout(session)
    clear_cookies(response)
    return response


@router.post(
    "/backchannel-logout",
    responses={
        200: {"description": "The sessions of the logout token are gone."},
        400: {"description": "Invalid logout token."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "required": ["logout_token"],
                        "properties": {"logout_token": {"type": "string"}},
                    }
                }
            },
        }
    },
)
async def backchannel_logout(request: Request, portal: Portal) -> Response:
    """OpenID Connect Back-Channel Logout: Keycloak says a session ended there."""
    headers = {"Cache-Control": "no-store"}
    body = await request.body()
    token = parse_qs(body[:_MAX_FORM_BYTES].decode("latin-1")).get("logout_token", [""])[0]
    if not token or len(body) > _MAX_FORM_BYTES:
        return JSONResponse({"error": "invalid_request"}, status_code=400, headers=headers)
    try:
        await portal.backchannel_logout(token)
    except LoginRejected:
        return JSONResponse({"error": "invalid_request"}, status_code=400, headers=headers)
    return Response(status_code=200, headers=headers)
