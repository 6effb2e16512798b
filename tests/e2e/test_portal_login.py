"""Portal login through the gateway (ARCHITECTURE §4: backend-for-frontend; PRODUCT §3.1,
§10) against the real stack.

An HTTP client plays the browser: it asks the gateway to log in, lands on Keycloak's real
login page (realm `tramita`, or the stand-in gov.br realm through `kc_idp_hint`), submits
the form, and comes back through the gateway's callback with nothing but cookies. The
tokens stay in the gateway; the cookie alone then calls the API, mutations need the CSRF
header, logout ends the session here and at Keycloak, and a logout that an administrator
makes at Keycloak reaches the gateway by the back channel.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest
from tramita_devstack import config
from tramita_devstack.api import Endpoints

pytestmark = pytest.mark.e2e

REALM = "tramita"
GATEWAY = f"http://{config.HOST}:{config.port('gateway')}"
SESSION_COOKIE, CSRF_COOKIE = "__Host-tramita_session", "tramita_csrf"
DEMO_STAFF = ("demo.staff", "Staff-demo1!")
MARIA_CPF, IDP_PASSWORD = "38472910504", "Cidadao-demo1!"  # seeded at the gov.br stand-in
RETURN_TO = "/welcome?from=login"


# ----------------------------------------------------------------------------- browser


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)


class Page(HTMLParser):
    """The forms (by id) of one HTML page; enough for Keycloak's login pages."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.forms: dict[str, Form] = {}
        self._form: Form | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = Form(a.get("action", ""), a.get("method", "get").lower())
            self.forms[a.get("id") or f"form-{len(self.forms)}"] = self._form
        elif tag in ("input", "select", "textarea") and self._form is not None and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") == "submit":
                return
            self._form.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None


class Browser:
    """httpx plus a cookie store that keeps `Secure` cookies over plain http, as browsers
    do for 127.0.0.1 and localhost (http.cookiejar would drop them)."""

    def __init__(self) -> None:
        self.http = httpx.Client(timeout=30, follow_redirects=False)
        self.cookies: dict[tuple[str, str], str] = {}  # (path, name) -> value
        self.set_cookie_headers: list[str] = []

    def close(self) -> None:
        self.http.close()

    def cookie(self, name: str) -> str | None:
        return next((v for (_, n), v in self.cookies.items() if n == name), None)

    def _cookie_header(self, url: str) -> str:
        path = urlsplit(url).path or "/"
        return "; ".join(
            f"{name}={value}"
            for (prefix, name), value in self.cookies.items()
            if path.startswith(prefix.rstrip("/") or "/")
        )

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        self.http.cookies.clear()
        headers = {"Cookie": self._cookie_header(url), **kwargs.pop("headers", {})}
        reply = self.http.request(method, url, headers=headers, **kwargs)
        for header in reply.headers.get_list("set-cookie"):
            self.set_cookie_headers.append(header)
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                key = (morsel["path"] or "/", name)
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = morsel.value
        return reply

    def follow(self, reply: httpx.Response, *, stop_at: str) -> httpx.Response:
        """Follow redirects, stopping at the one that points at `stop_at`."""
        for _ in range(20):
            location = reply.headers.get("location")
            if not reply.is_redirect or location is None:
                return reply
            if urljoin(str(reply.url), location).startswith(stop_at):
                return reply
            reply = self.request("GET", urljoin(str(reply.url), location))
        raise AssertionError("redirect loop")

    def submit(self, reply: httpx.Response, form_id: str, **values: str) -> httpx.Response:
        form = Page(reply.text).forms[form_id]
        return self.request(
            "POST", urljoin(str(reply.url), form.action), data={**form.fields, **values}
        )


@dataclass
class PortalLogin:
    browser: Browser
    landing: httpx.Response  # the gateway's redirect to RETURN_TO
    callback_url: str

    @property
    def session(self) -> str:
        value = self.browser.cookie(SESSION_COOKIE)
        assert value, "no session cookie"
        return value

    @property
    def csrf(self) -> str:
        value = self.browser.cookie(CSRF_COOKIE)
        assert value, "no CSRF cookie"
        return value


def finish_at_gateway(browser: Browser, reply: httpx.Response) -> PortalLogin:
    """From Keycloak's last page to the gateway's callback and its redirect to RETURN_TO."""
    for _ in range(5):  # first-broker-login may ask to review the profile
        if reply.is_redirect:
            break
        page = Page(reply.text)
        profile_forms = ("kc-idp-review-profile-form", "kc-update-profile-form")
        form_id = next((f for f in profile_forms if f in page.forms), None)
        assert form_id, f"unexpected page {reply.url}: {sorted(page.forms)}"
        reply = browser.submit(reply, form_id)
    callback = urljoin(str(reply.url), reply.headers["location"])
    assert callback.startswith(f"{GATEWAY}/auth/callback?"), callback
    landing = browser.follow(reply, stop_at=f"{GATEWAY}{RETURN_TO}")
    assert landing.status_code == 302, landing.text
    assert landing.headers["location"] == RETURN_TO
    return PortalLogin(browser, landing, callback)


