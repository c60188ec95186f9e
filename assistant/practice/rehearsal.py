"""Rehearsal of the mentor's reply: the assistant plays the mentor, then coaches the mentee's answer.

Four situations (``SCENARIOS``): the mentor accepts and proposes a slot, asks for details, declines for lack
of time, or does not answer for a week. The advice behind each check comes from seed 002 (« Comment aborder un
potentiel mentor ? », « Comment définir des attentes claires » : be precise about the goal, respect their
time, thank them) and tips 3, 4 and 8 of seed 000 (trust, proactivity, gratitude).

The mentor's and the mentee's messages follow the tone of the draft (``RehearsalContext.tone``: ``vous`` or
``tu``); the coach always says « vous » to the mentee. Wording lives in ``templates/practice/``.

Public API:

- ``SCENARIOS``: key -> French button label.
- :class:`RehearsalContext`, :class:`ReplyFeedback`.
- ``mentor_reply(scenario, ctx) -> str``; ``coach_prompt(scenario, ctx) -> str``.
- ``review_reply(scenario, text, ctx) -> Parsed`` value :class:`ReplyFeedback`; problems ``empty``, ``too_long``,
  ``foreign``.
- ``feedback_text(feedback) -> str``; ``follow_up_message(ctx) -> str``.
- ``guess_scenario(text) -> str | None``: the scenario named in « et s'il refuse ? ».

An unknown scenario key is a programming error: :class:`ValueError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from assistant.coaching.text import clean, fold, looks_foreign
from assistant.common.answers import Parsed
from assistant.common.channels import ASKS, DEFAULT_MINUTES
from assistant.common.dates import WEEKDAYS, format_date_fr
from assistant.common.french import THANKS_WORDS, goal_case
from assistant.common.mentor import Mentor
from assistant.common.names import greeting_name, proper_mentor, proper_name, without_title
from assistant.common.phrasing import goal_phrase
from assistant.common.spelling import correct, is_infinitive
from assistant.common.templating import render
from assistant.practice.form_slips import PUSHY, form_notes, form_slips
from assistant.practice.message import has_concrete_detail
from assistant.practice.model import ReplyFeedback

SCENARIOS: dict[str, str] = {
    "accepts": "Accepte et propose un créneau",
    "asks_detail": "Demande des précisions",
    "declines": "Décline, faute de temps",
    "silence": "Ne répond pas après une semaine",
}
MAX_REPLY_CHARS = 2000
#: Longest reply that still counts as brief, per scenario (a follow-up must be the shortest).
BRIEF_LIMITS = {"accepts": 600, "asks_detail": 700, "silence": 500}
#: Longest goal quoted in a model follow-up; a longer one would make the follow-up too long.
MAX_QUOTED_GOAL = 90


@dataclass(frozen=True)
class RehearsalContext:
    """What the rehearsal knows about the outreach: who, the goal, the ask, the tone and channel of the draft."""

    mentor: Mentor
    mentee_first: str = ""
    goal: str = ""
    ask: str = "coffee"  # key of outreach.ASKS
    minutes: int = DEFAULT_MINUTES
    tone: str = "vous"  # « vous » or « tu », as in the draft
    channel: str = "linkedin_message"
    gender: str = ""  # the mentor's: f | m | "" (assistant/common/gender.py)
    intro: str = ""  # the mentee's self-introduction in the draft (« Léa, étudiante en master data à Lyon »)
    measure: str = ""  # how the goal's success is measured (« obtenir 3 entretiens »)
    deadline: date | None = None  # the goal's deadline


# --- template context ---------------------------------------------------------------------------------


def _scenario(scenario: str) -> str:
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown rehearsal scenario: {scenario!r}")
    return scenario


def _fit(text: str) -> str:
    """The mentee's phrase as corrected when it is fit to quote in a letter, else ""."""
    text = clean(text).rstrip(" .!?…;,:")
    if not text:
        return ""
    spelled = correct(text)
    return goal_case(spelled.text) if spelled.ok else ""


def _signature(mentor: Mentor) -> str:
    """How the mentor signs: the first name; the name without its title when it has one (« Lefort »)."""
    greeting = greeting_name(mentor)
    if not greeting:
        return ""
    return greeting if greeting == proper_mentor(mentor).first_name else without_title(mentor)


def _goal(ctx: RehearsalContext) -> str:
    return _fit(ctx.goal)


def _situation(ctx: RehearsalContext) -> str:
    """Where the mentee stands, from the draft's introduction: « étudiante en master data à Lyon », or ""."""
    intro = clean(ctx.intro)
    first = clean(ctx.mentee_first)
    if first and intro.startswith(first):
        intro = intro[len(first) :].lstrip(" ,")
    if not intro or re.match(r"^(?:je|j')", fold(intro)):
        return ""
    return _fit(intro)


