"""The real stack: MinIO, the SMTP catcher and Keycloak tokens with aud=tramita."""

from __future__ import annotations

import base64
import io
import json
import smtplib
import uuid
from email.message import EmailMessage

import httpx
import pytest
from tramita_devstack.api import ensure_running

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def eps():
    return ensure_running(["minio", "mail", "keycloak"])


def _claims(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _token(eps, **form: str) -> dict:
    url = f"{eps.keycloak_url}/realms/{eps.keycloak_realm}/protocol/openid-connect/token"
    response = httpx.post(url, data=form, timeout=30)
    assert response.status_code == 200, response.text
    return _claims(response.json()["access_token"])


def test_minio_put_and_get(eps) -> None:
    minio = pytest.importorskip("minio")
    client = minio.Minio(
        eps.minio_endpoint,
        access_key=eps.minio_access_key,
        secret_key=eps.minio_secret_key,
        secure=False,
    )
    bucket = "devstack-probe"
    if not client.bucket_exists(bucket):
        client.make_bucket(bucket)
    key = f"probe-{uuid.uuid4().hex}.txt"
    client.put_object(bucket, key, io.BytesIO(b"hello"), 5, content_type="text/plain")
    assert client.get_object(bucket, key).read() == b"hello"
    client.remove_object(bucket, key)


def test_smtp_message_is_readable_through_the_api(eps) -> None:
    subject = f"probe {uuid.uuid4().hex}"
    msg = EmailMessage()
    msg["From"] = "Tramita <noreply@tramita.invalid>"
    msg["To"] = "ana@example.org"
    msg["Subject"] = subject
    msg.set_content("plain body")
    msg.add_alternative("<p>html body</p>", subtype="html")
    with smtplib.SMTP(eps.smtp_host, eps.smtp_port, timeout=10) as smtp:
        smtp.send_message(msg)
    listing = httpx.get(f"{eps.mail_api_url}/api/v1/messages", timeout=10).json()
    found = [m for m in listing["messages"] if m["Subject"] == subject]
    assert found and found[0]["To"][0]["Address"] == "ana@example.org"
    full = httpx.get(f"{eps.mail_api_url}/api/v1/message/{found[0]['ID']}", timeout=10).json()
    assert full["Text"] == "plain body\n"
    assert full["HTML"] == "<p>html body</p>\n"
    assert full["Headers"]["Subject"] == [subject]


def test_demo_user_token_carries_audience_and_role(eps) -> None:
    claims = _token(
        eps,
        grant_type="password",
        client_id="tramita-gateway",
        client_secret="local-only-gateway-secret",
        username="demo.staff",
        password="Staff-demo1!",
        scope="openid",
    )
    assert "tramita" in claims["aud"]
    assert "staff" in claims["realm_access"]["roles"]
    assert claims["iss"] == f"{eps.keycloak_url}/realms/tramita"


@pytest.mark.parametrize(
    "service", ["identity", "registry", "requests", "alerts", "documents", "notifications"]
)
def test_service_client_credentials_token_carries_audience(eps, service: str) -> None:
    claims = _token(
        eps,
        grant_type="client_credentials",
        client_id=f"tramita-{service}",
        client_secret=f"local-only-{service}-secret",
    )
    assert "tramita" in claims["aud"]
    assert claims["azp"] == f"tramita-{service}"
