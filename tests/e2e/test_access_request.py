"""Journey 8 (seed 002; PRODUCT §3.4): access to the restricted portal through the real stack.

Someone without an account submits the form with a PDF at the public gateway route; the
validation e-mail (sent by identity through notifications' SendDirect) reaches the mail
catcher; following its link confirms the address; staff (demo.staff) list the request,
download the proof and approve it; identity creates the Keycloak account (username = the
address, e-mail verified, `first_login_otp` set) and Keycloak's own set-password e-mail
arrives. A second pending request for the address is refused; a rejected applicant is
told why (once notifications translates the event).

Local set-up this file makes sure of (through Keycloak's admin REST API, as the stack's
bootstrap administrator): the gateway's client may use client credentials (it hands the
public form to identity with its own token) and identity's service account holds the
realm-management roles manage-users and view-users.
"""

from __future__ import annotations

import hashlib
import html
import re
import secrets
import time
from collections.abc import Iterator
from urllib.parse import urljoin

import httpx
import pytest
from tramita_devstack.api import Endpoints

from .conftest import DEMO_CLIENT, password_token
from .test_login_codes import OTP_FORM, Browser, Login, Page, emailed_code

pytestmark = pytest.mark.e2e

REALM = "tramita"
PDF = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
)
LINK = re.compile(r"(/api/v1/access-requests/validate\?token=[A-Za-z0-9_\-]+)")
ACTION_TOKEN = re.compile(r"(https?://\S+/login-actions/action-token\?\S+)")
NEW_PASSWORD = "Aplic-pass1!"


class KeycloakAdmin:
    """The admin REST calls this journey needs, as the bootstrap administrator."""

    def __init__(self, stack: Endpoints) -> None:
        self.stack = stack
        self.http = httpx.Client(base_url=f"{stack.keycloak_url}/admin/realms/{REALM}", timeout=30)
        self._token, self._expires = "", 0.0

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
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
            self._token, self._expires = reply.json()["access_token"], time.monotonic() + 30
        headers = {"Authorization": f"Bearer {self._token}"}
        return self.http.request(method, path, headers=headers, **kwargs)

    def client(self, client_id: str) -> dict:
        [found] = self.request("GET", "/clients", params={"clientId": client_id}).json()
        return found

    def allow_client_credentials(self, client_id: str) -> None:
        client = self.client(client_id)
        if not client.get("serviceAccountsEnabled"):
            reply = self.request(
                "PUT", f"/clients/{client['id']}", json={**client, "serviceAccountsEnabled": True}
            )
            assert reply.status_code == 204, reply.text

    def grant_user_management(self, client_id: str) -> None:
        account = self.request(
            "GET", f"/clients/{self.client(client_id)['id']}/service-account-user"
        )
        user_id = account.json()["id"]
        management = self.client("realm-management")["id"]
        path = f"/users/{user_id}/role-mappings/clients/{management}"
        held = {r["name"] for r in self.request("GET", path).json()}
        wanted = {"manage-users", "view-users"} - held
        if wanted:
            roles = self.request("GET", f"/clients/{management}/roles").json()
            reply = self.request("POST", path, json=[r for r in roles if r["name"] in wanted])
            assert reply.status_code == 204, reply.text

    def user(self, user_id: str) -> dict:
        reply = self.request("GET", f"/users/{user_id}")
        assert reply.status_code == 200, reply.text
        return reply.json()

    def realm_roles(self, user_id: str) -> set[str]:
        return {
            r["name"] for r in self.request("GET", f"/users/{user_id}/role-mappings/realm").json()
        }


@pytest.fixture(scope="module")
def admin(stack: Endpoints) -> Iterator[KeycloakAdmin]:
    keycloak = KeycloakAdmin(stack)
    keycloak.allow_client_credentials("tramita-gateway")
    keycloak.grant_user_management("tramita-identity")
    yield keycloak
    keycloak.http.close()


@pytest.fixture
def address(admin: KeycloakAdmin) -> Iterator[str]:
    """A fresh applicant address; any account made for it is removed afterwards."""
    email = f"e2e.access.{secrets.token_hex(4)}@tramita.invalid"
    yield email
    for user in admin.request("GET", "/users", params={"email": email, "exact": "true"}).json():
        admin.request("DELETE", f"/users/{user['id']}")


def form(email: str, **changes: str) -> dict[str, str]:
    return {
        "name": "Ana Maria Aplicante",
        "email": email,
        "phone": "+351912345678",
        "organization": "Direção-Geral de Teste",
        "role": "Chefe de Divisão",
        "reason": "Pedido de certificados de assinatura qualificada",
        "first_login_channel": "email",
        "language": "pt-PT",
        **changes,
    }


