"""Consent (PRODUCT §3.1) and acting-as (§3.2, ADR 0008) through the real stack.

Maria logs in through the stand-in gov.br, where she is a partner of Metrologia and the
accountant of Contábil: WhoAmI tells her consent is required, a company action is refused
until she consents, a withdrawal stops it again at once; then she switches the company
she acts for without logging in again, and WhoAmI and the welcome follow.
"""

import asyncio
import uuid

import httpx
import pytest

from .test_brokered_login import (
    CONTABIL_CNPJ,
    IDP_PASSWORD,
    MARIA_CPF,
    METROLOGIA_CNPJ,
    brokered_login,
)

pytestmark = pytest.mark.e2e

METROLOGIA = f"BR:CNPJ:{METROLOGIA_CNPJ}"
CONTABIL = f"BR:CNPJ:{CONTABIL_CNPJ}"
UNRELATED = "BR:CNPJ:11222333000181"  # valid, and no bond of Maria's
PORTAL = "tramita-portal"


async def govbr_login(stack, cpf: str) -> dict[str, str]:
    done = await asyncio.to_thread(brokered_login, stack, "govbr", cpf, IDP_PASSWORD)
    return {"Authorization": f"Bearer {done.token}"}


async def give_portal_consent(gateway: httpx.AsyncClient, auth: dict[str, str]) -> dict:
    """Answer the portal's consent screen with every item it lists (idempotent)."""
    status = (await gateway.get("/api/v1/me/consents", headers=auth)).json()["status"]
    given = await gateway.post(
        "/api/v1/me/consents",
        json={
            "service": PORTAL,
            "items": [i["code"] for i in status["items"]],
            "text_version": status["text_version"],
        },
        headers=auth,
    )
    assert given.status_code == 201, given.text
    return given.json()


async def withdraw_portal_consent(gateway: httpx.AsyncClient, auth: dict[str, str]) -> None:
    """The stack outlives test runs: withdraw what an earlier run consented to."""
    listed = (await gateway.get("/api/v1/me/consents", headers=auth)).json()
    current = listed["status"]["current"]
    if current is not None:
        reply = await gateway.post(
            f"/api/v1/me/consents/{current['consent_id']}/withdraw", headers=auth
        )
        assert reply.status_code == 200, reply.text


async def test_company_actions_wait_for_consent(stack, gateway: httpx.AsyncClient) -> None:
    maria = await govbr_login(stack, MARIA_CPF)
    await withdraw_portal_consent(gateway, maria)

    me = await gateway.get("/api/v1/me/welcome", headers=maria)
    assert me.status_code == 200, me.text
    assert me.json()["consent_required"] is True
    screen = me.json()["consent"]
    codes = {i["code"]: i["required"] for i in screen["items"]}
    assert set(codes) == {"name", "national_id", "phone", "email", "photo", "company_data"}
    assert codes["photo"] is False and codes["national_id"] is True
    assert screen["text_version"]

    # Ana must have logged in once so identity knows her bond (on a fresh stack too).
    ana_login = await govbr_login(stack, "20581694333")
    assert (await gateway.get("/api/v1/me", headers=ana_login)).status_code == 200
    process = f"consent-check-{uuid.uuid4().hex[:8]}"
    ana = {"member": {"national_id": "BR:CPF:20581694333"}, "process_types": [process]}
    path = f"/api/v1/companies/{METROLOGIA}/delegations"
    refused = await gateway.post(path, json=ana, headers=maria)
    assert refused.status_code == 409, refused.text
    assert refused.json()["type"] == "urn:tramita:problem:consent-required"
    assert "consent required" in refused.json()["detail"]

    consent = await give_portal_consent(gateway, maria)
    assert consent["state"] == "current" and consent["service"] == PORTAL
    assert (await gateway.get("/api/v1/me/welcome", headers=maria)).json()[
        "consent_required"
    ] is False
    granted = await gateway.post(path, json=ana, headers=maria)
    assert granted.status_code == 201, granted.text
    revoked = await gateway.post(f"{path}/{granted.json()['delegation_id']}/revoke", headers=maria)
    assert revoked.status_code == 200, revoked.text

    withdrawn = await gateway.post(
        f"/api/v1/me/consents/{consent['consent_id']}/withdraw", headers=maria
    )
    assert withdrawn.status_code == 200 and withdrawn.json()["state"] == "withdrawn"
    again = await gateway.post(path, json=ana, headers=maria)
    assert again.status_code == 409, again.text
    history = (await gateway.get("/api/v1/me/consents", headers=maria)).json()["items"]
    assert history[0]["consent_id"] == consent["consent_id"]
    assert history[0]["withdrawn_at"]  # recorded, not deleted

    await give_portal_consent(gateway, maria)  # leave Maria consented for other tests


async def test_switching_the_active_company_without_a_new_login(
    stack, gateway: httpx.AsyncClient
) -> None:
    maria = await govbr_login(stack, MARIA_CPF)
    await give_portal_consent(gateway, maria)

    mine = (await gateway.get("/api/v1/me/organizations", headers=maria)).json()["items"]
    assert {o["organization_id"] for o in mine} >= {METROLOGIA, CONTABIL}

    chosen = await gateway.put(
        "/api/v1/me/acting-for", json={"organization_id": METROLOGIA}, headers=maria
    )
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["role"] == "legal_representative"
    welcome = (await gateway.get("/api/v1/me/welcome", headers=maria)).json()
    assert welcome["acting_for"]["organization_id"] == METROLOGIA
    assert welcome["processes_i_can_start"] == ["*"]
    assert METROLOGIA in welcome["message"]
    assert isinstance(welcome["pending_notices"], int)
    me = (await gateway.get("/api/v1/me", headers=maria)).json()
    assert me["active_organization_id"] == METROLOGIA

    switched = await gateway.put(
        "/api/v1/me/acting-for", json={"organization_id": CONTABIL}, headers=maria
    )
    assert switched.status_code == 200, switched.text
    assert switched.json()["role"] == "member"
    welcome = (await gateway.get("/api/v1/me/welcome", headers=maria)).json()
    assert welcome["acting_for"]["organization_id"] == CONTABIL
    assert welcome["acting_for"]["role"] == "member"
    assert CONTABIL in welcome["message"]
    me = (await gateway.get("/api/v1/me", headers=maria)).json()
    assert me["active_organization_id"] == CONTABIL

    # One request may name the company itself; the recorded choice stays.
    header = {**maria, "X-Acting-For": METROLOGIA}
    named = (await gateway.get("/api/v1/me", headers=header)).json()
    assert named["active_organization_id"] == METROLOGIA
    after = (await gateway.get("/api/v1/me", headers=maria)).json()
    assert after["active_organization_id"] == CONTABIL

    for refused in (
        await gateway.put(
            "/api/v1/me/acting-for", json={"organization_id": UNRELATED}, headers=maria
        ),
        await gateway.get("/api/v1/me", headers={**maria, "X-Acting-For": UNRELATED}),
    ):
        assert refused.status_code == 404, refused.text
