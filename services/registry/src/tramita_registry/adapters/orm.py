"""Tables of the registry database (SQLAlchemy Core; rows never leave the adapters)."""

from sqlalchemy import Column, DateTime, Integer, String, Table
from tramita_platform.db import make_metadata, platform_tables

metadata = make_metadata()

organizations = Table(
    "organizations",
    metadata,
    Column("organization_id", String(36), primary_key=True),
    Column("tax_scheme", String(16), nullable=False),
    Column("tax_value", String(32), nullable=False),
    Column("tax_country", String(2), nullable=False),
    Column("tax_key", String(64), nullable=False, unique=True),
    Column("name", String(250), nullable=False),
    Column("registered_at", DateTime(timezone=True), nullable=False),
    Column("contact_email", String(254), nullable=False, server_default=""),
    Column("preferred_language", String(16), nullable=False, server_default="en"),
    Column("registered_by", String(64), nullable=False, server_default=""),
    Column("version", Integer, nullable=False),
)

platform_tables(metadata)
