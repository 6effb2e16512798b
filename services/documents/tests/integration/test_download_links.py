"""Pre-signed links against the real MinIO: they download the bytes, then expire."""

import asyncio
import uuid
from datetime import timedelta

import httpx
import pytest
from tramita_documents.adapters.blob_store import S3BlobStore

pytestmark = pytest.mark.integration


@pytest.fixture
async def blobs(stack_endpoints) -> S3BlobStore:
    store = S3BlobStore.connect(
        endpoint=stack_endpoints.minio_endpoint,
        access_key=stack_endpoints.minio_access_key,
        secret_key=stack_endpoints.minio_secret_key,
        bucket=f"documents-test-{uuid.uuid4().hex[:8]}",
        secure=False,
    )
    await store.ensure_bucket()
    return store


async def test_link_downloads_the_bytes_then_expires(blobs: S3BlobStore) -> None:
    data = b"%PDF-1.7 signed receipt " + uuid.uuid4().bytes
    await blobs.put(key="registration-receipt/doc-1", data=data, media_type="application/pdf")
    url = await blobs.presigned_get(
        key="registration-receipt/doc-1",
        expires=timedelta(seconds=2),
        file_name="RR-2026-000001.pdf",
        media_type="application/pdf",
    )
    async with httpx.AsyncClient() as http:
        fresh = await http.get(url)
        assert fresh.status_code == 200, fresh.text
        assert fresh.content == data
        assert fresh.headers["content-type"] == "application/pdf"
        assert 'filename="RR-2026-000001.pdf"' in fresh.headers["content-disposition"]

        tampered = await http.get(url.replace("doc-1", "doc-2"))
        assert tampered.status_code == 403

        await asyncio.sleep(3.5)
        expired = await http.get(url)
        assert expired.status_code == 403
        assert b"expired" in expired.content.lower()


async def test_links_can_name_the_public_endpoint(stack_endpoints) -> None:
    store = S3BlobStore.connect(
        endpoint=stack_endpoints.minio_endpoint,
        access_key="k",
        secret_key="s",
        bucket="bkt",
        secure=False,
        public_endpoint="files.example.test",
        public_secure=True,
    )
    url = await store.presigned_get(
        key="x", expires=timedelta(minutes=5), file_name="x.pdf", media_type="application/pdf"
    )
    assert url.startswith("https://files.example.test/bkt/x?")
    assert "X-Amz-Expires=300" in url