def password_login(username: str, password: str) -> PortalLogin:
    browser = Browser()
    started = browser.request("GET", f"{GATEWAY}/auth/login", params={"return_to": RETURN_TO})
    assert started.status_code == 302, started.text
    page = browser.follow(started, stop_at=f"{GATEWAY}/")
    assert page.status_code == 200, page.text
    assert f"/realms/{REALM}/" in str(page.url)
    reply = browser.submit(page, "kc-form-login", username=username, password=password)
    return finish_at_gateway(browser, reply)


def govbr_login(cpf: str) -> PortalLogin:
    browser = Browser()
    started = browser.request(
        "GET", f"{GATEWAY}/auth/login", params={"idp": "govbr", "return_to": RETURN_TO}
    )
    assert started.status_code == 302, started.text
    assert parse_qs(urlsplit(started.headers["location"]).query)["kc_idp_hint"] == ["govbr"]
    page = browser.follow(started, stop_at=f"{GATEWAY}/")
    assert "/realms/govbr/" in str(page.url), "the hint skips realm tramita's page"
    reply = browser.submit(page, "kc-form-login", username=cpf, password=IDP_PASSWORD)
    return finish_at_gateway(browser, browser.follow(reply, stop_at=f"{GATEWAY}/"))


def with_cookies(**cookies: str) -> dict[str, str]:
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}


def call(method: str, path: str, *, session: str, **kwargs) -> httpx.Response:
    """Call the gateway with the session cookie only (no bearer token)."""
    cookies = {SESSION_COOKIE: session, **kwargs.pop("cookies", {})}
    headers = {**with_cookies(**cookies), **kwargs.pop("headers", {})}
    return httpx.request(method, f"{GATEWAY}{path}", headers=headers, timeout=15, **kwargs)


