"""Failed deliveries: retried with backoff, given up on as dead letters, replayed, never lost."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_devstack.endpoints import Endpoints
from tramita_notifications.adapters.delivery_store import SqlDeliveryStore
from tramita_notifications.adapters.repository import SqlDeadLetters
from tramita_notifications.adapters.sealing import Sealer
from tramita_notifications.adapters.sms import HttpSmsSender
from tramita_notifications.app.delivery import Outcome, Settled
from tramita_notifications.app.ports import SendFailed
from tramita_platform.clock import SystemClock

pytestmark = pytest.mark.integration


class _Refusing:
    """An SMTP server that refuses recipients: "busy-…" for now (450), others for good (550)."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address.startswith("busy-"):
            return "450 4.2.1 mailbox busy, try later"
        return "550 5.1.1 no such mailbox"


@pytest.fixture
def refusing_port() -> Iterator[int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(_Refusing(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port
    controller.stop()


async def test_while_smtp_is_down_attempts_are_counted_and_the_mail_waits(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    smtp_on: Any,
    closed_port: int,
    mailbox: Any,
    row: Any,
    poll: Any,
) -> None:
    to = address()
    message = outgoing_message(to)
    await queue(message)

    assert await make_worker(mail=smtp_on(closed_port)).deliver_due() == 1
    stored = await row(message.message_id)
    assert (stored["status"], stored["attempts"]) == ("queued", 1)
    assert "unavailable" in stored["last_error"]
    assert stored["next_attempt_at"] > stored["created_at"]

    back = make_worker()
    await poll(back.deliver_due, what="the retry")
    assert len(await mailbox(to)) == 1
    stored = await row(message.message_id)
    assert (stored["status"], stored["attempts"]) == ("sent", 2)


async def test_out_of_attempts_the_message_is_dead_and_can_be_replayed(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    smtp_on: Any,
    closed_port: int,
    mailbox: Any,
    row: Any,
    poll: Any,
    sessions: Any,
) -> None:
    message = outgoing_message(address())
    await queue(message)
    down = make_worker(mail=smtp_on(closed_port), max_attempts=2)

    async def dead() -> bool:
        await down.deliver_due()
        return (await row(message.message_id))["status"] == "dead"

    await poll(dead, what="the message to be given up on")
    assert (await row(message.message_id))["attempts"] == 2

    assert await _replay(sessions, message.message_id) == 1
    assert await make_worker().deliver_due() == 1
    assert len(await mailbox(message.address)) == 1
    stored = await row(message.message_id)
    assert (stored["status"], stored["attempts"]) == ("sent", 1)


async def test_a_refused_recipient_is_dead_at_once_and_a_busy_one_is_retried(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    smtp_on: Any,
    refusing_port: int,
    mailbox: Any,
    row: Any,
    sessions: Any,
) -> None:
    unknown, busy = outgoing_message(address()), outgoing_message(f"busy-{address()}")
    await queue(unknown, busy)

    assert await make_worker(mail=smtp_on(refusing_port)).deliver_due() == 2

    refused = await row(unknown.message_id)
    assert (refused["status"], refused["attempts"]) == ("dead", 1)
    assert "550" in refused["last_error"]
    assert (await row(busy.message_id))["status"] == "queued"

    assert await _replay(sessions, "") == 1  # every dead letter: here, the refused one
    assert await make_worker().deliver_due() >= 1
    assert len(await mailbox(unknown.address)) == 1


async def test_a_crashed_workers_lease_expires_and_another_sends(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    mailbox: Any,
    row: Any,
    sessions: async_sessionmaker[AsyncSession],
    sealer: Sealer,
) -> None:
    message = outgoing_message(address())
    await queue(message)
    store, clock = SqlDeliveryStore(sessions, sealer=sealer), SystemClock()
    now = clock.now()
    [claimed] = await store.claim(now=now, lease_until=now + timedelta(seconds=0.3), limit=5)
    # ...and the worker dies without sending or settling.

    assert await make_worker().deliver_due() == 0  # still leased
    await asyncio.sleep(0.4)
    assert await make_worker().deliver_due() == 1
    assert len(await mailbox(message.address)) == 1
    assert (await row(message.message_id))["attempts"] == 2

    # Should the first worker come back, its outcome no longer applies.
    late = Settled(claimed.message_id, claimed.lease_until, Outcome.DEAD, at=now, error="late")
    await store.settle([late])
    assert (await row(message.message_id))["status"] == "sent"


async def test_a_lease_expired_on_the_last_attempt_is_given_up_unsent(
    queue: Any,
    outgoing_message: Any,
    address: Any,
    make_worker: Any,
    mailbox: Any,
    row: Any,
    sessions: async_sessionmaker[AsyncSession],
    sealer: Sealer,
) -> None:
    message = outgoing_message(address())
    await queue(message)
    now = SystemClock().now()
    store = SqlDeliveryStore(sessions, sealer=sealer)
    await store.claim(now=now, lease_until=now + timedelta(seconds=0.1), limit=5)
    await asyncio.sleep(0.2)

    await make_worker(max_attempts=1).deliver_due()

    stored = await row(message.message_id)
    assert stored["status"] == "dead" and "lease expired" in stored["last_error"]
    assert await mailbox(message.address) == []


async def test_the_sms_sender_tells_permanent_from_retryable_failures(
    stack: Endpoints, http: httpx.AsyncClient, closed_port: int
) -> None:
    wrong_path = HttpSmsSender(http=http, url=f"{stack.mail_api_url}/api/v1/nope", token="t")
    with pytest.raises(SendFailed) as refused:
        await wrong_path.send(to="+351911111111", body="x", message_id="m1")
    assert refused.value.permanent

    down = HttpSmsSender(http=http, url=f"http://127.0.0.1:{closed_port}/sms", token="t")
    with pytest.raises(SendFailed) as unavailable:
        await down.send(to="+351911111111", body="x", message_id="m1")
    assert not unavailable.value.permanent


async def _replay(sessions: async_sessionmaker[AsyncSession], message_id: str) -> int:
    async with sessions() as session, session.begin():
        return await SqlDeadLetters(session).replay(message_id, now=SystemClock().now())
