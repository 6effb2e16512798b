"""Per-entity scoping of documents (PRODUCT §3.2, §8) through the real stack.

Staff register two organizations: one with a fresh NIPC nobody is bonded to, and
Metrologia (the CNPJ Maria is a partner of at the stand-in gov.br). The registration
receipts reach the documents service; staff see both; Maria, logged in through gov.br,
sees Metrologia's receipt (list, content, pre-signed link) and gets 404 for the other
organization's; João, with no company bonds, gets 404 for Metrologia's.
"""

import asyncio
import hashlib

import httpx
import pytest

from .test_brokered_login import (
    IDP_PASSWORD,
    JOAO_CPF,
    MARIA_CPF,
    METROLOGIA_CNPJ,
    brokered_login,
)
from .test_walking_skeleton import random_nipc

pytestmark = pytest.mark.e2e


async def govbr_login(stack, cpf: str) -> dict[str, str]:
    done = await asyncio.to_thread(brokered_login, stack, "govbr", cpf, IDP_PASSWORD)
    return {"Authorization": f"Bearer {done.token}"}


async def register(gateway: httpx.AsyncClient, staff: dict, scheme: str, value: str) -> str:
    """The organization's id; an already registered one (409) is found in the listing."""
    body = {"tax_id": {"scheme": scheme, "value": value}, "name": f"Scoping {scheme} {value}"}
    created = await gateway.post("/api/v1/organizations", json=body, headers=staff)
    if created.status_code == 201:
        return created.json()["organization_id"]
    assert created.status_code == 409, created.text
    token = ""
    while True:
        page = await gateway.get(
            "/api/v1/organizations",
            params={"page_size": 100, "page_token": token},
            headers=staff,
        )
        assert page.status_code == 200, page.text
        for organization in page.json()["items"]:
            if (organization["tax_id"]["scheme"], organization["tax_id"]["value"]) == (
                scheme,
                value,
            ):
                return organization["organization_id"]
        token = page.json()["next_page_token"]
        assert token, f"{scheme} {value} is registered but not listed"


async def receipt_of(gateway, staff, organization_id: str, poll) -> dict:
    async def listed() -> dict | None:
        reply = await gateway.get(
            f"/api/v1/organizations/{organization_id}/documents",
            params={"kind": "registration-receipt"},
            headers=staff,
        )
        assert reply.status_code == 200, reply.text
        items = reply.json()["items"]
        return items[0] if items else None

    return await poll(listed, within=60, what="the registration receipt")


async def test_documents_are_scoped_to_bonded_people_and_staff(
    stack, gateway: httpx.AsyncClient, user_token: str, poll
) -> None:
    staff = {"Authorization": f"Bearer {user_token}"}
    stranger_org = await register(gateway, staff, "NIPC", random_nipc())
    metrologia = await register(gateway, staff, "CNPJ", METROLOGIA_CNPJ)
    stranger_receipt = await receipt_of(gateway, staff, stranger_org, poll)
    metrologia_receipt = await receipt_of(gateway, staff, metrologia, poll)

    # Staff of the issuing agency: everything, including the pre-signed link.
    content = await gateway.get(
        f"/api/v1/documents/{stranger_receipt['document_id']}/content", headers=staff
    )
    assert content.status_code == 200
    assert hashlib.sha256(content.content).hexdigest() == stranger_receipt["sha256"]
    issued = await gateway.get(
        "/api/v1/documents", params={"number_prefix": "RR-", "page_size": 5}, headers=staff
    )
    assert issued.status_code == 200 and issued.json()["items"], issued.text

    maria = await govbr_login(stack, MARIA_CPF)

    # Another entity's documents: 404 for the listing, the content and the link.
    for path in (
        f"/api/v1/organizations/{stranger_org}/documents",
        f"/api/v1/documents/{stranger_receipt['document_id']}/content",
        f"/api/v1/documents/{stranger_receipt['document_id']}/link",
    ):
        refused = await gateway.get(path, headers=maria)
        assert refused.status_code == 404, (path, refused.text)
        assert refused.headers["content-type"].startswith("application/problem+json")
    # Same answer as for an organization that does not exist; no listing of everything.
    unknown = await gateway.get(
        "/api/v1/organizations/00000000-0000-0000-0000-000000000000/documents", headers=maria
    )
    assert unknown.status_code == 404
    assert (await gateway.get("/api/v1/documents", headers=maria)).status_code == 404

    # Her own company's documents: listed, downloaded, and a link that really downloads.
    listed = await gateway.get(f"/api/v1/organizations/{metrologia}/documents", headers=maria)
    assert listed.status_code == 200, listed.text
    assert metrologia_receipt["document_id"] in [d["document_id"] for d in listed.json()["items"]]
    own = await gateway.get(
        f"/api/v1/documents/{metrologia_receipt['document_id']}/content", headers=maria
    )
    assert own.status_code == 200, own.text
    link = await gateway.get(
        f"/api/v1/documents/{metrologia_receipt['document_id']}/link", headers=maria
    )
    assert link.status_code == 200, link.text
    assert link.json()["sha256"] == metrologia_receipt["sha256"]
    async with httpx.AsyncClient(timeout=10) as http:
        downloaded = await http.get(link.json()["url"])
    assert downloaded.status_code == 200
    assert hashlib.sha256(downloaded.content).hexdigest() == metrologia_receipt["sha256"]

    # João has no company bonds: Metrologia's documents do not exist for him.
    joao = await govbr_login(stack, JOAO_CPF)
    assert (
        await gateway.get(f"/api/v1/organizations/{metrologia}/documents", headers=joao)
    ).status_code == 404
    assert (
        await gateway.get(
            f"/api/v1/documents/{metrologia_receipt['document_id']}/link", headers=joao
        )
    ).status_code == 404
