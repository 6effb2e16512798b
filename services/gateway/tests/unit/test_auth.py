"""Portal login through a fake Keycloak (httpx.MockTransport): PKCE, state, nonce, cookies,
CSRF, refresh, logout and back-channel logout, end to end inside the gateway."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from tramita.identity.v1 import identity_pb2
from tramita.notifications.v1 import notifications_pb2
from tramita_gateway.adapters.session_store import InMemorySessionStore
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import deps
from tramita_gateway.settings import GatewaySettings
from tramita_platform.clock import ManualClock

KEYCLOAK = "http://keycloak.test"
ISSUER = f"{KEYCLOAK}/realms/tramita"
OIDC = f"{ISSUER}/protocol/openid-connect"
CLIENT_ID, CLIENT_SECRET = "tramita-gateway", "unit-test-gateway-secret"
GATEWAY = "https://gateway.test"
LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout"


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@dataclass
class Grant:
    nonce: str
    challenge: str
    redirect_uri: str
    subject: str
    sid: str


@dataclass
class FakeKeycloak:
    """Realm `tramita` as the gateway sees it: JWKS, token endpoint, logout endpoint."""

    clock: ManualClock
    key: Any = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    kid: str = "unit-key"
    codes: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, Grant] = field(default_factory=dict)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    refreshes: int = 0
    logged_out: list[str] = field(default_factory=list)
    wrong_nonce: bool = False
    access_lifespan: int = 300

    def jwks(self) -> dict:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}]}

    def sign(self, claims: dict, *, key: Any = None, kid: str | None = None) -> str:
        headers = {"kid": kid or self.kid}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers=headers)

    def authorize(self, url: str, *, subject: str = "", sid: str = "") -> str:
        """What the login page does: remember the request, hand back a code."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert query["code_challenge_method"] == "S256"
        code = secrets.token_urlsafe(16)
        self.codes[code] = Grant(
            nonce=query["nonce"],
            challenge=query["code_challenge"],
            redirect_uri=query["redirect_uri"],
            subject=subject or str(uuid.uuid4()),
            sid=sid or str(uuid.uuid4()),
        )
        return code

    def logout_token(self, *, sub: str | None = None, sid: str | None = None, **extra) -> str:
        now = int(self.clock.now().timestamp())
        claims = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 60,
            "jti": str(uuid.uuid4()),
            "events": {LOGOUT_EVENT: {}},
            "typ": "Logout",
        }
        claims |= {k: v for k, v in {"sub": sub, "sid": sid}.items() if v}
        return self.sign({**claims, **extra})

    def _tokens(self, grant: Grant) -> dict:
        now = int(self.clock.now().timestamp())
        base = {"iss": ISSUER, "sub": grant.subject, "iat": now, "sid": grant.sid}
        access = {
            **base,
            "exp": now + self.access_lifespan,
            "aud": ["tramita", "account"],
            "azp": CLIENT_ID,
            "preferred_username": "demo.staff",
            "jti": str(uuid.uuid4()),
        }
        nonce = "not-the-nonce" if self.wrong_nonce else grant.nonce
        id_token = {**base, "exp": now + 300, "aud": CLIENT_ID, "nonce": nonce}
        id_token["preferred_username"] = "demo.staff"
        refresh = secrets.token_urlsafe(24)
        self.refresh_tokens[refresh] = grant
        return {
            "access_token": self.sign(access),
            "id_token": self.sign(id_token),
            "refresh_token": refresh,
            "expires_in": self.access_lifespan,
            "refresh_expires_in": 1800,
            "token_type": "Bearer",
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/certs"):
            return httpx.Response(200, json=self.jwks())
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return httpx.Response(401, json={"error": "unauthorized_client"})
        if path.endswith("/logout"):
            self.refresh_tokens.pop(form["refresh_token"], None)
            self.logged_out.append(form["refresh_token"])
            return httpx.Response(204)
        assert path.endswith("/token"), path
        self.token_requests.append(form)
        if form["grant_type"] == "authorization_code":
            grant = self.codes.pop(form["code"], None)
            if (
                grant is None
                or _s256(form["code_verifier"]) != grant.challenge
                or form["redirect_uri"] != grant.redirect_uri
            ):
                return httpx.Response(400, json={"error": "invalid_grant"})
            return httpx.Response(200, json=self._tokens(grant))
        if form["grant_type"] == "refresh_token":
            self.refreshes += 1
            grant = self.refresh_tokens.pop(form["refresh_token"], None)
            if grant is None:
                return httpx.Response(400, json={"error": "invalid_grant"})
            return httpx.Response(200, json=self._tokens(grant))
        return httpx.Response(400, json={"error": "unsupported_grant_type"})


class Recorder:
    """The services behind the gateway: answer and remember the forwarded metadata."""

    def __init__(self) -> None:
        self.metadata: list[dict[str, str]] = []
        self.identity = SimpleNamespace(WhoAmI=self._who_am_i)
        self.notifications = SimpleNamespace(SetAlertAddress=self._set_alert_address)

    async def _who_am_i(self, request, *, metadata):
        self.metadata.append(dict(metadata))
        return identity_pb2.WhoAmIResponse(subject="someone", username="demo.staff")

    async def _set_alert_address(self, request, *, metadata):
        self.metadata.append(dict(metadata))
        return notifications_pb2.SetAlertAddressResponse(alert_email=request.alert_email)

    @property
    def last_token(self) -> str:
        return self.metadata[-1]["authorization"].removeprefix("Bearer ")


@dataclass
class Harness:
    client: httpx.AsyncClient
    keycloak: FakeKeycloak
    store: InMemorySessionStore
    clock: ManualClock
    backends: Recorder

    async def start_login(self, **params: str) -> httpx.Response:
        return await self.client.get("/auth/login", params=params)

    async def login(self, *, return_to: str = "/", subject: str = "", sid: str = "") -> str:
        """Log in; return the session cookie value (the client keeps the cookies)."""
        started = await self.start_login(return_to=return_to)
        code = self.keycloak.authorize(started.headers["location"], subject=subject, sid=sid)
        state = query_of(started.headers["location"])["state"]
        done = await self.client.get("/auth/callback", params={"code": code, "state": state})
        assert done.status_code == 302, done.text
        return self.client.cookies["__Host-tramita_session"]

    def csrf(self) -> dict[str, str]:
        return {"X-CSRF-Token": self.client.cookies["tramita_csrf"]}


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def set_cookies(response: httpx.Response) -> dict[str, Any]:
    found = {}
    for header in response.headers.get_list("set-cookie"):
        jar = SimpleCookie()
        jar.load(header)
        found |= {name: (morsel, header) for name, morsel in jar.items()}
    return found


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    # The services' verifier (like the gateway's) checks access tokens on the real clock;
    # starting the session clock 280 s back keeps every token it mints valid in real time
    # while the tests move the session clock up to the refresh margin.
    clock = ManualClock(datetime.fromtimestamp(int(time.time()) - 280, UTC))
    keycloak = FakeKeycloak(clock)
    store = InMemorySessionStore()
    settings = GatewaySettings(
        service_client_secret=CLIENT_SECRET, keycloak_url=KEYCLOAK, profile="test"
    )
    app = build_app(
        settings,
        session_store=store,
        keycloak_transport=httpx.MockTransport(keycloak.handle),
        clock=clock,
    )
    backends = Recorder()
    app.dependency_overrides[deps.services] = lambda: backends
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url=GATEWAY) as client,
    ):
        yield Harness(client, keycloak, store, clock, backends)


