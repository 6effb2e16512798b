"""Accounts in Keycloak through its admin REST API, as identity's own service account.

The account `service-account-tramita-identity` needs the realm-management client roles
`manage-users` and `view-users`.
"""

import logging
from typing import Any

import httpx
from tramita_platform.errors import Unavailable
from tramita_platform.grpc_client import ServiceTokenSource

from tramita_identity.app.ports import NewAccount
from tramita_identity.domain.errors import AccountExists

log = logging.getLogger(__name__)
SECURITY_CODE_CREDENTIAL = "tramita-security-code"
SECURITY_CODE_ACTION = "tramita-security-code"


class AccountsRefused(RuntimeError):
    """Keycloak refused a call identity should be allowed to make (roles or policy)."""


class KeycloakAccounts:
    def __init__(
        self,
        *,
        keycloak_url: str,
        realm: str,
        http: httpx.AsyncClient,
        tokens: ServiceTokenSource,
        set_password_client_id: str = "",
        set_password_redirect_uri: str = "",
    ) -> None:
        self._base = f"{keycloak_url.rstrip('/')}/admin/realms/{realm}"
        self._http = http
        self._tokens = tokens
        self._client_id = set_password_client_id
        self._redirect_uri = set_password_redirect_uri

    async def create(self, account: NewAccount) -> str:
        body: dict[str, Any] = {
            "username": account.username,
            "email": account.email,
            "firstName": account.first_name,
            "lastName": account.last_name,
            "enabled": True,
            "emailVerified": account.email_verified,
            "attributes": {name: [value] for name, value in account.attributes.items()},
        }
        if account.temporary_password:
            body["credentials"] = [
                {"type": "password", "value": account.temporary_password, "temporary": True}
            ]
            body["requiredActions"] = ["UPDATE_PASSWORD"]
        reply = await self._call("POST", "/users", json=body)
        if reply.status_code == 409:
            message = reply.json().get("errorMessage", "") if reply.content else ""
            raise AccountExists("email" if "email" in message.lower() else "username")
        self._expect(reply, 201, "create an account")
        account_id = reply.headers["Location"].rstrip("/").rsplit("/", 1)[1]
        try:
            await self._grant_roles(account_id, account.realm_roles)
            await self._check_attributes(account_id, account.attributes)
        except BaseException:
            await self.delete(account_id)
            raise
        return account_id

    async def send_set_password_email(self, account_id: str, *, lifespan_seconds: int) -> None:
        params: dict[str, Any] = {"lifespan": lifespan_seconds}
        if self._client_id:
            params["client_id"] = self._client_id
            if self._redirect_uri:
                params["redirect_uri"] = self._redirect_uri
        reply = await self._call(
            "PUT",
            f"/users/{account_id}/execute-actions-email",
            params=params,
            json=["UPDATE_PASSWORD"],
        )
        self._expect(reply, 204, "send the set-password e-mail")

    async def set_temporary_password(self, account_id: str, password: str) -> None:
        reply = await self._call(
            "PUT",
            f"/users/{account_id}/reset-password",
            json={"type": "password", "value": password, "temporary": True},
        )
        self._expect(reply, 204, "set a temporary password")
        # Unlock (a permanent lockout also disabled the account) and ask for a new code.
        await self._call("DELETE", f"/attack-detection/brute-force/users/{account_id}")
        user = await self._user(account_id)
        actions = set(user.get("requiredActions") or []) | {"UPDATE_PASSWORD"}
        credentials = await self._call("GET", f"/users/{account_id}/credentials")
        self._expect(credentials, 200, "read the account's credentials")
        for credential in credentials.json():
            if credential.get("type") == SECURITY_CODE_CREDENTIAL:
                actions.add(SECURITY_CODE_ACTION)
                gone = await self._call(
                    "DELETE", f"/users/{account_id}/credentials/{credential['id']}"
                )
                self._expect(gone, 204, "remove the old security code")
        await self._update(
            account_id, {**user, "enabled": True, "requiredActions": sorted(actions)}
        )

    async def disable(self, account_id: str) -> None:
        user = await self._user(account_id)
        await self._update(account_id, {**user, "enabled": False})

    async def delete(self, account_id: str) -> None:
        reply = await self._call("DELETE", f"/users/{account_id}")
        if reply.status_code not in (204, 404):
            log.error("could not remove account %s (HTTP %s)", account_id, reply.status_code)

    async def _grant_roles(self, account_id: str, names: tuple[str, ...]) -> None:
        if not names:
            return
        path = f"/users/{account_id}/role-mappings/realm"
        available = await self._call("GET", f"{path}/available")
        self._expect(available, 200, "read the realm roles")
        roles = [r for r in available.json() if r.get("name") in names]
        missing = set(names) - {r["name"] for r in roles}
        if missing:
            raise AccountsRefused(f"realm roles not found: {', '.join(sorted(missing))}")
        self._expect(await self._call("POST", path, json=roles), 204, "grant realm roles")

    async def _check_attributes(self, account_id: str, wanted: dict[str, str]) -> None:
        """Keycloak drops attributes its user profile does not declare: say so loudly."""
        kept = (await self._user(account_id)).get("attributes") or {}
        dropped = sorted(name for name in wanted if name not in kept)
        if dropped:
            log.warning(
                "Keycloak did not keep user attributes %s: declare them in the realm's user "
                "profile",
                dropped,
            )

    async def _user(self, account_id: str) -> dict[str, Any]:
        reply = await self._call("GET", f"/users/{account_id}")
        self._expect(reply, 200, "read the account")
        return reply.json()

    async def _update(self, account_id: str, user: dict[str, Any]) -> None:
        reply = await self._call("PUT", f"/users/{account_id}", json=user)
        self._expect(reply, 204, "update the account")

    async def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        token = await self._tokens.token()
        headers = {"Authorization": f"Bearer {token}"}
        try:
            reply = await self._http.request(method, self._base + path, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            raise Unavailable("the identity provider cannot be reached") from exc
        if reply.status_code >= 500:
            raise Unavailable("the identity provider failed")
        return reply

    @staticmethod
    def _expect(reply: httpx.Response, status: int, what: str) -> None:
        if reply.status_code == status:
            return
        if reply.status_code in (401, 403):
            raise AccountsRefused(
                f"Keycloak refused to {what} (HTTP {reply.status_code}): identity's service "
                "account needs the realm-management roles manage-users and view-users"
            )
        raise AccountsRefused(f"Keycloak refused to {what}: HTTP {reply.status_code} {reply.text}")
