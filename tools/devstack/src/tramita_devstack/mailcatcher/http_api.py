"""The HTTP side: a Mailpit-compatible subset of /api/v1."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tramita_devstack.mailcatcher.store import MessageStore

_MESSAGE = re.compile(r"^/api/v1/message/([A-Za-z0-9]+)(/headers|/raw)?$")


def make_server(host: str, port: int, store: MessageStore) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (ApiHandler,), {"store": store})
    return ThreadingHTTPServer((host, port), handler)


class ApiHandler(BaseHTTPRequestHandler):
    store: MessageStore
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

    def do_DELETE(self) -> None:
        if urlsplit(self.path).path != "/api/v1/messages":
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
