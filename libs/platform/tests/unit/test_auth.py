"""JwksVerifier against a real JWKS endpoint; client-credentials token caching."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm
from tramita_platform.auth import (
    JwksVerifier,
)
from tramita_platform.errors import Unauthenticated

ISSUER = "http://keycloak.test/realms/tramita"
AUDIENCE = "tramita"


class JwksServer:
    """A local HTTP server publishing a mutable JWKS document and counting fetches."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.fetches += 1
                body = json.dumps({"keys": outer.keys}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_port}/certs"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def rsa_jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, Any]:
    jwk = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
    return {**jwk, "kid": kid, "alg": "RS256", "use": "sig"}


def mint(key: Any, kid: str, *, algorithm: str = "RS256", **claims: Any) -> str:
    now = int(time.time())
    payload = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "user-1",
        "iat": now,
        "exp": now + 300,
        "preferred_username": "ana",
        "scope": "openid profile",
        "realm_access": {"roles": ["citizen"]},
        "resource_access": {AUDIENCE: {"roles": ["handler"]}, "account": {"roles": ["view"]}},
        **claims,
    }
    return jwt.encode(payload, key, algorithm=algorithm, headers={"kid": kid})


@pytest.fixture
def jwks(rsa_key: rsa.RSAPrivateKey) -> Iterator[JwksServer]:
    server = JwksServer()
    server.keys = [rsa_jwk(rsa_key, "k1")]
    yield server
    server.close()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=5) as client:
        yield client


def verifier(jwks: JwksServer, http: httpx.AsyncClient, **kwargs: Any) -> JwksVerifier:
    options: dict[str, Any] = {"min_refetch_seconds": 0.0, **kwargs}
    return JwksVerifier(jwks_url=jwks.url, issuer=ISSUER, audience=AUDIENCE, http=http, **options)


async def rejected(v: JwksVerifier, token: str) -> str:
    with pytest.raises(Unauthenticated) as caught:
        await v.verify(token)
    return caught.value.reason


async def test_valid_token_gives_principal(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", act={"sub": "svc"}, active_organization={"id": "org-7"})
    principal = await verifier(jwks, http).verify(token)
    assert principal.subject == "user-1"
    assert principal.username == "ana"
    assert principal.roles == {"citizen", "handler"}
    assert principal.client_roles["account"] == {"view"}
    assert principal.audience == (AUDIENCE,)
    assert principal.scopes == {"openid", "profile"}
    assert principal.act == {"sub": "svc"}
    assert principal.active_organization == {"id": "org-7"}


async def test_expired_token_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", exp=int(time.time()) - 3600)
    assert await rejected(verifier(jwks, http), token) == "TOKEN_EXPIRED"


async def test_expiry_within_leeway_is_accepted(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", exp=int(time.time()) - 5)
    assert (await verifier(jwks, http, leeway_seconds=30).verify(token)).subject == "user-1"


async def test_not_yet_valid_token_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", nbf=int(time.time()) + 3600)
    assert await rejected(verifier(jwks, http), token) == "TOKEN_NOT_YET_VALID"


async def test_wrong_issuer_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", iss="http://evil.test/realms/tramita")
    assert await rejected(verifier(jwks, http), token) == "WRONG_ISSUER"


async def test_wrong_audience_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(rsa_key, "k1", aud="account")
    assert await rejected(verifier(jwks, http), token) == "WRONG_AUDIENCE"


async def test_bad_signature_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, other_rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(other_rsa_key, "k1")
    assert await rejected(verifier(jwks, http), token) == "BAD_SIGNATURE"


async def test_hmac_token_signed_with_public_key_is_rejected(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = mint(b"x" * 32, "k1", algorithm="HS256")
    assert await rejected(verifier(jwks, http), token) == "BAD_ALGORITHM"


async def test_garbage_is_rejected(jwks: JwksServer, http: httpx.AsyncClient) -> None:
    assert await rejected(verifier(jwks, http), "not-a-jwt") == "MALFORMED_TOKEN"


async def test_cache_hit_does_not_refetch(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    v = verifier(jwks, http)
    await v.verify(mint(rsa_key, "k1"))
    await v.verify(mint(rsa_key, "k1", sub="user-2"))
    assert jwks.fetches == 1


async def test_unknown_kid_refetches_once_then_rejects(
    jwks: JwksServer,
    http: httpx.AsyncClient,
    other_rsa_key: rsa.RSAPrivateKey,
    rsa_key: rsa.RSAPrivateKey,
) -> None:
    v = verifier(jwks, http)
    await v.verify(mint(rsa_key, "k1"))
    assert await rejected(v, mint(other_rsa_key, "k-unknown")) == "UNKNOWN_KEY"
    assert jwks.fetches == 2


async def test_unknown_kid_refetch_is_rate_limited(
    jwks: JwksServer, http: httpx.AsyncClient, other_rsa_key: rsa.RSAPrivateKey
) -> None:
    v = verifier(jwks, http, min_refetch_seconds=60.0)
    for _ in range(3):
        assert await rejected(v, mint(other_rsa_key, "k-forged")) == "UNKNOWN_KEY"
    assert jwks.fetches == 1  # the first fetch was the cache fill; no refetch within 60 s


async def test_rotated_key_is_accepted_after_refetch(
    jwks: JwksServer,
    http: httpx.AsyncClient,
    rsa_key: rsa.RSAPrivateKey,
    other_rsa_key: rsa.RSAPrivateKey,
) -> None:
    v = verifier(jwks, http)
    await v.verify(mint(rsa_key, "k1"))
    jwks.keys = [rsa_jwk(other_rsa_key, "k2"), rsa_jwk(rsa_key, "k1")]
    principal = await v.verify(mint(other_rsa_key, "k2"))
    assert principal.subject == "user-1"
    assert jwks.fetches == 2


async def test_cache_expires_after_ttl(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    now = [1000.0]
    v = verifier(jwks, http, ttl_seconds=300.0, clock=lambda: now[0])
    await v.verify(mint(rsa_key, "k1"))
    now[0] += 301
    await v.verify(mint(rsa_key, "k1"))
    assert jwks.fetches == 2


async def test_es256_token_is_accepted(jwks: JwksServer, http: httpx.AsyncClient) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = ECAlgorithm.to_jwk(key.public_key(), as_dict=True)
    jwks.keys = [{**jwk, "kid": "ec1", "alg": "ES256", "use": "sig"}]
    principal = await verifier(jwks, http).verify(mint(key, "ec1", algorithm="ES256"))
    assert principal.subject == "user-1"


async def test_encryption_keys_are_ignored(
    jwks: JwksServer, http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    jwks.keys = [{**rsa_jwk(rsa_key, "k1"), "use": "enc", "alg": "RSA-OAEP"}]
    assert await rejected(verifier(jwks, http), mint(rsa_key, "k1")) == "UNKNOWN_KEY"


async def test_unreachable_jwks_is_unauthenticated(
    http: httpx.AsyncClient, rsa_key: rsa.RSAPrivateKey
) -> None:
    v = JwksVerifier(
        jwks_url="http://127.0.0.1:9/certs", issuer=ISSUER, audience=AUDIENCE, http=http
    )
    assert await rejected(v, mint(rsa_key, "k1")) == "KEYS_UNAVAILABLE"
