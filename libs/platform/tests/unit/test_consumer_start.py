"""The consumer waits for an unreachable broker and still stops promptly."""

from __future__ import annotations

import asyncio
from typing import cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.backoff import Backoff
from tramita_platform.clock import SystemClock
from tramita_platform.consumer import EventConsumer


async def test_a_consumer_retries_an_unreachable_broker_until_stopped() -> None:
    consumer = EventConsumer(
        sessions=cast(async_sessionmaker[AsyncSession], None),
        bootstrap_servers="127.0.0.1:1",
        group_id="g",
        topics=["t"],
        clock=SystemClock(),
        backoff=Backoff(initial=0.05, maximum=0.1),
    )
    task = asyncio.create_task(consumer.run())
    await asyncio.sleep(0.5)
    assert not task.done()
    consumer.stop()
    await asyncio.wait_for(task, 5)
