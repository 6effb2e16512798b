"""The processes a service runs (`python -m tramita_<service> serve|relay|consume|timers|migrate`).

Each runner configures logs, traces and metrics the same way, stops cleanly on SIGTERM
or SIGINT, and leaves the service's `__main__` a table of its commands.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

import grpc
import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tramita_platform.auth import JwksVerifier
from tramita_platform.clock import SystemClock
from tramita_platform.consumer import EventConsumer, Handler
from tramita_platform.db import create_engine, run_migrations
from tramita_platform.errors import ErrorMap
from tramita_platform.grpc_server import serve
from tramita_platform.logs import configure_logging
from tramita_platform.metrics import start_metrics_server
from tramita_platform.outbox import OutboxRelay
from tramita_platform.settings import BaseServiceSettings
from tramita_platform.telemetry import configure_telemetry, instrument_sqlalchemy

type Command = Callable[[], Awaitable[None] | None]
type Register = Callable[[grpc.aio.Server], None]


def main(commands: Mapping[str, Command], argv: Sequence[str] | None = None) -> None:
    """Run the command named by the first argument; list the commands when it is unknown."""
    args = list(sys.argv[1:] if argv is None else argv)
    name = args[0] if args else ""
    if name not in commands:
        print(f"usage: python -m <service> {{{'|'.join(commands)}}}", file=sys.stderr)
        raise SystemExit(2)
    result = commands[name]()
    if result is not None:
        asyncio.run(result)  # type: ignore[arg-type]


def observe(settings: BaseServiceSettings, process: str) -> None:
    """JSON logs and traces for one process of a service."""
    configure_logging(f"{settings.service_name}-{process}", settings.log_level)
    configure_telemetry(settings.service_name, settings.otlp_endpoint)


async def until_signalled(stop: Callable[[], None]) -> asyncio.Event:
    """Call `stop` on SIGTERM/SIGINT; return the event that is set then."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        stopped.set()
        stop()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal)
    return stopped


async def run_grpc(
    settings: BaseServiceSettings, *, register: Register, error_map: ErrorMap
) -> None:
    """Serve the service's gRPC API, verifying every caller's token against Keycloak."""
    observe(settings, "serve")
    async with httpx.AsyncClient(timeout=5.0) as http:
        verifier = JwksVerifier.from_settings(settings, http)
        await serve(settings=settings, register=register, verifier=verifier, error_map=error_map)


async def run_relay(settings: BaseServiceSettings) -> None:
    """Move the service's outbox rows to Kafka until stopped."""
    observe(settings, "relay")
    engine = create_engine(settings.database_url)
    instrument_sqlalchemy(engine)
    relay = OutboxRelay(
        engine=engine,
        bootstrap_servers=settings.kafka_bootstrap,
        clock=SystemClock(),
        name=f"{settings.service_name}-relay",
    )
    await until_signalled(relay.stop)
    metrics = start_metrics_server(settings.metrics_port, settings.metrics_host)
    try:
        await relay.run()
    finally:
        metrics.close()
        await engine.dispose()


async def run_loop(
    settings: BaseServiceSettings,
    *,
    process: str,
    run: Callable[[], Awaitable[None]],
    stop: Callable[[], None],
) -> None:
    """Run a long-lived worker loop (timers, deliveries) with logs, metrics and signals."""
    observe(settings, process)
    await until_signalled(stop)
    metrics = start_metrics_server(settings.metrics_port, settings.metrics_host)
    try:
        await run()
    finally:
        metrics.close()


def run_migrate(settings: BaseServiceSettings, alembic_ini: Path) -> None:
    """Upgrade the service's database to the latest migration."""
    configure_logging(f"{settings.service_name}-migrate", settings.log_level)
    with contextlib.suppress(KeyboardInterrupt):
        run_migrations(settings.database_url, os.environ.get("TRAMITA_ALEMBIC_INI", alembic_ini))


async def run_consumer(
    settings: BaseServiceSettings,
    *,
    sessions: async_sessionmaker[AsyncSession],
    topics: Sequence[str],
    handlers: Mapping[str, Handler],
    name: str,
    max_attempts: int = 5,
) -> None:
    """Apply other services' events through the inbox until stopped."""
    observe(settings, "consume")
    consumer = EventConsumer(
        sessions=sessions,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"tramita.{settings.service_name}.{name}",
        topics=topics,
        clock=SystemClock(),
        handlers=handlers,
        name=f"{settings.service_name}.{name}",
        max_attempts=max_attempts,
    )
    await until_signalled(consumer.stop)
    metrics = start_metrics_server(settings.metrics_port, settings.metrics_host)
    try:
        await consumer.run()
    finally:
        metrics.close()
