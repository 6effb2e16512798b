"""Proof documents in any S3-compatible store, through the `minio` client (plain S3 API)."""

import asyncio
import io

from minio import Minio


class S3ProofStore:
    """One bucket; created on first use; the blocking client runs in worker threads."""

    def __init__(self, client: Minio, bucket: str) -> None:
        self._client = client
        self._bucket = bucket
        self._ready = False

    @classmethod
    def connect(
        cls, *, endpoint: str, access_key: str, secret_key: str, bucket: str, secure: bool
    ) -> "S3ProofStore":
        client = Minio(endpoint, access_key=access_key, secret_key=secret_key, secure=secure)
        return cls(client, bucket)

    async def put(self, *, key: str, data: bytes, media_type: str) -> None:
        await self._ensure_bucket()
        await asyncio.to_thread(
            self._client.put_object,
            self._bucket,
            key,
            io.BytesIO(data),
            len(data),
            content_type=media_type,
        )

    async def get(self, *, key: str) -> bytes:
        return await asyncio.to_thread(self._read, key)

    async def _ensure_bucket(self) -> None:
        if self._ready:
            return
        if not await asyncio.to_thread(self._client.bucket_exists, self._bucket):
            await asyncio.to_thread(self._client.make_bucket, self._bucket)
        self._ready = True

    def _read(self, key: str) -> bytes:
        response = self._client.get_object(self._bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()
