"""SMS through an HTTP provider: POST {to, body, reference} as JSON with a bearer token.

The reference (and the Idempotency-Key header) is the message id, so a provider that
deduplicates drops the resend after a worker crash. Timeouts, transport errors, 5xx,
408 and 429 are retried; any other 4xx means the request itself is wrong (bad number,
rejected token) and is permanent. Locally the mail catcher serves this API at
`<mail api>/api/v1/sms`.
"""

from __future__ import annotations

import httpx

from tramita_notifications.app.ports import SendFailed

__all__ = ["HttpSmsSender"]

_RETRYABLE_4XX = frozenset({408, 425, 429})


class HttpSmsSender:
    """SmsSender over HTTP. The client is the caller's (shared pool, closed by its owner)."""

    def __init__(
        self, *, http: httpx.AsyncClient, url: str, token: str, timeout: float = 10.0
    ) -> None:
        if not url or not token:
            raise ValueError("the SMS provider URL and token are required")
        self._http = http
        self._url = url
        self._token = token
        self._timeout = timeout

    async def send(self, *, to: str, body: str, message_id: str) -> None:
        """Send one SMS or raise SendFailed."""
        try:
            response = await self._http.post(
                self._url,
                json={"to": to, "body": body, "reference": message_id},
                headers={
                    "Authorization": f"Bearer {self._token}",
                    "Idempotency-Key": message_id,
                },
                timeout=self._timeout,
            )
        except httpx.HTTPError as exc:
            raise SendFailed(f"SMS provider unavailable: {type(exc).__name__}: {exc}") from exc
        if response.is_success:
            return
        reason = f"SMS provider answered {response.status_code}: {response.text[:300]}"
        status = response.status_code
        permanent = 400 <= status < 500 and status not in _RETRYABLE_4XX
        raise SendFailed(reason, permanent=permanent)
