"""competent authorities with their area and workflow accesses

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authorities",
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("official_name", sa.String(250), nullable=False),
        sa.Column("informal_title_pt", sa.String(250), nullable=False),
        sa.Column("informal_title_en", sa.String(250), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("languages", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("contact_email", sa.String(254), nullable=False),
        sa.Column("preferred_language", sa.String(16), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("website", sa.String(500), nullable=False),
        sa.Column("general_horizontal", sa.Boolean(), nullable=False),
        sa.Column("nace_codes", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("policy_areas", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("region", sa.String(120), nullable=False),
        sa.Column("horizontal_role", sa.String(16), nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("validating_coordinator_id", sa.String(36), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.String(64), nullable=False),
        sa.Column("reference_version", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_authorities")),
    )
    op.create_index(op.f("ix_authorities_country"), "authorities", ["country"], unique=False)
    op.create_index(
        "uq_authorities_nimic_country",
        "authorities",
        ["country"],
        unique=True,
        postgresql_where=sa.text("horizontal_role = 'NIMIC'"),
    )
    op.create_table(
        "authority_areas",
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("area", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("access_coordinator_id", sa.String(36), nullable=False),
        sa.Column("keywords", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("limic_scope", sa.String(160), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["authorities.entity_id"],
            name=op.f("fk_authority_areas_entity_id_authorities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entity_id", "area", name=op.f("pk_authority_areas")),
    )
    op.create_index(op.f("ix_authority_areas_role"), "authority_areas", ["role"], unique=False)
    op.create_index(
        "uq_authority_areas_limic",
        "authority_areas",
        ["area", "limic_scope"],
        unique=True,
        postgresql_where=sa.text("limic_scope <> '' AND status <> 'DELETED'"),
    )
    op.create_table(
        "authority_workflows",
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("workflow", sa.String(80), nullable=False),
        sa.Column("area", sa.String(64), nullable=False),
        sa.Column("content_role", sa.String(32), nullable=False),
        sa.Column("alert_mailbox", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("flags", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "privileged_coordinator_ids", postgresql.JSONB(astext_type=sa.Text()), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["entity_id", "area"],
            ["authority_areas.entity_id", "authority_areas.area"],
            name=op.f("fk_authority_workflows_entity_id_authority_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entity_id", "workflow", name=op.f("pk_authority_workflows")),
    )


def downgrade() -> None:
    op.drop_table("authority_workflows")
    op.drop_index("uq_authority_areas_limic", table_name="authority_areas")
    op.drop_index(op.f("ix_authority_areas_role"), table_name="authority_areas")
    op.drop_table("authority_areas")
    op.drop_index("uq_authorities_nimic_country", table_name="authorities")
    op.drop_index(op.f("ix_authorities_country"), table_name="authorities")
    op.drop_table("authorities")
