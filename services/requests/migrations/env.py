"""Alembic environment of the requests: its tables plus the platform's (outbox, inbox, ...)."""

import os

from tramita_platform.db import run_alembic_env
from tramita_requests.adapters.orm import metadata

run_alembic_env(metadata, dsn=os.environ.get("TRAMITA_DATABASE_URL"))
