"""Composing a draft to a potential mentor from the mentee's answers, in the style asked for."""

from __future__ import annotations

import re
import zlib
from dataclasses import replace

from assistant.coaching.text import clean, fold
from assistant.common.channels import ASKS, CHANNELS
from assistant.common.dates import format_date_fr
from assistant.common.french import (
    bare,
    capitalize,
    contract,
    elide,
    goal_case,
    lower_first,
    starts_with_vowel,
    words_within,
)
from assistant.common.gender import mentor_gender
from assistant.common.mentor import Mentor
from assistant.common.names import greeting_name, honorific, proper_mentor, without_title
from assistant.common.person import to_second_person
from assistant.common.templating import render
from assistant.outreach.model import MAX_SUBJECT_CHARS, REGISTERS, SOURCES, TONES, Draft, DraftStyle, OutreachRequest
from assistant.outreach.phrases import DETERMINERS, PLURAL_DETERMINERS, draw_fields, first_word, goal_fields
from assistant.outreach.wording import (
    agreed,
    ask_fields,
    expertise,
    met_extra,
    plain,
    undislocated,
    without_place_of,
)

#: A « plus court » version is at most this share of the full one (a note that cannot be is as short as it gets).
SHORTER = 0.9


def _stable_number(*parts: object) -> int:
    """A number that depends only on ``parts`` (not on Python's per-process hash seed)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode("utf-8"))


_PARTS = (
    "greeting",
    "opener",
    "order",
    "intro",
    "source",
    "draw",
    "goal",
    "detail",
    "learn",
    "ask",
    "availability",
    "respect",
    "thanks",
    "closing",
    "subject",
)


def _expertise(mentor: Mentor, *said: str) -> str:
    """« de directrice data chez Doctolib », « d'ingénieure », « chez Doctolib » or "" (see :func:`expertise`)."""
    role = re.sub(r"^(?:(?:un|une|le|la|mon|ma|son|sa|notre)\s+|l')", "", clean(mentor.role), flags=re.I)
    return expertise(role.rstrip(" .,;:"), clean(mentor.organisation).rstrip(" .,;:"), *said)


def _plain_request(request: OutreachRequest, formal: bool) -> OutreachRequest:
    """The mentee's words as a letter uses them (:func:`plain`), the spoken « X c'est … » undone."""
    return replace(
        request,
        draw=undislocated(plain(request.draw, formal)),
        intro=plain(request.intro, formal),
        goal=plain(request.goal, formal),
        source_detail=plain(request.source_detail, formal),
        extra=plain(request.extra, formal),
    )


_FEMININE_EVENTS = set(
    "conference conf soiree table journee rencontre masterclass keynote foire session semaine convention "
    "competition remise".split()
)


def _with_article(event: str) -> str:
    """« salon VivaTech » -> « le salon VivaTech »; a name (« VivaTech ») or « une conférence » stays as it is."""
    first = first_word(event)
    if not event or first in DETERMINERS or event[:1].isupper():
        return event
    if starts_with_vowel(event):
        return f"l'{event}"
    return f"{'la' if first in _FEMININE_EVENTS else 'le'} {event}"


def _said_in(detail: str, draw: str) -> bool:
    """True when the source's detail repeats the draw (its last three words are in it)."""
    tail = " ".join(fold(detail).split()[-3:])
    return len(tail.split()) >= 3 and tail in fold(draw)


def _source_fields(request: OutreachRequest, tone: str) -> dict[str, object]:
    """The source detail addressed to the mentor, with the prepositions the sentences need."""
    detail = lower_first(to_second_person(bare(request.source_detail), tone)) if request.source_detail else ""
    if detail and _said_in(detail, request.draw):
        detail = ""  # « son article sur la trésorerie » when the draw is « ses articles sur la trésorerie »
    if request.source == "event":
        detail = _with_article(detail)
    if request.source == "recommendation" and detail[:1].islower() and first_word(detail) not in DETERMINERS:
        detail = capitalize(detail)  # a name typed in lower case: « julie » -> « Julie »
    return {
        "source": request.source if request.source in SOURCES else "other",
        "detail": detail,
        "Detail": capitalize(detail),
        "detail_de": contract("de", detail) if detail else "",
        "detail_a": contract("à", detail) if detail else "",
        "detail_np": first_word(detail) in DETERMINERS,
        "detail_plural": first_word(detail) in PLURAL_DETERMINERS,
    }


def _goal_detail(request: OutreachRequest) -> tuple[str, str]:
    """(measure, deadline) worth adding: not already said in the goal."""
    goal = fold(request.goal)
    measure = lower_first(bare(request.goal_measure))
    if measure and fold(measure) in goal:
        measure = ""
    deadline = format_date_fr(request.goal_deadline) if request.goal_deadline else ""
    if deadline and ("d'ici" in goal or fold(deadline.split(" ")[1]) in goal):
        deadline = ""
    return measure, deadline


