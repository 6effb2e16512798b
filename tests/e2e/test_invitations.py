"""Journey 7 over the real stack: a coordinator bulk-invites authorities; one registers
itself with the code from its e-mail and is validated; a duplicate e-mail is refused; a day
with more than 100 confirmed invitations is blocked until a platform administrator
releases it.

The platform administrator (demo.admin) registers a NIMIC and, until identity says who
its users are, stands in for it (the registry allows that for NIMICs only). The local
stack sends confirmed invitations at once (TRAMITA_INVITATION_SEND_IMMEDIATELY defaults to
on in the local profile) instead of the night after the 10:00 cut-off; the cut-off,
business days and expiry are proven in the registry's unit and integration tests (an
unused code expiring: tests/integration/test_sql_invitations.py, with a manual clock).
"""

import random
import re
import uuid

import httpx
import pytest

from .conftest import DEMO_STAFF, password_token

pytestmark = pytest.mark.e2e

SD, SD_REQ = "services-directive", "services-directive/requests"
CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
# ISO 3166 user-assigned codes: a fresh NIMIC (and so a fresh daily count) per run.
TEST_COUNTRIES = [f"X{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [
    f"Q{c}" for c in "MNOPQRSTUVWXYZ"
]


def csv_of(rows: list[tuple[str, str]]) -> bytes:
    return ("Nome / Name,E-mail\r\n" + "".join(f"{n},{e}\r\n" for n, e in rows)).encode()


async def messages_to(mail: httpx.AsyncClient, address: str) -> list[dict]:
    reply = await mail.get("/api/v1/messages", params={"limit": 500})
    assert reply.status_code == 200, reply.text
    summaries = [m for m in reply.json()["messages"] if address in {t["Address"] for t in m["To"]}]
    return [(await mail.get(f"/api/v1/message/{m['ID']}")).json() for m in summaries]


