"""Settings of the gateway (TRAMITA_* environment variables)."""

from pydantic import Field
from tramita_platform.settings import BaseServiceSettings


class GatewaySettings(BaseServiceSettings):
    service_name: str = Field(default="gateway", description="Service name.")
    http_port: int = Field(default=8000, ge=0, le=65535, description="Public HTTP port.")
    service_client_id: str = Field(
        default="tramita-gateway", description="Keycloak client id of the gateway."
    )
    identity_target: str = Field(
        default="127.0.0.1:50051", description="gRPC address of the identity service."
    )
    registry_target: str = Field(
        default="127.0.0.1:50052", description="gRPC address of the registry service."
    )
    documents_target: str = Field(
        default="127.0.0.1:50055", description="gRPC address of the documents service."
    )
    notifications_target: str = Field(
        default="127.0.0.1:50056", description="gRPC address of the notifications service."
    )
