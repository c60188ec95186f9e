"""The mentor shortlist: candidate mentors compared on the articles' criteria.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentor_candidates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mentee_id", sa.Integer, sa.ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("shortlist", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False, server_default=""),
        sa.Column("organisation", sa.String(200), nullable=False, server_default=""),
        sa.Column("answers", sa.Text, nullable=False, server_default="{}"),
        sa.Column("recommended", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_mentor_candidates_mentee_id", "mentor_candidates", ["mentee_id"])
    op.create_index("ix_mentor_candidates_shortlist", "mentor_candidates", ["shortlist"])


def downgrade() -> None:
    op.drop_index("ix_mentor_candidates_shortlist", table_name="mentor_candidates")
    op.drop_index("ix_mentor_candidates_mentee_id", table_name="mentor_candidates")
    op.drop_table("mentor_candidates")
