"""Settings of the notifications service (TRAMITA_* environment variables)."""

from typing import Literal

from pydantic import Field, SecretStr
from tramita_platform.settings import BaseServiceSettings


class NotificationsSettings(BaseServiceSettings):
    service_name: str = Field(default="notifications", description="Service name.")
    grpc_port: int = Field(default=50056, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9476, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-notifications",
        description="Keycloak client id of this service's account.",
    )
    portal_url: str = Field(
        default="http://127.0.0.1:18080",
        description="Public address of the portal; links in messages start with it.",
    )
    seal_key: SecretStr = Field(
        description="Fernet key sealing secret-carrying message bodies at rest "
        "(generate with `python -c 'from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())'`)."
    )
    smtp_host: str = Field(default="127.0.0.1", description="SMTP server host.")
    smtp_port: int = Field(default=25, ge=1, le=65535, description="SMTP server port.")
    smtp_tls: Literal["none", "starttls", "implicit"] = Field(
        default="starttls", description="TLS with the SMTP server: none, STARTTLS or implicit TLS."
    )
    smtp_username: str = Field(default="", description="SMTP login; empty for none.")
    smtp_password: SecretStr = Field(default=SecretStr(""), description="SMTP password.")
    smtp_timeout: float = Field(default=15.0, gt=0, description="SMTP timeout in seconds.")
    mail_from: str = Field(
        default="Tramita <no-reply@tramita.local>", description="From header of e-mails."
    )
    sms_url: str = Field(default="", description="SMS provider endpoint; empty disables SMS.")
    sms_token: SecretStr = Field(default=SecretStr(""), description="SMS provider bearer token.")
    delivery_max_attempts: int = Field(
        default=12, ge=1, description="Attempts before a message becomes a dead letter."
    )
    delivery_batch_size: int = Field(
        default=20, ge=1, le=500, description="Messages claimed per delivery round."
    )
    direct_senders: list[str] = Field(
        default=["tramita-identity", "tramita-registry"],
        description="Service clients allowed to call SendDirect (secret-carrying messages).",
    )
    identity_target: str = Field(
        default="127.0.0.1:50051", description="gRPC address of the identity service."
    )
    consumer_max_attempts: int = Field(
        default=30,
        ge=1,
        description="Attempts per event before it is dead-lettered (identity may be briefly down).",
    )
