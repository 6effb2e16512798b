"""Caller identity (zero trust, ARCHITECTURE §4): JWKS-verified JWTs, the current
principal, and client-credentials tokens for service-to-service calls."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
import jwt
from pydantic import SecretStr

from tramita_platform.errors import Unauthenticated
from tramita_platform.settings import BaseServiceSettings

__all__ = [
    "ClientCredentialsTokenProvider",
    "JwksVerifier",
    "Principal",
    "TokenUnavailable",
    "TokenVerifier",
    "bind_principal",
    "current_principal",
    "current_token",
    "parse_bearer",
    "require_principal",
]

log = logging.getLogger(__name__)
type Clock = Callable[[], float]
_principal: ContextVar[Principal | None] = ContextVar("tramita_principal", default=None)
_token: ContextVar[str | None] = ContextVar("tramita_token", default=None)
_JWT_ERRORS: tuple[tuple[type[jwt.PyJWTError], str], ...] = (
    (jwt.ExpiredSignatureError, "TOKEN_EXPIRED"),
    (jwt.ImmatureSignatureError, "TOKEN_NOT_YET_VALID"),
    (jwt.InvalidAudienceError, "WRONG_AUDIENCE"),
    (jwt.InvalidIssuerError, "WRONG_ISSUER"),
    (jwt.InvalidSignatureError, "BAD_SIGNATURE"),
    (jwt.MissingRequiredClaimError, "MISSING_CLAIM"),
)


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller. `roles` holds realm roles plus the audience client's roles."""

    subject: str
    username: str | None
    roles: frozenset[str]
    audience: tuple[str, ...]
    scopes: frozenset[str]
    claims: Mapping[str, Any] = field(repr=False)
    client_roles: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    client_id: str | None = None
    act: Mapping[str, Any] | None = None
    # The organization the caller says it acts for (the `x-acting-for` call metadata, else
    # an `active_organization` claim): a claim to check with identity, not a grant.
    active_organization: Any = None

    def has_role(self, role: str) -> bool:
        """Tell whether the caller holds `role` (realm or audience-client role)."""
        return role in self.roles

    @classmethod
    def from_claims(cls, claims: Mapping[str, Any], *, audience: str) -> Principal:
        """Build a principal from verified Keycloak claims."""
        realm_roles = frozenset(claims.get("realm_access", {}).get("roles", ()))
        client_roles = {
            client: frozenset(access.get("roles", ()))
            for client, access in claims.get("resource_access", {}).items()
        }
        aud = claims.get("aud", ())
        return cls(
            subject=str(claims["sub"]),
            username=claims.get("preferred_username"),
            roles=realm_roles | client_roles.get(audience, frozenset()),
            audience=(aud,) if isinstance(aud, str) else tuple(aud),
            scopes=frozenset(str(claims.get("scope", "")).split()),
            claims=dict(claims),
            client_roles=client_roles,
            client_id=claims.get("azp"),
            act=claims.get("act"),
            active_organization=claims.get("active_organization"),
        )


def current_principal() -> Principal | None:
    """Return the caller bound to the current request, if authenticated."""
    return _principal.get()


def require_principal() -> Principal:
    """Return the current caller or raise `Unauthenticated` when there is none."""
    principal = _principal.get()
    if principal is None:
        raise Unauthenticated("no authenticated caller", reason="MISSING_TOKEN")
    return principal


def current_token() -> str | None:
    """Return the caller's raw bearer token (for forwarding on downstream calls)."""
    return _token.get()


@contextmanager
def bind_principal(principal: Principal, token: str | None) -> Iterator[Principal]:
    """Bind the caller and their token to the current context for the block."""
    principal_reset, token_reset = _principal.set(principal), _token.set(token)
    try:
        yield principal
    finally:
        _token.reset(token_reset)
        _principal.reset(principal_reset)


