"""Outreach drafts, their versions, and practice outcomes (critiques, rehearsals).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outreach_drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mentor_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("mentor_role", sa.String(200), nullable=False, server_default=""),
        sa.Column("mentor_organisation", sa.String(200), nullable=False, server_default=""),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_detail", sa.Text, nullable=False, server_default=""),
        sa.Column("draw", sa.Text, nullable=False),
        sa.Column("intro", sa.Text, nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("goal_id", sa.Integer, sa.ForeignKey("goals.id", ondelete="SET NULL"), nullable=True),
        sa.Column("goal_text", sa.Text, nullable=False),
        sa.Column("goal_measure", sa.Text, nullable=False, server_default=""),
        sa.Column("goal_deadline", sa.Date, nullable=True),
        sa.Column("ask", sa.String(20), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("availability", sa.Text, nullable=False, server_default=""),
        sa.Column("final_version", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outreach_drafts_mentee_id", "outreach_drafts", ["mentee_id"])
    op.create_table(
        "outreach_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("outreach_drafts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("change", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("tone", sa.String(5), nullable=False),
        sa.Column("register", sa.String(10), nullable=False),
        sa.Column("short", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("goal_text", sa.Text, nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outreach_versions_draft_id", "outreach_versions", ["draft_id"])
    op.create_table(
        "outreach_practice",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("outreach_drafts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("scenario", sa.String(20), nullable=False, server_default=""),
        sa.Column("channel", sa.String(20), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outreach_practice_mentee_id", "outreach_practice", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_outreach_practice_mentee_id", table_name="outreach_practice")
    op.drop_table("outreach_practice")
    op.drop_index("ix_outreach_versions_draft_id", table_name="outreach_versions")
    op.drop_table("outreach_versions")
    op.drop_index("ix_outreach_drafts_mentee_id", table_name="outreach_drafts")
    op.drop_table("outreach_drafts")
