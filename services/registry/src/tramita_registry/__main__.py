"""`python -m tramita_registry serve|relay|timers|migrate`."""

from pathlib import Path

import httpx
from tramita.registry.v1 import registry_pb2_grpc
from tramita_platform.processes import main, run_grpc, run_loop, run_migrate, run_relay
from tramita_platform.telemetry import instrument_sqlalchemy
from tramita_platform.timers import TimerWorker

from tramita_registry.bootstrap import build, notifications_mailer, registry_timer_handlers
from tramita_registry.entrypoints.grpc_errors import ERRORS
from tramita_registry.entrypoints.grpc_servicer import RegistryServicer
from tramita_registry.settings import RegistrySettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    settings = RegistrySettings()
    registry = build(settings)

    def register(server) -> None:
        registry_pb2_grpc.add_RegistryServiceServicer_to_server(
            RegistryServicer(registry.dependencies), server
        )

    try:
        await run_grpc(settings, register=register, error_map=ERRORS)
    finally:
        await registry.engine.dispose()


async def timers() -> None:
    """Fire invitation timers: sending at night, reminders, expiry, purges."""
    settings = RegistrySettings()
    registry = build(settings)
    instrument_sqlalchemy(registry.engine)
    async with httpx.AsyncClient(timeout=5.0) as http:
        mailer, channel = notifications_mailer(settings, http)
        worker = TimerWorker(
            sessions=registry.sessions,
            clock=registry.clock,
            handlers=registry_timer_handlers(registry, mailer),
            poll_interval=settings.timers_poll_seconds,
            name="registry-timers",
        )
        try:
            await run_loop(settings, process="timers", run=worker.run, stop=worker.stop)
        finally:
            await channel.close()
            await registry.engine.dispose()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(RegistrySettings()),
            "timers": timers,
            "migrate": lambda: run_migrate(RegistrySettings(), ALEMBIC_INI),
        }
    )
