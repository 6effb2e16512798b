"""Settings of the gateway (TRAMITA_* environment variables)."""

from typing import Self

from pydantic import Field, SecretStr, model_validator
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
    requests_target: str = Field(
        default="127.0.0.1:50053", description="gRPC address of the requests service."
    )
    documents_target: str = Field(
        default="127.0.0.1:50055", description="gRPC address of the documents service."
    )
    notifications_target: str = Field(
        default="127.0.0.1:50056", description="gRPC address of the notifications service."
    )
    public_url: str = Field(
        default="",
        description="Base URL of the gateway as browsers reach it (builds the OIDC redirect "
        "URI `<public_url>/auth/callback`); empty: taken from each request.",
    )
    keycloak_browser_url: str = Field(
        default="",
        description="Keycloak base URL as browsers reach it, when it differs from "
        "TRAMITA_KEYCLOAK_URL (login redirects); empty: TRAMITA_KEYCLOAK_URL.",
    )
    login_providers: dict[str, str] = Field(
        default={"govbr": "gov.br", "autenticacao-gov": "autenticação.gov"},
        description="National identity providers offered at login: Keycloak alias -> "
        "display name (JSON object).",
    )
    session_keys: SecretStr | None = Field(
        default=None,
        description="Fernet keys encrypting session tokens at rest, comma separated (the "
        "first encrypts, all decrypt); required in production. Unset elsewhere: derived "
        "from the client secret.",
    )
    login_state_ttl_seconds: float = Field(
        default=600.0, gt=0, description="How long a started login (state, PKCE) stays usable."
    )
    session_max_seconds: float = Field(
        default=36000.0,
        gt=0,
        description="Absolute lifetime of a portal session (Keycloak may end it earlier).",
    )
    session_refresh_margin_seconds: float = Field(
        default=30.0,
        ge=0,
        description="Refresh a session's access token when it expires within this margin.",
    )

    @model_validator(mode="after")
    def _session_keys_in_production(self) -> Self:
        """Production encrypts sessions with its own keys, never with a derived one."""
        if self.profile == "production" and self.session_keys is None:
            raise ValueError("TRAMITA_SESSION_KEYS is required in production")
        return self
