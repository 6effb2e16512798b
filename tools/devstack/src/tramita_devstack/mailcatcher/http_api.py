"""The HTTP side: a Mailpit-compatible subset of /api/v1, plus a fake SMS provider.

`POST /api/v1/sms` takes {"to", "body", "reference"} with any bearer token (like a real
provider it refuses a request without one: 401); `GET /api/v1/sms` lists them newest
first (`?to=` filters by number); `DELETE /api/v1/sms` clears them.
"""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tramita_devstack.mailcatcher.store import MessageStore, SmsStore

_MESSAGE = re.compile(r"^/api/v1/message/([A-Za-z0-9]+)(/headers|/raw)?$")
_SMS = "/api/v1/sms"
_MAX_BODY = 1024 * 1024


def make_server(
    host: str, port: int, store: MessageStore, sms: SmsStore | None = None
) -> ThreadingHTTPServer:
    """Serve the API; SMS are kept in <store dir>/sms unless `sms` says otherwise."""
    sms = sms if sms is not None else SmsStore(store.directory / "sms")
    handler = type("BoundHandler", (ApiHandler,), {"store": store, "sms": sms})
    return ThreadingHTTPServer((host, port), handler)


class ApiHandler(BaseHTTPRequestHandler):
    store: MessageStore
    sms: SmsStore
    server_version = "tramita-mailcatcher/1"

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the log for SMTP traffic; HTTP polling from tests is noise."""

    def _send(self, status: int, body: Any, content_type: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/livez", "/readyz"):
            self._send(200, b"ok", "text/plain")
            return
        if url.path == "/api/v1/messages":
            query = parse_qs(url.query)
            start = int(query.get("start", ["0"])[0])
            limit = int(query.get("limit", ["50"])[0])
            self._send(200, self.store.summaries(start=start, limit=limit))
            return
        if url.path == _SMS:
            self._list_sms(parse_qs(url.query).get("to", [""])[0])
            return
        match = _MESSAGE.match(url.path)
        if match is None:
            self._send(404, {"error": "not found"})
            return
        self._message(match.group(1), match.group(2) or "")

    def _message(self, message_id: str, view: str) -> None:
        message = self.store.get(message_id)
        if message is None:
            self._send(404, {"error": "message not found"})
        elif view == "/headers":
            self._send(200, message["Headers"])
        elif view == "/raw":
            self._send(200, self.store.raw(message_id) or b"", "message/rfc822")
        else:
            self._send(200, message)

    def _list_sms(self, to: str) -> None:
        texts = [s for s in self.sms.newest_first() if not to or s["to"] == to]
        self._send(200, {"total": len(texts), "sms": texts})

    def do_POST(self) -> None:
        if urlsplit(self.path).path != _SMS:
            self._send(404, {"error": "not found"})
            return
        scheme, _, token = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            self._send(401, {"error": "a bearer token is required"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if not 0 < length <= _MAX_BODY:
            self._send(400, {"error": 'body must be {"to", "body", "reference"}'})
            return
        fields = _sms_fields(self.rfile.read(length))
        if fields is None:
            self._send(400, {"error": '"to" and "body" must be non-empty strings'})
            return
        self._send(201, self.sms.add(**fields))

    def do_DELETE(self) -> None:
        path = urlsplit(self.path).path
        if path == _SMS:
            self.sms.delete()
            self._send(200, b"ok", "text/plain")
            return
        if path != "/api/v1/messages":
            self._send(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        ids = None
        if length:
            try:
                ids = json.loads(self.rfile.read(length)).get("IDs") or None
            except (ValueError, AttributeError):
                self._send(400, {"error": 'body must be {"IDs": [...]}'})
                return
        self.store.delete(ids)
        self._send(200, b"ok", "text/plain")


def _sms_fields(data: bytes) -> dict[str, str] | None:
    """{"to", "body", "reference"} from a JSON body; None when it is not a valid SMS."""
    try:
        payload = json.loads(data)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    fields = {key: payload.get(key, "") for key in ("to", "body", "reference")}
    if not all(isinstance(value, str) for value in fields.values()):
        return None
    return fields if fields["to"] and fields["body"] else None
