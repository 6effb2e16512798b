"""Documents routes with a fake documents service: filters as protobuf, the pre-signed
link, and NOT_FOUND as a 404 problem."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from types import SimpleNamespace

import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from tramita.common.v1 import pagination_pb2
from tramita.documents.v1 import documents_pb2 as dpb
from tramita_gateway.app_factory import build_app
from tramita_gateway.entrypoints import deps
from tramita_gateway.settings import GatewaySettings
from tramita_platform.errors import NotFound

USER = (("authorization", "Bearer user-token"),)
NOW = Timestamp(seconds=1_800_000_000)


class FakeDocuments:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.missing = False

    async def ListDocuments(self, request, metadata=None):
        self.calls.append(("ListDocuments", request, metadata))
        document = dpb.Document(
            document_id="doc-1",
            organization_id="org-1",
            kind="registration-receipt",
            number="RR-2026-000001",
            sha256="ab" * 32,
            media_type="application/pdf",
            size_bytes=10,
            created_at=NOW,
            organization_tax_key="PT:NIPC:500000000",
        )
        return dpb.ListDocumentsResponse(
            documents=[document], page=pagination_pb2.PageResponse(next_page_token="next")
        )

    async def GetDownloadLink(self, request, metadata=None):
        self.calls.append(("GetDownloadLink", request, metadata))
        if self.missing:
            raise NotFound("document doc-x not found", reason="DOCUMENT_NOT_FOUND")
        return dpb.GetDownloadLinkResponse(
            url="http://minio/x?X-Amz-Signature=s",
            expires_at=NOW,
            sha256="ab" * 32,
            media_type="application/pdf",
            file_name="RR-2026-000001.pdf",
        )


@pytest.fixture
def documents() -> FakeDocuments:
    return FakeDocuments()


@pytest.fixture
async def client(documents) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(GatewaySettings(service_client_secret="test"))
    app.dependency_overrides[deps.services] = lambda: SimpleNamespace(documents=documents)
    app.dependency_overrides[deps.caller_metadata] = lambda: USER
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        yield http


async def test_listing_passes_filters_and_the_callers_token(client, documents) -> None:
    reply = await client.get(
        "/api/v1/organizations/org-1/documents",
        params={
            "kind": "registration-receipt",
            "number_prefix": "RR-2026-",
            "created_from": "2026-11-01T00:00:00Z",
            "created_before": "2026-12-01T00:00:00Z",
            "page_size": 5,
            "page_token": "tok",
        },
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["items"][0]["number"] == "RR-2026-000001"
    assert reply.json()["next_page_token"] == "next"
    _, request, metadata = documents.calls[-1]
    assert (request.organization_id, request.kind, request.number_prefix) == (
        "org-1",
        "registration-receipt",
        "RR-2026-",
    )
    assert request.created_from.ToDatetime(tzinfo=UTC) == datetime(2026, 11, 1, tzinfo=UTC)
    assert request.created_before.ToDatetime(tzinfo=UTC) == datetime(2026, 12, 1, tzinfo=UTC)
    assert (request.page.page_size, request.page.page_token, metadata) == (5, "tok", USER)


async def test_listing_without_dates_leaves_them_unset(client, documents) -> None:
    assert (await client.get("/api/v1/documents")).status_code == 200
    _, request, _ = documents.calls[-1]
    assert request.organization_id == ""
    assert not request.HasField("created_from") and not request.HasField("created_before")


async def test_download_link(client, documents) -> None:
    reply = await client.get("/api/v1/documents/doc-1/link")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["url"].startswith("http://minio/x?")
    assert body["file_name"] == "RR-2026-000001.pdf"
    assert datetime.fromisoformat(body["expires_at"]) == NOW.ToDatetime(tzinfo=UTC)
    documents.missing = True
    missing = await client.get("/api/v1/documents/doc-x/link")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
