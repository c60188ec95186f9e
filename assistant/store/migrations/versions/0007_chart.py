"""Progress pictures behind expiring links: the links table also serves a goal's chart (``kind`` = ``chart``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("export_links") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="export"))


def downgrade() -> None:
    with op.batch_alter_table("export_links") as batch:
        batch.drop_column("kind")
