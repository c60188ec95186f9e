"""Progress on goals and the meeting journal: progress entries, journal entries and their action items.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "progress_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("goal_id", sa.Integer, sa.ForeignKey("goals.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reported_on", sa.Date, nullable=False),
        sa.Column("percent", sa.Float, nullable=True),
        sa.Column("count", sa.Float, nullable=True),
        sa.Column("step", sa.Text, nullable=False, server_default=""),
        sa.Column("helped", sa.Text, nullable=False, server_default=""),
        sa.Column("blocked", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_progress_entries_mentee_id", "progress_entries", ["mentee_id"])
    op.create_index("ix_progress_entries_goal_id", "progress_entries", ["goal_id"])
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "preparation_id",
            sa.Integer,
            sa.ForeignKey("meeting_preparations.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("mentor_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("met_on", sa.Date, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("advice", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_journal_entries_mentee_id", "journal_entries", ["mentee_id"])
    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("journal_entries.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("done_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_action_items_entry_id", "action_items", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_action_items_entry_id", table_name="action_items")
    op.drop_table("action_items")
    op.drop_index("ix_journal_entries_mentee_id", table_name="journal_entries")
    op.drop_table("journal_entries")
    op.drop_index("ix_progress_entries_goal_id", table_name="progress_entries")
    op.drop_index("ix_progress_entries_mentee_id", table_name="progress_entries")
    op.drop_table("progress_entries")
