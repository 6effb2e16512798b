"""Settings of the alerts service (TRAMITA_* environment variables)."""

from typing import Self

from pydantic import Field, SecretStr, model_validator
from tramita_platform.settings import BaseServiceSettings


class AlertsSettings(BaseServiceSettings):
    service_name: str = Field(default="alerts", description="Service name.")
    grpc_port: int = Field(default=50054, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9474, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-alerts", description="Keycloak client id of this service's account."
    )
    personal_data_key: SecretStr | None = Field(
        default=None,
        description="Master key sealing providers' personal data at rest (at least 16 "
        "characters); required in production. Unset elsewhere: derived from the client "
        "secret.",
    )
    comment_period_days: int = Field(
        default=14, ge=1, description="Default length of a closure proposal's comment period."
    )
    objection_period_days: int = Field(
        default=14, ge=1, description="Default length of a closure proposal's objection period."
    )
    block_after_months: int = Field(
        default=6, ge=0, description="Months after closure before providers' data is blocked."
    )
    delete_after_months: int = Field(
        default=36, ge=0, description="Months after closure before providers' data is deleted."
    )
    timers_poll_seconds: float = Field(
        default=1.0, gt=0, description="How often the timers process looks for due timers."
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
        return b"tramita-alerts local key/" + self.service_client_secret.get_secret_value().encode()
