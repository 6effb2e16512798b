"""The retry delay policy and the shared poll loop."""

from __future__ import annotations

import asyncio

import pytest
from tramita_platform.backoff import Backoff, poll_until_stopped, wait_for_stop


def test_delays_grow_exponentially_up_to_the_cap() -> None:
    backoff = Backoff(initial=0.1, maximum=1.0, multiplier=2.0, jitter=0.2)
    no_jitter = [backoff.delay(n, rand=lambda: 0.0) for n in range(1, 7)]
    assert no_jitter == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.0, 1.0])
    assert backoff.delay(10_000, rand=lambda: 0.0) == 1.0


def test_jitter_only_shortens_by_its_fraction() -> None:
    backoff = Backoff(initial=1.0, maximum=1.0, jitter=0.25)
    assert backoff.delay(1, rand=lambda: 0.999999) == pytest.approx(0.75, abs=1e-5)
    assert all(0.75 <= backoff.delay(3) <= 1.0 for _ in range(200))


@pytest.mark.parametrize(
    "kwargs", [{"initial": 0}, {"initial": 2, "maximum": 1}, {"multiplier": 0.5}, {"jitter": 1}]
)
def test_nonsense_policies_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Backoff(**kwargs)


def test_attempts_are_one_based() -> None:
    with pytest.raises(ValueError):
        Backoff().delay(0)


async def test_poll_loop_retries_failures_then_stops_promptly() -> None:
    stop = asyncio.Event()
    calls: list[str] = []

    async def step() -> bool:
        calls.append("step")
        if len(calls) <= 2:
            raise RuntimeError("broker down")
        if len(calls) == 5:
            stop.set()
        return True

    backoff = Backoff(initial=0.01, maximum=0.02)
    await asyncio.wait_for(
        poll_until_stopped(step, stop=stop, poll_interval=10, backoff=backoff, name="t"), 5
    )
    assert len(calls) == 5


async def test_idle_loop_sleeps_until_woken_or_stopped() -> None:
    stop, wake = asyncio.Event(), asyncio.Event()
    calls = 0

    async def step() -> bool:
        nonlocal calls
        calls += 1
        return False

    task = asyncio.create_task(
        poll_until_stopped(
            step, stop=stop, poll_interval=30, backoff=Backoff(), name="t", wake=wake
        )
    )
    await asyncio.sleep(0.05)
    assert calls == 1
    wake.set()
    await asyncio.sleep(0.05)
    assert calls == 2
    stop.set()
    await asyncio.wait_for(task, 1)


async def test_wait_for_stop_returns_at_timeout() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    await wait_for_stop(asyncio.Event(), 0.05)
    assert loop.time() - started < 1
