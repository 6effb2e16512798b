"""Settings of the identity service (TRAMITA_* environment variables)."""

from pydantic import Field
from tramita_platform.settings import BaseServiceSettings


class IdentitySettings(BaseServiceSettings):
    service_name: str = Field(default="identity", description="Service name.")
    grpc_port: int = Field(default=50051, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9471, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-identity", description="Keycloak client id of this service's account."
    )
    contact_readers: list[str] = Field(
        default=["tramita-notifications"],
        description="Service clients allowed to read contact points (GetContactPoints).",
    )
