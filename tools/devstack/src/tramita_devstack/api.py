"""Python API for tests and tools: start what you need, read where it is.

from tramita_devstack.api import ensure_running
eps = ensure_running(["postgres", "kafka"])
eps.create_database("scratch_test")
dsn = eps.postgres_dsn("scratch_test")
"""

from __future__ import annotations

from tramita_devstack import config, state
from tramita_devstack.endpoints import Endpoints

__all__ = ["Endpoints", "endpoints", "ensure_running"]


def ensure_running(components: list[str]) -> Endpoints:
    """Start the given infrastructure components unless running, wait until ready.

    Components: "postgres", "kafka", "minio", "mail", "keycloak" (requirements are
    added, e.g. keycloak brings postgres). Installs on first use. Tramita's own apps
    are not started here.
    """
    from tramita_devstack import stack

    return stack.up(components, with_apps=False)


def endpoints() -> Endpoints:
    """The endpoints of the running stack, from <state>/endpoints.json."""
    data = state.read_endpoints(config.paths())
    if not data:
        raise RuntimeError("the local stack has never been started: run `tramita-stack up`")
    return Endpoints.from_dict(data)
