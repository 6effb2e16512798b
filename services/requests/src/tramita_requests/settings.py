"""Settings of the requests service (TRAMITA_* environment variables)."""

from typing import Self

from pydantic import Field, SecretStr, model_validator
from tramita_platform.settings import BaseServiceSettings


class RequestsSettings(BaseServiceSettings):
    service_name: str = Field(default="requests", description="Service name.")
    grpc_port: int = Field(default=50053, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9473, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-requests", description="Keycloak client id of this service's account."
    )
    identity_target: str = Field(
        default="",
        description="gRPC address of the identity service, asked for the acting user's "
        "profiles (GetAuthorityUser, with the caller's token). Empty: the profiles are read "
        "from the token's roles instead.",
    )
    personal_data_key: SecretStr | None = Field(
        default=None,
        description="Master key sealing data subjects' personal data at rest (at least 16 "
        "characters); required in production. Unset elsewhere: derived from the client "
        "secret.",
    )

    @model_validator(mode="after")
    def _personal_data_key_in_production(self) -> Self:
        if self.profile == "production" and self.personal_data_key is None:
            raise ValueError("TRAMITA_PERSONAL_DATA_KEY is required in production")
        return self

    def personal_data_secret(self) -> bytes:
        """The master key of sealed personal data (derived from the client secret unless set)."""
        if self.personal_data_key is not None:
            return self.personal_data_key.get_secret_value().encode()
        secret = self.service_client_secret.get_secret_value().encode()
        return b"tramita-requests local key/" + secret
