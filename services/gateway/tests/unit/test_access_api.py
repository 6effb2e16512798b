"""Access request and authority user routes with a fake identity service: the multipart
form, the public calls with the gateway's own token, the proof download, the mapping."""

from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.identity.v1 import identity_pb2 as pb
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import access_api, deps
from tramita_gateway.entrypoints.access_api import parse_multipart
from tramita_gateway.settings import GatewaySettings
from tramita_platform.errors import FailedPrecondition, InvalidArgument, NotFound

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n%%EOF"
NOW = Timestamp(seconds=1_800_000_000)


def access_request(**changes) -> pb.AccessRequest:
    values = {"access_request_id": "r1", "state": "email_validated", **changes}
    return pb.AccessRequest(
        application=pb.AccessApplication(
            name="Ana",
            email="ana@example.pt",
            organization="DG",
            role="Chefe",
            reason="Certificados",
            first_login_channel=pb.FIRST_LOGIN_CHANNEL_SMS,
            preferred_language="pt-PT",
        ),
        proof=pb.ProofInfo(
            filename="nomeação.pdf", media_type="application/pdf", size=len(PDF), sha256="ab"
        ),
        submitted_at=NOW,
        **values,
    )


class FakeIdentity:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.validate_error: Exception | None = None

    async def SubmitAccessRequest(self, request, metadata=None):
        self.calls.append(("submit", request, metadata))
        return pb.SubmitAccessRequestResponse(
            access_request_id="r1", state="submitted", validation_expires_at=NOW
        )

    async def ValidateAccessRequestEmail(self, request, metadata=None):
        self.calls.append(("validate", request, metadata))
        if self.validate_error:
            raise self.validate_error
        return pb.ValidateAccessRequestEmailResponse(
            access_request_id="r1", state="email_validated"
        )

    async def ListAccessRequests(self, request, metadata=None):
        self.calls.append(("list", request, metadata))
        return pb.ListAccessRequestsResponse(access_requests=[access_request()])

    def GetAccessRequestProof(self, request, metadata=None):
        self.calls.append(("proof", request, metadata))

        async def chunks() -> AsyncIterator[pb.GetAccessRequestProofResponse]:
            if request.access_request_id == "missing":
                raise NotFound(
                    "access request missing not found", reason="ACCESS_REQUEST_NOT_FOUND"
                )
            yield pb.GetAccessRequestProofResponse(proof=access_request().proof, chunk=PDF[:100])
            yield pb.GetAccessRequestProofResponse(chunk=PDF[100:])

        return chunks()

    async def ApproveAccessRequest(self, request, metadata=None):
        self.calls.append(("approve", request, metadata))
        return pb.ApproveAccessRequestResponse(
            access_request=access_request(state="approved", person_id="kc-1")
        )

    async def RejectAccessRequest(self, request, metadata=None):
        self.calls.append(("reject", request, metadata))
        raise FailedPrecondition(state="approved", action="reject", reason="WRONG_STATE")

    async def RegisterAuthorityUser(self, request, metadata=None):
        self.calls.append(("register", request, metadata))
        user = pb.AuthorityUser(
            user_id="kc-2",
            entity_id=request.entity_id,
            username="asilva1234",
            first_name=request.first_name,
            surname=request.surname,
            email=request.email,
            profiles=list(request.profiles) or [pb.UserProfile(profile="basic-user")],
            status="active",
            version=1,
        )
        return pb.RegisterAuthorityUserResponse(user=user, first_user=True)


USER = (("authorization", "Bearer user-token"),)
GATEWAY = (("authorization", "Bearer gateway-token"),)


@pytest.fixture
def identity() -> FakeIdentity:
    return FakeIdentity()


@pytest.fixture
async def client(identity) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(GatewaySettings(service_client_secret="unit-test-gateway-secret"))
    app.dependency_overrides[deps.services] = lambda: SimpleNamespace(identity=identity)
    app.dependency_overrides[deps.caller_metadata] = lambda: USER
    app.dependency_overrides[access_api.portal_metadata] = lambda: GATEWAY
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway.test") as http:
        yield http


FIELDS = {
    "name": "Ana Silva",
    "email": "ana@example.pt",
    "phone": "+351912345678",
    "organization": "DG X",
    "role": "Chefe de Divisão",
    "reason": "Pedido de certificados",
    "first_login_channel": "sms",
}


async def test_the_form_goes_to_identity_with_the_gateways_own_token(client, identity) -> None:
    files = {"proof": ("nomeação.pdf", PDF, "application/pdf")}
    reply = await client.post(
        "/api/v1/access-requests", data=FIELDS, files=files, headers={"Idempotency-Key": "k1"}
    )
    assert reply.status_code == 201, reply.text
    assert reply.json()["access_request_id"] == "r1"
    [(name, request, metadata)] = identity.calls
    assert name == "submit" and metadata == GATEWAY
    assert request.application.email == "ana@example.pt"
    assert request.application.role == "Chefe de Divisão"
    assert request.application.first_login_channel == pb.FIRST_LOGIN_CHANNEL_SMS
    assert (request.proof.filename, request.proof.media_type) == ("nomeação.pdf", "application/pdf")
    assert request.proof.content == PDF and request.idempotency_key == "k1"


