from pathlib import Path

import pytest
from tramita_devstack import config


def test_default_ports_avoid_the_usual_ones() -> None:
    ports = config.all_ports({})
    assert ports["postgres"] == 15432
    assert ports["kafka"] == 19092
    assert not {5432, 9092, 9000, 8080, 8180, 1025, 8025} & set(ports.values())


def test_every_port_is_overridable_by_its_variable() -> None:
    for name, (var, _default) in config.PORTS.items():
        assert config.port(name, {var: "23456"}) == 23456


def test_invalid_and_clashing_ports_are_refused() -> None:
    with pytest.raises(ValueError, match="TRAMITA_PG_PORT"):
        config.port("postgres", {"TRAMITA_PG_PORT": "70000"})
    with pytest.raises(ValueError, match="both"):
        config.all_ports({"TRAMITA_PG_PORT": "19092"})


def test_state_dir_defaults_to_repo_dot_tramita(tmp_path: Path) -> None:
    p = config.paths({"TRAMITA_CACHE_DIR": str(tmp_path)})
    assert p.state == config.repo_root() / ".tramita"
    assert (config.repo_root() / "uv.lock").is_file()


def test_state_and_cache_dirs_follow_the_environment(tmp_path: Path) -> None:
    p = config.paths({"TRAMITA_STATE_DIR": str(tmp_path / "s"), "XDG_CACHE_HOME": str(tmp_path)})
    assert p.state == tmp_path / "s"
    assert p.cache == tmp_path / "tramita"
    assert p.pidfile("kafka") == tmp_path / "s" / "run" / "kafka.pid"
    assert p.log("kafka") == tmp_path / "s" / "logs" / "kafka.log"


def test_ci_flag() -> None:
    assert config.is_ci({"CI": "true"})
    assert not config.is_ci({})