def _measure(ctx: RehearsalContext) -> str:
    """How the goal's success is measured, as an infinitive fit for « je veux … » (« obtenir 3 entretiens »)."""
    measure = _fit(ctx.measure)
    return measure if measure and is_infinitive(measure.split(" ", 1)[0]) else ""


def _context(ctx: RehearsalContext, **extra: object) -> dict:
    return {
        "tu": ctx.tone == "tu",
        "asks": ASKS,
        "ask_key": ctx.ask if ctx.ask in ASKS else "coffee",
        "minutes": ctx.minutes or DEFAULT_MINUTES,
        "goal": _goal(ctx),
        "phrase": goal_phrase(_goal(ctx), keep_time=True),  # the goal inside a sentence, never quoted
        "mentee_first": proper_name(clean(ctx.mentee_first)),
        "mentor_first": greeting_name(ctx.mentor),
        "mentor_signature": _signature(ctx.mentor),
        "mentor_name": proper_name(clean(ctx.mentor.name)),
        "gender": ctx.gender,
        "situation": _situation(ctx),
        "measure": _measure(ctx),
        "deadline": format_date_fr(ctx.deadline) if ctx.deadline else "",
        **extra,
    }


# --- what the mentor says, what the coach says --------------------------------------------------------


def mentor_reply(scenario: str, ctx: RehearsalContext) -> str:
    """The mentor's answer to the draft, in the draft's tone and signed with the mentor's first name.

    ``silence`` gives a narration line (a week without an answer), not a message.
    """
    return render("practice/mentor_reply.txt.j2", **_context(ctx, scenario=_scenario(scenario)))


def coach_prompt(scenario: str, ctx: RehearsalContext) -> str:
    """What the coach says after the mentor's answer: the point of this situation, then « à vous »."""
    return render(
        "practice/coach_prompt.txt.j2",
        **_context(ctx, scenario=_scenario(scenario), mentor=proper_mentor(ctx.mentor).display),
    )


def follow_up_message(ctx: RehearsalContext) -> str:
    """The model polite follow-up after a week of silence: short, no reproach, an easy ask renewed."""
    context = _context(ctx)
    if len(context["goal"]) > MAX_QUOTED_GOAL:
        context["goal"] = ""
    return render("practice/follow_up.txt.j2", **context)


def _model_reply(scenario: str, ctx: RehearsalContext) -> str:
    if scenario == "silence":
        return follow_up_message(ctx)
    return render(
        "practice/model_reply.txt.j2", **_context(ctx, scenario=scenario, goal_concrete=has_concrete_detail(ctx.goal))
    )


# --- the checks on the mentee's reply -----------------------------------------------------------------

