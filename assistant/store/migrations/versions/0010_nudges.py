"""Outreach sendings: the day a draft was sent, the mentor's answer, the follow-up (relance) written.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outreach_sendings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "draft_id", sa.Integer, sa.ForeignKey("outreach_drafts.id", ondelete="CASCADE"), nullable=False, unique=True
        ),
        sa.Column("version", sa.Integer, nullable=True),
        sa.Column("sent_on", sa.Date, nullable=True),
        sa.Column("reply", sa.String(10), nullable=False, server_default=""),
        sa.Column("replied_on", sa.Date, nullable=True),
        sa.Column("followed_up_on", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outreach_sendings_mentee_id", "outreach_sendings", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_outreach_sendings_mentee_id", table_name="outreach_sendings")
    op.drop_table("outreach_sendings")
