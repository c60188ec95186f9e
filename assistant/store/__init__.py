"""Persistence of mentees' outcomes: SQLAlchemy models, sessions, repository functions, migrations."""
