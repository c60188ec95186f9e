"""Reading a progress answer against the goal's own measure: « 2 », « 2 sur 3 », « 60 % », « la moitié »,
« c'est fait », or the step reached in words; and whether « ce qui freine » says that nothing does."""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold, meaningful_words, words
from assistant.common.answers import Parsed
from assistant.common.dates import NUMBER_WORDS
from assistant.progress.model import Amount, Measure

#: Numbers in words: those of dates, and the few more a count or a share uses (« aucun », « cinquante »).
_NUMBER_WORDS = {**NUMBER_WORDS, "zero": 0, "aucun": 0, "aucune": 0, "onze": 11, "cinquante": 50, "cent": 100}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
#: How a percentage is written after its number.
_PERCENT_SIGN = r"(?:%|pour ?cent|pourcent|pct)"
_PERCENT = re.compile(rf"(-?){_NUMBER}\s*{_PERCENT_SIGN}")
#: « 2/3 », « 2 sur 3 », « 1 modèle sur 2 » (up to two words between the count and « sur »).
_FRACTION = re.compile(rf"{_NUMBER}\s*(?:/|(?:[a-z'-]+\s+){{0,2}}sur)\s*{_NUMBER}")
_PLAIN = re.compile(rf"(?<![\d/])(-?){_NUMBER}(?![\d/])")
#: « moins deux », « moins 10 % »: a number below zero, in words (« -2 » is read by the patterns above).
_MINUS = re.compile(rf"^(?:(?:j'en suis |je suis |on est )?a )?moins (?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)")
_HALF = re.compile(r"\b(?:la moitie|a moitie|mi-chemin|mi chemin)\b")
_NEARLY = re.compile(
    r"\b(?:presque|quasiment|quasi|bientot|pratiquement)\s+(?:fini|finie|termine|terminee|fait|faite|atteint|bon|boucle)\b"
)
_THIRDS = re.compile(r"\b(?:(deux)|un) tiers\b")
_QUARTER = re.compile(r"\b(?:un quart|le quart)\b")
_THREE_QUARTERS = re.compile(r"\btrois quarts?\b")
_DONE = re.compile(
    r"^(?:c'est |c |j'ai )?(?:fait|fini|termine|atteint|boucle|100 ?%|tout|tout fait|c'est bon|objectif atteint)\b"
)
_NOTHING = re.compile(r"^(?:rien|rien du tout|nada|pas encore|pas avance|zero|0|nul|aucun progres|pas grand-chose)\b")
#: « 3 entretiens », « 10 candidatures »: the first number of a measure is its target.
_TARGET = re.compile(rf"\b{_NUMBER}\b|\b({'|'.join(w for w in _NUMBER_WORDS if _NUMBER_WORDS[w] > 1)})\b")
_PERCENT_VALUE = rf"{_NUMBER}\s*{_PERCENT_SIGN}"
#: « de 18 % à 25 % », « de 18 à 25 % »: an indicator's start and target (or, in a report, start and value).
_FROM_TO = re.compile(rf"\bde\s+{_NUMBER}\s*{_PERCENT_SIGN}?\s+(?:a|jusqu'a|vers)\s+{_PERCENT_VALUE}")
#: « 40 % du chemin », « 40 % d'avancement »: a share of the way, not the indicator's value.
_SHARE_WORDS = re.compile(r"%\s*(?:du chemin|d'avancement|de l'objectif|de mon objectif|du but|de fait|fait)\b")
#: Longest step kept, in characters.
MAX_STEP_CHARS = 300
#: Answers to « qu'est-ce qui vous freine ? » that mean nothing does (folded words).
NOTHING_BLOCKS = (
    "rien",
    "non",
    "aucun",
    "aucune",
    "rien de special",
    "rien du tout",
    "pas vraiment",
    "non rien",
    "rien pour l'instant",
    "rien pour le moment",
    "nada",
    "ras",
    "personne",
    "pas de frein",
    "aucun frein",
    "non pas vraiment",
    "rien de particulier",
    "rien de particulier a signaler",
    "rien a signaler",
    "pas grand-chose",
    "pas grand chose",
)


def _number(token: str) -> float:
    return float(token.replace(",", "."))


#: A space inside a number written by thousands (« 15 000 », « 6 000 »), folded.
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
#: After a number, a length of time: « un CDD de 6 mois » counts no target.
_TIME_UNIT = re.compile(r"\s*(?:mois|ans?|annees?|semaines?|jours?|heures?|h\b|min)")


