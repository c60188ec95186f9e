"""SQLAlchemy models. Every outcome belongs to a mentee, who is keyed by Rasa's ``sender_id``."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base: Any = declarative_base()


def utcnow() -> datetime:
    """Current UTC time without tzinfo (stored as naive UTC on every engine)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Mentee(Base):
    """A person using the assistant, known only by the conversation's ``sender_id``."""

    __tablename__ = "mentees"

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, unique=True, index=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    goals = relationship("Goal", back_populates="mentee", cascade="all, delete-orphan", order_by="Goal.id")
    preparations = relationship(
        "MeetingPreparation",
        back_populates="mentee",
        cascade="all, delete-orphan",
        order_by="MeetingPreparation.id",
    )
    drafts = relationship(
        "OutreachDraft", back_populates="mentee", cascade="all, delete-orphan", order_by="OutreachDraft.id"
    )
    practice = relationship(
        "OutreachPractice", back_populates="mentee", cascade="all, delete-orphan", order_by="OutreachPractice.id"
    )
    export_links = relationship("ExportLink", back_populates="mentee", cascade="all, delete-orphan")
    progress = relationship(
        "ProgressReport", back_populates="mentee", cascade="all, delete-orphan", order_by="ProgressReport.id"
    )
    journal = relationship(
        "JournalEntry", back_populates="mentee", cascade="all, delete-orphan", order_by="JournalEntry.id"
    )
    checkins = relationship(
        "RelationshipCheckin", back_populates="mentee", cascade="all, delete-orphan", order_by="RelationshipCheckin.id"
    )
    candidates = relationship(
        "MentorCandidate", back_populates="mentee", cascade="all, delete-orphan", order_by="MentorCandidate.id"
    )
    sendings = relationship(
        "OutreachSending", back_populates="mentee", cascade="all, delete-orphan", order_by="OutreachSending.id"
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
    tone = Column(String(5), nullable=False, default="vous", server_default="vous")  # the questions' tu or vous
    tone_chosen_at = Column(DateTime, nullable=True)  # when the mentee asked for it; None: the default kept
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    mentee = relationship("Mentee", back_populates="preparations")
    questions = relationship(
        "MeetingQuestion",
        back_populates="preparation",
        cascade="all, delete-orphan",
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


class OutreachDraft(Base):
    """A first message to one potential mentor: what it is built from, its versions, the one chosen."""

    __tablename__ = "outreach_drafts"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    mentor_name = Column(String(200), nullable=False, default="")
    mentor_role = Column(String(200), nullable=False, default="")
    mentor_organisation = Column(String(200), nullable=False, default="")
    source = Column(String(20), nullable=False)
    source_detail = Column(Text, nullable=False, default="")
    draw = Column(Text, nullable=False)
    intro = Column(Text, nullable=False)
    first_name = Column(String(100), nullable=False, default="")
    goal_id = Column(Integer, ForeignKey("goals.id", ondelete="SET NULL"), nullable=True)
    goal_text = Column(Text, nullable=False)
    goal_measure = Column(Text, nullable=False, default="")
    goal_deadline = Column(Date, nullable=True)
    ask = Column(String(20), nullable=False)
    minutes = Column(Integer, nullable=False)
    availability = Column(Text, nullable=False, default="")
    extra = Column(Text, nullable=False, default="", server_default="")  # « je vous ai entendue à Lyon »
    final_version = Column(Integer, nullable=True)  # number of the version the mentee chose
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    mentee = relationship("Mentee", back_populates="drafts")
    versions = relationship(
        "OutreachVersion", back_populates="draft", cascade="all, delete-orphan", order_by="OutreachVersion.number"
    )


class OutreachVersion(Base):
    """One version of a draft, numbered from 1; each revision adds one, none is overwritten."""

    __tablename__ = "outreach_versions"

    id = Column(Integer, primary_key=True)
    draft_id = Column(Integer, ForeignKey("outreach_drafts.id", ondelete="CASCADE"), nullable=False, index=True)
    number = Column(Integer, nullable=False)
    change = Column(String(20), nullable=False)  # initial, shorter, formal, warm, tone, channel, other_goal
    channel = Column(String(20), nullable=False)
    tone = Column(String(5), nullable=False)
    register = Column(String(10), nullable=False)
    short = Column(Boolean, nullable=False, default=False)
    goal_text = Column(Text, nullable=False, default="")
    subject = Column(Text, nullable=False, default="")
    body = Column(Text, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    draft = relationship("OutreachDraft", back_populates="versions")


class OutreachPractice(Base):
    """A practice outcome: the critique of a message the mentee wrote, or a rehearsed reply to a mentor."""

    __tablename__ = "outreach_practice"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    draft_id = Column(Integer, ForeignKey("outreach_drafts.id", ondelete="SET NULL"), nullable=True)
    kind = Column(String(20), nullable=False)  # critique | rehearsal | thank_you (the tone, in channel)
    scenario = Column(String(20), nullable=False, default="")
    channel = Column(String(20), nullable=False, default="")
    text = Column(Text, nullable=False)  # what the mentee wrote
    score = Column(Integer, nullable=False)
    total = Column(Integer, nullable=False)
    result = Column(Text, nullable=False)  # JSON: the checks and the suggestion
    created_at = Column(DateTime, nullable=False, default=utcnow)

    mentee = relationship("Mentee", back_populates="practice")


class ExportLink(Base):
    """A link for one mentee's full export or one progress picture: a random token, the document kept until it
    expires."""

    __tablename__ = "export_links"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    # what the link serves: ``export`` (the JSON file) or ``chart`` (a progress picture, its SVG in the document)
    kind = Column(String(16), nullable=False, default="export", server_default="export")
    document = Column(Text, nullable=False, default="")  # the JSON export; emptied once the link has expired
    created_at = Column(DateTime, nullable=False, default=utcnow)
    expires_at = Column(DateTime, nullable=False)

    mentee = relationship("Mentee", back_populates="export_links")


class ProgressReport(Base):
    """Where the mentee stood on one goal on one day, against the goal's measure, with what helped and blocked."""

    __tablename__ = "progress_entries"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    goal_id = Column(Integer, ForeignKey("goals.id", ondelete="CASCADE"), nullable=False, index=True)
    reported_on = Column(Date, nullable=False)
    percent = Column(Float, nullable=True)  # None for a step told in words
    count = Column(Float, nullable=True)  # against the measure's target, when it has one
    step = Column(Text, nullable=False, default="")
    helped = Column(Text, nullable=False, default="")
    blocked = Column(Text, nullable=False, default="")
    created_at = Column(DateTime, nullable=False, default=utcnow)

    mentee = relationship("Mentee", back_populates="progress")


class JournalEntry(Base):
    """A meeting with a mentor as the mentee noted it afterwards: who, when, notes, advice, and the action items."""

    __tablename__ = "journal_entries"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    preparation_id = Column(Integer, ForeignKey("meeting_preparations.id", ondelete="SET NULL"), nullable=True)
    mentor_name = Column(String(200), nullable=False, default="")
    met_on = Column(Date, nullable=True)
    notes = Column(Text, nullable=False, default="")
    advice = Column(Text, nullable=False, default="")
    created_at = Column(DateTime, nullable=False, default=utcnow)

    mentee = relationship("Mentee", back_populates="journal")
    actions = relationship("ActionItem", back_populates="entry", cascade="all, delete-orphan", order_by="ActionItem.id")


class ActionItem(Base):
    """Something agreed with the mentor, with its due date when one was given; ``done_at`` once done."""

    __tablename__ = "action_items"

    id = Column(Integer, primary_key=True)
    entry_id = Column(Integer, ForeignKey("journal_entries.id", ondelete="CASCADE"), nullable=False, index=True)
    text = Column(Text, nullable=False)
    due = Column(Date, nullable=True)
    done_at = Column(DateTime, nullable=True)

    entry = relationship("JournalEntry", back_populates="actions")


class RelationshipCheckin(Base):
    """A check-in on the mentoring relationship: the answers (rhythm, expectations, feedback, trust) as typed, what
    each signals, whether the mentee wants to close the relationship, and the next step proposed."""

    __tablename__ = "relationship_checkins"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    mentor_name = Column(String(200), nullable=False, default="")
    rhythm = Column(Text, nullable=False, default="")
    expectations = Column(Text, nullable=False, default="")
    feedback = Column(Text, nullable=False, default="")
    trust = Column(Text, nullable=False, default="")
    rhythm_signal = Column(String(20), nullable=False, default="unclear")
    expectations_signal = Column(String(20), nullable=False, default="unclear")
    feedback_signal = Column(String(20), nullable=False, default="unclear")
    trust_signal = Column(String(20), nullable=False, default="unclear")
    closing = Column(Boolean, nullable=False, default=False)
    next_step = Column(String(20), nullable=False, default="")
    created_at = Column(DateTime, nullable=False, default=utcnow)

    mentee = relationship("Mentee", back_populates="checkins")


class MentorCandidate(Base):
    """A possible mentor the mentee compared with others: who, what was said on each criterion, and whether the
    coach recommended them. The candidates compared together share ``shortlist`` (a random key)."""

    __tablename__ = "mentor_candidates"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    shortlist = Column(String(32), nullable=False, index=True)
    position = Column(Integer, nullable=False)
    name = Column(String(200), nullable=False)
    role = Column(String(200), nullable=False, default="")
    organisation = Column(String(200), nullable=False, default="")
    answers = Column(Text, nullable=False, default="{}")  # JSON: criterion -> {"level", "words"}
    recommended = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    mentee = relationship("Mentee", back_populates="candidates")


class OutreachSending(Base):
    """What became of a draft once sent: the day it left, the mentor's answer, the day a follow-up was written."""

    __tablename__ = "outreach_sendings"

    id = Column(Integer, primary_key=True)
    mentee_id = Column(Integer, ForeignKey("mentees.id", ondelete="CASCADE"), nullable=False, index=True)
    draft_id = Column(Integer, ForeignKey("outreach_drafts.id", ondelete="CASCADE"), nullable=False, unique=True)
    version = Column(Integer, nullable=True)  # number of the version sent
    sent_on = Column(Date, nullable=True)  # None when a reply was noted before the sending
    reply = Column(String(10), nullable=False, default="")  # "", positive, negative
    replied_on = Column(Date, nullable=True)
    followed_up_on = Column(Date, nullable=True)  # the day the follow-up (relance) draft was written
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    mentee = relationship("Mentee", back_populates="sendings")
    draft = relationship("OutreachDraft")
