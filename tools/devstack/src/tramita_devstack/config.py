"""Where things live, which versions are pinned, and which ports are used.

Everything is derived from the environment, HOME and the repository root, so nothing
machine-specific is committed. Every port can be overridden by its TRAMITA_* variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Pinned versions. Kafka 4.1.2 was verified with aiokafka 0.14 (idempotent producer,
# consumer group); see tools/devstack/README.md for the compatibility notes.
KAFKA_VERSION = "4.1.2"
KEYCLOAK_VERSION = "26.7.3"
# MinIO is source-only and unmaintained since early 2026: pin one module version (commit).
MINIO_MODULE = "github.com/minio/minio"
MINIO_VERSION = "v0.0.0-20260212201848-7aac2a2c5b7c"

HOST = "127.0.0.1"

# name -> (environment variable, default). Defaults sit outside the usual ranges
# (5432, 9092, 9000, 8080, 1025/8025) so a developer's own servers do not clash.
PORTS: dict[str, tuple[str, int]] = {
    "postgres": ("TRAMITA_PG_PORT", 15432),
    "kafka": ("TRAMITA_KAFKA_PORT", 19092),
    "kafka_controller": ("TRAMITA_KAFKA_CONTROLLER_PORT", 19093),
    "minio": ("TRAMITA_MINIO_PORT", 19000),
    "minio_console": ("TRAMITA_MINIO_CONSOLE_PORT", 19001),
    "smtp": ("TRAMITA_SMTP_PORT", 11025),
    "mail_api": ("TRAMITA_MAIL_API_PORT", 18025),
    "keycloak": ("TRAMITA_KEYCLOAK_PORT", 18180),
    "keycloak_management": ("TRAMITA_KEYCLOAK_MANAGEMENT_PORT", 18190),
    "gateway": ("TRAMITA_GATEWAY_PORT", 18080),
}

DATABASES = (
    "identity",
    "registry",
    "requests",
    "alerts",
    "documents",
    "notifications",
    "gateway",
    "keycloak",
)
PG_USER = "tramita"


def repo_root(start: Path | None = None) -> Path:
    """The workspace root: the nearest parent holding uv.lock (falls back to the cwd)."""
    env = os.environ.get("TRAMITA_REPO_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path(__file__)).resolve()
    for candidate in [here, *here.parents]:
        if (candidate / "uv.lock").is_file() and (candidate / "tools" / "devstack").is_dir():
            return candidate
    cwd = Path.cwd().resolve()
    for candidate in [cwd, *cwd.parents]:
        if (candidate / "uv.lock").is_file():
            return candidate
    return cwd


def port(name: str, environ: dict[str, str] | None = None) -> int:
    """The port for `name`, from its TRAMITA_*_PORT variable or the default."""
    env = os.environ if environ is None else environ
    var, default = PORTS[name]
    raw = env.get(var, "").strip()
    if not raw:
        return default
    value = int(raw)
    if not 0 < value < 65536:
        raise ValueError(f"{var}={raw} is not a valid TCP port")
    return value


def all_ports(environ: dict[str, str] | None = None) -> dict[str, int]:
    ports = {name: port(name, environ) for name in PORTS}
    seen: dict[int, str] = {}
    for name, value in ports.items():
        if value in seen:
            raise ValueError(f"port {value} is configured for both {seen[value]} and {name}")
        seen[value] = name
    return ports


@dataclass(frozen=True)
class Paths:
    """The state directory (per checkout) and the cache directory (per user)."""

    state: Path
    cache: Path

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    @property
    def run(self) -> Path:
        return self.state / "run"

    @property
    def secrets_file(self) -> Path:
        return self.state / "secrets.json"

    @property
    def endpoints_file(self) -> Path:
        return self.state / "endpoints.json"

    @property
    def bin(self) -> Path:
        return self.cache / "bin"

    def data(self, component: str) -> Path:
        return self.state / component

    def log(self, component: str) -> Path:
        return self.logs / f"{component}.log"

    def pidfile(self, component: str) -> Path:
        return self.run / f"{component}.pid"


def paths(environ: dict[str, str] | None = None) -> Paths:
    env = os.environ if environ is None else environ
    state = env.get("TRAMITA_STATE_DIR") or str(repo_root() / ".tramita")
    cache = env.get("TRAMITA_CACHE_DIR") or str(
        Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tramita"
    )
    return Paths(state=Path(state).expanduser().resolve(), cache=Path(cache).expanduser())


def is_ci(environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get("CI", "").lower() in {"1", "true", "yes"}
