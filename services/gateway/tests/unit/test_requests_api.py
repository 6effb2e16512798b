"""Request routes with a fake requests service: JSON ⇄ protobuf, the caller's token and the
idempotency key passed on, states without their prefix, errors as problem details."""

from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx
import pytest
from tramita.requests.v1 import requests_pb2 as pb
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import deps
from tramita_gateway.settings import GatewaySettings
from tramita_platform.errors import Conflict

USER = (("authorization", "Bearer user-token"),)


def detail(**changes) -> pb.RequestDetail:
    values = {
        "request_id": "r-1",
        "number": "2026/000001",
        "area": "services-directive",
        "state": pb.REQUEST_STATE_AWAITING_ACCEPTANCE,
        "requesting_entity_id": "pt-auth",
        "responding_entity_id": "de-auth",
        "questions": [pb.AskedQuestion(question_id="sdg.01")],
        "has_personal_data": True,
        "personal_data_rule": "hidden from the responder until it accepts",
        "version": 2,
    } | changes
    return pb.RequestDetail(**values)


class FakeRequests:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.error: Exception | None = None

    def __getattr__(self, name: str):
        if name == "GetRequest":
            reply = lambda r: pb.GetRequestResponse(detail=detail())  # noqa: E731
        elif name == "ListRequests":
            reply = lambda r: pb.ListRequestsResponse(  # noqa: E731
                requests=[pb.InformationRequest(request_id="r-1", state=pb.REQUEST_STATE_DRAFT)]
            )
        elif name == "ListPendingActions":
            reply = lambda r: pb.ListPendingActionsResponse(  # noqa: E731
                pending=[
                    pb.PendingAction(
                        request=pb.InformationRequest(request_id="r-1"), actions=["ACCEPT"]
                    )
                ]
            )
        else:
            response = getattr(pb, f"{name}Response")
            reply = lambda r: response(request=detail())  # noqa: E731

        async def call(request, metadata=None):
            self.calls.append((name, request, metadata))
            if self.error is not None:
                raise self.error
            return reply(request)

        return call


@pytest.fixture
def service() -> FakeRequests:
    return FakeRequests()


@pytest.fixture
async def client(service) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(GatewaySettings(service_client_secret="unit-test-gateway-secret"))
    app.dependency_overrides[deps.services] = lambda: SimpleNamespace(requests=service)
    app.dependency_overrides[deps.caller_metadata] = lambda: USER
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway.test") as http:
        yield http


async def test_create_a_draft_with_its_data_subject(client, service) -> None:
    body = {
        "area": "services-directive",
        "content": {
            "responding_entity_id": "de-auth",
            "question_set_id": "services-directive.general",
            "questions": [{"question_id": "sdg.01"}],
            "justification": {"text": "Checking a claim.", "language": "en"},
            "indicative_deadline": "2026-03-30",
            "has_personal_data": True,
            "data_subject": {"full_name": "Maria Exemplo"},
        },
    }
    created = await client.post("/api/v1/requests", json=body, headers={"Idempotency-Key": "k-1"})
    assert created.status_code == 201, created.text
    name, request, metadata = service.calls[-1]
    assert name == "CreateDraft" and metadata == USER
    assert request.idempotency_key == "k-1"
    assert request.content.data_subject.full_name == "Maria Exemplo"
    assert request.content.indicative_deadline == "2026-03-30"
    out = created.json()
    assert out["state"] == "AWAITING_ACCEPTANCE" and out["version"] == 2
    assert out["data_subject"] is None


async def test_accept_with_a_deadline_and_read_back(client, service) -> None:
    accepted = await client.post(
        "/api/v1/requests/r-1/accept",
        json={"expected_version": 2, "proposed_deadline": "2026-04-15"},
    )
    assert accepted.status_code == 200, accepted.text
    _, request, _ = service.calls[-1]
    assert request.expected_version == 2 and request.proposed_deadline == "2026-04-15"
    got = await client.get("/api/v1/requests/r-1")
    assert got.json()["questions"] == [{"question_id": "sdg.01", "remark": None}]


@pytest.mark.parametrize(
    ("path", "method", "body"),
    [
        ("submit", "SubmitRequest", {}),
        ("close", "CloseRequest", {}),
        ("comments", "AddComment", {"text": {"text": "Hello", "language": "en"}}),
        (
            "additional-information",
            "RequestAdditionalInformation",
            {"justification": {"text": "x"}},
        ),
        ("unsatisfactory", "FindUnsatisfactory", {"opinion": {"text": "x"}}),
        ("answer", "AnswerRequest", {"answers": [{"question_id": "sdg.01", "answer_id": "yes"}]}),
    ],
)
async def test_actions_reach_their_method(client, service, path, method, body) -> None:
    reply = await client.post(f"/api/v1/requests/r-1/{path}", json=body)
    assert reply.status_code == 200, reply.text
    assert service.calls[-1][0] == method


async def test_lists(client, service) -> None:
    page = await client.get(
        "/api/v1/requests", params={"state": ["DRAFT", "ANSWERED"], "role": "sent"}
    )
    assert page.status_code == 200, page.text
    _, request, _ = service.calls[-1]
    assert list(request.states) == [pb.REQUEST_STATE_DRAFT, pb.REQUEST_STATE_ANSWERED]
    assert page.json()["requests"][0]["state"] == "DRAFT"
    pending = await client.get("/api/v1/requests/pending")
    assert pending.json()["pending"][0]["actions"] == ["ACCEPT"]


async def test_a_lost_race_is_409(client, service) -> None:
    service.error = Conflict("request r-1 is at version 3, not 2", reason="VERSION_MISMATCH")
    reply = await client.post("/api/v1/requests/r-1/submit", json={"expected_version": 2})
    assert reply.status_code == 409
