"""The walking skeleton over real parts.

HTTP (token from Keycloak) → gateway → gRPC (token verified again) → registry writes the
organization and its event in one transaction → relay → Kafka → the documents service's
consumer stores a receipt in MinIO exactly once → read back through the gateway and
straight from the bucket.
"""

import hashlib
import random

import httpx
import pytest
from minio import Minio

pytestmark = pytest.mark.e2e


def random_nipc() -> str:
    """A valid NIPC of a company (prefix 5), random enough not to collide between runs."""
    first = "5" + "".join(random.choices("0123456789", k=7))
    total = sum(int(d) * w for d, w in zip(first, range(9, 1, -1), strict=True))
    check = 0 if total % 11 < 2 else 11 - total % 11
    return first + str(check)


async def wait_for_documents(
    gateway: httpx.AsyncClient, auth: dict[str, str], organization_id: str, poll
) -> list[dict]:
    async def documents() -> list[dict] | None:
        reply = await gateway.get(
            f"/api/v1/organizations/{organization_id}/documents", headers=auth
        )
        assert reply.status_code == 200, reply.text
        return reply.json()["items"] or None

    return await poll(documents, within=60, what="the registration receipt")


async def test_registration_reaches_documents_and_minio(
    gateway: httpx.AsyncClient, user_token: str, minio_client: Minio, poll
) -> None:
    auth = {"Authorization": f"Bearer {user_token}"}
    nipc = random_nipc()
    body = {"tax_id": {"scheme": "NIPC", "value": nipc}, "name": "Metrologia Exemplo, Lda"}

    created = await gateway.post(
        "/api/v1/organizations", json=body, headers={**auth, "Idempotency-Key": f"e2e-{nipc}"}
    )
    assert created.status_code == 201, created.text
    organization = created.json()
    assert organization["tax_id"] == {"scheme": "NIPC", "value": nipc, "country": "PT"}

    docs = await wait_for_documents(gateway, auth, organization["organization_id"], poll)
    assert len(docs) == 1
    receipt = docs[0]
    assert receipt["kind"] == "registration-receipt"
    assert receipt["number"].startswith("RR-")

    content = await gateway.get(f"/api/v1/documents/{receipt['document_id']}/content", headers=auth)
    assert content.status_code == 200
    assert hashlib.sha256(content.content).hexdigest() == receipt["sha256"]
    assert content.content.startswith(b"%PDF-")
    assert f"organization_id: {organization['organization_id']}".encode() in content.content

    stored = minio_client.get_object(
        "tramita-documents", f"registration-receipt/{receipt['document_id']}"
    )
    try:
        assert stored.read() == content.content
    finally:
        stored.close()
        stored.release_conn()


async def test_retry_with_same_key_returns_first_and_issues_one_receipt(
    gateway: httpx.AsyncClient, user_token: str, poll
) -> None:
    auth = {
        "Authorization": f"Bearer {user_token}",
        "Idempotency-Key": "e2e-retry-" + random_nipc(),
    }
    body = {"tax_id": {"scheme": "NIPC", "value": random_nipc()}, "name": "Repetida SA"}
    first = await gateway.post("/api/v1/organizations", json=body, headers=auth)
    second = await gateway.post("/api/v1/organizations", json=body, headers=auth)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["organization_id"] == second.json()["organization_id"]
    docs = await wait_for_documents(gateway, auth, first.json()["organization_id"], poll)
    assert len(docs) == 1


