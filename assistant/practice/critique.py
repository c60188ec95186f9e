"""Critique of a first message the mentee wrote themselves to a potential mentor.

The checklist follows « Comment aborder un potentiel mentor ? » in seed 002 (brief self-introduction, interest in
their expertise, a specific project or goal, an informal meeting such as a coffee, respect for their time, thanks)
and tips 2–4 and 8 of seed 000 (the right mentor, trust, proactivity, gratitude). The checks are keyword
heuristics on the folded text (lower case, no accents): they aim at the advice a human coach would give, not
at grammar. Tutoiement and vouvoiement are both accepted; the suggested rewrite follows the mentee's choice.

Public API:

- ``CHECKS``: check key -> French label, in display order.
- ``IMPORTANCE``: the same keys, most important first; ``Critique.weakest`` is the first failed one.
- :class:`CheckResult`, :class:`Critique` (``model.py``).
- ``guess_channel(text) -> str`` (a key of ``CHANNELS``; ``message.py``).
- ``critique_message(text, channel=None) -> Parsed`` value :class:`Critique`; problems ``empty``,
  ``too_long``, ``foreign``, ``not_a_message``.
- ``critique_text(critique) -> str``: the French rendering for the chat.
- ``pasted_message(text) -> str``: the message pasted along with a request (« voici mon message : … »; ``message.py``).
- ``has_concrete_detail(text) -> bool``: a number or a deadline, durations such as « 20 minutes » excepted
  (``message.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.coaching.text import fold, has_markup
from assistant.common.answers import Parsed
from assistant.common.channels import ASKS, CHANNELS, DEFAULT_MINUTES
from assistant.common.dates import MINUTES
from assistant.common.french import THANKS_WORDS
from assistant.common.grammar import first_person
from assistant.common.templating import render
from assistant.practice.form_slips import form_notes, form_slips
from assistant.practice.message import (
    DURATION,
    GREETING_NAME,
    NOT_SIGNATURES,
    NOTE_MAX,
    NOTE_MIN,
    SIGNATURE,
    Message,
    body_sentences,
    guess_channel,
    has_concrete_detail,
    message_problem,
    named,
    read_message,
)
from assistant.practice.model import CheckResult, Critique

CHECKS: dict[str, str] = {
    "intro": "Présentation",
    "why_you": "Pourquoi cette personne",
    "goal": "Objectif précis",
    "ask": "Demande concrète et limitée dans le temps",
    "time_respect": "Respect de son temps",
    "thanks": "Remerciements",
    "length": "Longueur adaptée au canal",
    "opener": "Pas de demande de mentorat d'emblée",
}
#: Most important first. A generic « be my mentor » opener and a missing small ask are what makes a mentor say
#: no (seed 002: propose an informal meeting first); then what makes the message worth answering (goal, why
#: them, who writes); form comes last (length, respect for their time, thanks are quick to fix).
IMPORTANCE = ("opener", "ask", "goal", "why_you", "intro", "length", "time_respect", "thanks")

MESSAGE_MIN, MESSAGE_MAX = 150, 1500
IDEAL_MIN, IDEAL_MAX = 400, 1200


# --- the checks --------------------------------------------------------------------------------------

_INTRO = re.compile(
    r"\bje m'appelle\b|\bmoi c'est\b|\bc'est [A-Za-z]+ de\b|\bje suis (?!tombee?\b|convaincue?\b|sure?\b|certaine?\b|"
    r"desolee?\b|disponibles?\b|curieu|ravie?\b|heureu|reconnaissant|persuadee?\b|impressionnee?\b|tres\b|vraiment\b|"
    r"sincerement\b|en train\b|a votre\b|a ta\b|pas\b|toujours\b|donc\b)|\bj'ai \d+ ans d'experience\b|"
    r"\bje travaille\b|\bactuellement (?:en|chez|a)\b|\betudiant|\bstagiaire\b|\balternant|\ben reconversion\b|"
    r"\bjeune diplome|\ben (?:master|licence|bts|these|doctorat|m1|m2|l3)\b|\ben tant que\b|\bje viens de (?:finir|"
    r"terminer|rejoindre|prendre)\b|\bje termine\b|\bjsuis\b"
)
_WHY_YOU = re.compile(
    r"\b(?:votre|ton|ta|vos|tes) (?:parcours|expertise|experience|conference|intervention|article|articles|podcast|"
    r"post|posts|publication|publications|livre|talk|carriere|travail|travaux|profil|role|equipe|transition|"
    r"reconversion|approche|vision|regard|presentation|atelier|webinaire|newsletter|blog|video|interview)\b|"
    r"\bj'ai (?:lu|vu|assiste|ecoute|suivi|decouvert|remarque|beaucoup aime|apprecie)\b|"
    r"\b(?:vous avez|tu as) (?:fonde|cree|mene|dirige|lance|ecrit|publie|monte|construit|developpe|accompagne)\b|"
    r"\bvous aviez (?:fonde|cree|mene|dirige|lance|ecrit|publie|monte|construit)\b|"
    r"\bm'a (?:recommande|conseille)\b|\bde la part de\b|\bsur les conseils de\b|"
    r"\bnous nous sommes (?:croise|rencontre)"
)
_GOAL_MARKER = re.compile(
    r"\b(?:objectif|projet|mon but|ambition|je vise|je prepare|je me prepare|devenir|decrocher|lancer|creer (?:mon|ma)|"
    r"monter (?:mon|ma)|postuler|candidater|me reconvertir|je me reconvertis|reconversion|evoluer vers|obtenir|"
    r"rejoindre|publier|ouvrir|trouver (?:un|une|mon|ma|mon premier|ma premiere) (?:stage|poste|emploi|alternance|"
    r"cdi|job|premier|premiere|client)|je prends|prendre (?:le poste|la tete|mon premier poste)|passer (?:a|au|chef|"
    r"manager|senior)|certification|concours|lever|levee de fonds)\b"
)
_VAGUE_GOAL = re.compile(
    r"\b(?:progresser|m'ameliorer|ameliorer|apprendre|evoluer|developper|monter en competence|"
    r"avancer|reussir|en savoir plus|vos conseils|tes conseils|conseils)\b"
)
_GENERIC = re.compile(
    r"\b(?:etre|devenir|deveniez|soyez|deviennes|sois) (?:mon|ma) (?:mentor|mentore|marraine|parrain)\b|"
    r"\bdemande de (?:mentorat|parrainage)\b|\bje (?:re)?cherche (?:un|une) "
    r"(?:mentor|mentore)\b|\bbesoin d'(?:un|une) (?:mentor|mentore)\b|\bme mentorer\b|"
    r"\bme prendre sous (?:votre|ton|ta) aile\b"
)
_MEETING = re.compile(
    r"\b(?:cafe|appel|appeler|telephone|telephonique|visio|visioconference|video|zoom|teams|echange|echanger|"
    r"rencontre|rencontrer|discussion|discuter|dejeuner|verre|call|entretien|rendez-vous|rdv|conversation)\b"
)
_TIME_RESPECT = re.compile(
    r"\b(?:votre|ton) temps\b|\bsi (?:vous avez|tu as) (?:un moment|un peu de temps|quelques minutes|le temps)\b|"
    r"\bsans engagement\b|\ba (?:votre|ta) convenance\b|\bselon (?:vos|tes) disponibilites\b|"
    r"\bquand (?:cela|ca) (?:vous |t')arrange\b|\bsi (?:cela|ca) (?:vous|te) (?:convient|va)\b|"
    r"\b(?:vous|te) conviendrai(?:t|ent)\b|\b(?:auriez-vous|aurais-tu|avez-vous|as-tu) (?:un moment|un peu de temps)\b|"
    r"\bje comprendrais?\b|\bpas le bon moment\b|\bagenda (?:est )?(?:charge|bien rempli)\b|"
    r"\bemploi du temps\b|\baucune obligation\b|\b(?:vos|tes) journees sont (?:bien )?(?:remplies|chargees)\b|"
    r"\bsi (?:vous etes|tu es) disponible\b|"
    r"\bquand (?:vous|tu) (?:voulez|veux|le souhaitez|le souhaites|pouvez|peux)\b|"
    r"\bquand cela vous convient\b|\bau moment qui (?:vous|te) convient\b|\bsi possible\b"
)
_THANKS = re.compile(THANKS_WORDS)

_WORD_MINUTES = (
    ("demi-heure", 30),
    ("demi heure", 30),
    ("quart d'heure", 15),
    ("vingt minutes", 20),
    ("dix minutes", 10),
    ("quinze minutes", 15),
    ("trente minutes", 30),
    ("une heure", 60),
)
_FORMATS = (
    ("video", re.compile(r"\b(?:visio|visioconference|video|zoom|teams|meet)\b")),
    ("call", re.compile(r"\b(?:appel|appeler|telephone|telephonique|call|coup de fil)\b")),
    ("coffee", re.compile(r"\b(?:cafe|verre|dejeuner|the)\b")),
)
_SOURCES = (
    ("recommendation", re.compile(r"\brecommand|\bconseille de (?:vous|te)\b|\bde la part de\b")),
    ("linkedin", re.compile(r"\blinkedin\b")),
    ("podcast", re.compile(r"\bpodcast\b")),
    ("article", re.compile(r"\b(?:article|post|publication|blog|newsletter|livre)\b")),
    ("talk", re.compile(r"\b(?:conference|intervention|salon|meetup|evenement|webinaire|table ronde|talk)\b")),
)


@dataclass(frozen=True)
class _Outcome:
    passed: bool
    reason: str = ""
    data: dict = field(default_factory=dict)


def _check_intro(msg: Message) -> _Outcome:
    return _Outcome(bool(_INTRO.search(msg.folded)))


def _check_why_you(msg: Message) -> _Outcome:
    return _Outcome(bool(_WHY_YOU.search(msg.folded)))


def _goal_sentences(msg: Message) -> list[str]:
    """Sentences that state a goal (a generic « be my mentor » is not a goal)."""
    return [s for s in body_sentences(msg) if _GOAL_MARKER.search(_GENERIC.sub(" ", fold(s)))]


def _check_goal(msg: Message) -> _Outcome:
    stated = _goal_sentences(msg)
    sentences = body_sentences(msg)
    # The goal's measure or deadline often comes in the next sentence (« Je me donne jusqu'à juin… »).
    following = [sentences[i + 1] for i, s in enumerate(sentences[:-1]) if s in stated]
    if any(has_concrete_detail(s) or named(s) for s in stated) or any(has_concrete_detail(s) for s in following):
        return _Outcome(True)
    return _Outcome(False, "vague" if stated or _VAGUE_GOAL.search(msg.folded) else "missing")


def ask_key(folded: str) -> str:
    """The kind of meeting the mentee proposes (a key of ASKS), or ``exchange`` when only « échange » is said."""
    for key, pattern in _FORMATS:
        if pattern.search(folded):
            return key
    return "exchange" if _MEETING.search(folded) else "coffee"


def asked_minutes(folded: str) -> int | None:
    """The length of the meeting the mentee asks for, in minutes (« 20 minutes », « un quart d'heure »), or None."""
    found = [int(m) for m in MINUTES.findall(folded)]
    if found:
        return max(found)
    return next((value for phrase, value in _WORD_MINUTES if phrase in folded), None)


def _check_ask(msg: Message) -> _Outcome:
    meeting, duration = bool(_MEETING.search(msg.folded)), bool(DURATION.search(msg.folded))
    if meeting and duration:
        return _Outcome(True)
    return _Outcome(False, "no_duration" if meeting else "no_format" if duration else "missing")


def _check_time_respect(msg: Message) -> _Outcome:
    pushy = form_slips(msg.flat).pushy  # « réponds-moi vite » undoes any « quand ça t'arrange »
    return _Outcome(False, "pushy", {"pushy": pushy}) if pushy else _Outcome(bool(_TIME_RESPECT.search(msg.folded)))


def _check_thanks(msg: Message) -> _Outcome:
    return _Outcome(bool(_THANKS.search(msg.folded)))


def _check_length(msg: Message, channel: str) -> _Outcome:
    n = len(msg.flat)
    if channel == "linkedin_note":
        low, high = NOTE_MIN, NOTE_MAX
        reason = "too_long" if n > high else "too_short" if n < low else "ideal"
    else:
        low, high = MESSAGE_MIN, MESSAGE_MAX
        reason = (
            "too_long"
            if n > high
            else "too_short"
            if n < low
            else "short_ok"
            if n < IDEAL_MIN
            else "long_ok"
            if n > IDEAL_MAX
            else "ideal"
        )
    return _Outcome(low <= n <= high, reason, {"n": n})


def _check_opener(msg: Message, ask_passed: bool) -> _Outcome:
    body = body_sentences(msg)
    if body and _GENERIC.search(fold(body[0])):
        return _Outcome(False, "generic_opening", {"phrase": body[0]})
    if _GENERIC.search(msg.folded) and not ask_passed:
        return _Outcome(False, "generic_ask")
    return _Outcome(True)


def _outcomes(msg: Message, channel: str) -> dict[str, _Outcome]:
    ask = _check_ask(msg)
    return {
        "intro": _check_intro(msg),
        "why_you": _check_why_you(msg),
        "goal": _check_goal(msg),
        "ask": ask,
        "time_respect": _check_time_respect(msg),
        "thanks": _check_thanks(msg),
        "length": _check_length(msg, channel),
        "opener": _check_opener(msg, ask.passed),
    }


# --- comments, rewrite, notes ------------------------------------------------------------------------


def signed_first_name(msg: Message) -> str:
    """The mentee's first name when the message ends with a signature line."""
    if len(msg.lines) < 2:
        return ""
    last = msg.lines[-1].strip(" ,.")
    if SIGNATURE.match(last) and fold(last.split()[0]) not in NOT_SIGNATURES:
        return last.split()[0]
    return ""


def _mentor_first(msg: Message) -> str:
    match = GREETING_NAME.match(msg.lines[0]) if msg.lines else None
    return match.group(1) if match and fold(match.group(1)) not in NOT_SIGNATURES else ""


def _goal_sentence(msg: Message) -> str:
    """The sentence where the mentee states a goal, even a vague one, without its final punctuation."""
    stated = _goal_sentences(msg) or [s for s in body_sentences(msg) if _VAGUE_GOAL.search(fold(s))]
    return stated[0].rstrip(" .!?…;,:") if stated else ""


def _source(msg: Message) -> str:
    return next((key for key, pattern in _SOURCES if pattern.search(msg.folded)), "")


def _template_context(msg: Message, channel: str) -> dict:
    return {
        "tu": msg.tu,
        "asks": ASKS,
        "channel": channel,
        "ask_key": ask_key(msg.folded),
        "minutes": asked_minutes(msg.folded) or DEFAULT_MINUTES,
    }


def _rewrite(key: str, msg: Message, channel: str, ask_ok: bool) -> str:
    if not key:
        return ""
    return render(
        "practice/rewrite.txt.j2",
        key=key,
        goal_sentence=_goal_sentence(msg),
        source=_source(msg),
        signature=signed_first_name(msg),
        mentor_first=_mentor_first(msg),
        ask_ok=ask_ok,
        **_template_context(msg, channel),
    )


_PLACEHOLDER = re.compile(r"\[[^\]]{1,60}\]|\bxxx\b", re.I)


def _notes(text: str, msg: Message, channel: str) -> tuple[str, ...]:
    keys = []
    if has_markup(text):
        keys.append("markup")
    if channel == "email" and not msg.subject:
        keys.append("no_subject")
    if msg.tu:
        keys.append("tutoiement")
    if _PLACEHOLDER.search(text):
        keys.append("placeholder")
    notes = [*form_notes(form_slips(text), msg.tu, with_pushy=False)]  # the time check says a pushy demand
    notes += [render("practice/critique_note.txt.j2", key=key) for key in keys]
    slips = first_person(text)
    if slips:  # « je m'appel », « je me permet », « j'aimerai vous demander »: a mentor notices them first
        notes.insert(0, render("practice/critique_note.txt.j2", key="first_person", slips=slips[:4]))
    return tuple(notes)


# --- public functions --------------------------------------------------------------------------------


def critique_message(text: str | None, channel: str | None = None) -> Parsed:
    """Score the mentee's own message against the checklist ``CHECKS``.

    ``channel`` is a key of ``CHANNELS``; unknown or None, it is guessed from the text. Markup is no reason to
    refuse: the text is read as plain text and a note says to send plain text. A message shorter than
    ``MIN_WORDS`` words is still read when it opens with a greeting (« Bonjour, voulez-vous être mon mentor ?
    Merci »). Problems: ``empty``, ``too_long`` (over ``MAX_CRITIQUE_CHARS``), ``foreign`` (English),
    ``not_a_message`` (« critique mon message », « salut », « tu peux relire mon mail ? »).
    """
    text = text or ""
    problem = message_problem(text)
    if problem:
        return Parsed(problem=problem)
    channel = channel if channel in CHANNELS else guess_channel(text)
    msg = read_message(text)
    outcomes = _outcomes(msg, channel)
    context = _template_context(msg, channel)
    results = tuple(
        CheckResult(
            key,
            outcome.passed,
            render(
                "practice/check_comment.txt.j2",
                key=key,
                passed=outcome.passed,
                reason=outcome.reason,
                **outcome.data,
                **context,
            ),
        )
        for key, outcome in outcomes.items()
    )
    weakest = next((key for key in IMPORTANCE if not outcomes[key].passed), "")
    rewrite = _rewrite(weakest, msg, channel, outcomes["ask"].passed)
    for typed, fixed in first_person(rewrite):  # the rewrite quotes the mentee: never their slips
        rewrite = rewrite.replace(typed, fixed, 1)
    return Parsed(
        Critique(
            channel,
            results,
            weakest,
            rewrite,
            _notes(text, msg, channel),
        )
    )


def critique_text(critique: Critique) -> str:
    """The critique as the coach says it: score, what works, what to change, a rewrite of the weakest part."""
    return render(
        "practice/critique.txt.j2",
        channel_label=CHANNELS.get(critique.channel, (critique.channel, None))[0],
        score=critique.score,
        total=critique.total,
        labels=CHECKS,
        good=[r for r in critique.results if r.passed],
        bad=[r for r in critique.results if not r.passed],
        weakest=critique.weakest,
        rewrite=critique.rewrite,
        notes=critique.notes,
    )
