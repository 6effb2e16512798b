"""What every component of the local stack provides, and the context it runs in."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from tramita_devstack import config, state
from tramita_devstack.process import Launch, tcp_open


@dataclass
class Context:
    """Paths, ports and secrets shared by all components of one stack."""

    paths: config.Paths
    ports: dict[str, int]
    secrets: dict[str, str]
    repo: Path = field(default_factory=config.repo_root)

    @classmethod
    def load(cls) -> Context:
        p = config.paths()
        state.ensure_dirs(p)
        return cls(paths=p, ports=config.all_ports(), secrets=state.load_secrets(p))

    def base_env(self) -> dict[str, str]:
        """A clean-ish environment for daemons: ours minus Python/venv specifics."""
        drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
        return {k: v for k, v in os.environ.items() if k not in drop}


class Component:
    """One server of the stack. Subclasses fill in the hooks."""

    name: ClassVar[str]
    port_names: ClassVar[tuple[str, ...]]
    requires: ClassVar[tuple[str, ...]] = ()
    startup_timeout: ClassVar[float] = 60.0
    stop_timeout: ClassVar[float] = 30.0

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def data_dir(self) -> Path:
        return self.ctx.paths.data(self.name)

    @property
    def ports(self) -> dict[str, int]:
        return {n: self.ctx.ports[n] for n in self.port_names}

    def installed(self) -> bool:
        raise NotImplementedError

    def install(self) -> None:
        raise NotImplementedError

    def prepare(self) -> None:
        """First-run initialisation of the data directory (idempotent)."""

    def launch(self) -> Launch:
        raise NotImplementedError

    def ready(self) -> bool:
        return all(tcp_open(config.HOST, p) for p in self.ports.values())

    def after_start(self) -> None:
        """Provisioning once ready (databases, buckets...); must be idempotent."""

    def endpoints(self) -> dict[str, Any]:
        """Fields of tramita_devstack.endpoints.Endpoints this component provides."""
        return {}

    def urls(self) -> list[str]:
        """Human-facing lines printed by `up`."""
        return []


def port_free(port: int) -> bool:
    """True if nothing listens on 127.0.0.1:port and we could bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((config.HOST, port))
        except OSError:
            return False
    return True
