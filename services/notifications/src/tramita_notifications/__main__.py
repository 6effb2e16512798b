"""`python -m tramita_notifications serve|consume|deliver|migrate`."""

from pathlib import Path

import httpx
from tramita.notifications.v1 import notifications_pb2_grpc
from tramita_platform.processes import main, run_consumer, run_grpc, run_loop, run_migrate

from tramita_notifications.bootstrap import build
from tramita_notifications.entrypoints import kafka_consumer
from tramita_notifications.entrypoints.grpc_errors import ERRORS
from tramita_notifications.entrypoints.grpc_servicer import NotificationsServicer
from tramita_notifications.settings import NotificationsSettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    notifications = build(NotificationsSettings())

    def register(server) -> None:
        notifications_pb2_grpc.add_NotificationsServiceServicer_to_server(
            NotificationsServicer(notifications.dependencies()), server
        )

    try:
        await run_grpc(notifications.settings, register=register, error_map=ERRORS)
    finally:
        await notifications.engine.dispose()


async def consume() -> None:
    notifications = build(NotificationsSettings())
    async with httpx.AsyncClient(timeout=10.0) as http:
        contacts, channel = notifications.identity_contacts(http)
        try:
            await run_consumer(
                notifications.settings,
                sessions=notifications.sessions,
                topics=kafka_consumer.SOURCE_TOPICS,
                handlers=kafka_consumer.handlers(notifications.wiring(contacts)),
                name="notices",
                max_attempts=notifications.settings.consumer_max_attempts,
            )
        finally:
            await channel.close()
            await notifications.engine.dispose()


async def deliver() -> None:
    notifications = build(NotificationsSettings())
    async with httpx.AsyncClient() as http:
        worker = notifications.delivery_worker(http)
        try:
            await run_loop(
                notifications.settings, process="deliver", run=worker.run, stop=worker.stop
            )
        finally:
            await notifications.engine.dispose()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "consume": consume,
            "deliver": deliver,
            "migrate": lambda: run_migrate(NotificationsSettings(), ALEMBIC_INI),
        }
    )