def _plain(text: str | None) -> str:
    """``text`` folded, with numbers written by thousands made whole (« 6 000 » -> « 6000 »)."""
    return _THOUSANDS.sub("", fold(clean(text)))


def read_measure(text: str) -> Measure:
    """The goal's measure with its target when it names a number (« obtenir 3 entretiens » -> 3); an indicator
    in percent with its target, and its start when given (« passer de 18 % à 25 % »). A count comes before a
    threshold in percent (« 2 modèles avec une erreur sous 10 % »: 2 modèles)."""
    folded = _plain(text)
    from_to = _FROM_TO.search(folded)
    if from_to:
        return Measure(text, _number(from_to.group(2)), start=_number(from_to.group(1)), in_percent=True)
    for match in _TARGET.finditer(folded):
        target = _number(match.group(1)) if match.group(1) else float(_NUMBER_WORDS[match.group(2)])
        in_percent = re.match(rf"\s*{_PERCENT_SIGN}", folded[match.end() :])
        if _TIME_UNIT.match(folded[match.end() :]):  # « un CDD de 6 mois »: a length of time, no target
            continue
        if 0 < target and not 1900 <= target <= 2100 and not in_percent:  # a year is a deadline, not a target
            return Measure(text, target)
    percents = re.findall(_PERCENT_VALUE, folded)
    if percents and 0 < _number(percents[-1]) <= 100:
        return Measure(text, _number(percents[-1]), in_percent=True)
    return Measure(text)


def _percent_of(count: float, measure: Measure) -> float | None:
    return min(100.0, round(100 * count / measure.target, 1)) if measure.target else None


def parse_progress(text: str | None, measure: Measure) -> Parsed:
    """Read where the mentee stands against ``measure``; the value is an :class:`Amount`.

    Problems: ``empty``, ``too_long``, ``over_100`` (« 150 % »), ``negative``, ``not_number`` (nothing
    countable where the measure counts, or a step too vague to check).
    """
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_STEP_CHARS:
        return Parsed(problem="too_long")
    folded = _THOUSANDS.sub("", fold(answer))
    if _MINUS.search(folded):
        return Parsed(problem="negative")
    if measure.in_percent and _PERCENT.search(folded) and not _SHARE_WORDS.search(folded):
        return _indicator_report(folded, measure)
    fraction = _FRACTION.search(folded)
    if fraction and measure.target and not measure.in_percent:  # « 1 modèle sur 2, l'erreur à 12 % »: the count
        return _fraction_report(fraction, measure)
    match = _PERCENT.search(folded)
    if match:
        if match.group(1):
            return Parsed(problem="negative")
        percent = _number(match.group(2))
        if percent > 100:
            return Parsed(problem="over_100")
        return Parsed(Amount(percent=percent))  # a share, not a count: « 1,8 sur 3 » would read oddly
    if fraction:
        return _fraction_report(fraction, measure)
    match = _THIRDS.search(folded)
    if match:
        percent = 66.7 if match.group(1) else 33.3
        return Parsed(Amount(percent=percent))
    for pattern, percent in ((_NEARLY, 90.0), (_THREE_QUARTERS, 75.0), (_HALF, 50.0), (_QUARTER, 25.0)):
        if pattern.search(folded):
            return Parsed(Amount(percent=percent))
    if _DONE.match(folded):
        return Parsed(Amount(percent=100.0, count=measure.target))
    if _NOTHING.match(folded):
        return Parsed(Amount(percent=0.0, count=0.0 if measure.target else None))
    match = _PLAIN.search(folded)
    count = None
    if match:
        if match.group(1):
            return Parsed(problem="negative")
        count = _number(match.group(2))
    else:
        found = [_NUMBER_WORDS[w] for w in words(folded) if w in _NUMBER_WORDS]
        count = float(found[0]) if found else None
    if measure.target:
        if count is None and len(meaningful_words(answer)) >= 3:
            return Parsed(Amount(step=answer))  # the step reached, in words
        if count is None:
            return Parsed(problem="not_number", example=f"2 sur {measure.target:g}")
        if count > 2 * measure.target and count <= 100:  # « j'en suis à 50 » against « 3 entretiens »: a percentage
            return Parsed(Amount(percent=count))
        # A count a little past the target is the goal exceeded: 100 %, the count kept as said.
        return Parsed(Amount(percent=_percent_of(count, measure), count=count))
    if count is not None and len(words(folded)) <= 2:
        if count > 100:
            return Parsed(problem="over_100")
        return Parsed(Amount(percent=count))  # a bare number against a step: a percentage
    if len(meaningful_words(answer)) < 2:
        return Parsed(problem="not_number", example="60 %")
    return Parsed(Amount(step=answer))


