"""Mentees and their SMART goals.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_mentees_sender_id", "mentees", ["sender_id"], unique=True)
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("area", sa.String(40), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("motivation", sa.Text, nullable=False),
        sa.Column("mentoring_kind", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="active"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("reached_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_goals_mentee_id", "goals", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_goals_mentee_id", table_name="goals")
    op.drop_table("goals")
    op.drop_index("ix_mentees_sender_id", table_name="mentees")
    op.drop_table("mentees")
