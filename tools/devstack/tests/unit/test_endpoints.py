import pytest
from tramita_devstack.endpoints import Endpoints


def _eps(**extra) -> Endpoints:
    return Endpoints(
        pg_host="127.0.0.1",
        pg_port=15432,
        pg_user="tramita",
        pg_password="pw",
        kafka_bootstrap="127.0.0.1:19092",
        running=("postgres", "kafka"),
        **extra,
    )


def test_postgres_dsn_uses_asyncpg() -> None:
    assert _eps().postgres_dsn("registry") == (
        "postgresql+asyncpg://tramita:pw@127.0.0.1:15432/registry"
    )


def test_dsn_of_a_stopped_postgres_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        Endpoints().postgres_dsn("registry")


def test_env_has_only_the_running_components() -> None:
    env = _eps().env()
    assert env["TRAMITA_KAFKA_BOOTSTRAP"] == "127.0.0.1:19092"
    assert env["TRAMITA_PG_PORT"] == "15432"
    assert "TRAMITA_KEYCLOAK_URL" not in env
    assert all(key.startswith("TRAMITA_") for key in env)


def test_dict_round_trip_ignores_unknown_keys() -> None:
    data = _eps().to_dict() | {"future_field": 1}
    assert Endpoints.from_dict(data) == _eps()
