"""Base settings every service extends, read once from `TRAMITA_*` environment variables."""

from __future__ import annotations

from typing import Any, Literal, Self
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["PLACEHOLDER_SECRETS", "BaseServiceSettings", "render_settings_reference"]

ENV_PREFIX = "TRAMITA_"
PLACEHOLDER_SECRETS = frozenset(
    {
        "",
        "changeme",
        "change-me",
        "change_me",
        "secret",
        "password",
        "admin",
        "test",
        "dev",
        "local",
        "default",
        "placeholder",
        "todo",
        "xxx",
        "tramita",
    }
)

type Profile = Literal["local", "test", "production"]
type LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class BaseServiceSettings(BaseSettings):
    """Settings shared by every Tramita process; services subclass and add their own."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    service_name: str = Field(description="Service name used in logs, traces and metrics.")
    profile: Profile = Field(
        default="local",
        description="Deployment profile; `production` refuses placeholder secrets.",
    )
    grpc_host: str = Field(default="127.0.0.1", description="Interface the gRPC server binds.")
    grpc_port: int = Field(default=50051, ge=0, le=65535, description="gRPC server port.")
    http_host: str = Field(default="127.0.0.1", description="Interface the HTTP server binds.")
    http_port: int = Field(default=8080, ge=0, le=65535, description="HTTP server port.")
    metrics_host: str = Field(
        default="127.0.0.1", description="Interface of the Prometheus endpoint (non-HTTP apps)."
    )
    metrics_port: int = Field(
        default=9464,
        ge=0,
        le=65535,
        description="Prometheus `/metrics` port for processes without an HTTP server.",
    )
    database_url: str = Field(
        default="postgresql+asyncpg://tramita@127.0.0.1:5432/tramita",
        description="SQLAlchemy URL of the service's own database; a password in it must not "
        "be a placeholder in production.",
    )
    kafka_bootstrap: str = Field(
        default="127.0.0.1:9092", description="Kafka bootstrap servers, comma separated."
    )
    keycloak_url: str = Field(
        default="http://127.0.0.1:8180", description="Keycloak base URL (no trailing slash)."
    )
    keycloak_realm: str = Field(default="tramita", description="Keycloak realm issuing tokens.")
    token_audience: str = Field(
        default="tramita", description="Audience (`aud`) every accepted token must carry."
    )
    jwks_cache_ttl_seconds: float = Field(
        default=300.0, gt=0, description="How long fetched signing keys (JWKS) are cached."
    )
    grpc_deadline_seconds: float = Field(
        default=5.0, gt=0, description="Default deadline of outgoing gRPC calls without one."
    )
    shutdown_grace_seconds: float = Field(
        default=10.0, ge=0, description="Time in-flight calls get to finish on SIGTERM."
    )
    otlp_endpoint: str = Field(
        default="", description="OTLP/gRPC trace collector endpoint; empty disables export."
    )
    log_level: LogLevel = Field(default="INFO", description="Minimum level of emitted logs.")
    service_client_id: str = Field(
        description="Keycloak client id of this service's account (client credentials)."
    )
    service_client_secret: SecretStr = Field(
        description="Keycloak client secret of this service's account."
    )

    @property
    def issuer(self) -> str:
        """Return the expected `iss` of tokens: the realm URL."""
        return f"{self.keycloak_url.rstrip('/')}/realms/{self.keycloak_realm}"

    @property
    def jwks_url(self) -> str:
        """Return the realm's JWKS (signing keys) URL."""
        return f"{self.issuer}/protocol/openid-connect/certs"

    @property
    def token_url(self) -> str:
        """Return the realm's token endpoint URL."""
        return f"{self.issuer}/protocol/openid-connect/token"

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Self:
        """Refuse placeholder secrets (in any subclass field) when running in production."""
        if self.profile != "production":
            return self
        bad = [name for name, value in self._secret_values() if _is_placeholder(value)]
        if bad:
            names = ", ".join(ENV_PREFIX + name.upper() for name in bad)
            raise ValueError(f"placeholder secrets are not allowed in production: {names}")
        return self

    def _secret_values(self) -> list[tuple[str, str]]:
        """Return (field name, secret text) for every SecretStr field and the database password."""
        found = [
            (name, value.get_secret_value())
            for name in type(self).model_fields
            if isinstance(value := getattr(self, name), SecretStr)
        ]
        password = urlsplit(self.database_url).password
        if password is not None:
            found.append(("database_url", password))
        return found


def _is_placeholder(value: str) -> bool:
    """Tell whether a secret value is empty or a well-known placeholder."""
    return value.strip().lower() in PLACEHOLDER_SECRETS


def render_settings_reference(settings_cls: type[BaseSettings], *, title: str | None = None) -> str:
    """Render a markdown reference (variable, type, default, description) of a settings class."""
    prefix = settings_cls.model_config.get("env_prefix", "")
    lines = [
        f"# {title or settings_cls.__name__}",
        "",
        "| Variable | Type | Default | Description |",
        "|---|---|---|---|",
    ]
    for name, field in settings_cls.model_fields.items():
        env = f"{prefix}{name}".upper()
        row = [f"`{env}`", _type_name(field), _default_text(field), field.description or ""]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def _type_name(field: FieldInfo) -> str:
    """Return a short, readable type name for the reference table."""
    annotation: Any = field.annotation
    value = getattr(annotation, "__value__", annotation)  # unwrap `type X = ...` aliases
    if getattr(value, "__origin__", None) is Literal:
        return " | ".join(f"`{arg}`" for arg in value.__args__)
    return getattr(value, "__name__", str(value))


def _default_text(field: FieldInfo) -> str:
    """Return the default as shown in the reference; secrets never show one."""
    if field.is_required() or field.default is PydanticUndefined:
        return "*required*"
    if field.annotation is SecretStr:
        return "*(hidden)*"
    return f"`{field.default}`" if field.default != "" else "*(empty)*"
