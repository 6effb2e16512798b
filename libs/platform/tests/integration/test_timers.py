"""Durable timers on real PostgreSQL, including the exactly-once proofs."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tramita_platform.clock import ManualClock, SystemClock
from tramita_platform.timers import TIMERS, DueTimer, Timers, TimerWorker

pytestmark = pytest.mark.integration

type Sessions = async_sessionmaker[AsyncSession]
type Poll = Callable[..., Awaitable[Any]]
type Spawn = Callable[..., subprocess.Popen[str]]
type ReadStdout = Callable[..., Awaitable[str]]


async def record_effect(session: AsyncSession, timer: DueTimer) -> None:
    """Handler: one row per fire; the primary key turns a double fire into an error."""
    await session.execute(text("INSERT INTO timer_effects VALUES (:k)"), {"k": timer.key})


async def effects(sessions: Sessions) -> list[str]:
    async with sessions() as session:
        return list((await session.execute(text("SELECT timer_key FROM timer_effects"))).scalars())


async def timer_row(sessions: Sessions, kind: str, key: str) -> dict[str, object]:
    async with sessions() as session:
        row = (
            (
                await session.execute(
                    select(TIMERS).where(TIMERS.c.kind == kind, TIMERS.c.key == key)
                )
            )
            .mappings()
            .one()
        )
    return dict(row)


async def test_schedule_is_idempotent_and_moves_an_unfired_timer(sessions: Sessions) -> None:
    clock = ManualClock()
    timers = Timers(clock=clock)
    async with sessions() as session, session.begin():
        assert await timers.schedule(
            session,
            kind="expire",
            key="a",
            due_at=clock.now() + timedelta(hours=1),
            payload={"n": 1},
        )
        assert await timers.schedule(
            session,
            kind="expire",
            key="a",
            due_at=clock.now() + timedelta(hours=2),
            payload={"n": 2},
        )
    row = await timer_row(sessions, "expire", "a")
    assert row["due_at"] == clock.now() + timedelta(hours=2) and row["payload"] == {"n": 2}

    worker = TimerWorker(sessions=sessions, clock=clock, handlers={"expire": record_effect})
    assert await worker.fire_due() == 0
    clock.advance(hours=2)
    assert await worker.fire_due() == 1
    async with sessions() as session, session.begin():
        assert not await timers.schedule(session, kind="expire", key="a", due_at=clock.now())
        assert not await timers.cancel(session, kind="expire", key="a")
    assert await worker.fire_due() == 0
    assert await effects(sessions) == ["a"]


async def test_cancel_removes_an_unfired_timer(sessions: Sessions) -> None:
    clock = ManualClock()
    timers = Timers(clock=clock)
    async with sessions() as session, session.begin():
        await timers.schedule(session, kind="remind", key="b", due_at=clock.now())
    async with sessions() as session, session.begin():
        assert await timers.cancel(session, kind="remind", key="b")
    worker = TimerWorker(sessions=sessions, clock=clock, handlers={"remind": record_effect})
    assert await worker.fire_due() == 0


async def test_a_failing_handler_retries_with_backoff_without_partial_effects(
    sessions: Sessions,
) -> None:
    clock = ManualClock()
    calls = 0

    async def flaky(session: AsyncSession, timer: DueTimer) -> None:
        nonlocal calls
        calls += 1
        await record_effect(session, timer)  # rolled back with the savepoint on failure
        if calls == 1:
            raise RuntimeError("downstream unavailable")

    async with sessions() as session, session.begin():
        for key in ("ok", "flaky"):
            await Timers(clock=clock).schedule(session, kind=key, key=key, due_at=clock.now())
    worker = TimerWorker(
        sessions=sessions,
        clock=clock,
        handlers={"flaky": flaky, "ok": record_effect},
    )
    assert await worker.fire_due() == 2
    row = await timer_row(sessions, "flaky", "flaky")
    assert row["fired_at"] is None and row["attempts"] == 1
    assert "downstream unavailable" in str(row["last_error"])
    assert await effects(sessions) == ["ok"]
    assert await worker.fire_due() == 0  # backing off
    clock.advance(seconds=2)
    assert await worker.fire_due() == 1
    row = await timer_row(sessions, "flaky", "flaky")
    assert row["fired_at"] == clock.now() and row["attempts"] == 2 and row["last_error"] is None
    assert sorted(await effects(sessions)) == ["flaky", "ok"]


async def test_a_worker_claims_only_kinds_it_handles(sessions: Sessions) -> None:
    clock = ManualClock()
    async with sessions() as session, session.begin():
        await Timers(clock=clock).schedule(session, kind="other", key="c", due_at=clock.now())
    worker = TimerWorker(sessions=sessions, clock=clock, handlers={"mine": record_effect})
    assert await worker.fire_due() == 0


async def test_proof_a_timer_due_while_the_worker_was_down_fires_once_after_restart(
    sessions: Sessions,
    poll: Poll,
) -> None:
    clock = ManualClock()
    first = TimerWorker(
        sessions=sessions, clock=clock, handlers={"k": record_effect}, poll_interval=0.05
    )
    task = asyncio.create_task(first.run())
    await asyncio.sleep(0.1)
    first.stop()
    await asyncio.wait_for(task, 5)

    async with sessions() as session, session.begin():
        await Timers(clock=clock).schedule(
            session, kind="k", key="while-down", due_at=clock.now() + timedelta(minutes=1)
        )
    clock.advance(minutes=10)  # due while no worker runs

    for _ in range(2):  # restart, then restart again: still exactly one fire
        worker = TimerWorker(
            sessions=sessions, clock=clock, handlers={"k": record_effect}, poll_interval=0.05
        )
        task = asyncio.create_task(worker.run())
        await poll(lambda: effects(sessions), what="the timer to fire")
        await asyncio.sleep(0.3)  # several more polls
        worker.stop()
        await asyncio.wait_for(task, 5)
    assert await effects(sessions) == ["while-down"]
    assert (await timer_row(sessions, "k", "while-down"))["attempts"] == 1


async def test_proof_a_worker_killed_mid_fire_leaves_the_timer_to_fire_once_on_restart(
    database_dsn: str,
    sessions: Sessions,
    spawn: Spawn,
    read_stdout: ReadStdout,
    poll: Poll,
) -> None:
    async with sessions() as session, session.begin():
        await Timers(clock=SystemClock()).schedule(
            session, kind="crash", key="t1", due_at=SystemClock().now() - timedelta(seconds=1)
        )
    dsn = database_dsn
    doomed = spawn("timer_worker.py", dsn, "crash", env={"TEST_HANG_IN_HANDLER": "1"})
    await read_stdout(doomed, "HANDLING t1")  # effect written, transaction still open
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(10)
    assert (await timer_row(sessions, "crash", "t1"))["fired_at"] is None

    survivor = spawn("timer_worker.py", dsn, "crash")
    await read_stdout(survivor, "HANDLING t1")
    await poll(lambda: _fired(sessions, "crash", "t1"), what="fired_at")
    survivor.send_signal(signal.SIGTERM)
    assert "fired=1" in await read_stdout(survivor, "STOPPED")
    assert survivor.wait(10) == 0
    assert await effects(sessions) == ["t1"]


async def _fired(sessions: Sessions, kind: str, key: str) -> bool:
    return (await timer_row(sessions, kind, key))["fired_at"] is not None


async def test_proof_two_workers_never_fire_a_timer_twice(sessions: Sessions, poll: Poll) -> None:
    clock = ManualClock()
    total = 300
    async with sessions() as session, session.begin():
        for n in range(total):
            await Timers(clock=clock).schedule(
                session, kind="race", key=f"r{n}", due_at=clock.now()
            )
    workers = [
        TimerWorker(
            sessions=sessions,
            clock=clock,
            handlers={"race": record_effect},
            batch_size=7,
            poll_interval=0.05,
            name=f"w{n}",
        )
        for n in range(2)
    ]
    tasks = [asyncio.create_task(worker.run()) for worker in workers]
    await poll(lambda: _count_effects(sessions, total), what=f"{total} effects")
    for worker in workers:
        worker.stop()
    await asyncio.wait_for(asyncio.gather(*tasks), 10)

    assert sum(worker.fired for worker in workers) == total
    assert all(worker.fired > 0 for worker in workers), [w.fired for w in workers]
    async with sessions() as session:
        stats = (
            await session.execute(
                text(
                    "SELECT count(*), count(fired_at), max(attempts), count(last_error) FROM timers"
                )
            )
        ).one()
    assert tuple(stats) == (total, total, 1, 0)
    assert len(set(await effects(sessions))) == total


async def _count_effects(sessions: Sessions, expected: int) -> bool:
    return len(await effects(sessions)) >= expected
