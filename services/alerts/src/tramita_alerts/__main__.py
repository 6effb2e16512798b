"""`python -m tramita_alerts serve|relay|timers|migrate`."""

from pathlib import Path

from tramita.alerts.v1 import alerts_pb2_grpc
from tramita_platform.processes import main, run_grpc, run_loop, run_migrate, run_relay
from tramita_platform.telemetry import instrument_sqlalchemy
from tramita_platform.timers import TimerWorker

from tramita_alerts.bootstrap import build, timer_handlers
from tramita_alerts.entrypoints.grpc_errors import ERRORS
from tramita_alerts.entrypoints.grpc_servicer import AlertsServicer
from tramita_alerts.settings import AlertsSettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    settings = AlertsSettings()
    alerts = build(settings)

    def register(server) -> None:
        alerts_pb2_grpc.add_AlertsServiceServicer_to_server(AlertsServicer(alerts.deps), server)

    try:
        await run_grpc(settings, register=register, error_map=ERRORS)
    finally:
        await alerts.engine.dispose()


async def timers() -> None:
    """Fire the closure periods' ends (comment period, objection period)."""
    settings = AlertsSettings()
    alerts = build(settings)
    instrument_sqlalchemy(alerts.engine)
    worker = TimerWorker(
        sessions=alerts.sessions,
        clock=alerts.clock,
        handlers=timer_handlers(alerts),
        poll_interval=settings.timers_poll_seconds,
        name="alerts-timers",
    )
    try:
        await run_loop(settings, process="timers", run=worker.run, stop=worker.stop)
    finally:
        await alerts.engine.dispose()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(AlertsSettings()),
            "timers": timers,
            "migrate": lambda: run_migrate(AlertsSettings(), ALEMBIC_INI),
        }
    )