# ----------------------------------------------------------------------------- login


async def test_login_redirects_to_keycloak_with_state_nonce_and_s256_challenge(
    harness: Harness,
) -> None:
    reply = await harness.start_login(idp="govbr", return_to="/processos?x=1")

    assert reply.status_code == 302
    location = reply.headers["location"]
    assert location.startswith(f"{OIDC}/auth?")
    query = query_of(location)
    assert query["client_id"] == CLIENT_ID
    assert query["response_type"] == "code"
    assert query["scope"] == "openid"
    assert query["redirect_uri"] == f"{GATEWAY}/auth/callback"
    assert query["code_challenge_method"] == "S256"
    assert query["kc_idp_hint"] == "govbr"
    assert len(query["state"]) >= 43 and len(query["nonce"]) >= 43
    # The verifier stays on the server: only its S256 hash travels.
    (attempt,) = harness.store.attempts.values()
    assert _s256(attempt.code_verifier) == query["code_challenge"]
    assert attempt.code_verifier not in location
    assert attempt.nonce == query["nonce"] and attempt.return_to == "/processos?x=1"
    morsel, _ = set_cookies(reply)["__Host-tramita_login"]
    assert morsel["httponly"] and morsel["secure"] and morsel["path"] == "/"


async def test_providers_are_listed_for_the_login_page(harness: Harness) -> None:
    reply = await harness.client.get("/auth/providers")

    assert reply.json() == {
        "providers": [
            {"alias": "govbr", "name": "gov.br"},
            {"alias": "autenticacao-gov", "name": "autenticação.gov"},
        ]
    }


