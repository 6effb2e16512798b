"""Settings of the identity service (TRAMITA_* environment variables)."""

from typing import Self

from pydantic import Field, SecretStr, model_validator
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
    access_portals: list[str] = Field(
        default=["tramita-gateway"],
        description="Service clients that hand in access requests and their e-mail "
        "validations on behalf of anonymous visitors (the public portal).",
    )
    notifications_target: str = Field(
        default="127.0.0.1:50056",
        description="gRPC address of the notifications service (SendDirect).",
    )
    registry_target: str = Field(
        default="127.0.0.1:50052",
        description="gRPC address of the registry service (entities of authority users).",
    )
    personal_data_key: SecretStr | None = Field(
        default=None,
        description="Master key sealing applicants' personal data at rest (at least 16 "
        "characters); required in production. Unset elsewhere: derived from the client "
        "secret.",
    )
    minio_endpoint: str = Field(
        default="127.0.0.1:9100", description="S3 endpoint (host:port) of the proof documents."
    )
    minio_access_key: str = Field(default="", description="S3 access key.")
    minio_secret_key: SecretStr = Field(default=SecretStr(""), description="S3 secret key.")
    minio_secure: bool = Field(default=False, description="Use TLS to reach the S3 endpoint.")
    access_proofs_bucket: str = Field(
        default="tramita-access-proofs", description="Bucket of access requests' proofs."
    )
    access_request_link_hours: float = Field(
        default=24.0,
        gt=0,
        description="How long an access request's e-mail validation link works (PRODUCT "
        "§12: 24 h).",
    )
    access_request_max_proof_bytes: int = Field(
        default=5 * 1024 * 1024, gt=0, description="Largest proof document accepted."
    )
    access_request_validation_path: str = Field(
        default="/api/v1/access-requests/validate",
        description="Portal path the validation e-mail links to (`?token=` is added).",
    )
    access_request_set_password_hours: float = Field(
        default=48.0, gt=0, description="How long Keycloak's set-password link works."
    )
    access_request_realm_roles: list[str] = Field(
        default=["client"], description="Realm roles of accounts created by approval."
    )
    set_password_client_id: str = Field(
        default="",
        description="Client whose redirect URI the set-password page offers afterwards "
        "(empty: none).",
    )
    set_password_redirect_uri: str = Field(
        default="", description="Where the set-password page sends the person afterwards."
    )
    temporary_password_days: float = Field(
        default=7.0, gt=0, description="Validity told with authority users' temporary passwords."
    )
    authority_user_realm_roles: list[str] = Field(
        default=["authority-user"], description="Realm roles of authority users' accounts."
    )
    login_link: str = Field(
        default="/auth/login", description="Portal path account e-mails link to (the login)."
    )

    @model_validator(mode="after")
    def _personal_data_key_in_production(self) -> Self:
        if self.profile == "production" and self.personal_data_key is None:
            raise ValueError("TRAMITA_PERSONAL_DATA_KEY is required in production")
        return self

    def personal_data_secret(self) -> bytes:
        """The master key of sealed personal data (derived from the client secret unless set;
        production always sets it)."""
        if self.personal_data_key is not None:
            return self.personal_data_key.get_secret_value().encode()
        return (
            b"tramita-identity local key/" + self.service_client_secret.get_secret_value().encode()
        )
