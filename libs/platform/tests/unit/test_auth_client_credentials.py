"""Principal context, bearer parsing and client-credentials tokens (no JWKS needed)."""

from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr
from tramita_platform.auth import (
    ClientCredentialsTokenProvider,
    Principal,
    TokenUnavailable,
    bind_principal,
    current_principal,
    current_token,
    parse_bearer,
    require_principal,
)
from tramita_platform.errors import Unauthenticated


def test_parse_bearer() -> None:
    assert parse_bearer("Bearer abc") == "abc"
    assert parse_bearer("bearer  abc ") == "abc"
    for bad in (None, "", "Basic abc", "Bearer "):
        with pytest.raises(Unauthenticated):
            parse_bearer(bad)


def test_principal_from_keycloak_claims() -> None:
    principal = Principal.from_claims(
        {
            "sub": "u-1",
            "aud": ["tramita", "account"],
            "azp": "portal",
            "realm_access": {"roles": ["citizen"]},
            "resource_access": {"tramita": {"roles": ["handler"]}},
        },
        audience="tramita",
    )
    assert principal.roles == {"citizen", "handler"}
    assert principal.audience == ("tramita", "account")
    assert principal.client_id == "portal"
    assert principal.username is None and principal.act is None
    assert principal.has_role("handler") and not principal.has_role("admin")


def test_bind_principal_is_scoped() -> None:
    principal = Principal.from_claims({"sub": "u-1"}, audience="tramita")
    with pytest.raises(Unauthenticated):
        require_principal()
    with bind_principal(principal, "tok"):
        assert current_principal() is principal is require_principal()
        assert current_token() == "tok"
    assert current_principal() is None and current_token() is None


def token_endpoint(calls: list[dict[str, str]], expires_in: int = 300) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        calls.append(form)
        body = {"access_token": f"t{len(calls)}", "expires_in": expires_in}
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handle)


async def test_client_credentials_token_is_cached_until_near_expiry() -> None:
    calls: list[dict[str, str]] = []
    now = [0.0]
    async with httpx.AsyncClient(transport=token_endpoint(calls)) as client:
        provider = ClientCredentialsTokenProvider(
            token_url="http://keycloak.test/token",
            client_id="requests",
            client_secret=SecretStr("s3cr3t-value"),
            http=client,
            refresh_margin_seconds=30,
            clock=lambda: now[0],
        )
        assert await provider.token() == "t1"
        now[0] = 260.0
        assert await provider.token() == "t1"
        now[0] = 271.0
        assert await provider.token() == "t2"
    assert calls[0] == {
        "grant_type": "client_credentials",
        "client_id": "requests",
        "client_secret": "s3cr3t-value",
    }


async def test_client_credentials_failure_raises_token_unavailable() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(401, json={}))
    async with httpx.AsyncClient(transport=transport) as client:
        provider = ClientCredentialsTokenProvider(
            token_url="http://keycloak.test/token",
            client_id="requests",
            client_secret=SecretStr("s3cr3t-value"),
            http=client,
        )
        with pytest.raises(TokenUnavailable):
            await provider.token()
