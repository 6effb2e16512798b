"""The latency benchmark's relay and consumer, each in its own process (as deployed).

    python -m bench.procs relay   DSN SCHEMA BOOTSTRAP
    python -m bench.procs consume DSN SCHEMA BOOTSTRAP TOPIC GROUP

Both run until SIGTERM. The consumer prints `<event id> <sent> <received> <effect>` for
each event: the Kafka record's create time (set by the relay's producer; wall clock) and
the handler's and the post-commit CLOCK_MONOTONIC stamps. CLOCK_MONOTONIC is system-wide
on Linux, so the parent can subtract its own commit stamps from these.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from aiokafka import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession
from tramita.registry.events.v1 import events_pb2
from tramita_platform.consumer import EventConsumer, Outcome
from tramita_platform.db import create_engine, session_factory
from tramita_platform.events import HEADER_ID, EventEnvelope, event_type
from tramita_platform.outbox import OutboxRelay

from bench.stack import CLOCK, monotonic


class StampingConsumer(EventConsumer):
    """Its handler stamps the receive time inside the inbox transaction; once the outcome is
    observed (transaction committed) it prints `<id> <sent> <received> <effect committed>`."""

    def __init__(self, **kwargs: object) -> None:
        handlers = {event_type(events_pb2.OrganizationRegistered): self._record}
        super().__init__(handlers=handlers, **kwargs)  # type: ignore[arg-type]
        self._received: dict[str, float] = {}

    async def _record(self, session: AsyncSession, envelope: EventEnvelope) -> None:
        self._received[envelope.id] = monotonic()

    def observed(self, outcome: Outcome, record: ConsumerRecord) -> None:
        super().observed(outcome, record)
        if outcome == "processed":
            event_id = dict(record.headers)[HEADER_ID].decode()
            received = self._received.pop(event_id, 0.0)
            sent = record.timestamp / 1000  # the relay's send time (wall clock, ms)
            sys.stdout.write(f"{event_id} {sent:.3f} {received:.6f} {monotonic():.6f}\n")
            sys.stdout.flush()


async def _serve(role: str, dsn: str, schema: str, bootstrap: str, *rest: str) -> None:
    engine = create_engine(dsn, connect_args={"server_settings": {"search_path": schema}})
    if role == "relay":
        worker: OutboxRelay | EventConsumer = OutboxRelay(
            engine=engine, bootstrap_servers=bootstrap, clock=CLOCK, name="bench-relay"
        )
    else:
        topic, group = rest
        worker = StampingConsumer(
            sessions=session_factory(engine),
            bootstrap_servers=bootstrap,
            group_id=group,
            topics=[topic],
            clock=CLOCK,
        )
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, worker.stop)
    try:
        await worker.run()
    finally:
        await engine.dispose()


def main() -> None:
    asyncio.run(_serve(*sys.argv[1:]))


if __name__ == "__main__":
    main()
