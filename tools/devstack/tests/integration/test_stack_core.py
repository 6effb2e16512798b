"""The real stack: PostgreSQL and Kafka reached the way services reach them."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from tramita_devstack import config
from tramita_devstack.api import endpoints, ensure_running

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def eps():
    return ensure_running(["postgres", "kafka"])


async def test_every_service_database_accepts_connections(eps) -> None:
    asyncpg = pytest.importorskip("asyncpg")
    for database in config.DATABASES:
        dsn = eps.postgres_dsn(database).replace("postgresql+asyncpg", "postgresql")
        conn = await asyncpg.connect(dsn, timeout=10)
        try:
            assert await conn.fetchval("SELECT current_database()") == database
        finally:
            await conn.close()


async def test_create_database_is_idempotent(eps) -> None:
    asyncpg = pytest.importorskip("asyncpg")
    eps.create_database("devstack_scratch")
    eps.create_database("devstack_scratch")
    dsn = eps.postgres_dsn("devstack_scratch").replace("postgresql+asyncpg", "postgresql")
    conn = await asyncpg.connect(dsn, timeout=10)
    await conn.close()


def test_endpoints_file_matches_running_stack(eps) -> None:
    assert endpoints() == eps
    assert {"postgres", "kafka"} <= set(eps.running)
    assert eps.env()["TRAMITA_KAFKA_BOOTSTRAP"] == eps.kafka_bootstrap


async def test_idempotent_producer_and_consumer_group(eps) -> None:
    aiokafka = pytest.importorskip("aiokafka")
    topic = f"devstack-probe-{uuid.uuid4().hex[:8]}"
    producer = aiokafka.AIOKafkaProducer(
        bootstrap_servers=eps.kafka_bootstrap, enable_idempotence=True, acks="all"
    )
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, b"hello", key=b"k")
    finally:
        await producer.stop()
    consumer = aiokafka.AIOKafkaConsumer(
        topic,
        bootstrap_servers=eps.kafka_bootstrap,
        group_id=f"g-{topic}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        message = await asyncio.wait_for(consumer.getone(), timeout=60)
        await consumer.commit()
        committed = await consumer.committed(aiokafka.TopicPartition(topic, sent.partition))
    finally:
        await consumer.stop()
    assert message.value == b"hello"
    assert committed == sent.offset + 1
