"""Settings: env prefix, derived URLs, placeholder refusal, the generated reference."""

from __future__ import annotations

import pytest
from pydantic import Field, SecretStr, ValidationError
from tramita_platform.settings import BaseServiceSettings, render_settings_reference


class RequestsSettings(BaseServiceSettings):
    service_name: str = Field(default="requests", description="Service name.")
    master_key: SecretStr = Field(description="Key wrapping personal-data keys.")


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name, value in {
        "TRAMITA_SERVICE_CLIENT_ID": "requests",
        "TRAMITA_SERVICE_CLIENT_SECRET": "s3cr3t-from-vault",
        "TRAMITA_MASTER_KEY": "k3y-from-vault",
    }.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def test_reads_prefixed_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("TRAMITA_GRPC_PORT", "6000")
    env.setenv("TRAMITA_KEYCLOAK_URL", "https://id.example")
    settings = RequestsSettings()
    assert settings.grpc_port == 6000
    assert settings.grpc_host == "127.0.0.1"
    assert settings.issuer == "https://id.example/realms/tramita"
    assert settings.jwks_url == "https://id.example/realms/tramita/protocol/openid-connect/certs"
    assert settings.token_url.endswith("/realms/tramita/protocol/openid-connect/token")
    assert settings.service_client_secret.get_secret_value() == "s3cr3t-from-vault"
    assert "s3cr3t" not in repr(settings)


def test_secrets_have_no_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRAMITA_SERVICE_CLIENT_SECRET", raising=False)
    with pytest.raises(ValidationError, match="service_client_secret"):
        BaseServiceSettings(service_name="x", service_client_id="x")


@pytest.mark.parametrize("placeholder", ["changeme", "secret", "", "  ", "CHANGEME"])
def test_production_refuses_placeholder_secrets(env: pytest.MonkeyPatch, placeholder: str) -> None:
    env.setenv("TRAMITA_PROFILE", "production")
    env.setenv("TRAMITA_MASTER_KEY", placeholder)
    with pytest.raises(ValidationError, match="TRAMITA_MASTER_KEY"):
        RequestsSettings()


def test_production_refuses_placeholder_database_password(env: pytest.MonkeyPatch) -> None:
    env.setenv("TRAMITA_PROFILE", "production")
    env.setenv("TRAMITA_DATABASE_URL", "postgresql+asyncpg://app:changeme@db/requests")
    with pytest.raises(ValidationError, match="TRAMITA_DATABASE_URL"):
        RequestsSettings()


def test_production_accepts_real_secrets(env: pytest.MonkeyPatch) -> None:
    env.setenv("TRAMITA_PROFILE", "production")
    env.setenv("TRAMITA_DATABASE_URL", "postgresql+asyncpg://app:Xk29-long@db/requests")
    assert RequestsSettings().profile == "production"


def test_local_profile_tolerates_placeholders(env: pytest.MonkeyPatch) -> None:
    env.setenv("TRAMITA_MASTER_KEY", "changeme")
    assert RequestsSettings().master_key.get_secret_value() == "changeme"


def test_every_base_field_is_documented() -> None:
    undocumented = [n for n, f in BaseServiceSettings.model_fields.items() if not f.description]
    assert undocumented == []


def test_reference_lists_every_variable() -> None:
    reference = render_settings_reference(RequestsSettings, title="Requests settings")
    assert reference.startswith("# Requests settings\n")
    lines = reference.splitlines()
    assert len([line for line in lines if line.startswith("| `TRAMITA_")]) == len(
        RequestsSettings.model_fields
    )
    assert "| `TRAMITA_MASTER_KEY` | SecretStr | *required* | Key wrapping" in reference
    assert "| `TRAMITA_GRPC_PORT` | int | `50051` |" in reference
    assert "`local` \\| `test` \\| `production`" in reference
