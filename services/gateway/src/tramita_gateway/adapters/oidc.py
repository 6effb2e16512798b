"""Keycloak as the gateway's OpenID provider: authorization URL, token endpoint
(authorization code + PKCE, refresh), logout, and JWKS-verified ID and logout tokens."""

from __future__ import annotations

import asyncio
import hmac
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
from tramita_platform.auth import TokenVerifier
from tramita_platform.errors import Unauthenticated

from tramita_gateway.app.session_ports import (
    Clock,
    IdentityClaims,
    LogoutClaims,
    RefreshRefused,
)
from tramita_gateway.domain.session import LoginRejected, ProviderUnavailable, TokenSet

log = logging.getLogger(__name__)
BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout"
_ALGORITHMS = ("RS256", "ES256")


@dataclass(kw_only=True)
class SigningKeys:
    """The realm's JWKS, cached; an unknown kid refetches at most every `min_refetch`."""

    jwks_url: str
    http: httpx.AsyncClient = field(repr=False)
    ttl_seconds: float = 300.0
    min_refetch_seconds: float = 10.0
    monotonic: Callable[[], float] = time.monotonic
    _keys: dict[str, jwt.PyJWK] = field(default_factory=dict, init=False, repr=False)
    _fetched_at: float = field(default=-math.inf, init=False, repr=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    async def key(self, kid: str | None) -> jwt.PyJWK | None:
        if kid is None:
            return None
        await self._refresh(self.ttl_seconds)
        if kid not in self._keys:
            await self._refresh(self.min_refetch_seconds)
        return self._keys.get(kid)

    async def _refresh(self, max_age: float) -> None:
        async with self._lock:
            if self.monotonic() - self._fetched_at < max_age:
                return
            try:
                reply = await self.http.get(self.jwks_url)
                reply.raise_for_status()
                document = reply.json()
            except (httpx.HTTPError, ValueError) as exc:
                log.warning("jwks fetch failed", extra={"error": type(exc).__name__})
                return
            keys = {}
            for jwk in document.get("keys", ()):
                if jwk.get("use", "sig") == "sig" and "kid" in jwk:
                    try:
                        keys[jwk["kid"]] = jwt.PyJWK(jwk)
                    except jwt.PyJWTError:
                        continue
            self._keys, self._fetched_at = keys, self.monotonic()


@dataclass(kw_only=True)
class KeycloakOidc:
    """The gateway's confidential client (client_secret_post) on one Keycloak realm."""

    issuer: str
    client_id: str
    client_secret: str = field(repr=False)
    http: httpx.AsyncClient = field(repr=False)
    access_verifier: TokenVerifier
    keys: SigningKeys
    clock: Clock
    browser_issuer: str = ""  # the realm URL as browsers reach it, when it differs
    leeway: timedelta = timedelta(seconds=30)

    def _endpoint(self, name: str, *, browser: bool = False) -> str:
        base = (self.browser_issuer or self.issuer) if browser else self.issuer
        return f"{base.rstrip('/')}/protocol/openid-connect/{name}"

    def authorization_url(
        self,
        *,
        state: str,
        nonce: str,
        code_challenge: str,
        redirect_uri: str,
        idp_hint: str | None,
    ) -> str:
        query = {
            "client_id": self.client_id,
            "response_type": "code",
            "scope": "openid",
            "redirect_uri": redirect_uri,
            "state": state,
            "nonce": nonce,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
        }
        if idp_hint:
            query["kc_idp_hint"] = idp_hint
        return f"{self._endpoint('auth', browser=True)}?{urlencode(query)}"

    async def exchange_code(self, *, code: str, code_verifier: str, redirect_uri: str) -> TokenSet:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": code_verifier,
            "redirect_uri": redirect_uri,
        }
        reply = await self._post("token", form)
        if reply.status_code in (400, 401):
            raise LoginRejected("the authorization code was refused", reason="CODE_REFUSED")
        return self._token_set(reply)

    async def refresh(self, refresh_token: str) -> TokenSet:
        reply = await self._post(
            "token", {"grant_type": "refresh_token", "refresh_token": refresh_token}
        )
        if reply.status_code in (400, 401):
            raise RefreshRefused(_oauth_error(reply))
        return self._token_set(reply)

    async def end_session(self, refresh_token: str) -> None:
        """Keycloak's non-browser logout: ends the SSO session and revokes its tokens."""
        try:
            reply = await self._post("logout", {"refresh_token": refresh_token})
        except ProviderUnavailable:
            log.warning("keycloak logout failed: unreachable")
            return
        if reply.status_code not in (200, 204):
            log.warning("keycloak logout refused", extra={"error": _oauth_error(reply)})

    async def verify_access_token(self, access_token: str) -> str:
        try:
            return (await self.access_verifier.verify(access_token)).subject
        except Unauthenticated as exc:
            raise LoginRejected("invalid access token", reason="INVALID_ACCESS_TOKEN") from exc

    async def verify_id_token(self, id_token: str, *, nonce: str) -> IdentityClaims:
        claims = await self._decode(id_token, require=("exp", "iat", "sub"), what="ID_TOKEN")
        if not isinstance(claims.get("nonce"), str) or not _same(claims["nonce"], nonce):
            raise LoginRejected("the ID token's nonce does not match", reason="NONCE_MISMATCH")
        aud = claims["aud"]
        if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != self.client_id:
            raise LoginRejected("ID token issued to another client", reason="INVALID_ID_TOKEN")
        return IdentityClaims(
            subject=str(claims["sub"]),
            username=claims.get("preferred_username"),
            keycloak_sid=claims.get("sid"),
        )

    async def verify_logout_token(self, logout_token: str) -> LogoutClaims:
        """OpenID Connect Back-Channel Logout 1.0 §2.6."""
        claims = await self._decode(logout_token, require=("iat", "jti"), what="LOGOUT_TOKEN")
        events = claims.get("events")
        if not isinstance(events, Mapping) or BACKCHANNEL_LOGOUT_EVENT not in events:
            raise LoginRejected("not a logout token", reason="INVALID_LOGOUT_TOKEN")
        if "nonce" in claims:
            raise LoginRejected("a logout token carries no nonce", reason="INVALID_LOGOUT_TOKEN")
        sub, sid = claims.get("sub"), claims.get("sid")
        if not sub and not sid:
            raise LoginRejected("logout token names no one", reason="INVALID_LOGOUT_TOKEN")
        return LogoutClaims(subject=sub or None, keycloak_sid=sid or None)

    async def _decode(self, token: str, *, require: tuple[str, ...], what: str) -> dict[str, Any]:
        """Verify signature, issuer and audience (our client id); expiry on our clock."""
        reason = f"INVALID_{what}"
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise LoginRejected("malformed token", reason=reason) from exc
        alg = header.get("alg")
        key = await self.keys.key(header.get("kid"))
        if alg not in _ALGORITHMS or key is None or key.algorithm_name != alg:
            raise LoginRejected("token signed by an unknown key", reason=reason)
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[alg],
                audience=self.client_id,
                issuer=self.issuer,
                options={"require": ["iss", "aud", *require], "verify_exp": False},
            )
        except jwt.PyJWTError as exc:
            raise LoginRejected("invalid token", reason=reason) from exc
        now = self.clock.now().timestamp()
        slack = self.leeway.total_seconds()
        if "exp" in claims and float(claims["exp"]) + slack <= now:
            raise LoginRejected("token expired", reason=reason)
        if float(claims["iat"]) - slack > now:
            raise LoginRejected("token issued in the future", reason=reason)
        return claims

    async def _post(self, endpoint: str, form: dict[str, str]) -> httpx.Response:
        form = {**form, "client_id": self.client_id, "client_secret": self.client_secret}
        try:
            reply = await self.http.post(self._endpoint(endpoint), data=form)
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(f"keycloak unreachable: {type(exc).__name__}") from exc
        if reply.status_code >= 500:
            raise ProviderUnavailable(f"keycloak answered {reply.status_code}")
        return reply

    def _token_set(self, reply: httpx.Response) -> TokenSet:
        if reply.status_code != 200:
            raise ProviderUnavailable(f"unexpected token endpoint status {reply.status_code}")
        try:
            body = reply.json()
            access = str(body["access_token"])
            expires_in = float(body.get("expires_in", 60))
            refresh_in = float(body.get("refresh_expires_in", 0))
        except (ValueError, KeyError, TypeError) as exc:
            raise ProviderUnavailable("malformed token response") from exc
        now = self.clock.now()
        return TokenSet(
            access_token=access,
            refresh_token=body.get("refresh_token"),
            id_token=body.get("id_token"),
            access_expires_at=now + timedelta(seconds=expires_in),
            refresh_expires_at=now + timedelta(seconds=refresh_in) if refresh_in > 0 else None,
        )


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _oauth_error(reply: httpx.Response) -> str:
    """The OAuth `error` code of a refused request (never the description: may echo input)."""
    try:
        return str(reply.json().get("error", reply.status_code))
    except ValueError:
        return str(reply.status_code)