_THANKS = re.compile(THANKS_WORDS)
_WEEKDAYS = "|".join(WEEKDAYS)
_CONFIRMS = re.compile(
    rf"\b(?:{_WEEKDAYS})\b|\b\d{{1,2}}\s*h(?:\d{{2}})?\b|\bc'est note\b|\bparfait pour\b|"
    r"\b(?:ca|cela) me (?:va|convient)\b|"
    r"\bme convient\b|\bje confirme\b|\bentendu pour\b|\bca marche\b|\bva pour\b|\bje serai (?:la|present)|"
    r"\bnote pour\b|\bdemain\b|\bce creneau\b"
)
_PREPARES = re.compile(
    r"\bje (?:vais )?prepar|\bpreparer\b|\bje viendrai avec\b|\bquestions?\b|\bordre du jour\b|"
    r"\bje (?:vous|te) (?:enverrai|envoie|envoierai|partage|partagerai|transmets|transmettrai)\b|"
    r"\bje t'(?:enverrai|envoie)\b|\ben amont\b|\bpoints? a aborder\b|\bsujets? a aborder\b|\bmon cv\b|"
    r"\bmon portfolio\b|\bje reflechis\b|\bd'ici la\b"
)
_SITUATION = re.compile(
    r"\baujourd'hui\b|\bactuellement\b|\ben ce moment\b|\bpour l'instant\b|\ba ce jour\b|\bje suis\b|\bj'ai deja\b|"
    r"\bdepuis\b|\bje travaille\b|\bj'ai commence\b|\bje viens de\b|\bje termine\b|\bj'ai (?:fait|suivi|obtenu)\b"
)
_UNDERSTANDING = re.compile(
    r"\bje comprends?\b|\bbien sur\b|\b(?:aucun|pas de) (?:souci|probleme)\b|\b(?:c'est|tout a fait) normal\b|"
    r"\bc'est comprehensible\b|\bje respecte\b|\bentendu\b|\bcompris\b|\bje me doute\b"
)
_PRESSURE = re.compile(
    r"\bdommage\b|\bvraiment pas\b|\bvraiment \?|\bmeme (?:\d+|cinq|dix|quinze) minutes\b|"
    r"\bjuste (?:\d+|cinq|dix|quinze) minutes\b|\bj'insiste\b|\bpourtant\b|\bje pensais que\b|\bdecue?\b|"
    r"\bdecevant\b|\btant pis\b|\b(?:vous auriez|tu aurais) pu\b|\?\?|!!|" + PUSHY.pattern
)
_DOOR_OPEN = re.compile(
    r"\bplus tard\b|\bdans quelques (?:mois|semaines)\b|\bsi (?:vous connaissez|tu connais)\b|\brecommand|"
    r"\brevenir vers (?:vous|toi)\b|\brecontacter\b|\ba l'avenir\b|\bun autre moment\b|\bplus disponible\b|"
    r"\bsi la situation\b|\bje reviendrai\b|\bje me permettrai\b|\bune prochaine fois\b|\bl'annee prochaine\b|"
    r"\ba la rentree\b|\bquand (?:vous|tu) (?:serez|seras|aurez|auras)\b|\b(?:garder|rester) (?:le |en )?contact\b|"
    r"\bmise en relation\b|\bmettre en relation\b|\bvotre collegue\b|\bta collegue\b"
)
_REMINDER = re.compile(
    r"\bmon (?:premier |precedent |dernier )?message\b|\bje me permets de (?:revenir|vous relancer|te relancer)\b|"
    r"\bje reviens vers\b|\bje (?:vous|te) relance\b|\bsuite a mon\b|\bla semaine derniere\b|"
    r"\bil y a (?:une|1|quelques jours|dix jours)\b|\bje (?:vous|t')avais (?:ecrit|contacte)\b|\bma demande\b|"
    r"\bmon invitation\b|\bma precedente\b"
)
_REPROACH = re.compile(
    r"\b(?:vous n'avez|tu n'as)(?: toujours)? pas (?:repondu|pris le temps)\b|\bne m'a(?:vez|s)(?: toujours)? pas "
    r"repondu\b|\btoujours (?:rien|pas de reponse|sans reponse|pas de nouvelles|pas repondu)\b|\bsans (?:aucune )?"
    r"reponse\b|\bpas de nouvelles\b|\bj'attends toujours\b|\bignor|\bdommage\b|\bpourquoi\b|\?\?|!!|"
    r"\b(?:vous avez|tu as) (?:du )?oublie\b|" + PUSHY.pattern
)
_EASY_ASK = re.compile(
    r"\b(?:cafe|appel|visio|video|echange|rencontre|discussion|call|entretien|telephone|rendez-vous)\b|"
    r"\b\d{1,3}\s*(?:min|mn|minutes?)\b|\bdemi-heure\b|\bquart d'heure\b|\bpar ecrit\b"
)


@dataclass(frozen=True)
class _Reply:
    text: str  # cleaned
    folded: str
    scenario: str


def _found(pattern: re.Pattern) -> Callable[[_Reply], bool]:
    return lambda reply: bool(pattern.search(reply.folded))


def _absent(pattern: re.Pattern) -> Callable[[_Reply], bool]:
    return lambda reply: not pattern.search(reply.folded)


def _brief(reply: _Reply) -> bool:
    return len(reply.text) <= BRIEF_LIMITS[reply.scenario]


def _concrete(reply: _Reply) -> bool:
    return has_concrete_detail(reply.text)


#: The checks of each scenario, in the order they are reported.
REPLY_CHECKS: dict[str, tuple[tuple[str, Callable[[_Reply], bool]], ...]] = {
    "accepts": (
        ("thanks", _found(_THANKS)),
        ("confirms", _found(_CONFIRMS)),
        ("prepares", _found(_PREPARES)),
        ("brief", _brief),
    ),
    "asks_detail": (
        ("concrete_goal", _concrete),
        ("situation", _found(_SITUATION)),
        ("brief", _brief),
        ("thanks", _found(_THANKS)),
    ),
    "declines": (
        ("thanks", _found(_THANKS)),
        ("understanding", _found(_UNDERSTANDING)),
        ("no_pressure", _absent(_PRESSURE)),
        ("door_open", _found(_DOOR_OPEN)),
    ),
    "silence": (
        ("brief", _brief),
        ("reminder", _found(_REMINDER)),
        ("no_reproach", _absent(_REPROACH)),
        ("easy_ask", _found(_EASY_ASK)),
    ),
}
_FLAGS = {"no_pressure": _PRESSURE, "no_reproach": _REPROACH}
#: The scenarios whose checks already flag a pushy demand (« réponds-moi vite »): no note repeats it.
_FLAGGED_SCENARIOS = ("declines", "silence")


