"""The FastAPI app factory: problem details, request ids, health, readiness, metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, SecretStr
from tramita_platform.errors import AlreadyExists, Conflict, ErrorMap, FailedPrecondition, NotFound
from tramita_platform.http import PROBLEM_JSON, create_app, idempotency_key
from tramita_platform.settings import BaseServiceSettings


class SlotTaken(Exception):
    """A stand-in for a service's domain exception."""


class NewRequest(BaseModel):
    title: str = Field(min_length=3)
    pages: int


router = APIRouter()


@router.post("/requests")
async def create_request(
    body: NewRequest, key: Annotated[str | None, Depends(idempotency_key)]
) -> dict[str, str | None]:
    return {"title": body.title, "idempotency_key": key}


@router.get("/requests/{request_id}")
async def get_request(request_id: str) -> dict[str, str]:
    raise NotFound("request not found")


@router.post("/requests/{request_id}/approve")
async def approve(request_id: str) -> None:
    if request_id == "stale":
        raise Conflict()
    raise FailedPrecondition(state="DRAFT", action="approve")


@router.post("/slots")
async def take_slot() -> None:
    raise SlotTaken("taken")


@router.get("/crash")
async def crash() -> None:
    raise RuntimeError("secret internals")


state = {"db": True}


async def db_ready() -> bool:
    return state["db"]


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    settings = BaseServiceSettings(
        service_name="probe", service_client_id="probe", service_client_secret=SecretStr("x")
    )
    app = create_app(
        settings=settings,
        title="Probe",
        routers=[router],
        ready_checks={"db": db_ready},
        error_map=ErrorMap({SlotTaken: lambda exc: AlreadyExists(str(exc), reason="SLOT_TAKEN")}),
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://probe") as http:
        yield http


async def test_validation_errors_are_problems_with_violations(client: httpx.AsyncClient) -> None:
    response = await client.post("/requests", json={"title": "Zq"})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM_JSON
    body = response.json()
    assert body["type"] == "urn:tramita:problem:invalid-argument"
    assert body["status"] == 422 and body["instance"] == "/requests"
    assert {(v["field"], v["rule"]) for v in body["violations"]} == {
        ("title", "string_too_short"),
        ("pages", "missing"),
    }
    assert body["request_id"] == response.headers["x-request-id"]
    assert "Zq" not in response.text  # submitted values are never echoed


async def test_valid_request_reads_idempotency_key(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/requests", json={"title": "abc", "pages": 2}, headers={"Idempotency-Key": "k-1"}
    )
    assert response.status_code == 200
    assert response.json() == {"title": "abc", "idempotency_key": "k-1"}


async def test_oversized_idempotency_key_is_rejected(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/requests", json={"title": "abc", "pages": 2}, headers={"Idempotency-Key": "k" * 300}
    )
    assert response.status_code == 422
    assert response.json()["violations"][0]["field"] == "header.Idempotency-Key"


async def test_not_found_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/requests/r-1", headers={"x-request-id": "req-9"})
    assert response.status_code == 404
    assert response.json()["detail"] == "request not found"
    assert response.json()["request_id"] == "req-9"
    assert response.headers["x-request-id"] == "req-9"


async def test_unknown_route_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM_JSON


async def test_failed_precondition_is_409_with_state_and_action(client: httpx.AsyncClient) -> None:
    body = (await client.post("/requests/r-1/approve")).json()
    assert body["status"] == 409
    assert (body["state"], body["action"]) == ("DRAFT", "approve")
    assert body["type"] == "urn:tramita:problem:failed-precondition"


async def test_conflict_is_409(client: httpx.AsyncClient) -> None:
    response = await client.post("/requests/stale/approve")
    assert response.status_code == 409
    assert response.json()["type"] == "urn:tramita:problem:conflict"


async def test_mapped_domain_error_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.post("/slots")
    assert response.status_code == 409
    assert response.json()["type"] == "urn:tramita:problem:slot-taken"


async def test_unexpected_error_is_500_without_internals(client: httpx.AsyncClient) -> None:
    response = await client.get("/crash", headers={"x-request-id": "req-500"})
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json()["request_id"] == "req-500"
    assert "secret internals" not in response.text


async def test_unsafe_request_id_is_replaced(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz", headers={"x-request-id": "bad\nid"})
    assert response.headers["x-request-id"] != "bad\nid"


async def test_healthz_and_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"db": "ok"}
    state["db"] = False
    try:
        not_ready = await client.get("/readyz")
    finally:
        state["db"] = True
    assert not_ready.status_code == 503 and not_ready.json()["checks"] == {"db": "failed"}


async def test_metrics_expose_requests_by_route_template(client: httpx.AsyncClient) -> None:
    await client.get("/requests/r-77")
    text = (await client.get("/metrics")).text
    assert 'route="/requests/{request_id}"' in text
    assert "r-77" not in text
