"""Export links: a random token per download of a mentee's full export, with its expiry.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token", sa.String(64), nullable=False, unique=True),
        sa.Column("document", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_export_links_mentee_id", "export_links", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_export_links_mentee_id", table_name="export_links")
    op.drop_table("export_links")