def _flagged(key: str, reply: _Reply) -> str:
    """The words that made a « no pressure » / « no reproach » check fail, as the mentee wrote them."""
    pattern = _FLAGS.get(key)
    match = pattern.search(reply.folded) if pattern else None
    if not match:
        return ""
    if len(reply.text) == len(reply.folded):
        return reply.text[match.start() : match.end()]
    return match.group(0)


def _comment(key: str, passed: bool, reply: _Reply, ctx: RehearsalContext) -> str:
    return render(
        "practice/reply_check.txt.j2",
        **_context(
            ctx,
            key=key,
            passed=passed,
            n=len(reply.text),
            limit=BRIEF_LIMITS.get(reply.scenario, 0),
            flagged=_flagged(key, reply),
        ),
    )


def review_reply(scenario: str, text: str | None, ctx: RehearsalContext) -> Parsed:
    """Check the mentee's reply against what this situation calls for, and give a model reply.

    Problems: ``empty``, ``too_long`` (over ``MAX_REPLY_CHARS``), ``foreign`` (English).
    """
    scenario = _scenario(scenario)
    answer = clean(text)
    if not answer:
        return Parsed(problem="empty")
    if len((text or "").strip()) > MAX_REPLY_CHARS:
        return Parsed(problem="too_long")
    if looks_foreign(answer):
        return Parsed(problem="foreign")
    reply = _Reply(answer, fold(answer), scenario)
    good: list[str] = []
    to_change: list[str] = []
    for key, check in REPLY_CHECKS[scenario]:
        passed = check(reply)
        (good if passed else to_change).append(_comment(key, passed, reply, ctx))
    notes = form_notes(form_slips(answer), ctx.tone == "tu", with_pushy=scenario not in _FLAGGED_SCENARIOS)
    return Parsed(ReplyFeedback(scenario, tuple(good), tuple(to_change), _model_reply(scenario, ctx), tuple(notes)))


def feedback_text(feedback: ReplyFeedback) -> str:
    """The feedback as the coach says it: score, what works, what to change, a model reply."""
    return render(
        "practice/feedback.txt.j2",
        score=feedback.score,
        total=feedback.total,
        good=feedback.good,
        to_change=feedback.to_change,
        suggested=feedback.suggested,
        notes=feedback.notes,
    )


_GUESSES = (
    (
        "silence",
        re.compile(
            r"\b(?:repond|reponds|repondre) (?:pas|jamais|rien)\b|\bpas de reponse\b|\bsans reponse\b|"
            r"\bsans repondre\b|\brelance|\bsilence\b|\bne (?:me )?repond\b|\bignore"
        ),
    ),
    (
        "declines",
        re.compile(
            r"\bdit non\b|\brefus|\bpas le temps\b|\bdecline\b|\bquelqu'un d'autre\b|\bdispo pas\b|"
            r"\bpas dispo\b|\bon me dit non\b"
        ),
    ),
    (
        "asks_detail",
        re.compile(
            r"\bprecision|\bce que j'attends\b|\bplus de details\b|\bme demande (?:ce|pourquoi|"
            r"quoi)\b|\bdes questions\b"
        ),
    ),
    ("accepts", re.compile(r"\baccepte\b|\bdit oui\b|\bok pour\b|\bpropose un creneau\b")),
)


def guess_scenario(text: str) -> str | None:
    """The scenario a request names (« et s'il refuse ? » -> ``declines``), or None when it names none."""
    folded = fold(clean(text))
    return next((key for key, pattern in _GUESSES if pattern.search(folded)), None)


#: Words that ask for the rehearsal itself (folded).
_REHEARSAL_WORDS = re.compile(r"\b(?:entrain\w*|jou\w*|repet\w*|simul\w*|reponse)")


def asks_otherwise(text: str) -> bool:
    """A question read as a request to rehearse that does not ask for one (« il annule souvent, je fais comment ? »,
    no « entraîne », « joue », « répète », « simule », « réponse »): for the knowledge base."""
    folded = fold(text)
    asked = _REHEARSAL_WORDS.search(folded) or guess_scenario(text) is not None  # « et s'il refuse ? »: asked
    return folded.rstrip().endswith("?") and not asked
