"""`python -m tramita_identity serve`."""

from tramita.identity.v1 import identity_pb2_grpc
from tramita_platform.errors import ErrorMap
from tramita_platform.processes import main, run_grpc

from tramita_identity.entrypoints.grpc_servicer import IdentityServicer
from tramita_identity.settings import IdentitySettings


async def serve() -> None:
    def register(server) -> None:
        identity_pb2_grpc.add_IdentityServiceServicer_to_server(IdentityServicer(), server)

    await run_grpc(IdentitySettings(), register=register, error_map=ErrorMap())


if __name__ == "__main__":
    main({"serve": serve})
