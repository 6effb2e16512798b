"""Journey 9 (PRODUCT §3.5, §11, §12): login hardening of realm `tramita`.

Five wrong passwords lock an account, which stays locked (even for the right password)
until an administrator unlocks it; a success resets the count; a weak password is
refused naming the rule it breaks; a temporary password forces a change; and the
realm's own e-mails (an administrator's reset) reach the local mail catcher.

Each test works on its own throw-away user, created and deleted through Keycloak's
admin REST API with the local stack's bootstrap administrator.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator

import httpx
import pytest
from tramita_devstack.api import Endpoints

pytestmark = pytest.mark.e2e

REALM = "tramita"
GATEWAY_CLIENT = ("tramita-gateway", "local-only-gateway-secret")
GOOD_PASSWORD = "Right-pass1!"
WRONG_PASSWORD = "Wrong-pass1!"
# Failures closer together than the realm's quickLoginCheckMilliSeconds (1 s) also earn
# a short throttle during which attempts are refused unchecked (and so not counted);
# a person typing is slower than that, so the test spaces its attempts likewise.
BETWEEN_ATTEMPTS = 1.2


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

    def create_user(self, username: str, password: str, *, temporary: bool = False) -> str:
        reply = self.request(
            "POST",
            "/users",
            json={
                "username": username,
                "enabled": True,
                "email": f"{username}@tramita.invalid",
                "emailVerified": True,
                "firstName": "Hardening",
                "lastName": "Test",
                "credentials": [{"type": "password", "value": password, "temporary": temporary}],
            },
        )
        assert reply.status_code == 201, reply.text
        return reply.headers["Location"].rsplit("/", 1)[1]

    def user(self, user_id: str) -> dict:
        reply = self.request("GET", f"/users/{user_id}")
        assert reply.status_code == 200, reply.text
        return reply.json()

    def lockout(self, user_id: str) -> dict:
        reply = self.request("GET", f"/attack-detection/brute-force/users/{user_id}")
        assert reply.status_code == 200, reply.text
        return reply.json()


@pytest.fixture(scope="module")
def admin(stack: Endpoints) -> Iterator[KeycloakAdmin]:
    client = KeycloakAdmin(stack)
    yield client
    client.http.close()


@pytest.fixture
def new_user(admin: KeycloakAdmin) -> Iterator[tuple[str, str]]:
    """(user id, username) of a fresh local account whose password is GOOD_PASSWORD."""
    username = f"e2e.hardening.{secrets.token_hex(4)}"
    user_id = admin.create_user(username, GOOD_PASSWORD)
    yield user_id, username
    admin.request("DELETE", f"/users/{user_id}")


def password_login(stack: Endpoints, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{stack.keycloak_url}/realms/{REALM}/protocol/openid-connect/token",
        data={
            "grant_type": "password",
            "client_id": GATEWAY_CLIENT[0],
            "client_secret": GATEWAY_CLIENT[1],
            "username": username,
            "password": password,
            "scope": "openid",
        },
        timeout=30,
    )


def fail_logins(stack: Endpoints, username: str, times: int) -> None:
    for _ in range(times):
        reply = password_login(stack, username, WRONG_PASSWORD)
        assert reply.status_code == 401 or reply.json()["error"] == "invalid_grant", reply.text
        time.sleep(BETWEEN_ATTEMPTS)


def test_realm_declares_the_password_rules_and_lockout(admin: KeycloakAdmin) -> None:
    realm = admin.request("GET", "").json()
    rules = set(realm["passwordPolicy"].split(" and "))
    assert {
        "length(7)",
        "maxLength(15)",
        "upperCase(1)",
        "lowerCase(3)",
        "specialChars(1)",
    } <= rules
    assert realm["bruteForceProtected"] is True
    assert realm["failureFactor"] == 5
    assert realm["permanentLockout"] is True
    assert realm["maxTemporaryLockouts"] == 0  # the first lockout is already permanent


def test_five_wrong_passwords_lock_until_an_administrator_unlocks(
    stack: Endpoints, admin: KeycloakAdmin, new_user: tuple[str, str]
) -> None:
    user_id, username = new_user
    assert password_login(stack, username, GOOD_PASSWORD).status_code == 200

    fail_logins(stack, username, 4)
    assert admin.lockout(user_id)["disabled"] is False, "locked before the fifth failure"
    fail_logins(stack, username, 1)

    lockout = admin.lockout(user_id)
    assert lockout["disabled"] is True
    assert lockout["numFailures"] == 5
    # The sixth attempt, with the RIGHT password, is refused too.
    refused = password_login(stack, username, GOOD_PASSWORD)
    assert refused.status_code in (400, 401), refused.text
    assert refused.json()["error"] == "invalid_grant"
    # Permanent: no waiting period ends it; the account is disabled until unlocked.
    assert admin.user(user_id)["enabled"] is False

    # An administrator unlocks (clears the failures and re-enables the account).
    assert admin.request("DELETE", f"/attack-detection/brute-force/users/{user_id}").is_success
    user = admin.user(user_id)
    assert admin.request("PUT", f"/users/{user_id}", json={**user, "enabled": True}).is_success
    assert password_login(stack, username, GOOD_PASSWORD).status_code == 200


def test_a_successful_login_resets_the_failure_count(
    stack: Endpoints, admin: KeycloakAdmin, new_user: tuple[str, str]
) -> None:
    user_id, username = new_user
    fail_logins(stack, username, 4)
    assert password_login(stack, username, GOOD_PASSWORD).status_code == 200
    fail_logins(stack, username, 4)

    assert admin.lockout(user_id)["disabled"] is False
    assert password_login(stack, username, GOOD_PASSWORD).status_code == 200


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        pytest.param("Ab-cde", "invalidPasswordMinLengthMessage", id="shorter-than-7"),
        pytest.param("Abcdefghijklm-!", None, id="exactly-15-is-fine"),
        pytest.param("Abcdefghijklmn-!", "invalidPasswordMaxLengthMessage", id="longer-than-15"),
        pytest.param("abcdef-1", "invalidPasswordMinUpperCaseCharsMessage", id="no-uppercase"),
        pytest.param("ABCDEf-1", "invalidPasswordMinLowerCaseCharsMessage", id="1-lowercase"),
        pytest.param("ABCDef-1", "invalidPasswordMinLowerCaseCharsMessage", id="2-lowercase"),
        pytest.param("Abcdefg1", "invalidPasswordMinSpecialCharsMessage", id="no-special"),
        pytest.param("Abc-def", None, id="exactly-7-is-fine"),
    ],
)
def test_weak_password_is_refused_naming_the_rule(
    admin: KeycloakAdmin, new_user: tuple[str, str], password: str, rule: str | None
) -> None:
    user_id, _ = new_user
    reply = admin.request(
        "PUT",
        f"/users/{user_id}/reset-password",
        json={"type": "password", "value": password, "temporary": False},
    )
    if rule is None:
        assert reply.status_code == 204, reply.text
    else:
        assert reply.status_code == 400, reply.text
        assert reply.json()["error"] == rule


def test_password_equal_to_the_username_is_refused(admin: KeycloakAdmin) -> None:
    username = f"e2e.same{secrets.token_hex(2)}"
    user_id = admin.create_user(username, GOOD_PASSWORD)
    try:
        # Keycloak stores usernames in lower case and compares them ignoring case, so
        # "E2e.same…" breaks only this rule (length, upper, lower and special are met).
        reply = admin.request(
            "PUT",
            f"/users/{user_id}/reset-password",
            json={"type": "password", "value": username.capitalize(), "temporary": False},
        )
        assert reply.status_code == 400, reply.text
        assert reply.json()["error"] == "invalidPasswordNotUsernameMessage"
    finally:
        admin.request("DELETE", f"/users/{user_id}")


def test_a_temporary_password_forces_a_change(stack: Endpoints, admin: KeycloakAdmin) -> None:
    username = f"e2e.temporary.{secrets.token_hex(4)}"
    user_id = admin.create_user(username, GOOD_PASSWORD, temporary=True)
    try:
        assert "UPDATE_PASSWORD" in admin.user(user_id)["requiredActions"]
        reply = password_login(stack, username, GOOD_PASSWORD)
        assert reply.status_code == 400, reply.text
        assert reply.json() == {
            "error": "invalid_grant",
            "error_description": "Account is not fully set up",
        }
    finally:
        admin.request("DELETE", f"/users/{user_id}")


def test_required_actions_are_enabled(admin: KeycloakAdmin) -> None:
    actions = {
        a["alias"]: a for a in admin.request("GET", "/authentication/required-actions").json()
    }
    for alias in ("UPDATE_PASSWORD", "CONFIGURE_TOTP", "VERIFY_EMAIL"):
        assert actions[alias]["enabled"] is True, alias


def test_an_administrators_reset_email_reaches_the_mail_catcher(
    stack: Endpoints, admin: KeycloakAdmin, new_user: tuple[str, str]
) -> None:
    user_id, username = new_user
    address = f"{username}@tramita.invalid"
    sent = admin.request(
        "PUT",
        f"/users/{user_id}/execute-actions-email",
        params={"lifespan": 3600},
        json=["UPDATE_PASSWORD"],
    )
    assert sent.status_code == 204, sent.text

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
        time.sleep(0.5)
    message = httpx.get(f"{stack.mail_api_url}/api/v1/message/{mine[0]['ID']}").json()
    assert message["From"]["Address"] == "no-reply@tramita.invalid"
    assert f"/realms/{REALM}/login-actions/action-token" in (message["Text"] or message["HTML"])
