"""Consents, active company and welcome routes with a fake identity and notifications:
JSON ⇄ protobuf, the X-Acting-For header forwarded as metadata, errors as problems."""

from collections.abc import AsyncIterator
from types import SimpleNamespace

import grpc
import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.identity.v1 import identity_pb2 as pb
from tramita.notifications.v1 import notifications_pb2 as npb
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import deps
from tramita_gateway.settings import GatewaySettings
from tramita_platform.auth import Principal
from tramita_platform.errors import FailedPrecondition, NotFound

NOW = Timestamp(seconds=1_800_000_000)
ACME = "BR:CNPJ:27491536000103"
BETA = "BR:CNPJ:40982715000101"
ITEMS = [pb.ConsentItem(code="name", required=True), pb.ConsentItem(code="photo")]


def consent(**changes) -> pb.Consent:
    fields = {
        "consent_id": "c-1",
        "person_id": "maria",
        "service": "tramita-portal",
        "items": ["name"],
        "text_version": "v1",
        "given_at": NOW,
        "state": "current",
        **changes,
    }
    return pb.Consent(**fields)


class Fake:
    """Answers every call it knows; records (name, request, metadata)."""

    def __init__(self, replies: dict) -> None:
        self.replies = replies
        self.calls: list[tuple[str, object, object]] = []
        self.errors: dict[str, Exception] = {}

    def __getattr__(self, name: str):
        if name not in self.replies:
            raise AttributeError(name)

        async def call(request, metadata=None):
            self.calls.append((name, request, metadata))
            if name in self.errors:
                raise self.errors[name]
            reply = self.replies[name]
            return reply(request) if callable(reply) else reply

        return call


def acts_for(organization=ACME, role="member", types=("metrology-work-request",)) -> pb.ActsFor:
    return pb.ActsFor(
        organization_id=organization,
        actor_person_id="maria",
        role=role,
        process_types=list(types),
        source="chosen",
    )


@pytest.fixture
def identity() -> Fake:
    status = pb.ConsentStatus(
        service="tramita-portal", consent_required=False, items=ITEMS, text_version="v1"
    )
    status.current.CopyFrom(consent())
    return Fake(
        {
            "WhoAmI": pb.WhoAmIResponse(
                subject="maria",
                username="maria",
                active_organization_id=ACME,
                consent=status,
                acts_for=acts_for(),
            ),
            "ListMyOrganizations": pb.ListMyOrganizationsResponse(
                organizations=[
                    pb.MyOrganization(organization_id=ACME, role="member"),
                    pb.MyOrganization(
                        organization_id=BETA, role="legal_representative", process_types=["*"]
                    ),
                ]
            ),
            "GetConsentStatus": pb.GetConsentStatusResponse(status=status),
            "ListConsents": pb.ListConsentsResponse(
                consents=[consent(), consent(consent_id="c-0", state="withdrawn")]
            ),
            "GiveConsent": lambda r: pb.GiveConsentResponse(consent=consent(items=r.items)),
            "WithdrawConsent": lambda r: pb.WithdrawConsentResponse(
                consent=consent(consent_id=r.consent_id, state="withdrawn", withdrawn_at=NOW)
            ),
            "SetActingFor": lambda r: pb.SetActingForResponse(
                acts_for=acts_for(r.organization_id) if r.organization_id else None
            ),
        }
    )


@pytest.fixture
def notifications() -> Fake:
    return Fake({"CountUnread": npb.CountUnreadResponse(unread=3)})


class Verifier:
    async def verify(self, token: str) -> Principal:
        return Principal.from_claims({"sub": token}, audience="tramita")


@pytest.fixture
async def client(identity, notifications) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(GatewaySettings(service_client_secret="unit-test-gateway-secret"))
    app.state.verifier = Verifier()
    backends = SimpleNamespace(identity=identity, notifications=notifications)
    app.dependency_overrides[deps.services] = lambda: backends
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway.test") as http:
        http.headers["Authorization"] = "Bearer maria"
        yield http


async def test_the_welcome_names_the_company_and_what_may_be_started(
    client, identity, notifications
) -> None:
    reply = await client.get("/api/v1/me/welcome")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["acting_for"]["organization_id"] == ACME
    assert body["processes_i_can_start"] == ["metrology-work-request"]
    assert ACME in body["message"] and "delegated" in body["message"]
    assert body["pending_notices"] == 3
    assert [o["organization_id"] for o in body["organizations"]] == [ACME, BETA]
    assert not body["consent_required"]

    notifications.errors["CountUnread"] = grpc.aio.AioRpcError(
        grpc.StatusCode.UNAVAILABLE, grpc.aio.Metadata(), grpc.aio.Metadata(), "down"
    )
    assert (await client.get("/api/v1/me/welcome")).json()["pending_notices"] is None


async def test_the_acting_for_header_travels_as_metadata(client, identity) -> None:
    await client.get("/api/v1/me/welcome", headers={"X-Acting-For": BETA})
    _, _, metadata = identity.calls[0]
    assert metadata == (("authorization", "Bearer maria"), ("x-acting-for", BETA))
    await client.get("/api/v1/me/welcome")
    assert identity.calls[-1][2] == (("authorization", "Bearer maria"),)


async def test_switching_the_active_company(client, identity) -> None:
    reply = await client.put("/api/v1/me/acting-for", json={"organization_id": BETA})
    assert reply.status_code == 200, reply.text
    assert reply.json()["organization_id"] == BETA
    cleared = await client.put("/api/v1/me/acting-for", json={"organization_id": ""})
    assert cleared.status_code == 200 and cleared.json() is None
    identity.errors["SetActingFor"] = NotFound("organization not found")
    missing = await client.put("/api/v1/me/acting-for", json={"organization_id": BETA})
    assert missing.status_code == 404, missing.text


async def test_consents_are_listed_given_and_withdrawn(client, identity) -> None:
    listed = (await client.get("/api/v1/me/consents")).json()
    assert listed["status"]["items"] == [
        {"code": "name", "required": True},
        {"code": "photo", "required": False},
    ]
    assert listed["status"]["current"]["consent_id"] == "c-1"
    assert [c["state"] for c in listed["items"]] == ["current", "withdrawn"]

    given = await client.post(
        "/api/v1/me/consents", json={"items": ["name", "email"], "text_version": "v1"}
    )
    assert given.status_code == 201, given.text
    assert given.json()["items"] == ["name", "email"]
    assert identity.calls[-1][1].service == "tramita-portal"

    withdrawn = await client.post("/api/v1/me/consents/c-1/withdraw")
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["state"] == "withdrawn" and withdrawn.json()["withdrawn_at"]

    identity.errors["GiveConsent"] = FailedPrecondition(
        state="consent required", action="x", reason="CONSENT_REQUIRED"
    )
    refused = await client.post("/api/v1/me/consents", json={"items": [], "text_version": "v1"})
    assert refused.status_code == 409
    assert refused.json()["type"] == "urn:tramita:problem:consent-required"
