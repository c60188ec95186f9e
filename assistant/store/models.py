"""SQLAlchemy models. Every outcome belongs to a mentee, who is keyed by Rasa's ``sender_id``."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def utcnow() -> datetime:
    """Current UTC time without tzinfo (stored as naive UTC on every engine)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Mentee(Base):
    """A person using the assistant, known only by the conversation's ``sender_id``."""

    __tablename__ = "mentees"

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, unique=True, index=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    goals = relationship(
        "Goal", back_populates="mentee", cascade="all, delete-orphan", order_by="Goal.id"
    )


class Goal(Base):
    """A SMART goal: area, statement, measure, deadline, motivation and kind of mentoring."""

    __tablename__ = "goals"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    area = Column(String(40), nullable=False)
    statement = Column(Text, nullable=False)
    measure = Column(Text, nullable=False)
    deadline = Column(Date, nullable=False)
    motivation = Column(Text, nullable=False)
    mentoring_kind = Column(String(40), nullable=False)
    status = Column(String(20), nullable=False, default="active")
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    reached_at = Column(DateTime, nullable=True)

    mentee = relationship("Mentee", back_populates="goals")
