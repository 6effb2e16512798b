"""Document bytes in any S3-compatible store, through the `minio` client (plain S3 API)."""

import asyncio
import io
from datetime import timedelta

from minio import Minio


class S3BlobStore:
    """One bucket per purpose; the blocking client runs in worker threads."""

    def __init__(self, client: Minio, bucket: str, *, signer: Minio | None = None) -> None:
        self._client = client
        self._bucket = bucket
        # Signs download URLs; may name the endpoint as browsers reach it (signing is offline).
        self._signer = signer or client

    @classmethod
    def connect(
        cls,
        *,
        endpoint: str,
        access_key: str,
        secret_key: str,
        bucket: str,
        secure: bool,
        public_endpoint: str = "",
        public_secure: bool | None = None,
        region: str = "us-east-1",
    ) -> "S3BlobStore":
        client = Minio(
            endpoint, access_key=access_key, secret_key=secret_key, secure=secure, region=region
        )
        signer = None
        if public_endpoint and public_endpoint != endpoint:
            signer = Minio(
                public_endpoint,
                access_key=access_key,
                secret_key=secret_key,
                secure=secure if public_secure is None else public_secure,
                region=region,
            )
        return cls(client, bucket, signer=signer)

    async def ensure_bucket(self) -> None:
        if not await asyncio.to_thread(self._client.bucket_exists, self._bucket):
            await asyncio.to_thread(self._client.make_bucket, self._bucket)

    async def put(self, *, key: str, data: bytes, media_type: str) -> None:
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

    def _read(self, key: str) -> bytes:
        response = self._client.get_object(self._bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    async def presigned_get(
        self, *, key: str, expires: timedelta, file_name: str, media_type: str
    ) -> str:
        """A V4 pre-signed GET URL; the download is served as an attachment named `file_name`."""
        headers = {
            "response-content-type": media_type,
            "response-content-disposition": f'attachment; filename="{file_name}"',
        }
        return await asyncio.to_thread(
            self._signer.presigned_get_object,
            self._bucket,
            key,
            expires=expires,
            response_headers=headers,
        )
