"""A timer worker process for the crash tests.

Usage: timer_worker.py DSN KIND. The handler records the timer key in `timer_effects`
and prints `HANDLING <key>`; with TEST_HANG_IN_HANDLER=1 it then hangs inside the
transaction (so the test can SIGKILL it mid-fire). SIGTERM stops it gracefully.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine, session_factory
from tramita_platform.timers import DueTimer, TimerWorker


async def record(session: AsyncSession, timer: DueTimer) -> None:
    await session.execute(text("INSERT INTO timer_effects VALUES (:k)"), {"k": timer.key})
    print(f"HANDLING {timer.key}", flush=True)
    if os.environ.get("TEST_HANG_IN_HANDLER") == "1":
        await asyncio.Event().wait()


async def main(dsn: str, kind: str) -> None:
    engine = create_engine(dsn)
    worker = TimerWorker(
        sessions=session_factory(engine),
        clock=SystemClock(),
        handlers={kind: record},
        poll_interval=0.1,
    )
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, worker.stop)
    print("READY", flush=True)
    await worker.run()
    await engine.dispose()
    print(f"STOPPED fired={worker.fired}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
