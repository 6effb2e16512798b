"""Endpoints of the running stack, as read from <state>/endpoints.json."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Endpoints:
    """Where the running stack's servers are; empty fields belong to stopped components."""

    pg_host: str = ""
    pg_port: int = 0
    pg_user: str = ""
    pg_password: str = ""
    kafka_bootstrap: str = ""
    minio_endpoint: str = ""
    minio_access_key: str = ""
    minio_secret_key: str = ""
    keycloak_url: str = ""
    smtp_host: str = ""
    smtp_port: int = 0
    mail_api_url: str = ""
    keycloak_realm: str = ""
    keycloak_admin_user: str = ""
    keycloak_admin_password: str = ""
    minio_console_url: str = ""
    running: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Endpoints:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "running" in values:
            values["running"] = tuple(values["running"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["running"] = list(self.running)
        return data

    def postgres_dsn(self, database: str) -> str:
        """SQLAlchemy URL (asyncpg driver) of one database."""
        if not self.pg_port:
            raise RuntimeError("postgres is not running (tramita-stack up postgres)")
        return (
            f"postgresql+asyncpg://{self.pg_user}:{self.pg_password}"
            f"@{self.pg_host}:{self.pg_port}/{database}"
        )

    def create_database(self, name: str) -> None:
        """Create a database owned by the stack user unless it exists."""
        from tramita_devstack.components.postgres import create_database

        if not self.pg_port:
            raise RuntimeError("postgres is not running (tramita-stack up postgres)")
        create_database(name, port=self.pg_port, user=self.pg_user, password=self.pg_password)

    def env(self) -> dict[str, str]:
        """TRAMITA_* variables for Tramita processes (the DSN is added per service)."""
        pairs = {
            "TRAMITA_PG_HOST": self.pg_host,
            "TRAMITA_PG_PORT": str(self.pg_port or ""),
            "TRAMITA_PG_USER": self.pg_user,
            "TRAMITA_PG_PASSWORD": self.pg_password,
            "TRAMITA_KAFKA_BOOTSTRAP": self.kafka_bootstrap,
            "TRAMITA_MINIO_ENDPOINT": self.minio_endpoint,
            "TRAMITA_MINIO_ACCESS_KEY": self.minio_access_key,
            "TRAMITA_MINIO_SECRET_KEY": self.minio_secret_key,
            "TRAMITA_KEYCLOAK_URL": self.keycloak_url,
            "TRAMITA_KEYCLOAK_REALM": self.keycloak_realm,
            "TRAMITA_SMTP_HOST": self.smtp_host,
            "TRAMITA_SMTP_PORT": str(self.smtp_port or ""),
            "TRAMITA_MAIL_API_URL": self.mail_api_url,
        }
        return {key: value for key, value in pairs.items() if value}
