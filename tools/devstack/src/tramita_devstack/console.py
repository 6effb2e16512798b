"""Progress output for humans (stderr), quiet enough for CI logs."""

from __future__ import annotations

import sys
import time


def say(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def detail(message: str) -> None:
    print(f"    {message}", file=sys.stderr, flush=True)


class Heartbeat:
    """Prints 'still <doing> (Ns)' at most every `every` seconds while a wait goes on."""

    def __init__(self, doing: str, every: float = 10.0) -> None:
        self.doing = doing
        self.every = every
        self._last = time.monotonic()

    def __call__(self, elapsed: float) -> None:
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            detail(f"still {self.doing} ({elapsed:.0f}s)")
