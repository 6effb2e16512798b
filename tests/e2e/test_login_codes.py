"""Tramita's own login steps through the real login pages (PRODUCT §3.4, §3.5; IMI 003 §3.2).

Realm `tramita` binds the browser flow `tramita-browser`, whose extra steps come from the
Keycloak extension in deploy/keycloak/extensions:

- users with realm role `authority-user` create a 12-character security code at their
  first login (required action `tramita-security-code`; a weak code is refused naming the
  rule) and later answer 3 randomly chosen characters of it; wrong answers count as failed
  logins, so the fifth locks the account;
- users whose attribute `first_login_otp` is `email` or `sms` get a 6-digit one-time code
  there (read here from the stack's mail and SMS catcher); the right code logs them in and
  removes the attribute, so the next login does not ask; three wrong codes fail the login.

An HTTP client plays the browser (authorization code + PKCE S256, the gateway's client);
each test works on throw-away users created and deleted through the admin REST API.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable, Iterator
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
GATEWAY_CLIENT = ("tramita-gateway", "local-only-gateway-secret")
REDIRECT_URI = f"http://127.0.0.1:{config.port('gateway')}/auth/callback"
PASSWORD = "Right-pass1!"
SECURITY_CODE = "Tr4mita-Code"  # 12 characters: letters, digits and a symbol
# Failures closer together than the realm's quickLoginCheckMilliSeconds (1 s) earn a
# throttle during which attempts are refused unchecked; a person is slower than that.
BETWEEN_ATTEMPTS = 1.2

SETUP_FORM = "tramita-security-code-setup-form"
CODE_FORM = "tramita-security-code-form"
OTP_FORM = "tramita-first-login-otp-form"
RESEND_FORM = "tramita-first-login-otp-resend-form"


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
    """httpx plus a cookie store that, unlike http.cookiejar over plain http, keeps
    Keycloak's `Secure; SameSite=None` cookies (the local stack has no TLS)."""

    def __init__(self) -> None:
        self.http = httpx.Client(timeout=30, follow_redirects=False)
        self.cookies: dict[tuple[str, str], str] = {}  # (path, name) -> value

    def close(self) -> None:
        self.http.close()

    def _cookie_header(self, url: str) -> str:
        path = urlsplit(url).path or "/"
        return "; ".join(
            f"{name}={value}"
            for (prefix, name), value in self.cookies.items()
            if path.startswith(prefix.rstrip("/") or "/")
        )

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        self.http.cookies.clear()
        reply = self.http.request(
            method, url, headers={"Cookie": self._cookie_header(url)}, **kwargs
        )
        for header in reply.headers.get_list("set-cookie"):
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                key = (morsel["path"] or "/", name)
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = morsel.value
        return reply

    def follow(self, reply: httpx.Response) -> httpx.Response:
        """Follow redirects, stopping at one to the gateway's redirect URI."""
        for _ in range(20):
            location = reply.headers.get("location")
            if not reply.is_redirect or location is None:
                return reply
            target = urljoin(str(reply.url), location)
            if target.startswith(REDIRECT_URI):
                return reply
            reply = self.request("GET", target)
        raise AssertionError("redirect loop")


def claims_of(jwt: str) -> dict:
    payload = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


