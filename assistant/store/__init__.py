"""Persistence: engine and session, ORM models, migrations, the mentee row (features keep their own queries)."""
