"""Settings of the registry service (TRAMITA_* environment variables)."""

from pydantic import Field
from tramita_platform.settings import BaseServiceSettings


class RegistrySettings(BaseServiceSettings):
    service_name: str = Field(default="registry", description="Service name.")
    grpc_port: int = Field(default=50052, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9472, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-registry", description="Keycloak client id of this service's account."
    )