class Login:
    """One browser login on realm tramita for the gateway's client, page by page."""

    def __init__(self, stack: Endpoints) -> None:
        self.oidc = f"{stack.keycloak_url}/realms/{REALM}/protocol/openid-connect"
        self.browser = Browser()
        self.verifier = secrets.token_urlsafe(64)
        self.state = secrets.token_urlsafe(16)
        self.reply: httpx.Response | None = None

    def close(self) -> None:
        self.browser.close()

    def start(self, username: str, password: str) -> httpx.Response:
        """Open the login page and submit the username and password."""
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(self.verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        reply = self.browser.request(
            "GET",
            f"{self.oidc}/auth",
            params={
                "client_id": GATEWAY_CLIENT[0],
                "response_type": "code",
                "scope": "openid",
                "redirect_uri": REDIRECT_URI,
                "state": self.state,
                "nonce": secrets.token_urlsafe(16),
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            },
        )
        assert reply.status_code == 200, reply.text
        self.reply = reply
        return self.submit("kc-form-login", {"username": username, "password": password})

    def page(self) -> Page:
        assert self.reply is not None and self.reply.status_code in (200, 400, 401), (
            self.reply and self.reply.text
        )
        return Page(self.reply.text)

    def form(self, form_id: str) -> Form:
        forms = self.page().forms
        assert form_id in forms, f"expected {form_id} at {self.reply.url}: {sorted(forms)}"
        return forms[form_id]

    def submit(self, form_id: str, data: dict[str, str]) -> httpx.Response:
        assert self.reply is not None
        form = self.form(form_id)
        self.reply = self.browser.follow(
            self.browser.request(
                "POST", urljoin(str(self.reply.url), form.action), data={**form.fields, **data}
            )
        )
        return self.reply

    @property
    def done(self) -> bool:
        return bool(
            self.reply is not None
            and self.reply.is_redirect
            and self.reply.headers["location"].startswith(REDIRECT_URI)
        )

    def tokens(self) -> dict:
        """Exchange the authorization code (with the PKCE verifier); the access token."""
        assert self.done, f"not back at the redirect URI: {self.reply.url}\n{self.reply.text}"
        query = parse_qs(urlsplit(self.reply.headers["location"]).query)
        assert query["state"] == [self.state]
        assert "error" not in query, query
        reply = httpx.post(
            f"{self.oidc}/token",
            data={
                "grant_type": "authorization_code",
                "code": query["code"][0],
                "redirect_uri": REDIRECT_URI,
                "code_verifier": self.verifier,
                "client_id": GATEWAY_CLIENT[0],
                "client_secret": GATEWAY_CLIENT[1],
            },
            timeout=30,
        )
        assert reply.status_code == 200, reply.text
        return claims_of(reply.json()["access_token"])

    def asked_positions(self) -> list[int]:
        """The 1-based positions the security-code page asks (from its field names)."""
        fields = self.form(CODE_FORM).fields
        return sorted(int(name.removeprefix("position-")) for name in fields)

    def answer(self, code: str) -> httpx.Response:
        """Answer the security-code page with the characters of `code` it asks for."""
        return self.submit(
            CODE_FORM, {f"position-{p}": code[p - 1] for p in self.asked_positions()}
        )


@pytest.fixture
def login(stack: Endpoints) -> Iterator[Callable[[], Login]]:
    """A factory of Login, closed after the test."""
    opened: list[Login] = []

    def new() -> Login:
        opened.append(Login(stack))
        return opened[-1]

    yield new
    for item in opened:
        item.close()


# ----------------------------------------------------------------------------- admin


class KeycloakAdmin:
    """The few admin REST calls these tests need, as the bootstrap administrator."""

    def __init__(self, stack: Endpoints) -> None:
        self.stack = stack
        self.http = httpx.Client(base_url=f"{stack.keycloak_url}/admin/realms/{REALM}", timeout=30)
        self._token = ""
        self._expires = 0.0

    def _auth(self) -> dict[str, str]:
        if time.monotonic() > self._expires:
            reply = httpx.post(
                f"{self.stack.keycloak_url}/realms/master/protocol/openid-connect/token",
                data={
                    "grant_type": "password",
                    "client_id": "admin-cli",
                    "username": self.stack.keycloak_admin_user,
                    "password": self.stack.keycloak_admin_password,
                },
                timeout=30,
            )
            reply.raise_for_status()
            self._token = reply.json()["access_token"]
            self._expires = time.monotonic() + 30
        return {"Authorization": f"Bearer {self._token}"}

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        return self.http.request(method, path, headers=self._auth(), **kwargs)

    def create_user(
        self,
        username: str,
        *,
        roles: tuple[str, ...] = (),
        attributes: dict | None = None,
        temporary: bool = False,
    ) -> str:
        reply = self.request(
            "POST",
            "/users",
            json={
                "username": username,
                "enabled": True,
                "email": f"{username}@tramita.invalid",
                "emailVerified": True,
                "firstName": "Codes",
                "lastName": "Test",
                "attributes": attributes or {},
                "credentials": [{"type": "password", "value": PASSWORD, "temporary": temporary}],
            },
        )
        assert reply.status_code == 201, reply.text
        user_id = reply.headers["Location"].rsplit("/", 1)[1]
        if roles:
            wanted = [self.request("GET", f"/roles/{role}").json() for role in roles]
            mapped = self.request("POST", f"/users/{user_id}/role-mappings/realm", json=wanted)
            assert mapped.is_success, mapped.text
        return user_id

    def user(self, user_id: str) -> dict:
        reply = self.request("GET", f"/users/{user_id}")
        assert reply.status_code == 200, reply.text
        return reply.json()

    def credentials(self, user_id: str) -> list[dict]:
        return self.request("GET", f"/users/{user_id}/credentials").json()

    def lockout(self, user_id: str) -> dict:
        reply = self.request("GET", f"/attack-detection/brute-force/users/{user_id}")
        assert reply.status_code == 200, reply.text
        return reply.json()

    def wait_for_lockout(self, user_id: str, failures: int, *, within: float = 15) -> dict:
        """Keycloak records failures (and their reset) asynchronously: wait until the
        count is `failures` (or the wait ends) and return the lockout status."""
        deadline = time.monotonic() + within
        while True:
            lockout = self.lockout(user_id)
            if lockout["numFailures"] == failures or time.monotonic() > deadline:
                return lockout
            time.sleep(0.2)


@pytest.fixture(scope="module")
def admin(stack: Endpoints) -> Iterator[KeycloakAdmin]:
    client = KeycloakAdmin(stack)
    yield client
    client.http.close()


@pytest.fixture
def users(admin: KeycloakAdmin) -> Iterator[Callable[..., tuple[str, str]]]:
    """Create throw-away users: users(prefix, roles=..., attributes=...) -> (id, name)."""
    created: list[str] = []

    def new(prefix: str, **kwargs) -> tuple[str, str]:
        username = f"e2e.{prefix}.{secrets.token_hex(4)}"
        created.append(admin.create_user(username, **kwargs))
        return created[-1], username

    yield new
    for user_id in created:
        admin.request("DELETE", f"/users/{user_id}")


def new_phone() -> str:
    return "+35196" + "".join(secrets.choice("0123456789") for _ in range(7))


def set_security_code(login: Callable[[], Login], username: str, code: str = SECURITY_CODE) -> None:
    """A first login of an authority user: create the code, land at the redirect URI."""
    first = login()
    first.start(username, PASSWORD)
    first.submit(SETUP_FORM, {"security-code": code, "security-code-confirm": code})
    first.tokens()


# ----------------------------------------------------------------------------- mail/SMS


def emailed_code(stack: Endpoints, address: str) -> str:
    """The 6-digit code in the newest e-mail to `address`."""
    deadline = time.monotonic() + 30
    while True:
        listing = httpx.get(f"{stack.mail_api_url}/api/v1/messages", params={"limit": 200})
        mine = [
            m
            for m in listing.json()["messages"]
            if any(to["Address"] == address for to in m.get("To") or [])
        ]
        if mine:
            break
        assert time.monotonic() < deadline, f"no e-mail to {address} in the mail catcher"
        time.sleep(0.3)
    message = httpx.get(f"{stack.mail_api_url}/api/v1/message/{mine[0]['ID']}").json()
    assert message["Subject"] == "Your Tramita login code"
    assert message["From"]["Address"] == "no-reply@tramita.invalid"
    found = re.search(r"\b(\d{6})\b", message["Text"])
    assert found, message["Text"]
    return found.group(1)


def texted(stack: Endpoints, phone: str) -> list[dict]:
    reply = httpx.get(f"{stack.mail_api_url}/api/v1/sms", params={"to": phone})
    assert reply.status_code == 200, reply.text
    return reply.json()["sms"]


def texted_code(stack: Endpoints, phone: str) -> str:
    deadline = time.monotonic() + 30
    while not (texts := texted(stack, phone)):
        assert time.monotonic() < deadline, f"no SMS to {phone} in the catcher"
        time.sleep(0.3)
    assert texts[0]["reference"].startswith("first-login-otp:")
    found = re.search(r"\b(\d{6})\b", texts[0]["body"])
    assert found, texts[0]
    return found.group(1)


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


# ----------------------------------------------------------------------------- tests


def test_realm_binds_tramitas_browser_flow(admin: KeycloakAdmin) -> None:
    realm = admin.request("GET", "").json()
    assert realm["browserFlow"] == "tramita-browser"
    assert realm["directGrantFlow"] == "direct grant"  # password grants as before
    actions = {
        a["alias"]: a for a in admin.request("GET", "/authentication/required-actions").json()
    }
    assert actions["tramita-security-code"]["enabled"] is True
    steps = {
        e.get("providerId"): e["requirement"]
        for e in admin.request("GET", "/authentication/flows/tramita-browser/executions").json()
    }
    assert steps["tramita-security-code"] == "REQUIRED"
    assert steps["tramita-first-login-otp"] == "REQUIRED"
    assert steps["conditional-user-role"] == "REQUIRED"


def test_authority_user_creates_a_security_code_then_answers_three_characters(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    user_id, username = users("authority", roles=("authority-user",))

    first = login()
    first.start(username, PASSWORD)
    assert "exactly 12 characters" in first.reply.text  # the rules are stated up front
    refused = {
        "Abc1!": "The security code must have exactly 12 characters.",
        "Abcdefgh1!xyz": "The security code must have exactly 12 characters.",
        "123456789!@#": "The security code must contain at least one letter.",
        "abcdefghij!@": "The security code must contain at least one digit.",
        "abcdefghij12": "The security code must contain at least one symbol.",
        "abc def1!ghi": "The security code may contain only letters",
    }
    for weak, rule in refused.items():
        first.submit(SETUP_FORM, {"security-code": weak, "security-code-confirm": weak})
        assert rule in first.reply.text, (weak, first.reply.text)
        assert not admin.credentials(user_id) or all(
            c["type"] != "tramita-security-code" for c in admin.credentials(user_id)
        )
    first.submit(SETUP_FORM, {"security-code": SECURITY_CODE, "security-code-confirm": "x" * 12})
    assert "The two security codes are not the same." in first.reply.text

    first.submit(
        SETUP_FORM, {"security-code": SECURITY_CODE, "security-code-confirm": SECURITY_CODE}
    )
    assert first.tokens()["preferred_username"] == username

    # Stored as a credential of its own type, hashed: nothing an administrator sees has it.
    (stored,) = [c for c in admin.credentials(user_id) if c["type"] == "tramita-security-code"]
    data = json.loads(stored["credentialData"])
    assert data == {
        "algorithm": "pbkdf2-sha256-triples",
        "iterations": data["iterations"],
        "length": 12,
        "asked": 3,
    }
    assert SECURITY_CODE not in json.dumps(stored)
    assert admin.user(user_id)["requiredActions"] == []

    # The next login asks 3 distinct positions; the right characters log in.
    second = login()
    second.start(username, PASSWORD)
    positions = second.asked_positions()
    assert len(set(positions)) == 3 and all(1 <= p <= 12 for p in positions)
    assert ", ".join(map(str, positions)) in second.reply.text
    second.answer(SECURITY_CODE)
    token = second.tokens()
    assert token["preferred_username"] == username
    assert "authority-user" in token["realm_access"]["roles"]


def test_a_temporary_password_is_changed_before_the_code_is_created(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    """IMI 003 §3.2: at first login change the password, then create the security code."""
    user_id, username = users("authority", roles=("authority-user",), temporary=True)
    new_password = "Changed-pass2!"

    first = login()
    first.start(username, PASSWORD)
    first.submit(
        "kc-passwd-update-form", {"password-new": new_password, "password-confirm": new_password}
    )
    assert SETUP_FORM in first.page().forms
    first.submit(
        SETUP_FORM, {"security-code": SECURITY_CODE, "security-code-confirm": SECURITY_CODE}
    )
    first.tokens()
    assert admin.user(user_id)["requiredActions"] == []

    later = login()
    later.start(username, new_password)
    later.answer(SECURITY_CODE)
    assert later.tokens()["preferred_username"] == username


def test_answers_are_case_sensitive_and_a_wrong_one_asks_new_positions(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    user_id, username = users("authority", roles=("authority-user",))
    set_security_code(login, username)

    attempt = login()
    attempt.start(username, PASSWORD)
    # The code has 10 letters among 12 characters: any 3 positions include a letter, so
    # the code with its case swapped is a wrong answer.
    attempt.answer(SECURITY_CODE.swapcase())
    assert "Wrong characters." in attempt.reply.text
    assert "tramita-security-code-form" in attempt.page().forms  # asked again
    assert admin.wait_for_lockout(user_id, 1)["numFailures"] == 1  # counted as a failure

    time.sleep(BETWEEN_ATTEMPTS)
    attempt.answer(SECURITY_CODE)
    assert attempt.tokens()["preferred_username"] == username
    assert admin.wait_for_lockout(user_id, 0)["numFailures"] == 0  # success resets


def test_five_wrong_security_code_answers_lock_the_account(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    user_id, username = users("authority", roles=("authority-user",))
    set_security_code(login, username)

    attempt = login()
    attempt.start(username, PASSWORD)
    for number in range(1, 6):
        attempt.answer("~" * 12)  # the code has no "~": always wrong
        assert admin.wait_for_lockout(user_id, number)["numFailures"] == number
        if number == 4:
            assert admin.lockout(user_id)["disabled"] is False, "locked before the fifth"
        time.sleep(BETWEEN_ATTEMPTS)

    lockout = admin.lockout(user_id)
    assert lockout["disabled"] is True
    assert lockout["numFailures"] == 5
    assert admin.user(user_id)["enabled"] is False  # permanent: until an administrator acts

    # Even the right password and code do not get in now.
    again = login()
    again.start(username, PASSWORD)
    assert not again.done
    assert CODE_FORM not in again.page().forms
    assert "kc-form-login" in again.page().forms


def test_first_login_code_by_email_then_no_code(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    user_id, username = users("otp.email", attributes={"first_login_otp": ["email"]})
    address = f"{username}@tramita.invalid"

    attempt = login()
    attempt.start(username, PASSWORD)
    assert OTP_FORM in attempt.page().forms
    assert "e***@tramita.invalid" in attempt.reply.text  # where it went, masked
    code = emailed_code(stack, address)

    # "Send a new code" right away is refused: there is a cooldown.
    attempt.submit(RESEND_FORM, {})
    assert re.search(r"Wait \d+ seconds before asking for a new code", attempt.reply.text)

    attempt.submit(OTP_FORM, {"otp-code": wrong(code)})
    assert "Wrong code. Attempts left: 2." in attempt.reply.text
    attempt.submit(OTP_FORM, {"otp-code": code})
    assert attempt.tokens()["preferred_username"] == username
    assert "first_login_otp" not in admin.user(user_id).get("attributes", {})
    assert admin.wait_for_lockout(user_id, 0)["numFailures"] == 0

    later = login()
    later.start(username, PASSWORD)
    assert later.done, "the second login must not ask a code"
    later.tokens()


def test_first_login_code_by_sms_then_no_code(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    phone = new_phone()
    user_id, username = users(
        "otp.sms", attributes={"first_login_otp": ["sms"], "phone_number": [phone]}
    )

    attempt = login()
    attempt.start(username, PASSWORD)
    assert OTP_FORM in attempt.page().forms
    assert f"***{phone[-3:]}" in attempt.reply.text
    code = texted_code(stack, phone)
    assert texted(stack, phone)[0]["body"] == (
        f"Tramita: your login code is {code}. It expires in 10 minutes."
    )
    attempt.submit(OTP_FORM, {"otp-code": f"{code[:3]} {code[3:]}"})  # spaces are fine
    assert attempt.tokens()["preferred_username"] == username
    assert "first_login_otp" not in admin.user(user_id).get("attributes", {})

    later = login()
    later.start(username, PASSWORD)
    assert later.done, "the second login must not ask a code"
    assert len(texted(stack, phone)) == 1  # and no second SMS went out


def test_three_wrong_codes_fail_the_login_and_count_one_failure(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    phone = new_phone()
    user_id, username = users(
        "otp.wrong", attributes={"first_login_otp": ["sms"], "phone_number": [phone]}
    )

    attempt = login()
    attempt.start(username, PASSWORD)
    code = texted_code(stack, phone)
    for _ in range(3):
        attempt.submit(OTP_FORM, {"otp-code": wrong(code)})
    assert "Too many wrong codes. Log in again to receive a new code." in attempt.reply.text
    assert OTP_FORM not in attempt.page().forms
    assert admin.wait_for_lockout(user_id, 1)["numFailures"] == 1
    assert admin.user(user_id)["attributes"]["first_login_otp"] == ["sms"]  # still to do

    time.sleep(BETWEEN_ATTEMPTS)
    retry = login()
    retry.start(username, PASSWORD)
    deadline = time.monotonic() + 30
    while len(texts := texted(stack, phone)) < 2:
        assert time.monotonic() < deadline, "no second code"
        time.sleep(0.3)
    new_code = re.search(r"\b(\d{6})\b", texts[0]["body"]).group(1)
    retry.submit(OTP_FORM, {"otp-code": new_code})
    assert retry.tokens()["preferred_username"] == username


def test_other_users_log_in_with_their_password_only(
    stack: Endpoints, admin: KeycloakAdmin, users, login
) -> None:
    user_id, username = users("plain")

    attempt = login()
    attempt.start(username, PASSWORD)
    assert attempt.done, f"unexpected page {attempt.reply.url}"
    assert attempt.tokens()["preferred_username"] == username
    assert not [c for c in admin.credentials(user_id) if c["type"] == "tramita-security-code"]
