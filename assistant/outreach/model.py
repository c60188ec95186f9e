"""The first message to a potential mentor: reading the mentee's answers, composing and revising drafts.

Source of the advice: « Comment aborder un potentiel mentor ? » in seed 002 (brief self-introduction,
interest in their expertise, a specific project or goal, what you hope to learn, an informal meeting
such as a coffee, respect for their time, thanks) and tips 2–4 and 8 of seed 000.

CONTRACT (used by the outreach actions and ``assistant/outreach/store.py`` — keep names and signatures):

- ``CHANNELS`` (``assistant/common/channels.py``): key -> (French label, max characters or None). Keys:
  ``linkedin_note`` (300), ``linkedin_message``, ``email``, ``direct_message`` (Instagram, WhatsApp, SMS…: written
  like the LinkedIn message, named « message privé », never offered as a button).
- ``SOURCES``: key -> French label. Keys: ``linkedin``, ``event``, ``recommendation``, ``colleague``,
  ``article``, ``other``.
- ``ASKS`` (``assistant/common/channels.py``): key -> French label. Keys: ``call``, ``coffee``, ``video``.
- ``REGISTERS``: ``neutral``, ``formal``, ``warm``. ``TONES``: ``vous``, ``tu``.
- :class:`OutreachRequest`, :class:`DraftStyle`, :class:`Draft` below; the saved :class:`DraftRecord`.
- ``compose(request, style) -> Draft`` (``compose.py``)
- ``parse_source(text) -> Parsed`` value ``(key, detail)`` (``answers.py``, with the next two)
- ``parse_draw(text) -> Parsed`` value ``str``
- ``parse_intro(text) -> Parsed`` value ``(intro, first_name)``
- ``parse_ask(text) -> Parsed`` value ``(key, minutes, availability)`` (``ask.py``, with the next two)
- ``parse_channel(text) -> str | None`` ; ``parse_tone(text) -> str | None`` (``assistant/common/tone.py``)
- ``read_revision(text, style) -> Revision`` (``revise.py``)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import cast

from assistant.common.channels import CHANNELS, DEFAULT_MINUTES
from assistant.common.mentor import Mentor

SOURCES: dict[str, str] = {
    "linkedin": "sur LinkedIn",
    "event": "lors d'un événement",
    "recommendation": "sur recommandation",
    "colleague": "par le travail",
    "article": "par un article ou une conférence",
    "other": "autrement",
}
REGISTERS = ("neutral", "formal", "warm")
TONES = ("vous", "tu")
MIN_ASK_MINUTES, MAX_ASK_MINUTES = 10, 45
#: Longest free answers (source, draw, intro); longer text is refused, never cut.
MAX_SOURCE_CHARS, MAX_DRAW_CHARS, MAX_INTRO_CHARS, MAX_ASK_CHARS = 200, 300, 300, 200
MAX_SUBJECT_CHARS = 60


@dataclass(frozen=True)
class OutreachRequest:
    """What the draft is built from: the mentee's answers to the outreach form."""

    mentor: Mentor
    source: str  # key of SOURCES
    source_detail: str  # « Julie Bernard » (who recommended), « le salon VivaTech »; may be ""
    draw: str  # what draws the mentee to this mentor, in their words
    goal: str  # the goal statement to mention
    intro: str  # the mentee's self-introduction, « Léa, étudiante en master data à Lyon »
    ask: str  # key of ASKS
    minutes: int = DEFAULT_MINUTES
    availability: str = ""  # « plutôt en fin de journée », may be ""
    first_name: str = ""  # the mentee's first name when known (signature), may be ""
    goal_measure: str = ""
    goal_deadline: date | None = None
    extra: str = ""  # what a revision asked to add, in the mentee's words (« je l'ai entendue à Lyon »)

    def said_of_mentor(self) -> tuple[str, ...]:
        """What the mentee said of the mentor, for their gender: the draw, and the source's detail unless it names
        who recommended them (« M. Garnier » is not the mentor)."""
        return (self.draw,) if self.source == "recommendation" else (self.draw, self.source_detail)

    @classmethod
    def from_slots(
        cls, slots: dict, goal: str, goal_measure: str = "", goal_deadline: date | None = None
    ) -> OutreachRequest:
        """From the outreach form's slots (``outreach_*``) and the goal they chose, read from the store."""
        # cast: the form requires source, draw, intro and ask, so they are set once it is complete
        return cls(
            mentor=Mentor.from_slots(slots, "outreach_mentor"),
            source=cast(str, slots.get("outreach_source")),
            source_detail=slots.get("outreach_source_detail") or "",
            draw=cast(str, slots.get("outreach_draw")),
            goal=goal,
            intro=cast(str, slots.get("outreach_intro")),
            ask=cast(str, slots.get("outreach_ask")),
            minutes=int(slots.get("outreach_minutes") or DEFAULT_MINUTES),
            availability=slots.get("outreach_availability") or "",
            first_name=slots.get("outreach_first_name") or "",
            goal_measure=goal_measure,
            goal_deadline=goal_deadline,
        )


