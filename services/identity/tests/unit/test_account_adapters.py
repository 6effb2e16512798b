"""The Keycloak admin adapter against a fake admin API (httpx.MockTransport), and sealing."""

import json

import httpx
import pytest
from cryptography.exceptions import InvalidTag
from tramita_identity.adapters.keycloak_accounts import AccountsRefused, KeycloakAccounts
from tramita_identity.adapters.sealing import PersonalDataSealer
from tramita_identity.app.ports import NewAccount
from tramita_identity.domain.errors import AccountExists
from tramita_platform.errors import Unavailable

BASE = "http://kc.test/admin/realms/tramita"


class FakeAdmin:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, object]] = []
        self.users: dict[str, dict] = {}
        self.credentials = [
            {"id": "c1", "type": "password"},
            {"id": "c2", "type": "tramita-security-code"},
        ]
        self.status_override: dict[tuple[str, str], int] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/admin/realms/tramita")
        body = json.loads(request.content) if request.content else None
        self.calls.append((request.method, path, body))
        assert request.headers["Authorization"] == "Bearer service-token"
        if (request.method, path) in self.status_override:
            return httpx.Response(self.status_override[(request.method, path)], json={})
        match request.method, path.split("/")[1:]:
            case "POST", ["users"]:
                if any(u["username"] == body["username"] for u in self.users.values()):
                    return httpx.Response(
                        409, json={"errorMessage": "User exists with same username"}
                    )
                if any(u["email"] == body["email"] for u in self.users.values()):
                    return httpx.Response(409, json={"errorMessage": "User exists with same email"})
                user_id = f"u{len(self.users) + 1}"
                self.users[user_id] = {**body, "id": user_id}
                return httpx.Response(201, headers={"Location": f"{BASE}/users/{user_id}"})
            case "GET", ["users", user_id, "role-mappings", "realm", "available"]:
                return httpx.Response(
                    200, json=[{"id": "r1", "name": "client"}, {"id": "r2", "name": "staff"}]
                )
            case "POST", ["users", user_id, "role-mappings", "realm"]:
                self.users[user_id]["roles"] = [r["name"] for r in body]
                return httpx.Response(204)
            case "GET", ["users", user_id]:
                return httpx.Response(200, json=self.users[user_id])
            case "PUT", ["users", user_id]:
                self.users[user_id] = body
                return httpx.Response(204)
            case "DELETE", ["users", user_id]:
                self.users.pop(user_id, None)
                return httpx.Response(204)
            case "GET", ["users", user_id, "credentials"]:
                return httpx.Response(200, json=self.credentials)
            case _:
                return httpx.Response(204)


class Tokens:
    async def token(self) -> str:
        return "service-token"


@pytest.fixture
def admin() -> FakeAdmin:
    return FakeAdmin()


@pytest.fixture
async def accounts(admin):
    async with httpx.AsyncClient(transport=httpx.MockTransport(admin)) as http:
        yield KeycloakAccounts(
            keycloak_url="http://kc.test",
            realm="tramita",
            http=http,
            tokens=Tokens(),
            set_password_client_id="tramita-gateway",
        )


def account(**changes) -> NewAccount:
    values = dict(
        username="ana@example.pt",
        email="ana@example.pt",
        first_name="Ana",
        last_name="Silva",
        email_verified=True,
        realm_roles=("client",),
        attributes={"first_login_otp": "email"},
    )
    return NewAccount(**{**values, **changes})


async def test_create_grants_roles_and_keeps_attributes(accounts, admin) -> None:
    user_id = await accounts.create(account())
    user = admin.users[user_id]
    assert user["attributes"] == {"first_login_otp": ["email"]}
    assert user["emailVerified"] is True and user["roles"] == ["client"]
    assert "credentials" not in user
    with pytest.raises(AccountExists) as clash:
        await accounts.create(account())
    assert clash.value.what == "username"
    with pytest.raises(AccountExists) as clash:
        await accounts.create(account(username="other"))
    assert clash.value.what == "email"


async def test_a_temporary_password_is_a_required_change(accounts, admin) -> None:
    user_id = await accounts.create(account(temporary_password="Temp-pass1", realm_roles=()))
    user = admin.users[user_id]
    assert user["credentials"] == [{"type": "password", "value": "Temp-pass1", "temporary": True}]
    assert user["requiredActions"] == ["UPDATE_PASSWORD"]


async def test_a_missing_role_removes_the_half_made_account(accounts, admin) -> None:
    with pytest.raises(AccountsRefused):
        await accounts.create(account(realm_roles=("authority-user",)))
    assert admin.users == {}


async def test_set_password_email_and_reset(accounts, admin) -> None:
    user_id = await accounts.create(account())
    await accounts.send_set_password_email(user_id, lifespan_seconds=3600)
    method, path, body = admin.calls[-1]
    assert (method, path, body) == (
        "PUT",
        f"/users/{user_id}/execute-actions-email",
        ["UPDATE_PASSWORD"],
    )
    await accounts.set_temporary_password(user_id, "Temp-pass2")
    paths = [(m, p) for m, p, _ in admin.calls]
    assert ("DELETE", f"/attack-detection/brute-force/users/{user_id}") in paths
    assert ("DELETE", f"/users/{user_id}/credentials/c2") in paths
    assert ("DELETE", f"/users/{user_id}/credentials/c1") not in paths
    user = admin.users[user_id]
    assert user["enabled"] is True
    assert user["requiredActions"] == ["UPDATE_PASSWORD", "tramita-security-code"]
    await accounts.disable(user_id)
    assert admin.users[user_id]["enabled"] is False


async def test_refusals_and_outages_are_explained(accounts, admin) -> None:
    admin.status_override[("POST", "/users")] = 403
    with pytest.raises(AccountsRefused, match="manage-users"):
        await accounts.create(account())
    admin.status_override[("POST", "/users")] = 503
    with pytest.raises(Unavailable):
        await accounts.create(account())


def test_sealing_round_trips_and_binds_the_record() -> None:
    sealer = PersonalDataSealer(b"a-master-key-for-unit-tests")
    sealed = sealer.seal("r1", {"email": "ana@example.pt"})
    assert b"ana@example.pt" not in sealed
    assert sealer.open("r1", sealed) == {"email": "ana@example.pt"}
    assert sealer.seal("r1", {"email": "ana@example.pt"}) != sealed  # fresh key and nonces
    with pytest.raises(InvalidTag):
        sealer.open("r2", sealed)  # moved to another record: refused
    with pytest.raises(InvalidTag):
        PersonalDataSealer(b"another-master-key-xyz").open("r1", sealed)
    assert sealer.index("ana@example.pt") == sealer.index("ana@example.pt")
    assert sealer.index("ana@example.pt") != PersonalDataSealer(b"another-master-key-xyz").index(
        "ana@example.pt"
    )
    with pytest.raises(ValueError):
        PersonalDataSealer(b"short")
