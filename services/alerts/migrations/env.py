"""Alembic environment of the alerts: its tables plus the platform's (outbox, inbox, ...)."""

import os

from tramita_alerts.adapters.orm import metadata
from tramita_platform.db import run_alembic_env

run_alembic_env(metadata, dsn=os.environ.get("TRAMITA_DATABASE_URL"))
