"""Outreach drafts: what the mentee asked to add in a revision (« rappelle que je l'ai entendue à Lyon »).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outreach_drafts") as batch:
        batch.add_column(sa.Column("extra", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outreach_drafts") as batch:
        batch.drop_column("extra")
