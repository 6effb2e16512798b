"""Retry delays and the poll/backoff loop shared by the relay, the consumer and timer workers."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["Backoff", "poll_until_stopped", "wait_for_stop"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Backoff:
    """Capped exponential delays with proportional jitter (avoids replicas retrying in step)."""

    initial: float = 0.1
    maximum: float = 30.0
    multiplier: float = 2.0
    jitter: float = 0.2

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.maximum < self.initial or self.multiplier < 1:
            raise ValueError("need 0 < initial <= maximum and multiplier >= 1")
        if not 0 <= self.jitter < 1:
            raise ValueError("jitter is a fraction in [0, 1)")

    def delay(self, attempt: int, *, rand: Callable[[], float] = random.random) -> float:
        """Return the delay in seconds before retry number `attempt` (1-based)."""
        if attempt < 1:
            raise ValueError("attempt is 1-based")
        exponent = min(attempt - 1, 64)
        base = min(self.maximum, self.initial * self.multiplier**exponent)
        return base * (1 - self.jitter * rand())


async def wait_for_stop(
    stop: asyncio.Event, seconds: float, *, wake: asyncio.Event | None = None
) -> None:
    """Sleep up to `seconds`, returning early when `stop` (or `wake`) is set."""
    waiters = [asyncio.ensure_future(stop.wait())]
    if wake is not None:
        waiters.append(asyncio.ensure_future(wake.wait()))
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
    if wake is not None:
        wake.clear()


async def poll_until_stopped(
    step: Callable[[], Awaitable[bool]],
    *,
    stop: asyncio.Event,
    poll_interval: float,
    backoff: Backoff,
    name: str,
    wake: asyncio.Event | None = None,
) -> None:
    """Call `step` until `stop` is set.

    `step` returns True when it did a full batch (call again at once) and False when idle
    (wait `poll_interval` or until `wake`). An exception is logged and retried after a
    growing delay, so a dead broker or database never crashes the loop.
    """
    failures = 0
    while not stop.is_set():
        try:
            busy = await step()
        except Exception:
            failures += 1
            delay = backoff.delay(failures)
            _log.exception("%s step failed (attempt %d), retrying in %.2fs", name, failures, delay)
            await wait_for_stop(stop, delay)
            continue
        failures = 0
        if not busy:
            await wait_for_stop(stop, poll_interval, wake=wake)
