"""An outbox relay process for the crash tests.

Usage: relay.py DSN BOOTSTRAP BATCH_SIZE [HANG_AFTER_BATCHES]. Prints `PUBLISHED <n>`
after Kafka acknowledged each batch. With HANG_AFTER_BATCHES=k it prints `HANGING` after
the k-th acknowledged batch and hangs before marking it published, so the test can
SIGKILL it between "published to Kafka" and "committed as published". SIGTERM stops it
gracefully.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Sequence

from tramita_platform.clock import SystemClock
from tramita_platform.db import create_engine
from tramita_platform.outbox import OutboxRecord, OutboxRelay


class ReportingRelay(OutboxRelay):
    def __init__(self, *, hang_after: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._hang_after = hang_after
        self._batches = 0

    async def publish(self, records: Sequence[OutboxRecord]) -> None:
        await super().publish(records)
        self._batches += 1
        print(f"PUBLISHED {len(records)}", flush=True)
        if self._batches == self._hang_after:
            print("HANGING", flush=True)
            await asyncio.Event().wait()


async def main(dsn: str, bootstrap: str, batch_size: int, hang_after: int) -> None:
    engine = create_engine(dsn)
    relay = ReportingRelay(
        engine=engine,
        bootstrap_servers=bootstrap,
        clock=SystemClock(),
        batch_size=batch_size,
        poll_interval=0.2,
        hang_after=hang_after,
    )
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, relay.stop)
    print("READY", flush=True)
    await relay.run()
    await engine.dispose()
    print(f"STOPPED published={relay.published}", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(main(args[0], args[1], int(args[2]), int(args[3]) if len(args) > 3 else 0))
