"""Tramita's own processes, started after the infrastructure.

APPS is the single declarative list the platform fills in. Each entry runs with the
workspace's Python (`python -m <module> <args>`), gets the stack's TRAMITA_* variables
plus its own, and is ready when its port accepts connections.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field

from tramita_devstack import config, process
from tramita_devstack.components.base import Context
from tramita_devstack.components.pki import documents_env
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


def _port(var: str, default: int) -> int:
    return int(os.environ.get(var, default))


# Client secrets of the local realm (deploy/keycloak/realms/tramita-realm.local.json);
# they exist only in the local profile.
def _service(name: str, grpc: int, metrics: int) -> dict[str, str]:
    return {
        "TRAMITA_SERVICE_NAME": name,
        "TRAMITA_SERVICE_CLIENT_ID": f"tramita-{name}",
        "TRAMITA_SERVICE_CLIENT_SECRET": f"local-only-{name}-secret",
        "TRAMITA_GRPC_PORT": str(grpc),
        "TRAMITA_METRICS_PORT": str(metrics),
    }


IDENTITY_GRPC = _port("TRAMITA_IDENTITY_GRPC_PORT", 15051)
REGISTRY_GRPC = _port("TRAMITA_REGISTRY_GRPC_PORT", 15052)
REQUESTS_GRPC = _port("TRAMITA_REQUESTS_GRPC_PORT", 15053)
ALERTS_GRPC = _port("TRAMITA_ALERTS_GRPC_PORT", 15054)
DOCUMENTS_GRPC = _port("TRAMITA_DOCUMENTS_GRPC_PORT", 15055)
NOTIFICATIONS_GRPC = _port("TRAMITA_NOTIFICATIONS_GRPC_PORT", 15056)
GATEWAY_HTTP = config.port("gateway")
# Prometheus ports of the app processes: consecutive from this base.
METRICS_BASE = _port("TRAMITA_METRICS_BASE_PORT", 19450)

# Services whose database is migrated (python -m <module> migrate) before any app starts.
MIGRATIONS: list[tuple[str, str]] = [
    ("identity", "tramita_identity"),
    ("registry", "tramita_registry"),
    ("requests", "tramita_requests"),
    ("alerts", "tramita_alerts"),
    ("documents", "tramita_documents"),
    ("notifications", "tramita_notifications"),
    ("gateway", "tramita_gateway"),
]


def _notifications(metrics: int) -> dict[str, str]:
    """The notifications processes: SMTP and SMS go to the local catchers."""
    mail_api = f"http://{config.HOST}:{config.port('mail_api')}"
    return {
        **_service("notifications", NOTIFICATIONS_GRPC, metrics),
        "TRAMITA_SMTP_TLS": "none",
        "TRAMITA_IDENTITY_TARGET": f"{config.HOST}:{IDENTITY_GRPC}",
        "TRAMITA_SMS_URL": f"{mail_api}/api/v1/sms",
        "TRAMITA_SMS_TOKEN": "local-only-sms-token",
        "TRAMITA_PORTAL_URL": f"http://{config.HOST}:{GATEWAY_HTTP}",
        # A fixed Fernet key for the local stack only; deployments get theirs from a secret.
        "TRAMITA_SEAL_KEY": "bG9jYWwtb25seS1zZWFsLWtleS1ub3QtYS1zZWNyZXQ=",
    }


# Start order: servers first, then the processes that feed them, the gateway last.
APPS: list[App] = [
    App(
        "identity",
        ("-m", "tramita_identity", "serve"),
        ready_port=IDENTITY_GRPC,
        database="identity",
        env={
            **_service("identity", IDENTITY_GRPC, METRICS_BASE + 1),
            "TRAMITA_NOTIFICATIONS_TARGET": f"{config.HOST}:{NOTIFICATIONS_GRPC}",
            "TRAMITA_REGISTRY_TARGET": f"{config.HOST}:{REGISTRY_GRPC}",
        },
    ),
    App(
        "identity-relay",
        ("-m", "tramita_identity", "relay"),
        database="identity",
        env=_service("identity", IDENTITY_GRPC, METRICS_BASE + 11),
    ),
    App(
        "registry",
        ("-m", "tramita_registry", "serve"),
        ready_port=REGISTRY_GRPC,
        database="registry",
        env=_service("registry", REGISTRY_GRPC, METRICS_BASE + 2),
    ),
    App(
        "registry-relay",
        ("-m", "tramita_registry", "relay"),
        database="registry",
        env=_service("registry", REGISTRY_GRPC, METRICS_BASE + 3),
    ),
    App(
        "documents",
        ("-m", "tramita_documents", "serve"),
        ready_port=DOCUMENTS_GRPC,
        database="documents",
        env={
            **_service("documents", DOCUMENTS_GRPC, METRICS_BASE + 5),
            **documents_env(),
            # Scoping asks identity (with the caller's token) about the caller's bonds.
            "TRAMITA_IDENTITY_TARGET": f"{config.HOST}:{IDENTITY_GRPC}",
        },
    ),
    App(
        "documents-relay",
        ("-m", "tramita_documents", "relay"),
        database="documents",
        env=_service("documents", DOCUMENTS_GRPC, METRICS_BASE + 6),
    ),
    App(
        "documents-consume",
        ("-m", "tramita_documents", "consume"),
        database="documents",
        env={**_service("documents", DOCUMENTS_GRPC, METRICS_BASE + 7), **documents_env()},
    ),
    App(
        "notifications",
        ("-m", "tramita_notifications", "serve"),
        ready_port=NOTIFICATIONS_GRPC,
        database="notifications",
        env=_notifications(METRICS_BASE + 8),
    ),
    App(
        "notifications-consume",
        ("-m", "tramita_notifications", "consume"),
        database="notifications",
        env=_notifications(METRICS_BASE + 9),
    ),
    App(
        "notifications-deliver",
        ("-m", "tramita_notifications", "deliver"),
        database="notifications",
        env=_notifications(METRICS_BASE + 10),
    ),
    App(
        "registry-timers",
        ("-m", "tramita_registry", "timers"),
        database="registry",
        env={
            **_service("registry", REGISTRY_GRPC, METRICS_BASE + 12),
            # Invitation e-mails (with their registration codes) go by SendDirect.
            "TRAMITA_NOTIFICATIONS_TARGET": f"{config.HOST}:{NOTIFICATIONS_GRPC}",
        },
    ),
    App(
        "alerts",
        ("-m", "tramita_alerts", "serve"),
        ready_port=ALERTS_GRPC,
        database="alerts",
        env=_service("alerts", ALERTS_GRPC, METRICS_BASE + 20),
    ),
    App(
        "alerts-relay",
        ("-m", "tramita_alerts", "relay"),
        database="alerts",
        env=_service("alerts", ALERTS_GRPC, METRICS_BASE + 21),
    ),
    App(
        # Ends the closure proposals' comment and objection periods.
        "alerts-timers",
        ("-m", "tramita_alerts", "timers"),
        database="alerts",
        env=_service("alerts", ALERTS_GRPC, METRICS_BASE + 22),
    ),
    App(
        "requests",
        ("-m", "tramita_requests", "serve"),
        ready_port=REQUESTS_GRPC,
        database="requests",
        env={
            **_service("requests", REQUESTS_GRPC, METRICS_BASE + 23),
            # The acting user's profiles come from identity (with the caller's token).
            "TRAMITA_IDENTITY_TARGET": f"{config.HOST}:{IDENTITY_GRPC}",
        },
    ),
    App(
        "requests-relay",
        ("-m", "tramita_requests", "relay"),
        database="requests",
        env=_service("requests", REQUESTS_GRPC, METRICS_BASE + 24),
    ),
    App(
        "gateway",
        ("-m", "tramita_gateway", "serve"),
        ready_port=GATEWAY_HTTP,
        database="gateway",
        env={
            **_service("gateway", 0, 0),
            "TRAMITA_HTTP_PORT": str(GATEWAY_HTTP),
            "TRAMITA_SERVICE_CLIENT_SECRET": "local-only-gateway-secret",
            "TRAMITA_IDENTITY_TARGET": f"{config.HOST}:{IDENTITY_GRPC}",
            "TRAMITA_REGISTRY_TARGET": f"{config.HOST}:{REGISTRY_GRPC}",
            "TRAMITA_REQUESTS_TARGET": f"{config.HOST}:{REQUESTS_GRPC}",
            "TRAMITA_DOCUMENTS_TARGET": f"{config.HOST}:{DOCUMENTS_GRPC}",
            "TRAMITA_NOTIFICATIONS_TARGET": f"{config.HOST}:{NOTIFICATIONS_GRPC}",
        },
    ),
]


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
    return Launch(argv=argv, env=app_env(ctx, app, found), cwd=ctx.repo, marker=" ".join(app.argv))


def _ready(app: App):
    if not app.ready_port:
        return lambda: True
    return lambda: process.tcp_open(config.HOST, app.ready_port)


def migrate_all(ctx: Context, found: Endpoints) -> None:
    """Upgrade every service database to its latest migration (idempotent, blocking)."""
    for database, module in MIGRATIONS:
        say(f"migrating {database}")
        # The service's own settings (e.g. its keys) are needed to load them for migrating.
        env = next((a.env for a in APPS if a.database == database), _service(database, 0, 0))
        app = App(database, (), database=database, env=env)
        env = app_env(ctx, app, found)
        done = subprocess.run(
            [sys.executable, "-m", module, "migrate"],
            env=env,
            cwd=ctx.repo,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"migrating {database} failed:\n{done.stderr[-4000:]}")


def start_all(ctx: Context, found: Endpoints, apps: list[App] | None = None) -> None:
    if apps is None and any(process.running_pid(ctx.paths.pidfile(_key(a))) is None for a in APPS):
        migrate_all(ctx, found)
    for app in APPS if apps is None else apps:
        pidfile, logfile = ctx.paths.pidfile(_key(app)), ctx.paths.log(_key(app))
        if process.running_pid(pidfile) is None:
            say(f"starting {app.name}")
            process.start(_launch(ctx, app, found), pidfile=pidfile, logfile=logfile)
        process.wait_until(
            _ready(app),
            what=app.name,
            timeout=app.startup_timeout,
            pidfile=pidfile,
            logfile=logfile,
            progress=Heartbeat(f"waiting for {app.name}"),
        )
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


def urls(ctx: Context) -> list[str]:
    """What a person opens or calls once the apps run."""
    if process.running_pid(ctx.paths.pidfile(_key(APPS[-1]))) is None:
        return []
    base = f"http://{config.HOST}:{GATEWAY_HTTP}"
    grpc = ", ".join(
        f"{app.name} :{app.ready_port}" for app in APPS if app.ready_port and app.name != "gateway"
    )
    return [
        f"gateway    {base}/docs  (OpenAPI; API under {base}/api/v1, e.g. GET /api/v1/me)",
        f"grpc       {grpc}  (health + reflection; bearer token required)",
    ]
