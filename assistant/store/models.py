"""SQLAlchemy models. Every outcome belongs to a mentee, who is keyed by Rasa's ``sender_id``."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text
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
    preparations = relationship(
        "MeetingPreparation", back_populates="mentee", cascade="all, delete-orphan",
        order_by="MeetingPreparation.id",
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


class MeetingPreparation(Base):
    """A meeting with a mentor being prepared: who, when, how, which goals, agenda, and the debrief."""

    __tablename__ = "meeting_preparations"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    mentor_name = Column(String(200), nullable=False, default="")
    mentor_role = Column(String(200), nullable=False, default="")
    mentor_organisation = Column(String(200), nullable=False, default="")
    starts_at = Column(DateTime, nullable=True)  # local wall-clock time; None while not fixed
    has_time = Column(Boolean, nullable=False, default=False)
    format = Column(String(20), nullable=False)
    minutes = Column(Integer, nullable=False)
    first_meeting = Column(Boolean, nullable=False)
    subject = Column(Text, nullable=False, default="")
    area = Column(String(40), nullable=False, default="")
    measure = Column(Text, nullable=False, default="")
    deadline = Column(Date, nullable=True)
    goal_ids = Column(String(200), nullable=False, default="")  # comma-separated ids of the goals
    agenda = Column(Text, nullable=False)  # JSON list of {title, minutes}
    calendar_token = Column(String(64), nullable=False, unique=True)
    status = Column(String(20), nullable=False, default="prepared")
    notes = Column(Text, nullable=False, default="")
    next_steps = Column(Text, nullable=False, default="")
    next_meeting = Column(Date, nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    mentee = relationship("Mentee", back_populates="preparations")
    questions = relationship(
        "MeetingQuestion", back_populates="preparation", cascade="all, delete-orphan",
        order_by="MeetingQuestion.position",
    )


class MeetingQuestion(Base):
    """One question of a preparation, in the mentee's order; ``origin`` is generated or mentee."""

    __tablename__ = "meeting_questions"

    id = Column(Integer, primary_key=True)
    preparation_id = Column(
        Integer, ForeignKey("meeting_preparations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position = Column(Integer, nullable=False)
    text = Column(Text, nullable=False)
    category = Column(String(20), nullable=False)
    origin = Column(String(20), nullable=False)
    bank_id = Column(String(60), nullable=False, default="")

    preparation = relationship("MeetingPreparation", back_populates="questions")
