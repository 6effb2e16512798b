"""Tables of the alerts database (SQLAlchemy Core; rows never leave the adapters).

An alert is one row: searchable columns plus its state as a JSON document. The provider's
data — the alert's personal data (ARCHITECTURE §5) — lives apart, sealed, in
`alert_providers`: deleting that row shreds it without touching the case.
"""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
)
from sqlalchemy.dialects.postgresql import JSONB
from tramita_platform.db import make_metadata, platform_tables

metadata = make_metadata()

alerts = Table(
    "alerts",
    metadata,
    Column("alert_id", String(36), primary_key=True),
    Column("number", String(16), nullable=False, unique=True),
    Column("state", String(48), nullable=False),
    Column("launching_entity_id", String(36), nullable=False, index=True),
    Column("launching_country", String(2), nullable=False),
    Column("involved_entity_ids", JSONB, nullable=False),
    Column("document", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False),
)

alert_providers = Table(
    "alert_providers",
    metadata,
    Column(
        "alert_id",
        String(36),
        ForeignKey("alerts.alert_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("sealed", LargeBinary, nullable=False),
)

# The last number issued each year (guide §6.3.1.1: a sequence per year).
alert_numbers = Table(
    "alert_numbers",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("last", Integer, nullable=False),
)

# Read model of the entities of the alert workflow, kept from the registry's view.
alert_entities = Table(
    "alert_entities",
    metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("country", String(2), nullable=False, index=True),
    Column("role", String(32), nullable=False),
    Column("mailbox", Boolean, nullable=False),
    Column("final_authorisation", Boolean, nullable=False),
    Column("privileged_coordinator_ids", JSONB, nullable=False),
)

platform = platform_tables(metadata)
