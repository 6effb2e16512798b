"""The relay's publish step against a fake producer (no broker, no database)."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaTimeoutError
from sqlalchemy.ext.asyncio import AsyncEngine
from tramita_platform.clock import ManualClock
from tramita_platform.outbox import OutboxRecord, OutboxRelay


class FakeProducer:
    """Records sends; acknowledges them, or fails those whose key is in `fail_keys`."""

    def __init__(self, fail_keys: set[bytes]) -> None:
        self.fail_keys = fail_keys
        self.sent: list[dict[str, Any]] = []
        self.started = self.stopped = False

    async def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.stopped = True

    async def send(self, topic: str, **kwargs: Any) -> asyncio.Future[str]:
        self.sent.append({"topic": topic, **kwargs})
        ack: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        if kwargs["key"] in self.fail_keys:
            ack.set_exception(KafkaTimeoutError())
        else:
            ack.set_result("ok")
        return ack


def make_relay(producers: list[FakeProducer], fail_keys: set[bytes]) -> OutboxRelay:
    def factory() -> AIOKafkaProducer:
        producers.append(FakeProducer(fail_keys))
        return cast(AIOKafkaProducer, producers[-1])

    return OutboxRelay(
        engine=cast(AsyncEngine, None),
        bootstrap_servers="unused",
        clock=ManualClock(),
        producer_factory=factory,
    )


RECORDS = [
    OutboxRecord(
        id=f"id-{n}", topic="t", key=f"k{n % 2}", envelope=b"e%d" % n, headers={"ce_id": f"id-{n}"}
    )
    for n in range(4)
]


async def test_publish_sends_everything_in_order_and_awaits_acks() -> None:
    producers: list[FakeProducer] = []
    await make_relay(producers, set()).publish(RECORDS)
    [producer] = producers
    assert producer.started and not producer.stopped
    assert [s["value"] for s in producer.sent] == [b"e0", b"e1", b"e2", b"e3"]
    assert producer.sent[1]["key"] == b"k1"
    assert producer.sent[1]["headers"] == [("ce_id", b"id-1")]


async def test_a_failed_ack_fails_the_round_and_replaces_the_producer() -> None:
    producers: list[FakeProducer] = []
    fail_keys = {b"k1"}
    relay = make_relay(producers, fail_keys)
    with pytest.raises(KafkaTimeoutError):
        await relay.publish(RECORDS)
    assert len(producers[0].sent) == 4 and producers[0].stopped
    fail_keys.clear()
    await relay.publish(RECORDS)
    assert len(producers) == 2 and len(producers[1].sent) == 4
