"""Meeting preparations and their questions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_preparations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mentor_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("mentor_role", sa.String(200), nullable=False, server_default=""),
        sa.Column("mentor_organisation", sa.String(200), nullable=False, server_default=""),
        sa.Column("starts_at", sa.DateTime, nullable=True),
        sa.Column("has_time", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("first_meeting", sa.Boolean, nullable=False),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("area", sa.String(40), nullable=False, server_default=""),
        sa.Column("measure", sa.Text, nullable=False, server_default=""),
        sa.Column("deadline", sa.Date, nullable=True),
        sa.Column("goal_ids", sa.String(200), nullable=False, server_default=""),
        sa.Column("agenda", sa.Text, nullable=False),
        sa.Column("calendar_token", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="prepared"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("next_steps", sa.Text, nullable=False, server_default=""),
        sa.Column("next_meeting", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_meeting_preparations_mentee_id", "meeting_preparations", ["mentee_id"])
    op.create_index("ix_meeting_preparations_calendar_token", "meeting_preparations", ["calendar_token"], unique=True)
    op.create_table(
        "meeting_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "preparation_id", sa.Integer, sa.ForeignKey("meeting_preparations.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("bank_id", sa.String(60), nullable=False, server_default=""),
    )
    op.create_index("ix_meeting_questions_preparation_id", "meeting_questions", ["preparation_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_questions_preparation_id", table_name="meeting_questions")
    op.drop_table("meeting_questions")
    op.drop_index("ix_meeting_preparations_calendar_token", table_name="meeting_preparations")
    op.drop_index("ix_meeting_preparations_mentee_id", table_name="meeting_preparations")
    op.drop_table("meeting_preparations")
