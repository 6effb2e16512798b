"""audit of personal-data reads

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_data_reads",
        sa.Column("read_id", sa.String(36), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reader", sa.String(255), nullable=False),
        sa.Column("person_id", sa.String(255), nullable=False),
        sa.Column("fields", sa.String(100), nullable=False),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("read_id", name=op.f("pk_personal_data_reads")),
    )
    op.create_index(
        op.f("ix_personal_data_reads_read_at"), "personal_data_reads", ["read_at"]
    )
    op.create_index(
        op.f("ix_personal_data_reads_person_id"), "personal_data_reads", ["person_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_personal_data_reads_person_id"), table_name="personal_data_reads")
    op.drop_index(op.f("ix_personal_data_reads_read_at"), table_name="personal_data_reads")
    op.drop_table("personal_data_reads")
