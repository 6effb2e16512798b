"""Settings of the registry service (TRAMITA_* environment variables)."""

from datetime import date

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
    notifications_target: str = Field(
        default="127.0.0.1:50056",
        description="gRPC address of the notifications service (the timers process sends "
        "invitation e-mails through it).",
    )
    public_callers: list[str] = Field(
        default=["tramita-gateway"],
        description="Service clients allowed to call the self-registration methods for "
        "visitors holding a registration code (JSON list).",
    )
    invitation_send_immediately: bool | None = Field(
        default=None,
        description="Send confirmed invitations at once instead of the night after the "
        "10:00 cut-off (counting and the daily block still apply). Unset: at once in the "
        "local profile only, so a developer sees the e-mail without waiting for the night.",
    )
    invitation_daily_limit: int = Field(
        default=100,
        ge=1,
        description="More confirmations than this by one coordinator entity in one local "
        "day block the day until a platform administrator releases it.",
    )
    invitation_validity_days: int = Field(
        default=30, ge=1, description="How long a registration code stays valid."
    )
    invitation_reminder_days: int = Field(
        default=5, ge=0, description="Days before a code's expiry the invited entity is reminded."
    )
    invitation_holidays: dict[str, list[date]] = Field(
        default={},
        description="Public holidays per country (JSON object, e.g. "
        '{"PT": ["2026-12-08", "2026-12-25"]}): no sending night, not a business day. '
        "Empty: every weekday is a business day.",
    )
    timers_poll_seconds: float = Field(
        default=1.0, gt=0, description="How often the timers process looks for due timers."
    )

    @property
    def sends_immediately(self) -> bool:
        if self.invitation_send_immediately is None:
            return self.profile == "local"
        return self.invitation_send_immediately
