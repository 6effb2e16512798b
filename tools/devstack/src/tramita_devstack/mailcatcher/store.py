"""Messages on disk: <dir>/<id>.eml (as received) and <id>.json (parsed, Mailpit shapes).

Text messages posted to the SMS API live apart, as <dir>/sms/<id>.json.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

SUMMARY_KEYS = (
    "ID",
    "MessageID",
    "Read",
    "From",
    "To",
    "Cc",
    "Bcc",
    "ReplyTo",
    "Subject",
    "Created",
    "Tags",
    "Size",
    "Attachments",
    "Snippet",
)


def _addresses(values: list[str]) -> list[dict[str, str]]:
    return [{"Name": name, "Address": addr} for name, addr in getaddresses(values) if addr]


def _bodies(msg: EmailMessage) -> tuple[str, str, int]:
    text_part = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    text = text_part.get_content().replace("\r\n", "\n") if text_part is not None else ""
    html = html_part.get_content().replace("\r\n", "\n") if html_part is not None else ""
    attachments = sum(1 for _ in msg.iter_attachments())
    return text, html, attachments


def parse(raw: bytes, *, mail_from: str, rcpt_tos: list[str]) -> dict[str, Any]:
    """Turn one received message into Mailpit's message JSON (a useful subset)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    text, html, attachments = _bodies(msg)
    headers: dict[str, list[str]] = {}
    for key, value in msg.items():
        headers.setdefault(key, []).append(str(value))
    to = _addresses(msg.get_all("To", [])) or [{"Name": "", "Address": r} for r in rcpt_tos]
    sender = _addresses(msg.get_all("From", [])) or [{"Name": "", "Address": mail_from}]
    return {
        "ID": uuid.uuid4().hex,
        "MessageID": str(msg.get("Message-ID", "")).strip("<>"),
        "Read": False,
        "From": sender[0],
        "To": to,
        "Cc": _addresses(msg.get_all("Cc", [])),
        "Bcc": [],
        "ReplyTo": _addresses(msg.get_all("Reply-To", [])),
        "Subject": str(msg.get("Subject", "")),
        "Date": str(msg.get("Date", "")),
        "Created": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "Tags": [],
        "Size": len(raw),
        "Attachments": attachments,
        "Snippet": " ".join(text.split())[:250],
        "Text": text,
        "HTML": html,
        "Headers": headers,
        "Envelope": {"From": mail_from, "To": list(rcpt_tos)},
    }


class MessageStore:
    """Thread-safe file store; the SMTP thread writes, the HTTP threads read."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def add(self, raw: bytes, *, mail_from: str, rcpt_tos: list[str]) -> dict[str, Any]:
        message = parse(raw, mail_from=mail_from, rcpt_tos=rcpt_tos)
        with self._lock:
            (self.directory / f"{message['ID']}.eml").write_bytes(raw)
            tmp = self.directory / f"{message['ID']}.json.tmp"
            tmp.write_text(json.dumps(message))
            tmp.rename(self.directory / f"{message['ID']}.json")
        return message

    def _all(self) -> list[dict[str, Any]]:
        found = []
        for path in self.directory.glob("*.json"):
            try:
                found.append(json.loads(path.read_text()))
            except (OSError, ValueError):
                continue
        return sorted(found, key=lambda m: m["Created"], reverse=True)

    def summaries(self, *, start: int = 0, limit: int = 50) -> dict[str, Any]:
        messages = self._all()
        page = [{k: m.get(k) for k in SUMMARY_KEYS} for m in messages[start : start + limit]]
        return {
            "total": len(messages),
            "unread": len(messages),
            "count": len(page),
            "messages_count": len(messages),
            "start": start,
            "tags": [],
            "messages": page,
        }

    def get(self, message_id: str) -> dict[str, Any] | None:
        if message_id == "latest":
            messages = self._all()
            return messages[0] if messages else None
        if not message_id.isalnum():
            return None
        path = self.directory / f"{message_id}.json"
        return json.loads(path.read_text()) if path.exists() else None

    def raw(self, message_id: str) -> bytes | None:
        message = self.get(message_id)
        if message is None:
            return None
        return (self.directory / f"{message['ID']}.eml").read_bytes()

    def delete(self, ids: list[str] | None = None) -> None:
        with self._lock:
            for path in list(self.directory.glob("*.json")) + list(self.directory.glob("*.eml")):
                if ids is None or path.stem in ids:
                    path.unlink(missing_ok=True)


class SmsStore:
    """Text messages posted to the catcher's SMS API, one JSON file each."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def add(self, *, to: str, body: str, reference: str = "") -> dict[str, Any]:
        sms = {
            "id": uuid.uuid4().hex,
            "to": to,
            "body": body,
            "reference": reference,
            "created": datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z"),
        }
        with self._lock:
            tmp = self.directory / f"{sms['id']}.json.tmp"
            tmp.write_text(json.dumps(sms))
            tmp.rename(self.directory / f"{sms['id']}.json")
        return sms

    def newest_first(self) -> list[dict[str, Any]]:
        """Every stored SMS, newest first."""
        found = []
        for path in self.directory.glob("*.json"):
            try:
                found.append(json.loads(path.read_text()))
            except (OSError, ValueError):
                continue
        return sorted(found, key=lambda s: s["created"], reverse=True)

    def delete(self) -> None:
        with self._lock:
            for path in self.directory.glob("*.json"):
                path.unlink(missing_ok=True)