async def test_unknown_provider_is_refused(harness: Harness) -> None:
    reply = await harness.start_login(idp="facebook")

    assert reply.status_code == 422
    assert reply.json()["violations"][0]["field"] == "idp"


@pytest.mark.parametrize(
    "target",
    ["//evil.example/x", "https://evil.example/", "/\\evil.example", "evil", "/a\nb", "\\\\x"],
)
async def test_open_redirects_are_refused(harness: Harness, target: str) -> None:
    reply = await harness.start_login(return_to=target)

    assert reply.status_code == 422
    assert reply.json()["violations"][0]["field"] == "return_to"
    assert not harness.store.attempts


async def test_callback_opens_a_session_and_sets_hardened_cookies(harness: Harness) -> None:
    started = await harness.start_login(return_to="/processos")
    code = harness.keycloak.authorize(started.headers["location"])
    state = query_of(started.headers["location"])["state"]

    reply = await harness.client.get("/auth/callback", params={"code": code, "state": state})

    assert reply.status_code == 302
    assert reply.headers["location"] == "/processos"
    cookies = set_cookies(reply)
    session, session_header = cookies["__Host-tramita_session"]
    assert session["httponly"] and session["secure"]
    assert session["samesite"].lower() == "lax" and session["path"] == "/"
    assert not session["domain"] and "domain" not in session_header.lower()
    csrf, _ = cookies["tramita_csrf"]
    assert csrf["secure"] and not csrf["httponly"] and csrf["samesite"].lower() == "lax"
    assert cookies["__Host-tramita_login"][0]["max-age"] == "0"  # binding consumed
    assert len(base64.urlsafe_b64decode(session.value + "=")) == 32  # 256-bit id
    # Only opaque values reach the browser; the tokens stay in the store.
    (stored,) = harness.store.sessions.values()
    assert stored.tokens.access_token not in reply.headers.get("set-cookie", "")
    assert stored.csrf_token == csrf.value
    assert session.value not in harness.store.sessions  # stored under its hash
    assert harness.keycloak.token_requests[-1]["grant_type"] == "authorization_code"

    me = await harness.client.get("/auth/session")
    assert me.status_code == 200
    assert me.json()["subject"] == stored.subject
    assert me.json()["username"] == "demo.staff"


async def test_logging_in_again_replaces_the_previous_session(harness: Harness) -> None:
    first = await harness.login()
    second = await harness.login()

    assert first != second
    assert len(harness.store.sessions) == 1
    assert await harness.store.get(first) is None