class Coordinator:
    """The NIMIC's desk through the gateway, driven by a platform administrator."""

    def __init__(self, gateway: httpx.AsyncClient, token: str, entity_id: str) -> None:
        self.gateway = gateway
        self.entity_id = entity_id
        self.headers = {"Authorization": f"Bearer {token}", "Acting-Entity-Id": entity_id}

    async def upload(self, rows: list[tuple[str, str]]) -> httpx.Response:
        return await self.gateway.post(
            "/api/v1/invitations/upload",
            content=csv_of(rows),
            headers={**self.headers, "Content-Type": "text/csv", "Idempotency-Key": _key()},
        )

    async def give_services(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            reply = await self.gateway.post(
                "/api/v1/invitations/bulk-edit",
                json={
                    "invitation_ids": ids[start : start + 1000],
                    "areas": [{"area": SD, "workflows": [SD_REQ]}],
                },
                headers=self.headers,
            )
            assert reply.status_code == 200, reply.text

    async def send(self, ids: list[str]) -> dict:
        reply = await self.gateway.post(
            "/api/v1/invitations/send",
            json={"invitation_ids": ids},
            headers={**self.headers, "Idempotency-Key": _key()},
        )
        assert reply.status_code == 200, reply.text
        return reply.json()

    async def invitation(self, invitation_id: str) -> dict:
        reply = await self.gateway.get(f"/api/v1/invitations/{invitation_id}", headers=self.headers)
        assert reply.status_code == 200, reply.text
        return reply.json()


def _key() -> str:
    return f"e2e-{uuid.uuid4()}"


@pytest.fixture
async def nimic(gateway: httpx.AsyncClient, admin_token: str) -> Coordinator:
    """A NIMIC of a test country that has none yet, registered by the platform admin."""
    auth = {"Authorization": f"Bearer {admin_token}"}
    countries = random.sample(TEST_COUNTRIES, len(TEST_COUNTRIES))
    for country in countries:
        taken = await gateway.get(
            "/api/v1/authorities", params={"country": country, "role": "NIMIC"}, headers=auth
        )
        assert taken.status_code == 200, taken.text
        if taken.json()["items"]:
            continue
        body = {
            "profile": {
                "official_name": f"Coordenação Nacional {country} (NIMIC)",
                "languages": ["pt", "en"],
                "contacts": {
                    "email": f"nimic+{uuid.uuid4().hex[:8]}@example.pt",
                    "preferred_language": "pt-PT",
                },
            },
            "country": country,
            "horizontal_role": "NIMIC",
        }
        created = await gateway.post(
            "/api/v1/authorities", json=body, headers={**auth, "Idempotency-Key": _key()}
        )
        assert created.status_code == 201, created.text
        entity = created.json()
        assert entity["status"] == "ACTIVE" and entity["horizontal_role"] == "NIMIC"
        return Coordinator(gateway, admin_token, entity["entity_id"])
    pytest.fail("every test country has a NIMIC already: reset the local stack")


async def test_bulk_invite_self_register_validate_and_duplicates(
    gateway: httpx.AsyncClient, nimic: Coordinator, mail: httpx.AsyncClient, poll
) -> None:
    run = uuid.uuid4().hex[:8]
    braga, porto = f"imi.braga+{run}@example.pt", f"imi.porto+{run}@example.pt"

    template = await gateway.get(
        "/api/v1/invitations/template", params={"format": "xlsx"}, headers=nimic.headers
    )
    assert template.status_code == 200 and template.content.startswith(b"PK")

    # Bulk upload: a duplicate of the NIMIC's own contact e-mail refuses the whole file.
    coordinator = await gateway.get(f"/api/v1/authorities/{nimic.entity_id}", headers=nimic.headers)
    own = coordinator.json()["profile"]["contacts"]["email"]
    refused = await nimic.upload([("Braga", braga), ("NIMIC", own.upper())])
    assert refused.status_code == 422, refused.text
    assert refused.json()["violations"] == [
        {
            "field": "rows[3].email",
            "rule": "duplicate_email",
            "description": "an existing entity already uses this e-mail",
        }
    ]
    uploaded = await nimic.upload([("Câmara Municipal de Braga", braga), ("Porto", porto)])
    assert uploaded.status_code == 201, uploaded.text
    drafts = uploaded.json()["items"]
    assert [(d["status"], d["bulk"], d["areas"]) for d in drafts] == [("DRAFT", True, [])] * 2
    ids = [d["invitation_id"] for d in drafts]

    # A duplicate e-mail, case- and space-insensitive, is refused one by one too.
    duplicate = await gateway.post(
        "/api/v1/invitations",
        json={"email": f" {braga.upper()} ", "display_name": "Braga de novo"},
        headers=nimic.headers,
    )
    assert duplicate.status_code == 409, duplicate.text
    assert duplicate.json()["type"] == "urn:tramita:problem:duplicate-email"

    # Bulk drafts have no workflow: sent as they are, they are rejected with the reason.
    outcome = await nimic.send(ids[:1])
    assert (outcome["sent"], outcome["rejected"]) == (0, 1)
    assert outcome["outcomes"][0]["invitation"]["rejection"] == "NO_WORKFLOW"
    await nimic.give_services(ids)
    outcome = await nimic.send(ids)
    assert (outcome["sent"], outcome["rejected"], outcome["blocked"]) == (2, 0, 0)

    async def invitation_mail() -> list[dict]:
        return await messages_to(mail, braga)

    (message,) = await poll(invitation_mail, within=60, what="the invitation e-mail")
    code = CODE.search(message["Text"]).group(0)
    assert own in message["Text"] and "/self-registration" in message["Text"]
    assert code not in message["Subject"]
    sent = await nimic.invitation(ids[0])
    assert sent["status"] == "AWAITING_REGISTRATION" and sent["expires_at"]

    # The invited entity registers itself with the code (public routes, no token).
    checked = await gateway.post(
        "/api/v1/public/registration-code", json={"registration_code": code.lower()}
    )
    assert checked.status_code == 200, checked.text
    assert checked.json()["coordinator_email"] == own
    form = {
        "registration_code": code,
        "profile": {
            "official_name": f"Câmara Municipal de Braga {run}",
            "languages": ["pt"],
            "contacts": {"phone": "+351253000000"},
            "competences": {"nace_codes": ["F"]},
        },
        "areas": [{"area": SD, "keywords": ["construction"]}],
        "first_user": {"name": "Ana Lopes", "email": f"ana.lopes+{run}@example.pt"},
    }
    registered = await gateway.post(
        "/api/v1/public/self-registration", json=form, headers={"Idempotency-Key": _key()}
    )
    assert registered.status_code == 201, registered.text
    summary = registered.json()
    assert summary["username"].startswith("alopes")
    assert summary["profile"]["contacts"]["email"] == braga
    entity_id = summary["entity_id"]
    again = await gateway.post("/api/v1/public/self-registration", json=form)
    assert again.status_code == 409
    assert again.json()["type"] == "urn:tramita:problem:registration-code-used"
    assert (await nimic.invitation(ids[0]))["status"] == "REGISTERED"

    # Only its validating coordinator sees it until validated; then it is active.
    pending = await gateway.get(f"/api/v1/authorities/{entity_id}", headers=nimic.headers)
    assert pending.json()["status"] == "REGISTRATION_REQUESTED"
    validated = await gateway.post(
        f"/api/v1/authorities/{entity_id}/validate",
        json={"workflows": [{"workflow": SD_REQ, "privileged_coordinator_ids": [nimic.entity_id]}]},
        headers=nimic.headers,
    )
    assert validated.status_code == 200, validated.text
    assert validated.json()["status"] == "ACTIVE"
    assert (await nimic.invitation(ids[0]))["status"] == "VALIDATED"

    # The other invitation is withdrawn: its code no longer opens the form.
    async def porto_mail() -> list[dict]:
        return await messages_to(mail, porto)

    (porto_message,) = await poll(porto_mail, within=60, what="the second invitation e-mail")
    porto_code = CODE.search(porto_message["Text"]).group(0)
    cancelled = await gateway.post(f"/api/v1/invitations/{ids[1]}/cancel", headers=nimic.headers)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "CANCELLED"
    withdrawn = await gateway.post(
        "/api/v1/public/registration-code", json={"registration_code": porto_code}
    )
    assert withdrawn.status_code == 409
    assert withdrawn.json()["type"] == "urn:tramita:problem:registration-code-withdrawn"
    unknown = await gateway.post(
        "/api/v1/public/registration-code", json={"registration_code": "0000-0000-0000-0000"}
    )
    assert unknown.status_code == 404


async def test_more_than_100_in_a_day_are_blocked_until_released(
    gateway: httpx.AsyncClient, nimic: Coordinator, stack, mail: httpx.AsyncClient, poll
) -> None:
    run = uuid.uuid4().hex[:8]
    rows = [(f"Entidade {n}", f"e2e.block.{n}+{run}@example.pt") for n in range(101)]
    uploaded = await nimic.upload(rows)
    assert uploaded.status_code == 201, uploaded.text
    ids = [d["invitation_id"] for d in uploaded.json()["items"]]
    await nimic.give_services(ids)
    outcome = await nimic.send(ids)
    assert (outcome["sent"], outcome["blocked"]) == (0, 101)
    blocked = outcome["outcomes"][0]["invitation"]
    day = blocked["confirmed_day"]

    listed = await gateway.get(
        "/api/v1/invitations",
        params={"status": "BLOCKED", "page_size": 100},
        headers=nimic.headers,
    )
    assert len(listed.json()["items"]) == 100 and listed.json()["next_page_token"]

    release = {"inviting_entity_id": nimic.entity_id, "day": day}
    staff = await password_token(stack, DEMO_STAFF)
    refused = await gateway.post(
        "/api/v1/invitations/release-day",
        json=release,
        headers={"Authorization": f"Bearer {staff}"},
    )
    assert refused.status_code == 403, refused.text
    assert (await nimic.invitation(ids[0]))["status"] == "BLOCKED"
    assert await messages_to(mail, rows[0][1]) == []

    released = await gateway.post(
        "/api/v1/invitations/release-day",
        json=release,
        headers={"Authorization": nimic.headers["Authorization"], "Idempotency-Key": _key()},
    )
    assert released.status_code == 200, released.text
    assert len(released.json()["items"]) == 101

    async def all_sent() -> bool:
        statuses = {(await nimic.invitation(i))["status"] for i in (ids[0], ids[50], ids[-1])}
        return statuses == {"AWAITING_REGISTRATION"}

    await poll(all_sent, within=60, what="the released invitations to go out", every=0.5)

    async def first_mail() -> list[dict]:
        return await messages_to(mail, rows[0][1])

    await poll(first_mail, within=60, what="a released invitation's e-mail")
