"""Tables of the requests database (SQLAlchemy Core; rows never leave the adapters).

A request is one row: searchable columns plus its state as a JSON document. The data
subject's personal data (ARCHITECTURE §5) lives apart, sealed, in `request_subjects`:
deleting that row erases it without touching the case.
"""

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, LargeBinary, String, Table
from sqlalchemy.dialects.postgresql import JSONB
from tramita_platform.db import make_metadata, platform_tables

metadata = make_metadata()

requests = Table(
    "requests",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("number", String(24), nullable=False, unique=True),
    Column("area", String(64), nullable=False),
    Column("state", String(48), nullable=False, index=True),
    Column("requesting_entity_id", String(36), nullable=False, index=True),
    Column("responding_entity_id", String(36), nullable=False, index=True),
    # Every entity taking part (both sides, both coordinators), for the lists.
    Column("involved_entity_ids", JSONB, nullable=False),
    Column("document", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False),
)

request_subjects = Table(
    "request_subjects",
    metadata,
    Column(
        "request_id",
        String(36),
        ForeignKey("requests.request_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("sealed", LargeBinary, nullable=False),
)

# The last number issued each year.
request_numbers = Table(
    "request_numbers",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("last", Integer, nullable=False),
)

# Read model of the entities of the requests workflow, kept from the registry's view.
request_entities = Table(
    "request_entities",
    metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("flags", JSONB, nullable=False),
    Column("privileged_coordinator_ids", JSONB, nullable=False),
)

platform = platform_tables(metadata)
