import socket
from pathlib import Path

from tramita_devstack import apps, config, process, state
from tramita_devstack.apps import App
from tramita_devstack.components.base import Context
from tramita_devstack.endpoints import Endpoints


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ctx(tmp_path: Path) -> Context:
    paths = config.Paths(state=tmp_path / "state", cache=tmp_path / "cache")
    state.ensure_dirs(paths)
    return Context(paths=paths, ports=config.all_ports({}), secrets={}, repo=tmp_path)


def test_the_declared_list_is_valid() -> None:
    assert len({app.name for app in apps.APPS}) == len(apps.APPS)


def test_app_env_carries_stack_endpoints_and_its_dsn(tmp_path: Path) -> None:
    eps = Endpoints(
        pg_host="127.0.0.1", pg_port=1, pg_user="u", pg_password="p", kafka_bootstrap="127.0.0.1:2"
    )
    app = App("registry", ("-m", "x"), database="registry", env={"TRAMITA_X": "1"})
    env = apps.app_env(_ctx(tmp_path), app, eps)
    assert env["TRAMITA_DATABASE_URL"] == "postgresql+asyncpg://u:p@127.0.0.1:1/registry"
    assert env["TRAMITA_KAFKA_BOOTSTRAP"] == "127.0.0.1:2"
    assert env["TRAMITA_X"] == "1"


def test_start_waits_for_the_port_and_stop_ends_it(tmp_path: Path) -> None:
    ctx, port = _ctx(tmp_path), _free_port()
    app = App("web", ("-m", "http.server", str(port), "--bind", "127.0.0.1"), ready_port=port)
    apps.start_all(ctx, Endpoints(), [app])
    apps.start_all(ctx, Endpoints(), [app])  # idempotent
    assert process.tcp_open("127.0.0.1", port)
    apps.stop_all(ctx, [app])
    assert process.running_pid(ctx.paths.pidfile("app-web")) is None