async def test_state_is_single_use(harness: Harness) -> None:
    started = await harness.start_login()
    state = query_of(started.headers["location"])["state"]
    code = harness.keycloak.authorize(started.headers["location"])
    first = await harness.client.get("/auth/callback", params={"code": code, "state": state})
    assert first.status_code == 302
    harness.client.cookies.set("__Host-tramita_login", started.cookies["__Host-tramita_login"])

    again = await harness.client.get("/auth/callback", params={"code": code, "state": state})

    assert again.status_code == 401
    assert again.json()["type"] == "urn:tramita:problem:invalid-state"


async def test_state_expires(harness: Harness) -> None:
    started = await harness.start_login()
    code = harness.keycloak.authorize(started.headers["location"])
    harness.clock.advance(minutes=10, seconds=1)

    reply = await harness.client.get(
        "/auth/callback",
        params={"code": code, "state": query_of(started.headers["location"])["state"]},
    )

    assert reply.status_code == 401
    assert "__Host-tramita_session" not in harness.client.cookies
    assert len(harness.keycloak.codes) == 1  # never redeemed


async def test_callback_from_another_browser_is_refused(harness: Harness) -> None:
    started = await harness.start_login()
    code = harness.keycloak.authorize(started.headers["location"])
    harness.client.cookies.clear()  # the victim's browser never started this login

    reply = await harness.client.get(
        "/auth/callback",
        params={"code": code, "state": query_of(started.headers["location"])["state"]},
    )

    assert reply.status_code == 401
    assert not harness.store.sessions


async def test_code_is_redeemed_with_the_pkce_verifier_and_client_secret(
    harness: Harness,
) -> None:
    await harness.login()

    (exchange,) = harness.keycloak.token_requests
    assert exchange["client_secret"] == CLIENT_SECRET
    assert len(exchange["code_verifier"]) >= 43
    assert exchange["redirect_uri"] == f"{GATEWAY}/auth/callback"


async def test_nonce_mismatch_is_refused(harness: Harness) -> None:
    harness.keycloak.wrong_nonce = True
    started = await harness.start_login()
    code = harness.keycloak.authorize(started.headers["location"])

    reply = await harness.client.get(
        "/auth/callback",
        params={"code": code, "state": query_of(started.headers["location"])["state"]},
    )

    assert reply.status_code == 401
    assert reply.json()["type"] == "urn:tramita:problem:nonce-mismatch"
    assert not harness.store.sessions


async def test_id_token_from_an_unknown_key_is_refused(harness: Harness) -> None:
    original = harness.keycloak.sign
    stranger = rsa.generate_private_key(65537, 2048)
    harness.keycloak.sign = lambda claims, **_: original(claims, key=stranger)  # type: ignore[method-assign]
    started = await harness.start_login()
    code = harness.keycloak.authorize(started.headers["location"])

    reply = await harness.client.get(
        "/auth/callback",
        params={"code": code, "state": query_of(started.headers["location"])["state"]},
    )

    assert reply.status_code == 401
    assert not harness.store.sessions


async def test_refused_login_at_keycloak_opens_no_session(harness: Harness) -> None:
    started = await harness.start_login()
    state = query_of(started.headers["location"])["state"]

    reply = await harness.client.get(
        "/auth/callback", params={"error": "access_denied", "state": state}
    )

    assert reply.status_code == 401
    assert reply.json()["type"] == "urn:tramita:problem:login-refused"


# ----------------------------------------------------------------------------- using it


async def test_the_cookie_authenticates_api_calls(harness: Harness) -> None:
    await harness.login()
    (stored,) = harness.store.sessions.values()

    reply = await harness.client.get("/api/v1/me")

    assert reply.status_code == 200, reply.text
    assert harness.backends.last_token == stored.tokens.access_token


async def test_no_cookie_and_no_bearer_is_unauthenticated(harness: Harness) -> None:
    reply = await harness.client.get("/api/v1/me")

    assert reply.status_code == 401
    assert reply.json()["type"] == "urn:tramita:problem:missing-token"


