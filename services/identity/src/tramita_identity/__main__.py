"""`python -m tramita_identity serve|relay|migrate`."""

from pathlib import Path

from tramita.identity.v1 import identity_pb2_grpc
from tramita_platform.processes import main, run_grpc, run_migrate, run_relay

from tramita_identity.bootstrap import build
from tramita_identity.entrypoints.grpc_errors import ERRORS
from tramita_identity.entrypoints.grpc_servicer import IdentityServicer
from tramita_identity.settings import IdentitySettings

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


async def serve() -> None:
    settings = IdentitySettings()
    identity = build(settings)

    def register(server) -> None:
        identity_pb2_grpc.add_IdentityServiceServicer_to_server(
            IdentityServicer(identity.dependencies), server
        )

    try:
        await run_grpc(settings, register=register, error_map=ERRORS)
    finally:
        await identity.close()


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(IdentitySettings()),
            "migrate": lambda: run_migrate(IdentitySettings(), ALEMBIC_INI),
        }
    )
