from pathlib import Path

from tramita_devstack.mailcatcher.store import MessageStore

RAW = (
    b"From: Ana <ana@example.org>\r\nTo: Bo <bo@example.org>\r\nSubject: Hola\r\n"
    b"Message-ID: <m1@example.org>\r\n\r\nbody line\r\n"
)


def test_add_list_get_delete(tmp_path: Path) -> None:
    store = MessageStore(tmp_path)
    added = store.add(RAW, mail_from="ana@example.org", rcpt_tos=["bo@example.org"])
    listing = store.summaries()
    assert listing["total"] == 1
    summary = listing["messages"][0]
    assert summary["ID"] == added["ID"]
    assert summary["From"] == {"Name": "Ana", "Address": "ana@example.org"}
    assert summary["To"] == [{"Name": "Bo", "Address": "bo@example.org"}]
    assert "Text" not in summary
    full = store.get("latest")
    assert full is not None and full["Text"] == "body line\n"
    assert full["MessageID"] == "m1@example.org"
    assert store.raw(added["ID"]) == RAW
    store.delete()
    assert store.summaries()["total"] == 0


def test_ids_that_are_not_ours_are_not_found(tmp_path: Path) -> None:
    store = MessageStore(tmp_path)
    assert store.get("../secrets") is None
    assert store.get("latest") is None
