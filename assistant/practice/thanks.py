"""The thank-you message to a mentor after the meeting, from what is known: who, when, the advice, the next steps.

Sources, best first: the debriefed preparation (mentor, date, notes, next steps, next meeting), the outreach
draft to that mentor (the mentee's first name, tu or vous), and the mentee's request (« en tutoyant »,
« elle m'a donné plein de pistes »). The mentee's notes go in only as :mod:`assistant.practice.debrief` makes
them fit; the note is complete without them, never « à personnaliser ».

Versions: ``tone`` (``vous`` or ``tu``, closing included) and ``short`` (three lines and the signature). A
request for the support as a whole (« de tout son accompagnement », « j'ai atteint mon objectif ») gets the
``whole`` note: the goal reached, thanks for the support, keeping in touch; no meeting's next steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from assistant.coaching.text import fold, joined
from assistant.common.dates import format_date_fr, local_today
from assistant.common.french import contract, elide
from assistant.common.gender import mentor_gender
from assistant.common.mentor import Mentor
from assistant.common.names import greeting_name, proper_mentor, proper_name
from assistant.common.spelling import is_infinitive
from assistant.common.templating import render
from assistant.meetings.model import Preparation
from assistant.practice.addressed import addressed_to
from assistant.practice.debrief import Pieces, read_pieces

_TU = re.compile(r"\btutoi|\btutoy|\bon se dit tu\b|\ben tutoyant\b|\bau tu\b|\bavec le tu\b")
_VOUS = re.compile(r"\bvouvoi|\bvouvoy|\ben vouvoyant\b|\bau vous\b|\bavec le vous\b")
_WHOLE = re.compile(
    r"\btoute? (?:son|sa|ton|ta|votre|leur|ce qu'(?:elle|il) (?:a fait|m'a apporte))\b|\baccompagnement\b"
    r"|\bpour tout\b(?! ce qu)|\bobjectif (?:est |a ete )?atteint|\batteint (?:mon|mes|l'|notre) ?objectif"
    r"|\bj'ai reussi\b|\bma reussite\b|\bmon succes\b|\bgrace a (?:elle|lui|toi|vous|son aide|ses conseils)\b"
)
_SHORT = re.compile(r"\bplus court|\bcourt\b|\bbref\b|\bbreve?\b|\bquelques mots\b|\bpetit mot\b|\brapide\b")


@dataclass(frozen=True)
class ThankYou:
    """What the thank-you note is written from."""

    mentor: Mentor
    gender: str = ""  # f | m | ""
    met_on: date | None = None
    meeting_format: str = ""  # key of meetings.model.FORMATS
    notes: str = ""  # the debrief's advice, in the mentee's words
    next_steps: str = ""  # the debrief's next steps, in the mentee's words
    next_meeting: date | None = None
    tone: str = "vous"
    mentee_first: str = ""
    short: bool = False
    greeting: str = ""  # the name the outreach message greeted (« Madame Lemaire »), kept in the thank-you
    whole: bool = False  # thanks for the support as a whole, not for one meeting
    goal_reached: str = ""  # the goal reached, as a message names it in passing (« piloter seule un chantier »)
    recommended: str = ""  # what the mentor recommended, as the request says it (« TryHackMe »)
    offered: str = ""  # the help the mentor offered, as the request says it (« relire mon CV »)

    @property
    def advice(self) -> Pieces:
        """The advice fit for the note, in its tone."""
        return read_pieces(self.notes, self.tone)

    @property
    def steps(self) -> Pieces:
        """The next steps fit for the note, in its tone, said to the mentor where they name them (« envoyer mon
        prévisionnel à Bernard » -> « vous envoyer mon prévisionnel »); one that cannot be is left out."""
        read = read_pieces(self.next_steps, self.tone)
        names = [self.mentor.name, self.mentor.first_name, *self.mentor.name.split()[-1:]]
        kept, dropped = [], list(read.left_out)
        for piece in read.kept:
            said = addressed_to(piece.text, names, self.tone == "tu")
            if said is None:
                dropped.append("mentor")
            else:
                kept.append(replace(piece, text=said))
        return Pieces(tuple(kept), tuple(dropped))

    @property
    def left_out(self) -> bool:
        """True when part of the debrief notes could not go into the note."""
        return bool(self.advice.left_out or self.steps.left_out)


def requested_tone(text: str) -> str | None:
    """``tu`` or ``vous`` when the mentee's request names one (« en tutoyant »), else None."""
    folded = fold(text or "")
    return "tu" if _TU.search(folded) else "vous" if _VOUS.search(folded) else None


def requested_whole(text: str) -> bool:
    """True when the request thanks the mentor for the support as a whole or for a goal reached."""
    return bool(_WHOLE.search(fold(text or "")))


def asks_for_thanks(text: str) -> bool:
    """True when the message asks to thank the mentor (« je veux la remercier », « un mot de remerciement »)."""
    return bool(re.search(r"\bremerci|\bdire merci\b|\bun merci\b", fold(text or "")))


def requested_short(text: str) -> bool:
    """True when the request asks for a short note (« un petit mot », « plus court »)."""
    return bool(_SHORT.search(fold(text or "")))