def _request_key(request: OutreachRequest) -> str:
    mentor = request.mentor
    return "\x1e".join(
        str(v)
        for v in (
            mentor.name,
            mentor.role,
            mentor.organisation,
            request.source,
            request.source_detail,
            request.draw,
            request.goal,
            request.intro,
            request.ask,
            request.minutes,
            request.availability,
            request.first_name,
            request.goal_measure,
            request.goal_deadline,
        )
    )


def _formal_name(mentor: Mentor, request: OutreachRequest) -> str:
    """« Madame Garnier », « Monsieur Durand » when the gender is known (name, title or the mentee's words), else ""."""
    greeting = greeting_name(mentor)
    if greeting.startswith(("Madame ", "Monsieur ")) or honorific(mentor):
        return greeting
    surname = without_title(mentor).split(" ", 1)
    gender = mentor_gender(mentor, *request.said_of_mentor())
    if len(surname) < 2 or not gender:
        return ""
    return f"{'Madame' if gender == 'f' else 'Monsieur'} {surname[1]}"


def _full_name(intro: str, first_name: str) -> str:
    """« Hélène Marchand » from « Hélène Marchand, responsable des achats … »: how a formal letter introduces and
    signs; the first name alone when the introduction gives no surname."""
    head = intro.split(",", 1)[0].split()
    if 2 <= len(head) <= 3 and all(word[:1].isupper() for word in head):
        return " ".join(head)
    return first_name


def _context(request: OutreachRequest, style: DraftStyle) -> dict[str, object]:
    """Everything the templates need, computed once: user text is passed as values, never as template code."""
    key = _request_key(request)
    request = _plain_request(request, style.register == "formal")
    mentor = proper_mentor(request.mentor)
    intro = bare(request.intro)
    ask = ASKS.get(request.ask, ASKS["call"])
    measure, deadline = _goal_detail(request)
    extra = to_second_person(bare(request.extra), style.tone) if request.extra else ""
    met = bool(extra) and met_extra(extra)
    if met:
        extra = agreed(extra, mentor_gender(request.mentor, *request.said_of_mentor()))
        intro = without_place_of(intro, extra)
    named = bool(request.first_name) and fold(intro).startswith(fold(request.first_name))
    context: dict[str, object] = {
        "tu": style.tone == "tu",
        "register": style.register,
        "pick": {part: _stable_number(key, part) for part in _PARTS},
        "mentor_first": greeting_name(mentor),  # « Monsieur Delorme » for « M. Delorme », never « Delorme »
        "mentor_formal": _formal_name(mentor, request),
        "intro": intro,
        "Intro": capitalize(intro),
        "intro_clause": first_word(intro) in ("je", "j'"),
        "intro_named": named,
        "intro_rest": intro.split(",", 1)[1].strip() if named and "," in intro else "",
        "known": met or request.source == "colleague",
        "expertise": _expertise(request.mentor, request.goal, request.draw),
        "draw_publications": "publication" in fold(request.draw),
        "has_role": bool(clean(request.mentor.role)),
        "ask": ask,
        "ask_de": contract("de", ask),
        "ask_estce": "Est-ce " + elide("que", ask),
        **ask_fields(request.ask, request.minutes),
        "minutes": request.minutes,
        "availability": bare(request.availability),
        "measure": measure,
        "deadline": deadline,
        "first_name": clean(request.first_name),
        "full_name": _full_name(intro, clean(request.first_name)) if named else clean(request.first_name),
        "note_availability": True,
        "note_role": True,
        "note_praise": True,
        "note_detail": True,
        "note_draw": True,
        "note_source": True,
        "note_extra": True,
        "Extra": "" if met else capitalize(extra).rstrip(" .!"),
        "met": lower_first(extra).rstrip(" .!") if met else "",
    }
    context.update(_source_fields(request, style.tone))
    context.update(draw_fields(lower_first(to_second_person(bare(request.draw), style.tone))))
    context.update(goal_fields(goal_case(bare(request.goal))))
    context["regard"] = "expérience" if str(context["expertise"]).startswith("chez ") else "regard"
    return context


def tidy(text: str) -> str:
    """A rendered message as the mentee pastes it: one paragraph per line, no blank line (the widget splits bubbles
    there), no doubled spaces."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"[ \t]{2,}", " ", line).strip()
        line = re.sub(r"([…!?])\.", r"\1", line)
        line = re.sub(r"\.\.(?!\.)", ".", line)
        line = line.replace(" ,", ",").replace(" .", ".")
        if line:
            lines.append(line)
    return "\n".join(lines)


def _normalized(style: DraftStyle) -> DraftStyle:
    return DraftStyle(
        channel=style.channel if style.channel in CHANNELS else "linkedin_message",
        tone=style.tone if style.tone in TONES else "vous",
        register=style.register if style.register in REGISTERS else "neutral",
        short=bool(style.short),
    )


def message_context(request: OutreachRequest, style: DraftStyle) -> dict[str, object]:
    """The templates' context for a message to this mentor in ``style`` (the follow-up is written from it too)."""
    return _context(request, _normalized(style))


