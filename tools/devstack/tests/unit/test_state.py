import stat
from pathlib import Path

from tramita_devstack import config, state


def _paths(tmp_path: Path) -> config.Paths:
    p = config.Paths(state=tmp_path / "state", cache=tmp_path / "cache")
    state.ensure_dirs(p)
    return p


def test_secrets_are_generated_once_and_kept_private(tmp_path: Path) -> None:
    p = _paths(tmp_path)
    first = state.load_secrets(p)
    assert set(first) == set(state.SECRET_NAMES)
    assert all(len(value) >= 20 for value in first.values())
    assert state.load_secrets(p) == first
    assert stat.S_IMODE(p.secrets_file.stat().st_mode) == 0o600


def test_missing_secrets_are_added_without_touching_the_others(tmp_path: Path) -> None:
    p = _paths(tmp_path)
    state.write_json_private(p.secrets_file, {"pg_password": "kept-as-is-123"})
    secrets = state.load_secrets(p)
    assert secrets["pg_password"] == "kept-as-is-123"
    assert secrets["minio_secret_key"]


def test_endpoints_round_trip(tmp_path: Path) -> None:
    p = _paths(tmp_path)
    assert state.read_endpoints(p) == {}
    state.write_endpoints(p, {"kafka_bootstrap": "127.0.0.1:1"})
    assert state.read_endpoints(p) == {"kafka_bootstrap": "127.0.0.1:1"}
