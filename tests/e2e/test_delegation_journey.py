"""PRODUCT journey 1 through the real national-IdP login pages, the gateway and identity.

The holder of Metrologia's e-CNPJ certificate logs in and is recognized as its legal
representative; Ana (a non-acting partner at gov.br) logs in and is told to ask for
delegation; the representative delegates one process type; Ana may open that type and
no other, gets a notice in-app and by e-mail; a revocation stops it at once; nobody reads
a company they have no bond with.
"""

import asyncio
import uuid

import httpx
import pytest

from .test_brokered_login import (
    ANA_CPF,
    CERTIFICATE_LOGIN,
    IDP_PASSWORD,
    JOAO_CPF,
    METROLOGIA_CNPJ,
    brokered_login,
)
from .test_consent_and_acting import give_portal_consent
from .test_notifications import messages_to

pytestmark = pytest.mark.e2e

COMPANY = f"BR:CNPJ:{METROLOGIA_CNPJ}"
OPEN_X = "metrology-work-request"


async def login(stack, username: str, **kwargs) -> dict[str, str]:
    return (await login_with_claims(stack, username, **kwargs))[0]


async def login_with_claims(stack, username: str, **kwargs) -> tuple[dict[str, str], dict]:
    done = await asyncio.to_thread(brokered_login, stack, "govbr", username, IDP_PASSWORD, **kwargs)
    return {"Authorization": f"Bearer {done.token}"}, done.access


async def capabilities(gateway: httpx.AsyncClient, auth: dict[str, str]) -> httpx.Response:
    return await gateway.get(f"/api/v1/companies/{COMPANY}/capabilities", headers=auth)


async def test_representative_delegates_and_member_acts_only_within_it(
    stack, gateway: httpx.AsyncClient, mail: httpx.AsyncClient, poll
) -> None:
    carlos = await login(stack, CERTIFICATE_LOGIN)
    ana, ana_claims = await login_with_claims(stack, ANA_CPF)
    ana_me = (await gateway.get("/api/v1/me", headers=ana)).json()
    # Both answer the portal's consent screen first (PRODUCT §3.1; journey 1 "consents").
    await give_portal_consent(gateway, carlos)
    await give_portal_consent(gateway, ana)

    mine = await gateway.get("/api/v1/me/organizations", headers=carlos)
    assert mine.status_code == 200, mine.text
    (company,) = [o for o in mine.json()["items"] if o["organization_id"] == COMPANY]
    assert company["role"] == "legal_representative"
    assert company["process_types"] == ["*"]
    assert any(b["source"] == "certificate" for b in company["bonds"])

    # The stack outlives test runs: end what an earlier run may have left active.
    for earlier in (await capabilities(gateway, ana)).json()["delegations"]:
        await gateway.post(
            f"/api/v1/companies/{COMPANY}/delegations/{earlier['delegation_id']}/revoke",
            headers=carlos,
        )

    before = await capabilities(gateway, ana)
    assert before.status_code == 200, before.text
    assert before.json()["role"] == "member"
    assert before.json()["process_types"] == []
    assert "deleg" in before.json()["notice"].lower()

    refused = await gateway.post(
        f"/api/v1/companies/{COMPANY}/delegations",
        json={"member": {"person_id": ana_me["subject"]}, "process_types": [OPEN_X]},
        headers=ana,
    )
    assert refused.status_code == 403, refused.text

    async def delegation_notices() -> list[dict]:
        page = await gateway.get("/api/v1/me/notices", headers=ana)
        return [n for n in page.json()["items"] if n["kind"] == "delegation.granted"]

    seen = {n["notice_id"] for n in await delegation_notices()}
    seen_mail = {m["MessageID"] for m in await messages_to(mail, ana_claims["email"])}
    key = {"Idempotency-Key": f"journey1-{uuid.uuid4()}"}
    granted = await gateway.post(
        f"/api/v1/companies/{COMPANY}/delegations",
        json={"member": {"person_id": ana_me["subject"]}, "process_types": [OPEN_X]},
        headers={**carlos, **key},
    )
    assert granted.status_code == 201, granted.text
    delegation = granted.json()
    assert delegation["state"] == "active"
    again = await gateway.post(
        f"/api/v1/companies/{COMPANY}/delegations",
        json={"member": {"person_id": ana_me["subject"]}, "process_types": [OPEN_X]},
        headers={**carlos, **key},
    )
    assert again.json()["delegation_id"] == delegation["delegation_id"]

    after = (await capabilities(gateway, ana)).json()
    assert after["process_types"] == [OPEN_X]
    assert "other-process" not in after["process_types"]

    async def delegated_notice() -> list[dict]:
        return [n for n in await delegation_notices() if n["notice_id"] not in seen]

    (notice,) = await poll(delegated_notice, within=60, what="the delegation notice in-app")
    assert notice["link"].endswith("/processes")

    async def delegated_mail() -> list[dict]:
        mails = await messages_to(mail, ana_claims["email"])
        return [m for m in mails if m["MessageID"] not in seen_mail and OPEN_X in m["Text"]]

    (message,) = await poll(delegated_mail, within=60, what="the delegation e-mail")
    assert notice["link"] in message["Text"]
    assert ANA_CPF not in message["Text"]
    read = await gateway.post(f"/api/v1/me/notices/{notice['notice_id']}/read", headers=ana)
    assert read.status_code == 200 and read.json()["read_at"]

    revoked = await gateway.post(
        f"/api/v1/companies/{COMPANY}/delegations/{delegation['delegation_id']}/revoke",
        headers=carlos,
    )
    assert revoked.status_code == 200, revoked.text
    assert (await capabilities(gateway, ana)).json()["process_types"] == []
    twice = await gateway.post(
        f"/api/v1/companies/{COMPANY}/delegations/{delegation['delegation_id']}/revoke",
        headers=carlos,
    )
    assert twice.status_code == 409, twice.text

    history = await gateway.get(f"/api/v1/companies/{COMPANY}/history", headers=carlos)
    actions = [e["action"] for e in history.json()["items"]]
    assert any("grant" in a for a in actions) and any("revok" in a for a in actions), actions
    member_history = await gateway.get(f"/api/v1/companies/{COMPANY}/history", headers=ana)
    assert member_history.status_code == 403


async def test_a_person_without_a_bond_never_sees_the_company(
    stack, gateway: httpx.AsyncClient
) -> None:
    joao = await login(
        stack, JOAO_CPF, profile={"email": f"joao+{uuid.uuid4().hex[:8]}@example.br"}
    )
    for path in ("capabilities", "bonds", "delegations", "history"):
        reply = await gateway.get(f"/api/v1/companies/{COMPANY}/{path}", headers=joao)
        assert reply.status_code == 404, (path, reply.text)
    for path in ("members", "delegations"):
        body = (
            {"national_id": f"BR:CPF:{ANA_CPF}"}
            if path == "members"
            else {"member": {"national_id": f"BR:CPF:{ANA_CPF}"}, "process_types": [OPEN_X]}
        )
        reply = await gateway.post(f"/api/v1/companies/{COMPANY}/{path}", json=body, headers=joao)
        assert reply.status_code == 404, (path, reply.text)
