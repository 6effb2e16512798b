"""The catcher's fake SMS provider, served in-process on a free port."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tramita_devstack.mailcatcher.http_api import make_server
from tramita_devstack.mailcatcher.store import MessageStore, SmsStore

AUTH = {"Authorization": "Bearer local"}


@pytest.fixture
def api(tmp_path: Path) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, MessageStore(tmp_path / "messages"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_posted_sms_are_listed_newest_first_and_deleted(api: str, tmp_path: Path) -> None:
    url = f"{api}/api/v1/sms"
    first = httpx.post(url, json={"to": "+351911", "body": "one", "reference": "r1"}, headers=AUTH)
    second = httpx.post(url, json={"to": "+351922", "body": "two"}, headers=AUTH)
    assert first.status_code == second.status_code == 201
    assert first.json()["reference"] == "r1" and second.json()["reference"] == ""

    listing = httpx.get(url).json()
    assert listing["total"] == 2
    assert [s["body"] for s in listing["sms"]] == ["two", "one"]
    assert httpx.get(url, params={"to": "+351911"}).json()["sms"][0]["reference"] == "r1"
    assert (tmp_path / "messages" / "sms").is_dir()

    assert httpx.delete(url).status_code == 200
    assert httpx.get(url).json() == {"total": 0, "sms": []}


def test_sms_without_token_or_fields_are_refused(api: str) -> None:
    url = f"{api}/api/v1/sms"
    assert httpx.post(url, json={"to": "+351911", "body": "x"}).status_code == 401
    basic = {"Authorization": "Basic dTpw"}
    assert httpx.post(url, json={"to": "+1", "body": "x"}, headers=basic).status_code == 401
    assert httpx.post(url, json={"to": "", "body": "x"}, headers=AUTH).status_code == 400
    assert httpx.post(url, json={"to": "+1", "body": 3}, headers=AUTH).status_code == 400
    assert httpx.post(url, content=b"[1]", headers=AUTH).status_code == 400
    assert httpx.post(f"{api}/api/v1/other", json={}, headers=AUTH).status_code == 404
    assert httpx.get(url).json()["total"] == 0


def test_sms_do_not_mix_with_mail(api: str) -> None:
    httpx.post(f"{api}/api/v1/sms", json={"to": "+1", "body": "x"}, headers=AUTH)
    assert httpx.get(f"{api}/api/v1/messages").json()["total"] == 0
    httpx.delete(f"{api}/api/v1/messages")
    assert httpx.get(f"{api}/api/v1/sms").json()["total"] == 1


def test_sms_store_keeps_files_apart(tmp_path: Path) -> None:
    store = SmsStore(tmp_path)
    added = store.add(to="+351911", body="código 123", reference="m1")
    assert store.newest_first() == [added]
    store.delete()
    assert store.newest_first() == []
