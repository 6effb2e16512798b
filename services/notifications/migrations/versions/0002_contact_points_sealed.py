"""contact points are sealed now: forget the plain copies (identity is asked again)

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain e-mail and phone copies from before sealing: dropped, fetched again from
    # identity (sealed) the next time a notice needs them.
    op.execute(
        "UPDATE directory_people SET email = '', phone = '', alert_email = '', "
        "source_event_time = NULL"
    )


def downgrade() -> None:
    """Nothing to restore: the sealed values stay readable with the key."""
