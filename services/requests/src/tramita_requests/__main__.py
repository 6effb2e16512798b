"""`python -m tramita_requests serve|relay|migrate`."""

from pathlib import Path

from tramita.requests.v1 import requests_pb2_grpc
from tramita_platform.processes import main, run_grpc, run_migrate, run_relay

from tramita_requests.bootstrap import build
from tramita_requests.entrypoints.grpc_errors import ERRORS
from tramita_requests.entrypoints.grpc_servicer import RequestsServicer
from tramita_requests.settings import RequestsSettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    settings = RequestsSettings()
    requests = build(settings)

    def register(server) -> None:
        requests_pb2_grpc.add_RequestsServiceServicer_to_server(
            RequestsServicer(requests.deps), server
        )

    try:
        await run_grpc(settings, register=register, error_map=ERRORS)
    finally:
        await requests.close()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(RequestsSettings()),
            "migrate": lambda: run_migrate(RequestsSettings(), ALEMBIC_INI),
        }
    )
