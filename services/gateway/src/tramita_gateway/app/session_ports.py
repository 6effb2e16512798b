"""What portal login needs from the outside world: a session store and an OIDC provider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tramita_gateway.domain.session import LoginAttempt, Session, TokenSet


class SessionStore(Protocol):
    """Sessions and pending logins, kept server-side (tokens encrypted at rest)."""

    async def ping(self) -> bool: ...
    async def save_attempt(self, attempt: LoginAttempt) -> None: ...

    async def take_attempt(self, state: str) -> LoginAttempt | None:
        """Remove and return the attempt for `state`: a second call finds nothing."""
        ...

    async def add(self, session: Session) -> None: ...
    async def get(self, session_id: str) -> Session | None: ...
    async def replace(self, session: Session) -> None: ...
    async def remove(self, session_id: str) -> None: ...
    async def remove_by_keycloak_sid(self, sid: str) -> int: ...
    async def remove_by_subject(self, subject: str) -> int: ...

    async def purge_expired(self, now: datetime) -> int:
        """Delete sessions and attempts that ended before `now`."""
        ...


@dataclass(frozen=True, slots=True)
class IdentityClaims:
    """The verified claims of an ID token that a session keeps."""

    subject: str
    username: str | None
    keycloak_sid: str | None


@dataclass(frozen=True, slots=True)
class LogoutClaims:
    """The verified claims of a back-channel logout token (at least one is set)."""

    subject: str | None
    keycloak_sid: str | None


class RefreshRefused(Exception):
    """The refresh token is expired or revoked: the session is over."""


class OidcProvider(Protocol):
    """Keycloak, as an OpenID provider for the gateway's confidential client."""

    def authorization_url(
        self,
        *,
        state: str,
        nonce: str,
        code_challenge: str,
        redirect_uri: str,
        idp_hint: str | None,
    ) -> str: ...

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> TokenSet:
        """Redeem an authorization code (raises LoginRejected / ProviderUnavailable)."""
        ...

    async def refresh(self, refresh_token: str) -> TokenSet:
        """Renew the tokens (raises RefreshRefused / ProviderUnavailable)."""
        ...

    async def verify_id_token(self, id_token: str, *, nonce: str) -> IdentityClaims:
        """Check signature, issuer, audience, expiry and nonce (raises LoginRejected)."""
        ...

    async def verify_access_token(self, access_token: str) -> str:
        """Check the access token as the services will; return its subject."""
        ...

    async def verify_logout_token(self, logout_token: str) -> LogoutClaims:
        """Check a back-channel logout token (raises LoginRejected)."""
        ...

    async def end_session(self, refresh_token: str) -> None:
        """End the Keycloak session the refresh token belongs to (best effort)."""
        ...


class Clock(Protocol):
    def now(self) -> datetime: ...