async def submit(gateway: httpx.AsyncClient, email: str, **changes: str) -> httpx.Response:
    files = {"proof": ("nomeação.pdf", PDF, "application/pdf")}
    return await gateway.post("/api/v1/access-requests", data=form(email, **changes), files=files)


async def mails_to(mail: httpx.AsyncClient, address: str) -> list[dict]:
    reply = await mail.get("/api/v1/messages", params={"limit": 500})
    assert reply.status_code == 200, reply.text
    found = [m for m in reply.json()["messages"] if address in {t["Address"] for t in m["To"]}]
    return [(await mail.get(f"/api/v1/message/{m['ID']}")).json() for m in found]


def text_of(message: dict) -> str:
    return message.get("Text") or message.get("HTML") or ""


async def validation_link(mail: httpx.AsyncClient, address: str, poll) -> str:
    async def link() -> str | None:
        for message in await mails_to(mail, address):
            if found := LINK.search(text_of(message)):
                return found.group(1)
        return None

    return await poll(link, within=60, what=f"the validation e-mail to {address}")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def pending_request(gateway: httpx.AsyncClient, staff: str, request_id: str) -> dict | None:
    token = ""
    while True:
        reply = await gateway.get(
            "/api/v1/access-requests",
            params={"page_size": 100, "page_token": token},
            headers=bearer(staff),
        )
        assert reply.status_code == 200, reply.text
        page = reply.json()
        for item in page["items"]:
            if item["access_request_id"] == request_id:
                return item
        if not page["next_page_token"]:
            return None
        token = page["next_page_token"]


async def test_journey_8_submit_validate_approve_and_set_password(
    stack: Endpoints,
    gateway: httpx.AsyncClient,
    mail: httpx.AsyncClient,
    user_token: str,
    admin: KeycloakAdmin,
    address: str,
    poll,
) -> None:
    submitted = await submit(gateway, address)
    assert submitted.status_code == 201, submitted.text
    request_id = submitted.json()["access_request_id"]
    assert submitted.json()["state"] == "submitted"

    # A second request while this one is pending is refused.
    again = await submit(gateway, address.upper())
    assert again.status_code == 409, again.text
    assert again.json()["type"].endswith("access-request-pending")

    # Staff see nothing before the address is confirmed.
    assert await pending_request(gateway, user_token, request_id) is None

    link = await validation_link(mail, address, poll)
    confirmed = await gateway.get(link)
    assert confirmed.status_code == 200 and "confirmed" in confirmed.text
    reused = await gateway.post(
        "/api/v1/access-requests/validate", json={"token": link.split("token=")[1]}
    )
    assert reused.status_code == 409 and reused.json()["state"] == "email_validated"

    # Only staff list and decide.
    client = await password_token(stack, DEMO_CLIENT)
    refused = await gateway.get("/api/v1/access-requests", headers=bearer(client))
    assert refused.status_code == 403, refused.text
    assert (await gateway.get("/api/v1/access-requests")).status_code == 401

    found = await pending_request(gateway, user_token, request_id)
    assert found is not None, "the validated request is not listed for staff"
    assert found["application"]["email"] == address
    assert found["proof"]["sha256"] == hashlib.sha256(PDF).hexdigest()
    proof = await gateway.get(
        f"/api/v1/access-requests/{request_id}/proof", headers=bearer(user_token)
    )
    assert proof.status_code == 200 and proof.content == PDF
    assert proof.headers["content-type"] == "application/pdf"

    approved = await gateway.post(
        f"/api/v1/access-requests/{request_id}/approve",
        headers={**bearer(user_token), "Idempotency-Key": f"approve-{request_id}"},
    )
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["state"] == "approved" and body["person_id"]
    retried = await gateway.post(
        f"/api/v1/access-requests/{request_id}/approve",
        headers={**bearer(user_token), "Idempotency-Key": f"approve-{request_id}"},
    )
    assert retried.status_code == 200 and retried.json()["person_id"] == body["person_id"]

    account = admin.user(body["person_id"])
    assert (account["username"], account["email"], account["emailVerified"]) == (
        address,
        address,
        True,
    )
    assert account["attributes"]["first_login_otp"] == ["email"]
    assert account["attributes"]["phone_number"] == ["+351912345678"]
    assert "client" in admin.realm_roles(body["person_id"])

    async def set_password_mail() -> dict | None:
        for message in await mails_to(mail, address):
            if "/login-actions/action-token" in text_of(message):
                return message
        return None

    message = await poll(set_password_mail, within=60, what="Keycloak's set-password e-mail")
    assert message["From"]["Address"] == "no-reply@tramita.invalid"

    # Step 2 ends with the person setting a password through that link; step 3 is the
    # first login, which asks the one-time code sent to the chosen channel (e-mail).
    set_password(ACTION_TOKEN.search(text_of(message)).group(1))
    first = Login(stack)
    try:
        first.start(address, NEW_PASSWORD)
        assert OTP_FORM in first.page().forms, "the first login did not ask a one-time code"
        first.submit(OTP_FORM, {"otp-code": emailed_code(stack, address)})
        claims = first.tokens()
    finally:
        first.close()
    assert claims["sub"] == body["person_id"] and "client" in claims["realm_access"]["roles"]
    assert "first_login_otp" not in admin.user(body["person_id"]).get("attributes", {})

    decided = await gateway.post(
        f"/api/v1/access-requests/{request_id}/reject",
        json={"reason": "too late"},
        headers=bearer(user_token),
    )
    assert decided.status_code == 409 and decided.json()["state"] == "approved"