async def test_unhappy_paths_are_problem_details(
    gateway: httpx.AsyncClient, user_token: str
) -> None:
    auth = {"Authorization": f"Bearer {user_token}"}
    nipc = random_nipc()
    body = {"tax_id": {"scheme": "NIPC", "value": nipc}, "name": "Primeira"}

    anonymous = await gateway.post("/api/v1/organizations", json=body)
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"].startswith("application/problem+json")

    forged = await gateway.post(
        "/api/v1/organizations",
        json=body,
        headers={"Authorization": "Bearer " + user_token[:-4] + "AAAA"},
    )
    assert forged.status_code == 401

    bad_digit = {
        **body,
        "tax_id": {"scheme": "NIPC", "value": nipc[:-1] + str((int(nipc[-1]) + 1) % 10)},
    }
    invalid = await gateway.post("/api/v1/organizations", json=bad_digit, headers=auth)
    assert invalid.status_code == 422, invalid.text
    assert {"field": "tax_id.value", "rule": "nipc_check_digit"}.items() <= (
        invalid.json()["violations"][0].items()
    )

    assert (await gateway.post("/api/v1/organizations", json=body, headers=auth)).status_code == 201
    duplicate = await gateway.post("/api/v1/organizations", json=body, headers=auth)
    assert duplicate.status_code == 409
    assert "PT:NIPC:" + nipc in duplicate.json()["detail"]

    missing = await gateway.get(
        "/api/v1/organizations/00000000-0000-0000-0000-000000000000", headers=auth
    )
    assert missing.status_code == 404


async def test_me_is_answered_by_the_identity_service_from_the_verified_token(
    gateway: httpx.AsyncClient, user_token: str
) -> None:
    reply = await gateway.get("/api/v1/me", headers={"Authorization": f"Bearer {user_token}"})
    assert reply.status_code == 200, reply.text
    me = reply.json()
    assert me["username"] == "demo.staff"
    assert "staff" in me["roles"]
    assert not any(role.startswith("default-roles-") for role in me["roles"])


async def test_a_client_may_not_register_organizations(
    gateway: httpx.AsyncClient, client_token: str
) -> None:
    body = {"tax_id": {"scheme": "NIPC", "value": random_nipc()}, "name": "Cliente, Lda"}
    reply = await gateway.post(
        "/api/v1/organizations", json=body, headers={"Authorization": f"Bearer {client_token}"}
    )
    assert reply.status_code == 403, reply.text
    problem = reply.json()
    assert problem["type"] == "urn:tramita:problem:role-not-allowed"
    assert problem["detail"] == "your roles do not allow you to register organizations"


async def test_anyone_verifies_a_receipt_and_a_modified_copy_fails(
    gateway: httpx.AsyncClient, user_token: str, poll
) -> None:
    """Public verification (PRODUCT §8, end of journey 3): no login needed."""
    auth = {"Authorization": f"Bearer {user_token}"}
    body = {"tax_id": {"scheme": "NIPC", "value": random_nipc()}, "name": "Verificada, Lda"}
    created = await gateway.post("/api/v1/organizations", json=body, headers=auth)
    assert created.status_code == 201, created.text
    (receipt,) = await wait_for_documents(gateway, auth, created.json()["organization_id"], poll)
    pdf = (
        await gateway.get(f"/api/v1/documents/{receipt['document_id']}/content", headers=auth)
    ).content

    by_number = await gateway.get("/api/v1/public/verify", params={"number": receipt["number"]})
    assert by_number.status_code == 200, by_number.text
    report = by_number.json()
    assert report["valid"] and report["registered"] and report["problems"] == []
    assert report["certificate_trusted"] and report["unmodified_since_signing"]
    assert report["level"] in ("B-B", "B-T") and report["signing_time"]

    upload = await gateway.post(
        "/api/v1/public/verify", content=pdf, headers={"Content-Type": "application/pdf"}
    )
    assert upload.status_code == 200 and upload.json()["valid"], upload.text
    assert upload.json()["number"] == receipt["number"]

    at = pdf.index(b"organization_id: ") + len(b"organization_id: ")
    tampered = pdf[:at] + (b"X" if pdf[at : at + 1] != b"X" else b"Y") + pdf[at + 1 :]
    forged = await gateway.post(
        "/api/v1/public/verify", content=tampered, headers={"Content-Type": "application/pdf"}
    )
    assert forged.status_code == 200, forged.text
    assert not forged.json()["valid"]
    assert "SIGNATURE_BROKEN" in forged.json()["problems"] or not forged.json()["signature_intact"]

    unknown = await gateway.get("/api/v1/public/verify", params={"number": "RR-1999-000001"})
    assert unknown.status_code == 404
