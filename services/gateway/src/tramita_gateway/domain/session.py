"""Portal login sessions (ARCHITECTURE §4, backend-for-frontend): the pending login
(state, PKCE verifier, nonce), the server-side session holding the tokens, and the rules
on return addresses and CSRF tokens. Standard library only."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

__all__ = [
    "CsrfRejected",
    "LoginAttempt",
    "LoginError",
    "LoginRejected",
    "NoSession",
    "OpenRedirectRefused",
    "ProviderUnavailable",
    "Session",
    "SessionEnded",
    "TokenSet",
    "UnknownProvider",
    "check_csrf",
    "pkce_challenge",
    "safe_return_to",
]


class LoginError(Exception):
    """Base of the portal login errors; the HTTP edge maps them through one table."""

    reason = "LOGIN_ERROR"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or type(self).reason


class OpenRedirectRefused(LoginError):
    """`return_to` is not a same-origin relative path."""

    reason = "OPEN_REDIRECT"


class UnknownProvider(LoginError):
    """The requested identity provider is not offered on the login page."""

    reason = "UNKNOWN_PROVIDER"


class LoginRejected(LoginError):
    """The callback cannot complete a login (state, code, tokens or nonce are wrong)."""

    reason = "LOGIN_REJECTED"


class NoSession(LoginError):
    """No live session for the presented cookie."""

    reason = "NO_SESSION"


class SessionEnded(LoginError):
    """The session existed but ended (expired, refresh refused, logged out elsewhere)."""

    reason = "SESSION_ENDED"


class CsrfRejected(LoginError):
    """A cookie-authenticated mutation without the matching CSRF token."""

    reason = "CSRF_TOKEN_MISMATCH"


class ProviderUnavailable(LoginError):
    """Keycloak could not be reached or answered with a server error."""

    reason = "IDENTITY_PROVIDER_UNAVAILABLE"


def safe_return_to(value: str | None) -> str:
    """Return `value` if it is a same-origin relative path ("/..."), else refuse it.

    Browsers treat "//host", "/\\host" and paths with control characters as other origins.
    """
    if not value:
        return "/"
    if (
        not value.startswith("/")
        or value.startswith(("//", "/\\"))
        or "\\" in value
        or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value)
        or len(value) > 2048
    ):
        raise OpenRedirectRefused("return_to must be a relative path on this site")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        raise OpenRedirectRefused("return_to must be a relative path on this site")
    return value


def pkce_challenge(verifier: str) -> str:
    """Return the S256 code challenge of a PKCE verifier (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def check_csrf(*, expected: str, cookie: str | None, header: str | None) -> None:
    """Double-submit check: the header must equal the cookie and the session's token."""
    if not header or not cookie:
        raise CsrfRejected("the X-CSRF-Token header is required", reason="CSRF_TOKEN_MISSING")
    if not (hmac.compare_digest(header, cookie) and hmac.compare_digest(header, expected)):
        raise CsrfRejected("the CSRF token does not match")


@dataclass(frozen=True, slots=True)
class LoginAttempt:
    """A login started at /auth/login and not yet completed; used at most once."""

    state: str
    code_verifier: str
    nonce: str
    return_to: str
    browser_binding: str
    redirect_uri: str
    expires_at: datetime

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


@dataclass(frozen=True, slots=True)
class TokenSet:
    """What Keycloak's token endpoint returned, with absolute expiry times."""

    access_token: str
    refresh_token: str | None
    id_token: str | None
    access_expires_at: datetime
    refresh_expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class Session:
    """A logged-in browser. Its id is the cookie value; the tokens never leave the server."""

    id: str
    subject: str
    username: str | None
    keycloak_sid: str | None
    csrf_token: str
    tokens: TokenSet
    created_at: datetime
    expires_at: datetime

    @classmethod
    def open(
        cls,
        *,
        session_id: str,
        subject: str,
        username: str | None,
        keycloak_sid: str | None,
        csrf_token: str,
        tokens: TokenSet,
        now: datetime,
        max_age: timedelta,
    ) -> Session:
        """Start a session; it ends with the refresh token or after `max_age`, first wins."""
        return cls(
            id=session_id,
            subject=subject,
            username=username,
            keycloak_sid=keycloak_sid,
            csrf_token=csrf_token,
            tokens=tokens,
            created_at=now,
            expires_at=_end(now + max_age, tokens),
        )

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at

    def needs_refresh(self, now: datetime, margin: timedelta) -> bool:
        """Tell whether the access token expires within `margin`."""
        return self.tokens.access_expires_at - margin <= now

    def refreshed(self, tokens: TokenSet, *, max_age: timedelta) -> Session:
        """Return the session with new tokens (Keycloak may omit an unchanged id token)."""
        merged = replace(
            tokens,
            refresh_token=tokens.refresh_token or self.tokens.refresh_token,
            id_token=tokens.id_token or self.tokens.id_token,
        )
        return replace(self, tokens=merged, expires_at=_end(self.created_at + max_age, merged))


def _end(cap: datetime, tokens: TokenSet) -> datetime:
    """The earlier of the absolute cap and the end of what the tokens can still renew."""
    if tokens.refresh_token is None:
        return min(cap, tokens.access_expires_at)
    if tokens.refresh_expires_at is None:  # offline-style refresh token: no expiry of its own
        return cap
    return min(cap, tokens.refresh_expires_at)
