"""Portal login use cases: start a login, complete it, keep the session's tokens fresh,
log out (here or from Keycloak's back channel)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from tramita_gateway.app.session_ports import Clock, OidcProvider, RefreshRefused, SessionStore
from tramita_gateway.domain.session import (
    LoginAttempt,
    LoginRejected,
    NoSession,
    Session,
    SessionEnded,
    UnknownProvider,
    pkce_challenge,
    safe_return_to,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoginPolicy:
    """The knobs of portal login (from settings)."""

    providers: Mapping[str, str]
    attempt_ttl: timedelta = timedelta(minutes=10)
    session_max_age: timedelta = timedelta(hours=10)
    refresh_margin: timedelta = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class LoginStarted:
    """Where to send the browser, and the value that binds the login to that browser."""

    authorization_url: str
    browser_binding: str


@dataclass(frozen=True, slots=True)
class LoginCompleted:
    session: Session
    return_to: str


def new_secret() -> str:
    """A 256-bit random value, URL-safe (session ids, CSRF tokens, state, nonce)."""
    return secrets.token_urlsafe(32)


@dataclass(kw_only=True)
class PortalSessions:
    """The backend-for-frontend session logic; the browser only ever holds opaque ids."""

    store: SessionStore
    provider: OidcProvider
    clock: Clock
    policy: LoginPolicy
    _locks: weakref.WeakValueDictionary[str, asyncio.Lock] = field(
        default_factory=weakref.WeakValueDictionary, init=False, repr=False
    )

    async def begin_login(
        self,
        *,
        idp: str | None,
        return_to: str | None,
        redirect_uri: str,
        browser_binding: str | None,
    ) -> LoginStarted:
        """Remember state, PKCE verifier and nonce server-side; return Keycloak's URL."""
        if idp is not None and idp not in self.policy.providers:
            raise UnknownProvider(f"unknown identity provider {idp!r}")
        attempt = LoginAttempt(
            state=new_secret(),
            code_verifier=secrets.token_urlsafe(64),
            nonce=new_secret(),
            return_to=safe_return_to(return_to),
            browser_binding=browser_binding or new_secret(),
            redirect_uri=redirect_uri,
            expires_at=self.clock.now() + self.policy.attempt_ttl,
        )
        await self.store.purge_expired(self.clock.now())
        await self.store.save_attempt(attempt)
        url = self.provider.authorization_url(
            state=attempt.state,
            nonce=attempt.nonce,
            code_challenge=pkce_challenge(attempt.code_verifier),
            redirect_uri=redirect_uri,
            idp_hint=idp,
        )
        return LoginStarted(url, attempt.browser_binding)

    async def complete_login(
        self,
        *,
        state: str,
        code: str | None,
        error: str | None,
        browser_binding: str | None,
        previous_session_id: str | None = None,
    ) -> LoginCompleted:
        """Check the state (once), redeem the code, verify the tokens, open a session
        (replacing the browser's previous one, if any)."""
        attempt = await self.store.take_attempt(state) if state else None
        if attempt is None or attempt.expired(self.clock.now()):
            raise LoginRejected("unknown, used or expired login state", reason="INVALID_STATE")
        if browser_binding is None or not secrets.compare_digest(
            browser_binding, attempt.browser_binding
        ):
            raise LoginRejected("the login was started in another browser", reason="INVALID_STATE")
        if error or not code:
            raise LoginRejected("the identity provider refused the login", reason="LOGIN_REFUSED")
        tokens = await self.provider.exchange_code(
            code=code, code_verifier=attempt.code_verifier, redirect_uri=attempt.redirect_uri
        )
        if tokens.id_token is None:
            raise LoginRejected("no ID token in the token response", reason="INVALID_ID_TOKEN")
        identity = await self.provider.verify_id_token(tokens.id_token, nonce=attempt.nonce)
        if await self.provider.verify_access_token(tokens.access_token) != identity.subject:
            raise LoginRejected("access and ID token disagree", reason="INVALID_ACCESS_TOKEN")
        session = Session.open(
            session_id=new_secret(),
            subject=identity.subject,
            username=identity.username,
            keycloak_sid=identity.keycloak_sid,
            csrf_token=new_secret(),
            tokens=tokens,
            now=self.clock.now(),
            max_age=self.policy.session_max_age,
        )
        await self.store.add(session)
        if previous_session_id:
            await self.store.remove(previous_session_id)
        log.info("portal session opened", extra={"subject": session.subject})
        return LoginCompleted(session, attempt.return_to)

    async def find(self, session_id: str | None) -> Session:
        """Return the live session for a cookie value (no refresh)."""
        session = await self.store.get(session_id) if session_id else None
        if session is None:
            raise NoSession("no session")
        if session.expired(self.clock.now()):
            await self.store.remove(session.id)
            raise SessionEnded("the session has ended")
        return session

    async def fresh(self, session: Session) -> Session:
        """Return `session` with an access token valid beyond the margin, refreshing once
        per session however many requests ask at the same time."""
        if not session.needs_refresh(self.clock.now(), self.policy.refresh_margin):
            return session
        lock = self._locks.setdefault(session.id, asyncio.Lock())
        async with lock:
            current = await self.find(session.id)  # another request may have refreshed
            if not current.needs_refresh(self.clock.now(), self.policy.refresh_margin):
                return current
            refresh_token = current.tokens.refresh_token
            if refresh_token is None:
                await self.store.remove(current.id)
                raise SessionEnded("the session cannot be renewed")
            try:
                tokens = await self.provider.refresh(refresh_token)
            except RefreshRefused:
                await self.store.remove(current.id)
                raise SessionEnded("the identity provider ended the session") from None
            renewed = current.refreshed(tokens, max_age=self.policy.session_max_age)
            await self.store.replace(renewed)
            return renewed

    async def current(self, session_id: str | None) -> Session:
        """Return the live session with fresh tokens."""
        return await self.fresh(await self.find(session_id))

    async def logout(self, session: Session) -> None:
        """End the Keycloak session too, then forget ours (even if Keycloak is down)."""
        try:
            if session.tokens.refresh_token is not None:
                await self.provider.end_session(session.tokens.refresh_token)
        finally:
            await self.store.remove(session.id)

    async def backchannel_logout(self, logout_token: str) -> int:
        """Delete the sessions a verified Keycloak logout token names; return how many."""
        claims = await self.provider.verify_logout_token(logout_token)
        if claims.keycloak_sid is not None:
            removed = await self.store.remove_by_keycloak_sid(claims.keycloak_sid)
        else:
            assert claims.subject is not None
            removed = await self.store.remove_by_subject(claims.subject)
        log.info("back-channel logout", extra={"sessions": removed})
        return removed