def wait_until(probe, *, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not probe():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {within:.0f}s")
        time.sleep(0.2)


class KeycloakAdmin:
    """Admin REST calls, as the local stack's bootstrap administrator."""

    def __init__(self, stack: Endpoints) -> None:
        reply = httpx.post(
            f"{stack.keycloak_url}/realms/master/protocol/openid-connect/token",
            data={
                "grant_type": "password",
                "client_id": "admin-cli",
                "username": stack.keycloak_admin_user,
                "password": stack.keycloak_admin_password,
            },
            timeout=30,
        )
        reply.raise_for_status()
        self.http = httpx.Client(
            base_url=f"{stack.keycloak_url}/admin/realms/{REALM}",
            headers={"Authorization": f"Bearer {reply.json()['access_token']}"},
            timeout=30,
        )

    def user_id(self, username: str) -> str:
        found = self.http.get("/users", params={"username": username, "exact": "true"}).json()
        assert found, username
        return found[0]["id"]


@pytest.fixture
def admin(stack: Endpoints) -> Iterator[KeycloakAdmin]:
    client = KeycloakAdmin(stack)
    yield client
    client.http.close()


@pytest.fixture
def throwaway_user(admin: KeycloakAdmin) -> Iterator[tuple[str, str]]:
    """A user of realm tramita of this test alone (logging it out disturbs no one)."""
    username, password = f"portal.{secrets.token_hex(4)}", "Right-pass1!"
    created = admin.http.post(
        "/users",
        json={
            "username": username,
            "enabled": True,
            "email": f"{username}@example.invalid",
            "emailVerified": True,
            "firstName": "Portal",
            "lastName": "Tester",
            "credentials": [{"type": "password", "value": password, "temporary": False}],
        },
    )
    assert created.status_code == 201, created.text
    yield username, password
    admin.http.delete(f"/users/{admin.user_id(username)}")


# ----------------------------------------------------------------------------- tests


def test_password_login_gives_the_browser_only_a_session_cookie(
    stack: Endpoints, admin: KeycloakAdmin
) -> None:
    login = password_login(*DEMO_STAFF)
    try:
        cookies = {
            next(iter(SimpleCookie(h))): h for h in login.landing.headers.get_list("set-cookie")
        }
        session_header = cookies[SESSION_COOKIE].lower()
        for flag in ("httponly", "secure", "samesite=lax", "path=/"):
            assert flag in session_header, session_header
        assert "domain=" not in session_header
        csrf_header = cookies[CSRF_COOKIE].lower()
        assert "secure" in csrf_header and "httponly" not in csrf_header
        assert "access_token" not in login.landing.text and "eyJ" not in session_header

        who = call("GET", "/auth/session", session=login.session)
        assert who.status_code == 200, who.text
        assert who.json()["username"] == DEMO_STAFF[0]
        assert who.json()["subject"] == admin.user_id(DEMO_STAFF[0])

        me = call("GET", "/api/v1/me", session=login.session)
        assert me.status_code == 200, me.text
        assert me.json()["username"] == DEMO_STAFF[0]
    finally:
        login.browser.close()


def test_cookie_mutations_need_the_csrf_header(stack: Endpoints) -> None:
    login = password_login(*DEMO_STAFF)
    try:
        body = {"alert_email": "a@example.pt"}
        csrf = {CSRF_COOKIE: login.csrf}

        missing = call("PUT", "/api/v1/me/alert-address", session=login.session, json=body)
        wrong = call(
            "PUT",
            "/api/v1/me/alert-address",
            session=login.session,
            cookies=csrf,
            headers={"X-CSRF-Token": secrets.token_urlsafe(32)},
            json=body,
        )
        right = call(
            "PUT",
            "/api/v1/me/alert-address",
            session=login.session,
            cookies=csrf,
            headers={"X-CSRF-Token": login.csrf},
            json=body,
        )

        assert missing.status_code == 403, missing.text
        assert missing.json()["type"] == "urn:tramita:problem:csrf-token-missing"
        assert wrong.status_code == 403, wrong.text
        assert right.status_code == 200, right.text
        assert right.json()["alert_email"] == "a@example.pt"
    finally:
        call(
            "PUT",
            "/api/v1/me/alert-address",
            session=login.session,
            cookies={CSRF_COOKIE: login.csrf},
            headers={"X-CSRF-Token": login.csrf},
            json={"alert_email": ""},
        )
        login.browser.close()


def test_logout_ends_the_session_at_the_gateway_and_at_keycloak(stack: Endpoints) -> None:
    login = password_login(*DEMO_STAFF)
    try:
        session = login.session
        refused = login.browser.request("POST", f"{GATEWAY}/auth/logout")
        assert refused.status_code == 403, refused.text

        done = login.browser.request(
            "POST", f"{GATEWAY}/auth/logout", headers={"X-CSRF-Token": login.csrf}
        )

        assert done.status_code == 204, done.text
        assert login.browser.cookie(SESSION_COOKIE) is None  # cleared by the response
        assert call("GET", "/api/v1/me", session=session).status_code == 401
        assert call("GET", "/auth/session", session=session).status_code == 401
        # Keycloak's SSO session ended too: logging in again shows the login page.
        again = login.browser.request("GET", f"{GATEWAY}/auth/login")
        page = login.browser.follow(again, stop_at=f"{GATEWAY}/")
        assert page.status_code == 200 and "kc-form-login" in Page(page.text).forms
    finally:
        login.browser.close()


def test_govbr_login_through_the_idp_hint(stack: Endpoints) -> None:
    login = govbr_login(MARIA_CPF)
    try:
        who = call("GET", "/auth/session", session=login.session)
        assert who.status_code == 200, who.text
        assert who.json()["username"] == f"govbr.{MARIA_CPF}"

        me = call("GET", "/api/v1/me", session=login.session)
        assert me.status_code == 200, me.text
        assert me.json()["subject"] == who.json()["subject"]
    finally:
        login.browser.close()


def test_keycloak_logout_reaches_the_gateway_by_back_channel(
    stack: Endpoints, admin: KeycloakAdmin, throwaway_user: tuple[str, str]
) -> None:
    login = password_login(*throwaway_user)
    try:
        session = login.session
        assert call("GET", "/api/v1/me", session=session).status_code == 200

        # An administrator (or the person, elsewhere) ends the Keycloak session.
        reply = admin.http.post(f"/users/{admin.user_id(throwaway_user[0])}/logout")
        assert reply.status_code == 204, reply.text

        wait_until(
            lambda: call("GET", "/auth/session", session=session).status_code == 401,
            within=15,
            what="back-channel logout",
        )
        assert call("GET", "/api/v1/me", session=session).status_code == 401
    finally:
        login.browser.close()


def test_replayed_callback_is_refused(stack: Endpoints) -> None:
    login = password_login(*DEMO_STAFF)
    try:
        replay = login.browser.request("GET", login.callback_url)
        assert replay.status_code == 401, replay.text
        assert replay.json()["type"] == "urn:tramita:problem:invalid-state"
    finally:
        login.browser.close()


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_open_redirect_is_refused(stack: Endpoints, target: str) -> None:
    reply = httpx.get(f"{GATEWAY}/auth/login", params={"return_to": target}, timeout=15)

    assert reply.status_code == 422, reply.text
    assert "location" not in reply.headers


def test_providers_for_the_login_page(stack: Endpoints) -> None:
    reply = httpx.get(f"{GATEWAY}/auth/providers", timeout=15)

    assert reply.status_code == 200
    assert {p["alias"] for p in reply.json()["providers"]} == {"govbr", "autenticacao-gov"}