@dataclass(frozen=True)
class DraftStyle:
    """How the draft is written; each revision changes one of these."""

    channel: str = "linkedin_message"
    tone: str = "vous"
    register: str = "neutral"
    short: bool = False

    @classmethod
    def from_slots(cls, slots: dict) -> DraftStyle:
        """The style the outreach form asked for (``outreach_channel``, ``outreach_tone``, vouvoiement by default)."""
        return cls(channel=cast(str, slots.get("outreach_channel")), tone=slots.get("outreach_tone") or "vous")


@dataclass(frozen=True)
class Draft:
    """One composed message. ``subject`` is empty except for e-mails."""

    subject: str
    body: str
    style: DraftStyle = field(default_factory=DraftStyle)

    @property
    def text(self) -> str:
        """The whole message as the mentee would paste it (subject line first for an e-mail)."""
        return f"Objet : {self.subject}\n{self.body}" if self.subject else self.body


@dataclass(frozen=True)
class Revision:
    """What the mentee asked to change: ``kind`` and the resulting style (None when not a style change).

    Kinds: ``shorter``, ``longer`` (back to the full version), ``formal``, ``warm``, ``neutral``, ``tone``
    (tu/vous), ``channel``, ``ask`` (the meeting asked for), ``source`` (how the mentee found the mentor, with
    ``source``), ``other_goal``, ``accept``, ``unknown``. When one
    message asks for several changes (« plus court et en e-mail »), ``style`` has all of them, ``kind`` is the
    first one asked and ``kinds`` lists them all in the order asked.
    """

    kind: str
    style: DraftStyle | None = None
    kinds: tuple[str, ...] = ()
    extra: str = ""  # « rappelle que je l'ai entendue à Lyon » -> « je l'ai entendue à Lyon »
    ask: tuple[str, int, str] | None = None  # « propose un appel de 30 minutes » -> (key, minutes, availability)
    source: tuple[str, str] | None = None  # « je l'ai trouvée via son post » -> a ``parse_source`` value


def within_limit(draft: Draft) -> bool:
    """True when the draft fits its channel's length limit (always true for a channel without one)."""
    limit = CHANNELS.get(draft.style.channel, ("", None))[1]
    return limit is None or len(draft.text) <= limit


@dataclass(frozen=True)
class VersionRecord:
    """One saved version of a draft."""

    number: int
    change: str
    draft: Draft
    goal: str
    created_at: str

    def to_dict(self) -> dict:
        """JSON-ready form for the export."""
        style = self.draft.style
        return {
            "number": self.number,
            "change": self.change,
            "channel": style.channel,
            "tone": style.tone,
            "register": style.register,
            "short": style.short,
            "goal": self.goal,
            "subject": self.draft.subject,
            "body": self.draft.body,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class DraftRecord:
    """A saved outreach draft with all its versions, oldest first."""

    id: int
    request: OutreachRequest
    goal_id: int | None
    versions: tuple[VersionRecord, ...]
    final_number: int | None
    created_at: str

    @property
    def latest(self) -> VersionRecord:
        """The newest version (the one a revision starts from)."""
        return self.versions[-1]

    @property
    def final(self) -> VersionRecord | None:
        """The version the mentee chose, if any."""
        return next((v for v in self.versions if v.number == self.final_number), None)

    def version(self, number: int) -> VersionRecord | None:
        """Version ``number`` (from 1), or None."""
        return next((v for v in self.versions if v.number == number), None)

    def to_dict(self) -> dict:
        """JSON-ready form for the export."""
        r = self.request
        return {
            "id": self.id,
            "mentor": {"name": r.mentor.name, "role": r.mentor.role, "organisation": r.mentor.organisation},
            "source": r.source,
            "source_detail": r.source_detail,
            "draw": r.draw,
            "intro": r.intro,
            "goal_id": self.goal_id,
            "goal": r.goal,
            "ask": r.ask,
            "minutes": r.minutes,
            "availability": r.availability,
            "extra": r.extra,
            "final_version": self.final_number,
            "created_at": self.created_at,
            "versions": [v.to_dict() for v in self.versions],
        }


@dataclass(frozen=True)
class SendingRecord:
    """What became of a draft once sent: when, which version, the mentor's answer, the follow-up written."""

    draft_id: int
    mentor: Mentor
    sent_on: date | None
    version: int | None = None
    reply: str = ""  # "", "positive" or "negative"
    replied_on: date | None = None
    followed_up_on: date | None = None

    def to_dict(self) -> dict:
        """JSON-ready form for the export (section ``outreach_sendings``)."""

        def day(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "draft_id": self.draft_id,
            "mentor": self.mentor.name or self.mentor.role,
            "version": self.version,
            "sent_on": day(self.sent_on),
            "reply": self.reply or None,
            "replied_on": day(self.replied_on),
            "followed_up_on": day(self.followed_up_on),
        }