async def test_unknown_cookie_is_unauthenticated(harness: Harness) -> None:
    harness.client.cookies.set("__Host-tramita_session", secrets.token_urlsafe(32))

    assert (await harness.client.get("/api/v1/me")).status_code == 401
    assert (await harness.client.get("/auth/session")).status_code == 401


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="missing"),
        pytest.param({"X-CSRF-Token": "guess"}, id="wrong"),
    ],
)
async def test_cookie_mutation_without_the_csrf_token_is_forbidden(
    harness: Harness, headers: dict[str, str]
) -> None:
    await harness.login()

    reply = await harness.client.put(
        "/api/v1/me/alert-address", json={"alert_email": "a@example.pt"}, headers=headers
    )

    assert reply.status_code == 403
    assert reply.json()["type"].startswith("urn:tramita:problem:csrf-token-")
    assert not harness.backends.metadata


async def test_csrf_header_must_match_the_cookie_too(harness: Harness) -> None:
    await harness.login()
    token = harness.client.cookies["tramita_csrf"]
    harness.client.cookies.set("tramita_csrf", "forged")

    reply = await harness.client.put(
        "/api/v1/me/alert-address",
        json={"alert_email": "a@example.pt"},
        headers={"X-CSRF-Token": token},
    )

    assert reply.status_code == 403


async def test_cookie_mutation_with_the_csrf_token_works(harness: Harness) -> None:
    await harness.login()

    reply = await harness.client.put(
        "/api/v1/me/alert-address", json={"alert_email": "a@example.pt"}, headers=harness.csrf()
    )

    assert reply.status_code == 200, reply.text
    assert reply.json() == {"alert_email": "a@example.pt"}


async def test_bearer_calls_need_no_csrf_token(harness: Harness) -> None:
    await harness.login()
    (stored,) = harness.store.sessions.values()
    token = stored.tokens.access_token
    harness.client.cookies.clear()

    reply = await harness.client.put(
        "/api/v1/me/alert-address",
        json={"alert_email": "a@example.pt"},
        headers={"Authorization": f"Bearer {token}"},
    )

    assert reply.status_code == 200, reply.text


async def test_access_token_is_refreshed_once_when_about_to_expire(harness: Harness) -> None:
    await harness.login()
    (before,) = harness.store.sessions.values()
    harness.clock.advance(seconds=271)  # 29 s left: inside the 30 s margin

    replies = await asyncio.gather(*(harness.client.get("/api/v1/me") for _ in range(5)))

    assert [r.status_code for r in replies] == [200] * 5
    assert harness.keycloak.refreshes == 1  # single flight
    (after,) = harness.store.sessions.values()
    assert after.tokens.access_token != before.tokens.access_token
    assert after.tokens.refresh_token != before.tokens.refresh_token
    assert {m["authorization"] for m in harness.backends.metadata} == {
        f"Bearer {after.tokens.access_token}"
    }


async def test_token_is_not_refreshed_outside_the_margin(harness: Harness) -> None:
    await harness.login()
    harness.clock.advance(seconds=260)

    assert (await harness.client.get("/api/v1/me")).status_code == 200
    assert harness.keycloak.refreshes == 0


async def test_refused_refresh_ends_the_session(harness: Harness) -> None:
    await harness.login()
    harness.keycloak.refresh_tokens.clear()  # revoked at Keycloak
    harness.clock.advance(seconds=290)

    reply = await harness.client.get("/api/v1/me")

    assert reply.status_code == 401
    assert reply.json()["type"] == "urn:tramita:problem:session-ended"
    assert not harness.store.sessions
    assert (await harness.client.get("/auth/session")).status_code == 401


async def test_session_ends_with_the_refresh_token(harness: Harness) -> None:
    await harness.login()
    harness.clock.advance(seconds=1801)

    assert (await harness.client.get("/auth/session")).status_code == 401
    assert not harness.store.sessions


# ----------------------------------------------------------------------------- logout


async def test_logout_needs_the_csrf_token(harness: Harness) -> None:
    await harness.login()

    reply = await harness.client.post("/auth/logout")

    assert reply.status_code == 403
    assert harness.store.sessions


