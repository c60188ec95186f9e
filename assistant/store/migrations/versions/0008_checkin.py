"""Relationship check-ins: the answers on rhythm, expectations, feedback and trust, what they signal, the wish to
close the relationship, and the next step proposed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relationship_checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mentor_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("rhythm", sa.Text, nullable=False, server_default=""),
        sa.Column("expectations", sa.Text, nullable=False, server_default=""),
        sa.Column("feedback", sa.Text, nullable=False, server_default=""),
        sa.Column("trust", sa.Text, nullable=False, server_default=""),
        sa.Column("rhythm_signal", sa.String(20), nullable=False, server_default="unclear"),
        sa.Column("expectations_signal", sa.String(20), nullable=False, server_default="unclear"),
        sa.Column("feedback_signal", sa.String(20), nullable=False, server_default="unclear"),
        sa.Column("trust_signal", sa.String(20), nullable=False, server_default="unclear"),
        sa.Column("closing", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("next_step", sa.String(20), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_relationship_checkins_mentee_id", "relationship_checkins", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_relationship_checkins_mentee_id", table_name="relationship_checkins")
    op.drop_table("relationship_checkins")