async def test_form_problems_are_field_violations(client, identity) -> None:
    reply = await client.post(
        "/api/v1/access-requests",
        data={**FIELDS, "first_login_channel": "fax"},
        files={"proof": ("p.pdf", PDF)},
    )
    assert reply.status_code == 422
    assert reply.json()["violations"][0]["field"] == "first_login_channel"
    reply = await client.post("/api/v1/access-requests", json=FIELDS)
    assert reply.status_code == 422 and reply.json()["violations"][0]["rule"] == "multipart"
    huge = {"proof": ("p.pdf", b"%PDF-" + b"0" * (6 * 1024 * 1024), "application/pdf")}
    reply = await client.post("/api/v1/access-requests", data=FIELDS, files=huge)
    assert reply.status_code == 422 and reply.json()["violations"][0]["rule"] == "max_size"
    assert identity.calls == []


async def test_validation_by_post_and_by_the_emailed_link(client, identity) -> None:
    reply = await client.post("/api/v1/access-requests/validate", json={"token": "t"})
    assert reply.json() == {"access_request_id": "r1", "state": "email_validated"}
    page = await client.get("/api/v1/access-requests/validate", params={"token": "t"})
    assert page.status_code == 200 and "confirmed" in page.text
    identity.validate_error = FailedPrecondition(state="expired", action="validate_email")
    page = await client.get("/api/v1/access-requests/validate", params={"token": "t"})
    assert page.status_code == 409 and "expired" in page.text
    identity.validate_error = FailedPrecondition(state="email_validated", action="validate_email")
    page = await client.get("/api/v1/access-requests/validate", params={"token": "t"})
    assert page.status_code == 200 and "already" in page.text
    identity.validate_error = NotFound("no such link")
    page = await client.get("/api/v1/access-requests/validate", params={"token": "<b>"})
    assert page.status_code == 404 and "<b>" not in page.text
    reply = await client.post("/api/v1/access-requests/validate", json={"token": "t"})
    assert reply.status_code == 404
    assert all(metadata == GATEWAY for _, _, metadata in identity.calls)


async def test_staff_routes(client, identity) -> None:
    listed = (await client.get("/api/v1/access-requests", params={"page_size": 5})).json()
    [item] = listed["items"]
    assert item["application"]["first_login_channel"] == "sms"
    assert item["proof"]["size"] == len(PDF) and listed["next_page_token"] is None
    proof = await client.get("/api/v1/access-requests/r1/proof")
    assert proof.status_code == 200 and proof.content == PDF
    assert proof.headers["content-type"] == "application/pdf"
    assert "nomea%C3%A7%C3%A3o.pdf" in proof.headers["content-disposition"]
    missing = await client.get("/api/v1/access-requests/missing/proof")
    assert missing.status_code == 404
    approved = await client.post(
        "/api/v1/access-requests/r1/approve", headers={"Idempotency-Key": "a"}
    )
    assert approved.json()["state"] == "approved" and approved.json()["person_id"] == "kc-1"
    rejected = await client.post("/api/v1/access-requests/r1/reject", json={"reason": "late"})
    assert rejected.status_code == 409 and rejected.json()["state"] == "approved"
    empty = await client.post("/api/v1/access-requests/r1/reject", json={"reason": ""})
    assert empty.status_code == 422
    assert {metadata for _, _, metadata in identity.calls} == {USER}


async def test_register_a_user(client, identity) -> None:
    reply = await client.post(
        "/api/v1/entities/ent-1/users",
        json={
            "first_name": "Ana",
            "surname": "Silva",
            "email": "ana@porto.pt",
            "profiles": [{"workflow": "services-directive/requests", "profile": "request-viewer"}],
        },
    )
    assert reply.status_code == 201, reply.text
    body = reply.json()
    assert body["first_user"] and body["user"]["username"] == "asilva1234"
    assert body["user"]["profiles"] == [
        {"workflow": "services-directive/requests", "profile": "request-viewer"}
    ]


def test_multipart_parsing() -> None:
    request = httpx.Request(
        "POST",
        "http://x",
        data={"name": 'Zé "Q"'},
        files={"proof": ("a.pdf", PDF, "application/pdf")},
    )
    body = request.read()
    parts = parse_multipart(body, request.headers["content-type"])
    assert parts["name"].text == 'Zé "Q"' and parts["name"].filename is None
    assert parts["proof"].data == PDF and parts["proof"].filename == "a.pdf"
    with pytest.raises(InvalidArgument):
        parse_multipart(body[:-10], request.headers["content-type"])
    with pytest.raises(InvalidArgument):
        parse_multipart(body, "multipart/form-data")