def _compact(context: dict[str, object], limit: int, short: bool, keep_draw: bool = False) -> str:
    """The LinkedIn note: greeting, who, why, ask, thanks, signature — fitted to ``limit`` without cutting.

    The least useful parts go first (availability, the mentor's role, the praise after « J'ai vu que », the
    source's detail, the source), then shorter phrasings of each part: the draw down to its first whole clause,
    the introduction, the draw within that clause, the goal (:func:`assistant.common.french.words_within`); never
    a « … ». The draw (why
    this person) is dropped only to get under LinkedIn's limit, never for « plus court » (``keep_draw``).
    """
    goal, draw, intro = str(context["goal"]), str(context["draw"]), str(context["intro"])
    steps: list[dict[str, object]] = [{}, {"note_availability": False}, {"note_role": False}, {"note_praise": False}]
    steps.append({"note_detail": False})
    steps.append({"note_source": False})
    # Every shorter start of the draw, longest first (a big jump lost « chez Algolia avant de passer VC » at « tu »,
    # a few characters shorter); its first clause is cut only once the introduction is as short as it gets.
    draws: list[str] = []
    for size in range(110, 40, -5):
        shorter = words_within(draw, size)
        if shorter and shorter != draw and shorter not in draws:
            draws.append(shorter)
    first_clause = re.split(r"\s*[,;:]\s*", draw, maxsplit=1)[0]
    steps += [draw_fields(d) for d in draws if len(d) >= len(first_clause)]
    for size in (60, 40, 25):
        shorter = words_within(intro, size) or str(context["first_name"])
        if shorter and shorter != intro:
            steps.append({"intro": shorter, "Intro": capitalize(shorter)})
    steps += [draw_fields(d) for d in draws if len(d) < len(first_clause)]
    for size in (110, 80, 55, 35):
        shorter = words_within(goal, size, clauses_only=True)
        if shorter and shorter != goal:
            steps.append(goal_fields(shorter))
    steps.append({"note_extra": False})
    if not keep_draw:
        steps.append({"note_draw": False})
    current = dict(context)
    text = ""
    for number, change in enumerate(steps):
        current.update(change)
        if short and number < 2:
            continue
        text = tidy(render("outreach/note.txt.j2", c=current))
        if len(text) <= limit:
            return text
    return text


def _subject(context: dict[str, object]) -> str:
    """The e-mail subject: the kind of request and the goal, under :data:`MAX_SUBJECT_CHARS`.

    The whole goal alone (« Faire une thèse en intelligence artificielle ») says more than a prefix and a goal cut
    to its first clause (« Demande d'échange – faire une thèse »); one « – », never a second colon after « Objet : ».
    """
    goal = str(context["goal"])
    prefix = render("outreach/subject.txt.j2", c=context, topic="")
    topic = words_within(goal, MAX_SUBJECT_CHARS - len(prefix) - 1, clauses_only=True)
    if topic and (context["met"] or topic == clean(goal).rstrip(" .") or len(goal) > MAX_SUBJECT_CHARS):
        return tidy(render("outreach/subject.txt.j2", c=context, topic=topic))
    topic = words_within(goal, MAX_SUBJECT_CHARS, clauses_only=True)  # the goal alone says it best
    return capitalize(topic) if topic else tidy(prefix).rstrip(" –")


def compose(request: OutreachRequest, style: DraftStyle) -> Draft:
    """Write the first message to a potential mentor for ``style`` (channel, tu/vous, register, short).

    The message follows the advice of the source article: greeting, brief self-introduction, how the mentee
    knows of the mentor, why them, the specific goal, what they hope to learn, a small time-bounded ask,
    respect for the mentor's time, thanks and signature. Wording variants are picked from a stable hash of
    the request, so the same request always gives the same draft. A LinkedIn note never exceeds 300 characters.
    """
    style = _normalized(style)
    context = _context(request, style)
    limit = CHANNELS[style.channel][1]
    if style.channel == "linkedin_note" and style.short:  # « plus court »: clearly shorter, not just under 300
        full = _compact(context, limit or 300, False)
        body = _compact(context, min(limit or 300, int(len(full) * SHORTER)), True, keep_draw=True)
        if len(body) > (limit or 300):
            body = _compact(context, limit or 300, True)
    elif style.channel == "linkedin_note":
        body = _compact(context, limit or 300, style.short)
    else:
        body = tidy(render("outreach/short.txt.j2" if style.short else "outreach/message.txt.j2", c=context))
        if limit is not None and len(body) > limit:
            body = tidy(render("outreach/short.txt.j2", c=context))
        if limit is not None and len(body) > limit:
            body = _compact(context, limit, True)
    subject = _subject(context) if style.channel == "email" else ""
    return Draft(subject=subject, body=body, style=style)