def _fraction_report(match: re.Match, measure: Measure) -> Parsed:
    """« 2 sur 3 »: a share, and a count when it is on the measure's scale."""
    done, out_of = _number(match.group(1)), _number(match.group(2))
    if out_of <= 0:
        return Parsed(problem="not_number")
    if done > out_of:
        return Parsed(problem="over_100")
    same_scale = measure.target is None or out_of == measure.target  # « 2 sur 3 » against « 6 réunions »: a share
    return Parsed(Amount(percent=round(100 * done / out_of, 1), count=done if same_scale else None))


def _indicator_report(folded: str, measure: Measure) -> Parsed:
    """« la rétention est passée à 21 % » against « de 18 % à 25 % »: the part of the way from start to target
    (43 %), the indicator's value kept as ``count``. Without a known start the part cannot be told: the problem
    ``indicator_start`` asks for it (« de 18 % à 21 % » in the answer gives both)."""
    from_to = _FROM_TO.search(folded)
    values = [_number(m.group(2)) for m in _PERCENT.finditer(folded)]
    start = _number(from_to.group(1)) if from_to else measure.start
    value = _number(from_to.group(2)) if from_to else values[-1]
    assert measure.target is not None  # an indicator in percent always has its target
    if start is None or start == measure.target:
        example = f"de {max(0.0, value - 5):g} % à {value:g} %".replace(".", ",")
        return Parsed(problem="indicator_start", example=example)
    part = 100 * (value - start) / (measure.target - start)
    return Parsed(Amount(percent=round(min(100.0, max(0.0, part)), 1), count=value))


def says_nothing_blocks(text: str | None) -> bool:
    """True when the answer to « qu'est-ce qui vous freine ? » says that nothing does."""
    return " ".join(words(clean(text))) in NOTHING_BLOCKS


#: What names a goal or a day in a request, never an amount (« objectif 2 », « le 28/11 », « le 3 décembre »).
_NOT_AN_AMOUNT = re.compile(
    r"\b(?:l'objectif|objectif|le|la|n°|numero)\s*\d+\b(?!\s*(?:sur|/|%))|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|"
    r"\b\d{1,2}(?:er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aou|sep|oct|nov|dec)\w*"
)
#: Words that make the number after them a mark (« l'examen blanc avec 78 % », « une note de 15/20 »), folded: the
#: words just before the amount.
_A_SCORE = re.compile(
    r"\b(?:examen|exam|test|partiel|concours|quiz|qcm|blanc|note|score|moyenne|resultat)\b[^.,;!?]{0,40}"
    r"\b(?:avec|de|d'|a|:)?\s*$"
)
_COUNTED = re.compile(rf"(?<![\d/]){_NUMBER}\s+([a-z]+)|\b({'|'.join(_NUMBER_WORDS)})\s+([a-z]+)")


def progress_in_request(text: str | None, measure: Measure) -> Amount | None:
    """The amount a request to note progress already says, when it says one clearly: « 1 sur 2 », « 40 % », or a
    count of the measure's own unit (« j'ai fait 2 diag » for « 10 diagnostics »); None otherwise (« j'ai avancé
    sur l'objectif 2 » says no amount)."""
    folded = _NOT_AN_AMOUNT.sub(" ", _plain(text))
    if len(folded) > MAX_STEP_CHARS:
        return None
    explicit = _FRACTION.search(folded) or _PERCENT.search(folded)
    if explicit and not measure.in_percent and _A_SCORE.search(folded[: explicit.start()]):
        explicit = None  # « j'ai passé l'examen blanc avec 78 % »: a mark, not the part of the goal done
    said = explicit.group(0) if explicit else None
    if said is None and measure.target:
        units = {w[:4] for w in meaningful_words(measure.text)}
        for match in _COUNTED.finditer(folded):
            number, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            if unit[:4] in units:
                said = number
                break
    if said is None:
        return None
    parsed = parse_progress(said, measure)
    return parsed.value if parsed.ok else None
