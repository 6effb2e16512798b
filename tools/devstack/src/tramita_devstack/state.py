"""Persistent state: generated secrets and the endpoints file of the running stack."""

from __future__ import annotations

import json
import os
import secrets
import string
from pathlib import Path
from typing import Any

from tramita_devstack.config import Paths

# Secrets generated on first use and kept in <state>/secrets.json (mode 0600).
SECRET_NAMES = (
    "pg_password",
    "minio_access_key",
    "minio_secret_key",
    "keycloak_admin_password",
)


def ensure_dirs(p: Paths) -> None:
    for directory in (p.state, p.logs, p.run, p.cache, p.bin):
        directory.mkdir(parents=True, exist_ok=True)


def _token(length: int = 24) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _generate(name: str) -> str:
    if name == "minio_access_key":
        return "tramita-" + _token(12).lower()
    return _token()


def write_json_private(path: Path, data: dict[str, Any]) -> None:
    """Write atomically with owner-only permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.write("\n")
    os.replace(tmp, path)


def read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return {}


def load_secrets(p: Paths) -> dict[str, str]:
    """Return the stack's secrets, generating and storing any that are missing."""
    stored = read_json(p.secrets_file)
    missing = [name for name in SECRET_NAMES if not stored.get(name)]
    if missing:
        stored.update({name: _generate(name) for name in missing})
        write_json_private(p.secrets_file, stored)
    return stored


def write_endpoints(p: Paths, data: dict[str, Any]) -> None:
    write_json_private(p.endpoints_file, data)


def read_endpoints(p: Paths) -> dict[str, Any]:
    return read_json(p.endpoints_file)
