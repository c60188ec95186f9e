"""Meeting preparations: the tu or vous of their questions to the mentor (« tutoie les questions »), and when the
mentee asked for it (empty while it is the default, the tone last used with that mentor).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_preparations") as batch:
        batch.add_column(sa.Column("tone", sa.String(5), nullable=False, server_default="vous"))
        batch.add_column(sa.Column("tone_chosen_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_preparations") as batch:
        batch.drop_column("tone_chosen_at")
        batch.drop_column("tone")