async def test_logout_ends_the_session_here_and_at_keycloak(harness: Harness) -> None:
    session_id = await harness.login()
    (stored,) = harness.store.sessions.values()

    reply = await harness.client.post("/auth/logout", headers=harness.csrf())

    assert reply.status_code == 204
    cleared = set_cookies(reply)
    assert cleared["__Host-tramita_session"][0]["max-age"] == "0"
    assert cleared["tramita_csrf"][0]["max-age"] == "0"
    assert harness.keycloak.logged_out == [stored.tokens.refresh_token]
    assert not harness.store.sessions
    harness.client.cookies.set("__Host-tramita_session", session_id)  # a copy kept by someone
    assert (await harness.client.get("/api/v1/me")).status_code == 401


async def test_logout_without_a_session_just_clears_cookies(harness: Harness) -> None:
    reply = await harness.client.post("/auth/logout")

    assert reply.status_code == 204
    assert not harness.keycloak.logged_out


async def test_backchannel_logout_deletes_the_sessions_of_the_keycloak_session(
    harness: Harness,
) -> None:
    subject = str(uuid.uuid4())
    await harness.login(subject=subject, sid="kc-session-1")
    harness.client.cookies.clear()
    await harness.login(subject=subject, sid="kc-session-2")
    assert len(harness.store.sessions) == 2

    reply = await harness.client.post(
        "/auth/backchannel-logout",
        data={"logout_token": harness.keycloak.logout_token(sub=subject, sid="kc-session-1")},
    )

    assert reply.status_code == 200
    assert [s.keycloak_sid for s in harness.store.sessions.values()] == ["kc-session-2"]


async def test_backchannel_logout_by_subject_deletes_all_of_them(harness: Harness) -> None:
    subject = str(uuid.uuid4())
    await harness.login(subject=subject)
    harness.client.cookies.clear()
    await harness.login(subject=subject)
    harness.client.cookies.clear()
    await harness.login()

    reply = await harness.client.post(
        "/auth/backchannel-logout",
        data={"logout_token": harness.keycloak.logout_token(sub=subject)},
    )

    assert reply.status_code == 200
    assert [s.subject != subject for s in harness.store.sessions.values()] == [True]


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda kc: kc.logout_token(sid="s", events={}), id="no-event"),
        pytest.param(lambda kc: kc.logout_token(sid="s", aud="other"), id="wrong-aud"),
        pytest.param(lambda kc: kc.logout_token(sid="s", iss="http://evil/"), id="wrong-iss"),
        pytest.param(lambda kc: kc.logout_token(sid="s", nonce="n"), id="nonce"),
        pytest.param(lambda kc: kc.logout_token(), id="no-sub-no-sid"),
        pytest.param(
            lambda kc: kc.sign(
                jwt.decode(kc.logout_token(sid="s"), options={"verify_signature": False}),
                key=rsa.generate_private_key(65537, 2048),
            ),
            id="forged-signature",
        ),
        pytest.param(lambda kc: "not-a-jwt", id="garbage"),
    ],
)
async def test_invalid_logout_tokens_are_refused(harness: Harness, forge) -> None:
    await harness.login(sid="s")

    reply = await harness.client.post(
        "/auth/backchannel-logout", data={"logout_token": forge(harness.keycloak)}
    )

    assert reply.status_code == 400
    assert reply.json() == {"error": "invalid_request"}
    assert len(harness.store.sessions) == 1


async def test_expired_logout_token_is_refused(harness: Harness) -> None:
    await harness.login(sid="s")
    token = harness.keycloak.logout_token(sid="s")
    harness.clock.advance(minutes=2)

    reply = await harness.client.post("/auth/backchannel-logout", data={"logout_token": token})

    assert reply.status_code == 400
    assert harness.store.sessions


async def test_session_max_age_caps_the_session(harness: Harness) -> None:
    await harness.login()
    (stored,) = harness.store.sessions.values()

    assert stored.expires_at == stored.created_at + timedelta(seconds=1800)
