"""`python -m tramita_registry serve|relay|migrate`."""

from pathlib import Path

from tramita.registry.v1 import registry_pb2_grpc
from tramita_platform.processes import main, run_grpc, run_migrate, run_relay

from tramita_registry.bootstrap import build
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


if __name__ == "__main__":
    main(
        {
            "serve": serve,
            "relay": lambda: run_relay(RegistrySettings()),
            "migrate": lambda: run_migrate(RegistrySettings(), ALEMBIC_INI),
        }
    )