def from_preparation(
    preparation: Preparation, *, tone: str = "vous", mentee_first: str = "", said: str = "", short: bool = False
) -> ThankYou:
    """The note's facts from a (debriefed) preparation; ``said`` is the mentee's request, read for the gender."""
    d = preparation.details
    return ThankYou(
        mentor=proper_mentor(d.mentor),
        gender=mentor_gender(d.mentor, said, preparation.notes, preparation.next_steps),
        met_on=d.starts_at.date() if d.starts_at else None,
        meeting_format=d.format,
        notes=preparation.notes,
        next_steps=preparation.next_steps,
        next_meeting=preparation.next_meeting,
        tone=tone,
        mentee_first=mentee_first,
        short=short,
    )


def from_mentor(
    mentor: Mentor | None, *, tone: str = "vous", mentee_first: str = "", said: str = "", short: bool = False
) -> ThankYou:
    """The note's facts when only the mentor is known (a draft, or a name in the request), or nobody."""
    mentor = proper_mentor(mentor or Mentor(""))
    return ThankYou(
        mentor=mentor, gender=mentor_gender(mentor, said), tone=tone, mentee_first=mentee_first, short=short
    )


def relative_day(day: date | None, today: date | None = None) -> str:
    """« aujourd'hui », « hier », « le 3 décembre 2026 »; "" for a day to come or unknown."""
    if day is None:
        return ""
    today = today or local_today()
    days = (today - day).days
    if days < 0:
        return ""
    return {0: "aujourd'hui", 1: "hier"}.get(days, f"le {format_date_fr(day, today)}")


def _infinitives(text: str) -> list[str]:
    """« déléguer plus et (de) suivre mes chiffres » -> two pieces, never « celui de déléguer et suivre »."""
    first, sep, second = text.partition(" et ")
    second = re.sub(r"^(?:de |d')", "", second)
    return [first, second] if sep and is_infinitive(second.split(" ", 1)[0]) else [text]


def support_note(facts: ThankYou) -> str:
    """The thank-you for the support as a whole: the goal reached (when there is one), thanks, keeping in touch."""
    goal = facts.goal_reached
    infinitive = bool(goal) and is_infinitive(goal.split(" ", 1)[0])
    return render(
        "thank_you_support.txt.j2",
        tu=facts.tone == "tu",
        short=facts.short,
        mentor_first=facts.greeting or greeting_name(facts.mentor),
        goal_of=elide("de", goal) if infinitive else "",
        goal="" if infinitive else goal,
        mentee_first=proper_name(facts.mentee_first),
    )


def thank_you_note(facts: ThankYou, today: date | None = None) -> str:
    """The thank-you message, ready to send: greeting, thanks with the day, advice, next steps, closing, signature."""
    if facts.whole:
        return support_note(facts)
    advice, steps = facts.advice, facts.steps
    if facts.short:  # one piece of each: the short version must be strictly shorter
        advice, steps = Pieces(advice.kept[:1]), Pieces(steps.kept[:1])
    infinitives = [part for p in advice.of_shape("infinitive") for part in _infinitives(p.text)]
    nouns = [p.text for p in advice.of_shape("noun")]
    step_infinitives = [p.text for p in steps.of_shape("infinitive")]
    step_nouns = [contract("de", p.text) for p in steps.of_shape("noun")]
    return render(
        "thank_you.txt.j2",
        tu=facts.tone == "tu",
        short=facts.short,
        mentor_first=facts.greeting or greeting_name(facts.mentor),
        when=relative_day(facts.met_on, today),
        meeting_format=facts.meeting_format,
        advice_of=elide("de", infinitives[0]) if len(infinitives) == 1 else "",
        advice_list=joined(infinitives) if len(infinitives) > 1 else "",
        advice_about=joined(nouns) if nouns else "",
        steps_to=joined(step_infinitives) if step_infinitives else "",
        steps_care=joined(step_nouns) if step_nouns else "",
        steps_said=[p.text for p in steps.of_shape("clause")],
        next_meeting=_next_meeting(facts.next_meeting, today),
        mentee_first=proper_name(facts.mentee_first),
        recommended=facts.recommended,
        offered=facts.offered,
    )


def _next_meeting(day: date | None, today: date | None) -> str:
    today = today or local_today()
    if day is None or day < today:
        return ""
    return format_date_fr(day, today)


def revised(facts: ThankYou, *, tone: str | None = None, short: bool | None = None) -> ThankYou:
    """The same facts for another version: tu/vous (the notes are re-read in that tone) or short."""
    return replace(facts, tone=tone or facts.tone, short=facts.short if short is None else short)


#: « Bonjour Madame Lemaire, » at the top of a message: the name greeted.
_GREETED = re.compile(r"^(?:Bonjour|Bonsoir|Hello|Salut)\s+(?P<name>[^,\n]{2,60}),", re.I)


def greeted_name(message: str) -> str:
    """The name a message greets (« Bonjour Madame Lemaire, » -> « Madame Lemaire »), or ""."""
    found = _GREETED.match(message.strip())
    return found["name"].strip() if found else ""