def set_password(url: str) -> None:
    """Follow Keycloak's set-password link as a browser: proceed, set the password."""
    browser = Browser()
    try:
        reply = browser.follow(browser.request("GET", url))
        for _ in range(3):
            forms = Page(reply.text).forms
            if "kc-passwd-update-form" in forms:
                form = forms["kc-passwd-update-form"]
                data = {
                    **form.fields,
                    "password-new": NEW_PASSWORD,
                    "password-confirm": NEW_PASSWORD,
                }
                target = urljoin(str(reply.url), form.action)
                done = browser.follow(browser.request("POST", target, data=data))
                assert done.status_code == 200, done.text
                return
            proceed = re.search(r'href="([^"]*login-actions/action-token[^"]*)"', reply.text)
            assert proceed, f"no set-password form nor proceed link at {reply.url}: {reply.text}"
            target = urljoin(str(reply.url), html.unescape(proceed.group(1)))
            reply = browser.follow(browser.request("GET", target))
        raise AssertionError("never reached the set-password form")
    finally:
        browser.close()


async def test_bad_forms_are_refused_field_by_field(gateway: httpx.AsyncClient) -> None:
    reply = await gateway.post(
        "/api/v1/access-requests",
        data=form("not-an-address", first_login_channel="sms", phone=""),
        files={"proof": ("x.png", b"\x89PNG\r\n", "image/png")},
    )
    assert reply.status_code == 422, reply.text
    assert {(v["field"], v["rule"]) for v in reply.json()["violations"]} == {
        ("email", "email"),
        ("phone", "required_for_sms"),
        ("proof", "pdf"),
    }


async def test_a_rejected_applicant_is_told_why(
    gateway: httpx.AsyncClient,
    mail: httpx.AsyncClient,
    user_token: str,
    admin: KeycloakAdmin,
    address: str,
    poll,
) -> None:
    submitted = await submit(gateway, address)
    assert submitted.status_code == 201, submitted.text
    request_id = submitted.json()["access_request_id"]
    link = await validation_link(mail, address, poll)
    validated = await gateway.post(
        "/api/v1/access-requests/validate", json={"token": link.split("token=")[1]}
    )
    assert validated.status_code == 200, validated.text
    reason = f"Sem vínculo à administração pública ({secrets.token_hex(2)})"
    rejected = await gateway.post(
        f"/api/v1/access-requests/{request_id}/reject",
        json={"reason": reason},
        headers=bearer(user_token),
    )
    assert rejected.status_code == 200, rejected.text
    assert (rejected.json()["state"], rejected.json()["decision_reason"]) == ("rejected", reason)
    # Rejected: a new request for the address is accepted again.
    anew = await submit(gateway, address)
    assert anew.status_code == 201, anew.text

    # The applicant has no account: identity tells them directly (SendDirect).
    async def rejection() -> dict | None:
        for message in await mails_to(mail, address):
            if reason in text_of(message):
                return message
        return None

    await poll(rejection, within=60, what="the rejection e-mail")
    await poll(lambda: _count(mail, address, reason, 1), within=5, what="exactly one notice")


async def _count(mail: httpx.AsyncClient, address: str, reason: str, wanted: int) -> bool:
    return sum(reason in text_of(m) for m in await mails_to(mail, address)) == wanted