def parse_bearer(authorization: str | None) -> str:
    """Return the token of an `Authorization: Bearer <token>` value."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("a bearer token is required", reason="MISSING_TOKEN")
    return token.strip()


class TokenVerifier(Protocol):
    """Anything that turns a bearer token into a principal or raises `Unauthenticated`."""

    async def verify(self, token: str) -> Principal:
        """Verify `token` and return its principal."""
        ...


@dataclass(kw_only=True, slots=True)
class JwksVerifier:
    """Verify RS256/ES256 JWTs against a cached JWKS, following key rotation.

    Keys are cached for `ttl_seconds`; a token with an unknown `kid` triggers one refetch,
    at most every `min_refetch_seconds`, so forged kids cannot hammer Keycloak.
    """

    jwks_url: str
    issuer: str
    audience: str
    http: httpx.AsyncClient = field(repr=False)
    ttl_seconds: float = 300.0
    leeway_seconds: float = 30.0
    min_refetch_seconds: float = 10.0
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    clock: Clock = time.monotonic
    _keys: dict[str, jwt.PyJWK] = field(default_factory=dict, init=False, repr=False)
    _fetched_at: float = field(default=-math.inf, init=False, repr=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: BaseServiceSettings, http: httpx.AsyncClient) -> JwksVerifier:
        """Build a verifier for the realm and audience in `settings`."""
        return cls(
            jwks_url=settings.jwks_url,
            issuer=settings.issuer,
            audience=settings.token_audience,
            http=http,
            ttl_seconds=settings.jwks_cache_ttl_seconds,
        )

    async def verify(self, token: str) -> Principal:
        """Verify signature, expiry, issuer and audience; return the caller."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthenticated("malformed token", reason="MALFORMED_TOKEN") from exc
        alg = header.get("alg")
        if alg not in self.algorithms:
            raise Unauthenticated("unsupported token algorithm", reason="BAD_ALGORITHM")
        key = await self._key(header.get("kid"))
        if key.algorithm_name != alg:
            raise Unauthenticated("token algorithm does not match key", reason="BAD_ALGORITHM")
        return Principal.from_claims(self._decode(token, key, alg), audience=self.audience)

    def _decode(self, token: str, key: jwt.PyJWK, alg: str) -> dict[str, Any]:
        """Decode and check claims, translating PyJWT errors into stable reasons."""
        try:
            return jwt.decode(
                token,
                key.key,
                algorithms=[alg],
                audience=self.audience,
                issuer=self.issuer,
                leeway=self.leeway_seconds,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError as exc:
            reason = next((r for kind, r in _JWT_ERRORS if isinstance(exc, kind)), None)
            raise Unauthenticated("invalid token", reason=reason or "INVALID_TOKEN") from exc

    async def _key(self, kid: str | None) -> jwt.PyJWK:
        """Return the signing key `kid`, refreshing the cache when stale or the kid is new."""
        if kid is None:
            raise Unauthenticated("token has no key id", reason="UNKNOWN_KEY")
        await self._refresh(force=False)
        if kid not in self._keys:
            await self._refresh(force=True)
        if kid not in self._keys:
            raise Unauthenticated("token signed by an unknown key", reason="UNKNOWN_KEY")
        return self._keys[kid]

    async def _refresh(self, *, force: bool) -> None:
        """Fetch the JWKS if the cache expired, or if forced and not fetched too recently."""
        async with self._lock:
            age = self.clock() - self._fetched_at
            if age < (self.min_refetch_seconds if force else self.ttl_seconds):
                return
            try:
                response = await self.http.get(self.jwks_url)
                response.raise_for_status()
                self._keys = _parse_jwks(response.json())
            except (httpx.HTTPError, ValueError) as exc:
                log.warning("jwks fetch failed", extra={"error": type(exc).__name__})
                if not self._keys:
                    raise Unauthenticated(
                        "signing keys unavailable", reason="KEYS_UNAVAILABLE"
                    ) from exc
                # Keep the stale keys, but try again after the refetch interval, not the TTL.
                self._fetched_at = self.clock() - self.ttl_seconds + self.min_refetch_seconds
                return
            self._fetched_at = self.clock()


def _parse_jwks(document: Mapping[str, Any]) -> dict[str, jwt.PyJWK]:
    """Return the usable signature keys of a JWKS document by kid (skips encryption keys)."""
    keys: dict[str, jwt.PyJWK] = {}
    for jwk in document.get("keys", ()):
        if jwk.get("use", "sig") != "sig" or "kid" not in jwk:
            continue
        try:
            keys[jwk["kid"]] = jwt.PyJWK(jwk)
        except jwt.PyJWTError:
            continue
    return keys


class TokenUnavailable(RuntimeError):
    """The service's own access token could not be obtained from Keycloak."""


@dataclass(kw_only=True, slots=True)
class ClientCredentialsTokenProvider:
    """Obtain and cache this service's access token (OAuth2 client credentials)."""

    token_url: str
    client_id: str
    client_secret: SecretStr = field(repr=False)
    http: httpx.AsyncClient = field(repr=False)
    refresh_margin_seconds: float = 30.0
    clock: Clock = time.monotonic
    _token: str | None = field(default=None, init=False, repr=False)
    _expires_at: float = field(default=-math.inf, init=False, repr=False)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    @classmethod
    def from_settings(
        cls, settings: BaseServiceSettings, http: httpx.AsyncClient
    ) -> ClientCredentialsTokenProvider:
        """Build a provider for the service account in `settings`."""
        return cls(
            token_url=settings.token_url,
            client_id=settings.service_client_id,
            client_secret=settings.service_client_secret,
            http=http,
        )

    async def token(self) -> str:
        """Return a valid access token, fetching a new one shortly before expiry."""
        async with self._lock:
            if (
                self._token is None
                or self.clock() >= self._expires_at - self.refresh_margin_seconds
            ):
                await self._fetch()
            assert self._token is not None
            return self._token

    async def _fetch(self) -> None:
        """Request a new token from the token endpoint."""
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret.get_secret_value(),
        }
        try:
            response = await self.http.post(self.token_url, data=form)
            response.raise_for_status()
            body = response.json()
            token, expires_in = str(body["access_token"]), float(body.get("expires_in", 60))
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            raise TokenUnavailable(f"token request failed: {type(exc).__name__}") from exc
        self._token, self._expires_at = token, self.clock() + expires_in
