"""Notifications over real parts: events → directory → rules → templates → SMTP/SMS catcher,
the in-app inbox through the gateway, secrets sent directly over gRPC, dead letters.
"""

import random
import uuid

import grpc
import httpx
import pytest
from tramita.notifications.v1 import notifications_pb2 as pb
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita_devstack import apps, config

from .conftest import service_token
from .test_walking_skeleton import random_nipc

pytestmark = pytest.mark.e2e

# Never in any message: case content or a data subject (checked on every caught mail).
FORBIDDEN = ("Maria Forbidden Subject", "forbidden-question", "forbidden-description")


async def messages_to(mail: httpx.AsyncClient, address: str) -> list[dict]:
    reply = await mail.get("/api/v1/messages", params={"limit": 500})
    assert reply.status_code == 200, reply.text
    summaries = [m for m in reply.json()["messages"] if address in {t["Address"] for t in m["To"]}]
    return [(await mail.get(f"/api/v1/message/{m['ID']}")).json() for m in summaries]


async def test_registered_organization_is_told_at_its_mailbox_once(
    gateway: httpx.AsyncClient, user_token: str, mail: httpx.AsyncClient, poll
) -> None:
    auth = {"Authorization": f"Bearer {user_token}"}
    mailbox = f"geral+{uuid.uuid4().hex[:10]}@example.pt"
    body = {
        "tax_id": {"scheme": "NIPC", "value": random_nipc()},
        "name": "Balanças Rigorosas, Lda",
        "contact_email": mailbox,
    }
    created = await gateway.post("/api/v1/organizations", json=body, headers=auth)
    assert created.status_code == 201, created.text
    organization = created.json()
    assert organization["contact_email"] == mailbox
    assert organization["preferred_language"] == "pt-PT"

    async def arrived() -> list[dict]:
        return await messages_to(mail, mailbox)

    (message,) = await poll(arrived, within=60, what="the registration e-mail")
    assert "Balanças Rigorosas, Lda" in message["Subject"]
    link = f"http://{config.HOST}:{config.port('gateway')}/organizations/"
    assert link + organization["organization_id"] in message["Text"]
    assert "registada" in message["Text"].lower() or "registo" in message["Text"].lower()
    assert message["MessageID"].endswith("@tramita")
    for text in FORBIDDEN:
        assert text not in message["Text"] and text not in message["Subject"]


async def test_bad_contact_mailbox_is_refused_with_the_field(
    gateway: httpx.AsyncClient, user_token: str
) -> None:
    body = {
        "tax_id": {"scheme": "NIPC", "value": random_nipc()},
        "name": "Sem Correio, Lda",
        "contact_email": "not-an-address",
    }
    reply = await gateway.post(
        "/api/v1/organizations", json=body, headers={"Authorization": f"Bearer {user_token}"}
    )
    assert reply.status_code == 422, reply.text
    problem = reply.json()
    assert any(v["field"] == "contact_email" for v in problem["violations"]), problem


async def test_inbox_routes_are_the_callers_own(
    gateway: httpx.AsyncClient, user_token: str
) -> None:
    auth = {"Authorization": f"Bearer {user_token}"}
    page = await gateway.get("/api/v1/me/notices", params={"page_size": 5}, headers=auth)
    assert page.status_code == 200, page.text
    assert isinstance(page.json()["items"], list)
    unread = await gateway.get("/api/v1/me/notices/unread-count", headers=auth)
    assert unread.status_code == 200 and unread.json()["unread"] >= 0
    missing = await gateway.post(f"/api/v1/me/notices/{uuid.uuid4()}/read", headers=auth)
    assert missing.status_code == 404, missing.text
    bad_token = await gateway.get("/api/v1/me/notices", params={"page_token": "%%%"}, headers=auth)
    assert bad_token.status_code == 422, bad_token.text
    anonymous = await gateway.get("/api/v1/me/notices")
    assert anonymous.status_code == 401


async def test_alert_address_is_validated_and_kept(
    gateway: httpx.AsyncClient, user_token: str
) -> None:
    auth = {"Authorization": f"Bearer {user_token}"}
    bad = await gateway.put("/api/v1/me/alert-address", json={"alert_email": "x@"}, headers=auth)
    assert bad.status_code == 422, bad.text
    assert bad.json()["violations"][0]["field"] == "alert_email"
    good = await gateway.put(
        "/api/v1/me/alert-address", json={"alert_email": "alertas@example.pt"}, headers=auth
    )
    assert good.status_code == 200, good.text
    assert good.json() == {"alert_email": "alertas@example.pt"}


async def test_dead_letters_are_for_administrators_only(
    gateway: httpx.AsyncClient, user_token: str, admin_token: str
) -> None:
    staff = await gateway.get(
        "/api/v1/admin/dead-letters", headers={"Authorization": f"Bearer {user_token}"}
    )
    assert staff.status_code == 403, staff.text
    admin = await gateway.get(
        "/api/v1/admin/dead-letters", headers={"Authorization": f"Bearer {admin_token}"}
    )
    assert admin.status_code == 200, admin.text


async def send_direct(token: str, request: pb.SendDirectRequest) -> pb.SendDirectResponse:
    async with grpc.aio.insecure_channel(f"{config.HOST}:{apps.NOTIFICATIONS_GRPC}") as channel:
        stub = notifications_pb2_grpc.NotificationsServiceStub(channel)
        return await stub.SendDirect(
            request, metadata=(("authorization", f"Bearer {token}"),), timeout=10
        )


async def test_one_time_code_goes_by_sms_once_and_only_from_a_service(
    stack, mail: httpx.AsyncClient, user_token: str, poll
) -> None:
    phone = "+3519" + "".join(random.choices("0123456789", k=8))
    code = "".join(random.choices("0123456789", k=6))
    request = pb.SendDirectRequest(
        kind="login.one_time_code",
        channel=pb.CHANNEL_SMS,
        address=phone,
        language="pt-PT",
        params={"code": code, "valid_minutes": "10", "channel": "sms"},
        idempotency_key=f"otp-{phone}",
    )
    identity = await service_token(stack, "tramita-identity")
    first = await send_direct(identity, request)
    again = await send_direct(identity, request)
    assert again.message_id == first.message_id

    async def texts() -> list[dict]:
        reply = await mail.get("/api/v1/sms", params={"to": phone})
        return reply.json()["sms"]

    (sms,) = await poll(texts, within=60, what="the one-time code SMS")
    assert code in sms["body"]
    assert sms["reference"] == first.message_id

    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await send_direct(user_token, request)
    assert refused.value.code() is grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as not_secret:
        await send_direct(
            identity,
            pb.SendDirectRequest(
                kind="request.received",
                channel=pb.CHANNEL_EMAIL,
                address="x@example.pt",
                params={"reference": "1"},
                idempotency_key="k",
            ),
        )
    assert not_secret.value.code() is grpc.StatusCode.INVALID_ARGUMENT
