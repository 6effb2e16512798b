"""Alembic environment of the gateway: its portal sessions and pending logins."""

import os

from tramita_gateway.adapters.session_store import metadata
from tramita_platform.db import run_alembic_env

run_alembic_env(metadata, dsn=os.environ.get("TRAMITA_DATABASE_URL"))
