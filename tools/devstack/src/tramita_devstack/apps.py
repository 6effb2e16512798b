"""Tramita's own processes, started after the infrastructure.

APPS is the single declarative list the platform fills in. Each entry runs with the
workspace's Python (`python -m <module> <args>`), gets the stack's TRAMITA_* variables
plus its own, and is ready when its port accepts connections.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from tramita_devstack import config, process
from tramita_devstack.components.base import Context
from tramita_devstack.console import Heartbeat, detail, say
from tramita_devstack.endpoints import Endpoints
from tramita_devstack.process import Launch, Status


@dataclass(frozen=True)
class App:
    """One Tramita process of the local stack."""

    name: str
    # Arguments after the interpreter, e.g. ("-m", "tramita_registry", "serve").
    argv: tuple[str, ...]
    # Port that accepts connections once the app is ready (0: ready when started).
    ready_port: int = 0
    # Database of the service: sets TRAMITA_DATABASE_URL ("" for none).
    database: str = ""
    env: dict[str, str] = field(default_factory=dict)
    startup_timeout: float = 60.0


# The lead fills this in, in start order, e.g.:
#   App("registry", ("-m", "tramita_registry", "serve"), ready_port=50052,
#       database="registry", env={"TRAMITA_SERVICE_CLIENT_ID": "tramita-registry"}),
APPS: list[App] = []


def _key(app: App) -> str:
    return f"app-{app.name}"


def app_env(ctx: Context, app: App, found: Endpoints) -> dict[str, str]:
    env = ctx.base_env()
    env.update(found.env())
    env["TRAMITA_PROFILE"] = "local"
    env["TRAMITA_SERVICE_NAME"] = app.name
    if app.database and found.pg_port:
        env["TRAMITA_DATABASE_URL"] = found.postgres_dsn(app.database)
    env.update(app.env)
    return env


def _launch(ctx: Context, app: App, found: Endpoints) -> Launch:
    argv = [sys.executable, *app.argv]
    return Launch(argv=argv, env=app_env(ctx, app, found), cwd=ctx.repo,
                  marker=" ".join(app.argv))


def _ready(app: App):
    if not app.ready_port:
        return lambda: True
    return lambda: process.tcp_open(config.HOST, app.ready_port)


def start_all(ctx: Context, found: Endpoints, apps: list[App] | None = None) -> None:
    for app in APPS if apps is None else apps:
        pidfile, logfile = ctx.paths.pidfile(_key(app)), ctx.paths.log(_key(app))
        if process.running_pid(pidfile) is None:
            say(f"starting {app.name}")
            process.start(_launch(ctx, app, found), pidfile=pidfile, logfile=logfile)
        process.wait_until(
            _ready(app), what=app.name, timeout=app.startup_timeout, pidfile=pidfile,
            logfile=logfile, progress=Heartbeat(f"waiting for {app.name}"))
        detail(f"{app.name} ready")


def stop_all(ctx: Context, apps: list[App] | None = None) -> None:
    for app in reversed(APPS if apps is None else apps):
        if process.stop(ctx.paths.pidfile(_key(app)), timeout=20):
            say(f"stopped {app.name}")


def status_rows(ctx: Context) -> list[Status]:
    rows = []
    for app in APPS:
        pid = process.running_pid(ctx.paths.pidfile(_key(app)))
        ready = pid is not None and _ready(app)()
        rows.append(Status(_key(app), pid, str(app.ready_port or "-"), ready))
    return rows
