"""Queued messages reach the real SMTP catcher and the catcher's SMS API, once each."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from prometheus_client import REGISTRY
from sqlalchemy import text
from tramita_devstack.endpoints import Endpoints
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.smtp import SmtpMailSender
from tramita_notifications.domain.model import Channel

pytestmark = pytest.mark.integration


async def test_queueing_a_message_twice_stores_and_sends_it_once(
    queue: Any, outgoing_message: Any, address: Any, make_worker: Any, mailbox: Any, row: Any
) -> None:
    to = address()
    message = outgoing_message(to)
    sent_before = _sample("tramita_notifications_sent_total", channel="email")

    assert await queue(message, message) == 1
    assert await queue(message) == 0
    assert await make_worker().deliver_due() == 1
    assert await make_worker().deliver_due() == 0

    assert _sample("tramita_notifications_sent_total", channel="email") == sent_before + 1

    assert len(await mailbox(to)) == 1
    stored = await row(message.message_id)
    assert (stored["status"], stored["attempts"]) == ("sent", 1)
    assert stored["sent_at"] is not None and stored["last_error"] is None


async def test_the_worker_delivers_to_the_smtp_catcher(
    queue: Any, outgoing_message: Any, address: Any, make_worker: Any, mailbox: Any, poll: Any
) -> None:
    to = address()
    message = outgoing_message(to, body="Olá: há um pedido novo em /requests/1")
    await queue(message)
    worker = make_worker()
    running = asyncio.create_task(worker.run())
    try:
        [mail] = await poll(lambda: mailbox(to), what="the e-mail")
    finally:
        worker.stop()
        await running

    assert mail["To"] == [{"Name": "", "Address": to}]
    assert mail["Subject"] == "Novo pedido recebido"
    assert mail["MessageID"] == f"{message.message_id}@tramita"
    assert mail["Headers"]["Content-Language"] == ["pt"]
    assert 'charset="utf-8"' in mail["Headers"]["Content-Type"][0]
    assert mail["Text"].strip() == "Olá: há um pedido novo em /requests/1"


async def test_secret_bodies_are_sealed_at_rest_and_wiped_once_sent(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    mailbox: Any,
    row: Any,
    sealer: Sealer,
) -> None:
    to = address()
    message = outgoing_message(to, secret=True, body="O seu código: 482913")
    await queue(message)

    at_rest = (await row(message.message_id))["body"]
    assert "482913" not in at_rest
    assert sealer.open(at_rest) == "O seu código: 482913"

    await make_worker().deliver_due()
    [mail] = await mailbox(to)
    assert "482913" in mail["Text"]
    stored = await row(message.message_id)
    assert (stored["status"], stored["body"]) == ("sent", "")


async def test_a_body_no_key_opens_goes_to_the_dead_letters_unsent(
    queue: Any, outgoing_message: Any, address: Any, make_worker: Any, mailbox: Any, row: Any
) -> None:
    to = address()
    message = outgoing_message(to, secret=True)
    await queue(message)
    rotated_away = Sealer(Sealer.generate_key())

    await make_worker(store_sealer=rotated_away).deliver_due()

    stored = await row(message.message_id)
    assert stored["status"] == "dead" and "cannot be opened" in stored["last_error"]
    assert await mailbox(to) == []


async def test_two_workers_never_send_the_same_message_twice(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    mailbox: Any,
    poll: Any,
    smtp: SmtpMailSender,
    sessions: Any,
) -> None:
    messages = [outgoing_message(address()) for _ in range(40)]
    await queue(*messages)
    sends: Counter[str] = Counter()
    mail = _Counting(smtp, sends)
    workers = [make_worker(mail=mail, batch_size=3) for _ in range(2)]
    running = [asyncio.create_task(w.run()) for w in workers]
    try:
        await poll(lambda: _all_sent(sessions), what="every message sent")
    finally:
        for worker in workers:
            worker.stop()
        await asyncio.gather(*running)

    assert set(sends) == {m.message_id for m in messages}
    assert set(sends.values()) == {1}
    for message in messages[:5]:
        assert len(await mailbox(message.address)) == 1


async def test_sms_go_through_the_http_provider(
    queue: Any,
    outgoing_message: Any,
    make_worker: Any,
    row: Any,
    stack: Endpoints,
    http: httpx.AsyncClient,
) -> None:
    number = f"+3519{uuid.uuid4().int % 10**8:08d}"
    message = outgoing_message(number, channel=Channel.SMS, body="Código: 123456", secret=True)
    await queue(message)

    assert await make_worker().deliver_due() == 1

    listing = (await http.get(f"{stack.mail_api_url}/api/v1/sms", params={"to": number})).json()
    [sms] = [s for s in listing["sms"] if s["reference"] == message.message_id]
    assert sms["body"] == "Código: 123456"
    assert (await row(message.message_id))["status"] == "sent"


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


class _Counting:
    """A MailSender that counts sends per message before passing them on."""

    def __init__(self, inner: SmtpMailSender, sends: Counter[str]) -> None:
        self._inner = inner
        self._sends = sends

    async def send(self, **kwargs: Any) -> None:
        self._sends[kwargs["message_id"]] += 1
        await self._inner.send(**kwargs)


async def _all_sent(sessions: Callable[[], Any]) -> bool:
    async with sessions() as session:
        pending = await session.execute(
            text("SELECT count(*) FROM messages WHERE status <> 'sent'")
        )
        return pending.scalar_one() == 0
