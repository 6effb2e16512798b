"""Idempotency keys on real PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from google.protobuf.message import Message
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import ManualClock
from tramita_platform.idempotency import (
    IDEMPOTENCY_KEYS,
    IdempotencyKeyReused,
    IdempotencyStore,
    request_hash,
)

pytestmark = pytest.mark.integration

type Sessions = async_sessionmaker[AsyncSession]


async def run_command(
    sessions: Sessions,
    store: IdempotencyStore,
    *,
    key: str,
    request: bytes,
    pause: float = 0.0,
) -> bytes:
    """A command handler: effect + response, returning the first response on repeats."""
    digest = request_hash(request)
    async with sessions() as session, session.begin():
        stored = await store.lookup(session, scope="things.Create", key=key, request_hash=digest)
        if stored is not None:
            return stored
        await session.execute(text("INSERT INTO effects (event_id) VALUES (:k)"), {"k": key})
        await asyncio.sleep(pause)
        response = b"created:" + request
        await store.record(
            session, scope="things.Create", key=key, request_hash=digest, response=response
        )
        return response


async def count_effects(sessions: Sessions) -> int:
    async with sessions() as session:
        return (await session.execute(text("SELECT count(*) FROM effects"))).scalar_one()


async def test_a_repeat_returns_the_first_response_without_a_second_effect(
    sessions: Sessions,
) -> None:
    store = IdempotencyStore(clock=ManualClock())
    first = await run_command(sessions, store, key="k1", request=b"a")
    again = await run_command(sessions, store, key="k1", request=b"a")
    assert first == again == b"created:a"
    assert await count_effects(sessions) == 1


async def test_the_same_key_for_another_request_is_a_clear_conflict(sessions: Sessions) -> None:
    store = IdempotencyStore(clock=ManualClock())
    await run_command(sessions, store, key="k2", request=b"a")
    with pytest.raises(IdempotencyKeyReused, match="k2"):
        await run_command(sessions, store, key="k2", request=b"b")
    assert await count_effects(sessions) == 1


async def test_scopes_are_independent(sessions: Sessions) -> None:
    store = IdempotencyStore(clock=ManualClock())
    async with sessions() as session, session.begin():
        await store.record(session, scope="a", key="k", request_hash="h", response=b"1")
        await store.record(session, scope="b", key="k", request_hash="h2", response=b"2")
    async with sessions() as session, session.begin():
        assert await store.lookup(session, scope="b", key="k", request_hash="h2") == b"2"
        assert await store.lookup(session, scope="c", key="k", request_hash="h") is None


async def test_concurrent_calls_with_one_key_run_the_command_once(sessions: Sessions) -> None:
    store = IdempotencyStore(clock=ManualClock())
    responses = await asyncio.gather(
        *[run_command(sessions, store, key="k3", request=b"x", pause=0.2) for _ in range(4)]
    )
    assert set(responses) == {b"created:x"}
    assert await count_effects(sessions) == 1


async def test_a_rolled_back_command_leaves_the_key_free(sessions: Sessions) -> None:
    store = IdempotencyStore(clock=ManualClock())
    with pytest.raises(RuntimeError):
        async with sessions() as session, session.begin():
            await store.record(session, scope="s", key="k4", request_hash="h", response=b"r")
            raise RuntimeError("command failed after recording")
    async with sessions() as session, session.begin():
        assert await store.lookup(session, scope="s", key="k4", request_hash="h") is None


async def test_purge_deletes_only_expired_keys(sessions: Sessions) -> None:
    clock = ManualClock()
    store = IdempotencyStore(clock=clock)
    async with sessions() as session, session.begin():
        await store.record(session, scope="s", key="old", request_hash="h", response=b"")
        clock.advance(hours=25)
        await store.record(session, scope="s", key="new", request_hash="h", response=b"")
    async with sessions() as session, session.begin():
        assert await store.purge_expired(session, older_than=timedelta(hours=24)) == 1
        keys = (await session.execute(select(IDEMPOTENCY_KEYS.c.key))).scalars().all()
    assert keys == ["new"]


def test_request_hash_is_stable_for_equal_messages(pinged: type[Message]) -> None:
    assert request_hash(pinged(key="a", seq=1)) == request_hash(pinged(seq=1, key="a"))
    assert request_hash(pinged(key="a")) != request_hash(pinged(key="b"))
    assert request_hash(b"abc") == request_hash(b"abc")
