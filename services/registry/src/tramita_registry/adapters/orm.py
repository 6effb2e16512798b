"""Tables of the registry database (SQLAlchemy Core; rows never leave the adapters)."""

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
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

# Competent authorities: the aggregate is one row here plus its accesses below.
authorities = Table(
    "authorities",
    metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("official_name", String(250), nullable=False),
    Column("informal_title_pt", String(250), nullable=False),
    Column("informal_title_en", String(250), nullable=False),
    Column("description", Text, nullable=False),
    Column("languages", JSONB, nullable=False),
    Column("contact_email", String(254), nullable=False),
    Column("preferred_language", String(16), nullable=False),
    Column("address", String(500), nullable=False),
    Column("phone", String(40), nullable=False),
    Column("website", String(500), nullable=False),
    Column("general_horizontal", Boolean, nullable=False),
    Column("nace_codes", JSONB, nullable=False),
    Column("policy_areas", JSONB, nullable=False),
    Column("country", String(2), nullable=False, index=True),
    Column("region", String(120), nullable=False),
    Column("horizontal_role", String(16), nullable=True),
    Column("status", String(32), nullable=False),
    Column("validating_coordinator_id", String(36), nullable=False),
    Column("registered_at", DateTime(timezone=True), nullable=False),
    Column("status_changed_at", DateTime(timezone=True), nullable=False),
    Column("registered_by", String(64), nullable=False),
    Column("reference_version", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    # One NIMIC per country (IMI guide §2.3.2); the app checks first, this closes races.
    Index(
        "uq_authorities_nimic_country",
        "country",
        unique=True,
        postgresql_where=text("horizontal_role = 'NIMIC'"),
    ),
)

authority_areas = Table(
    "authority_areas",
    metadata,
    Column(
        "entity_id",
        String(36),
        ForeignKey("authorities.entity_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("area", String(64), primary_key=True),
    Column("role", String(32), nullable=False, index=True),
    Column("status", String(40), nullable=False),
    Column("access_coordinator_id", String(36), nullable=False),
    Column("keywords", JSONB, nullable=False),
    Column("limic_scope", String(160), nullable=False),
    # One LIMIC per area per country or SDIMIC region (IMI guide §9.1.1 note 6).
    Index(
        "uq_authority_areas_limic",
        "area",
        "limic_scope",
        unique=True,
        postgresql_where=text("limic_scope <> '' AND status <> 'DELETED'"),
    ),
)

authority_workflows = Table(
    "authority_workflows",
    metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("workflow", String(80), primary_key=True),
    Column("area", String(64), nullable=False),
    Column("content_role", String(32), nullable=False),
    Column("alert_mailbox", Boolean, nullable=False),
    Column("status", String(40), nullable=False),
    Column("flags", JSONB, nullable=False),
    Column("privileged_coordinator_ids", JSONB, nullable=False),
    ForeignKeyConstraint(
        ["entity_id", "area"],
        ["authority_areas.entity_id", "authority_areas.area"],
        ondelete="CASCADE",
    ),
)

# Invitations to self-register (IMI guide §9.1.3). The registration code is kept only as
# its hash; an e-mail is held by at most one open invitation (the app checks first).
OPEN_INVITATION_STATUSES = (
    "'DRAFT', 'REJECTED', 'SENT', 'BLOCKED', 'AWAITING_REGISTRATION', 'EXPIRED', 'REGISTERED'"
)
invitations = Table(
    "invitations",
    metadata,
    Column("invitation_id", String(36), primary_key=True),
    Column("inviting_entity_id", String(36), nullable=False),
    Column("invited_by", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("email", String(254), nullable=False),
    Column("email_key", String(254), nullable=False),
    Column("display_name", String(250), nullable=False),
    Column("areas", JSONB, nullable=False),
    Column("message", Text, nullable=False),
    Column("language", String(16), nullable=False),
    Column("status", String(32), nullable=False),
    Column("rejection", String(32), nullable=True),
    Column("bulk", Boolean, nullable=False),
    Column("issue", Integer, nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=True),
    Column("confirmed_day", Date, nullable=True),
    Column("send_at", DateTime(timezone=True), nullable=True),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("code_hash", String(64), nullable=True),
    Column("registered_entity_id", String(36), nullable=True, index=True),
    Column("first_user", JSONB, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("status_changed_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False),
    Index("ix_invitations_entity_day", "inviting_entity_id", "confirmed_day", "status"),
    Index(
        "uq_invitations_open_email",
        "email_key",
        unique=True,
        postgresql_where=text(f"status IN ({OPEN_INVITATION_STATUSES})"),
    ),
    Index(
        "uq_invitations_code_hash",
        "code_hash",
        unique=True,
        postgresql_where=text("code_hash IS NOT NULL"),
    ),
)

# Confirmations per coordinator entity and local day: more than 100 block the day.
invitation_days = Table(
    "invitation_days",
    metadata,
    Column("inviting_entity_id", String(36), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("confirmed", Integer, nullable=False),
    Column("blocked", Boolean, nullable=False),
    Column("released_at", DateTime(timezone=True), nullable=True),
    Column("released_by", String(64), nullable=False),
)

platform_tables(metadata)
