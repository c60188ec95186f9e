"""SMART checks for one goal: is it specific, measurable, time-bound, and does it matter?

Each check takes the mentee's raw answer and returns a :class:`Parsed`: the cleaned value when
the answer is usable, otherwise a ``problem`` key that the dialogue turns into a French re-ask
(the wording lives in ``domain.yml``), plus an ``example`` tailored to the goal's area.
"""

from __future__ import annotations

import re

from assistant.coaching.text import MAX_FIELD_CHARS, clean, fold, fold_same_length, looks_like_code, words
from assistant.common.answers import Parsed
from assistant.common.french import without_reminder
from assistant.goals.catalog import find_area, find_mentions, find_mentoring_kind
from assistant.goals.stated import goal_in_words

# Words that carry no goal content on their own.
_STOPWORDS = frozenset(
    """
    a au aux avec ce ces cette d de des du dans en et etre faire je j j'ai la le les l leur ma mais me
    mes mon ne nos notre on ou par pas plus pour que qui sa se ses son sur ta te tes ton tu un une vos
    votre vous y c c'est est suis ai avoir bien tres trop aussi encore un peu beaucoup quelque chose
    veux voudrais aimerais souhaite souhaiterais voudrai aimerai vouloir objectif but mon plutot
    m m'ameliorer l'objectif d'etre d'avoir
    """.split()
)

# Verbs and phrases that name a wish to improve without saying what result is wanted.
_VAGUE = frozenset(
    """
    progresser evoluer ameliorer m'ameliorer avancer reussir grandir developper me developper
    changer bouger mieux meilleur meilleure monter apprendre m'epanouir epanouir booster level
    up niveau performer performant evolution progression amelioration succes reussite
    """.split()
)

_NUMBER_WORDS = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante "
    "cinquante cent mille moitie double tiers quart".split()
)

# Indicators that make a measure checkable without a number ("obtenir la certification").
_INDICATORS = (
    "certification",
    "certifie",
    "diplome",
    "score",
    "note",
    "taux",
    "pourcent",
    "%",
    "obtenir",
    "obtenu",
    "valider",
    "valide",
    "signe",
    "signer",
    "contrat",
    "publie",
    "publier",
    "embauche",
    "promu",
    "promotion",
    "chiffre",
    "indicateur",
    "kpi",
    "nombre",
    "livrer",
    "livre",
    "lance",
    "lancer",
    "presente",
    "presenter",
    "decroche",
    "decrocher",
    "reussi",
    "admis",
    "recrute",
    "titre pro",  # a state-recognised qualification: « passer le titre pro ECSR »
    "titre professionnel",
    "examen",
    "concours",
    "permis",
    "habilitation",
    "agrement",
    "nomme",  # « être nommé team leader »: a decision one can check
    "nomination",
    "titularis",
    "avenant",
    "validation",  # an official sign-off: « la validation du chef de salle »
    "attestation",
    "feu vert",
    "approuv",
    "approbation",
)

#: Examples of specific goals per area, used when a goal is too vague.
STATEMENT_EXAMPLES = {
    "technique": "« maîtriser SQL au point d'écrire moi-même les requêtes de mes tableaux de bord »",
    "relationnel": "« présenter mes résultats en réunion d'équipe sans lire mes notes »",
    "leadership": "« animer ma première équipe de trois personnes sur un projet »",
    "resolution_problemes": "« mener sans aide l'analyse d'un incident client, de bout en bout »",
    "carriere": "« décrocher un poste en gestion de projet dans le secteur de la santé »",
    "reseau": "« rencontrer des professionnels de l'UX dans ma ville »",
}
_DEFAULT_STATEMENT_EXAMPLE = "« obtenir un premier poste de data analyst dans une PME »"

#: Examples of measures per area, used when no indicator is given.
MEASURE_EXAMPLES = {
    "technique": "« réussir la certification avec au moins 80 % » ou « livrer 2 projets »",
    "relationnel": "« prendre la parole à 4 réunions d'équipe » ou « un retour positif de mon manager »",
    "leadership": "« encadrer 3 personnes » ou « animer 6 réunions d'équipe »",
    "resolution_problemes": "« résoudre 5 tickets complexes sans aide » ou « réduire les incidents de 20 % »",
    "carriere": "« obtenir 3 entretiens » ou « signer un contrat »",
    "reseau": "« 10 échanges avec des professionnels » ou « 2 événements par mois »",
}
_DEFAULT_MEASURE_EXAMPLE = "« obtenir 3 entretiens » ou « réussir la certification »"


def _too_long_or_empty(text: str) -> str | None:
    if not text or not words(text):
        return "empty"
    if len(text) > MAX_FIELD_CHARS:
        return "too_long"
    if looks_like_code(text):
        return "markup"  # a goal is read back, written out and put in letters: code has no place there
    return None


def content_words(text: str) -> list[str]:
    """Words of ``text`` that are neither stop words nor vague wishes."""
    return [w for w in words(text) if w not in _STOPWORDS and w not in _VAGUE and len(w) > 1]


def is_vague(text: str) -> bool:
    """A goal is vague when it only wishes to improve, or improves something without a result.

    "progresser", "évoluer dans ma carrière" or "m'améliorer en Python" are vague;
    "devenir manager" or "obtenir la certification AWS" are not.
    """
    tokens = words(text)
    meaningful = content_words(text)
    if not meaningful:
        return True
    if names_only_an_area(text):
        return True
    starts_vague = any(t in _VAGUE for t in tokens[:3])
    return starts_vague and len(meaningful) < 3


def names_only_an_area(text: str) -> bool:
    """« Leadership », « Carrière, clairement, c'est une reconversion » name a skill area, not a goal."""
    mentions = find_mentions(text, ("goal_area",))
    return bool(mentions) and len(words(text)) <= 6 and not _ACTION_START.match(fold(clean(text)))


#: Openings of a goal phrased as an action (« devenir manager », « obtenir… »): not just an area.
_ACTION_START = re.compile(
    r"^(?:devenir|obtenir|decrocher|passer|trouver|animer|encadrer|manager|diriger|"
    r"prendre|lancer|creer|reussir|apprendre|maitriser|rencontrer|developper|changer|"
    r"me reconvertir|integrer|valider|publier|presenter|elargir|gerer)\b"
)


def check_statement(text: str | None, area: str | None = None) -> Parsed:
    """Check the goal itself: specific enough to act on, in the mentee's words; a lead-in that only says it is the
    goal (« Mon objectif serait d'obtenir … », « je voudrais devenir … ») is left out of what is kept."""
    text = without_reminder(clean(text))  # « laisse tomber X, disons … », « comme je disais, … »
    text = goal_in_words(text, inside=True) or text
    example = STATEMENT_EXAMPLES.get(area or "", _DEFAULT_STATEMENT_EXAMPLE)
    problem = _too_long_or_empty(text)
    if problem:
        return Parsed(problem=problem, example=example)
    if is_vague(text):
        return Parsed(problem="vague", example=example)
    return Parsed(value=text)


def has_indicator(text: str) -> bool:
    """True when ``text`` contains a number or a checkable indicator."""
    if re.search(r"\d", text):
        return True
    folded = fold(text)
    tokens = set(words(text))
    return bool(tokens & _NUMBER_WORDS) or any(ind in folded for ind in _INDICATORS)


#: « je considérerai cet objectif atteint », « j'aurai réussi », « mon objectif sera atteint »: what a measure may
#: start with that only announces it (folded text); what follows (« lorsque … », « si … ») is the measure.
_MEASURE_LEAD = re.compile(
    r"^(?:(?:je (?:considererai|considere|dirai|saurai)|on (?:pourra dire|saura))\s+(?:que\s+)?"
    r"(?:(?:cet|mon|l')\s*objectif|c'est|ce sera|j'ai|j'aurai)\s*(?:est\s+|sera\s+)?"
    r"|(?:mon|cet|l')\s*objectif\s+(?:sera|est)\s+|j'aurai\s+)"
    r"(?:atteint|rempli|reussi|gagne|bon)\b[\s,:]*"
)


def check_measure(text: str | None, area: str | None = None) -> Parsed:
    """Check how success will be measured: a number or a checkable indicator; a lead-in that only says it is the
    measure (« Je considérerai cet objectif atteint lorsque … ») is left out of what is kept."""
    text = without_reminder(clean(text))  # « laisse tomber X, disons … », « comme je disais, … »
    lead = _MEASURE_LEAD.match(fold_same_length(text))
    if lead and len(words(text[lead.end() :])) >= 2:
        text = text[lead.end() :]
    example = MEASURE_EXAMPLES.get(area or "", _DEFAULT_MEASURE_EXAMPLE)
    problem = _too_long_or_empty(text)
    if problem:
        return Parsed(problem=problem, example=example)
    if not has_indicator(text):
        return Parsed(problem="no_indicator", example=example)
    return Parsed(value=text)


def check_motivation(text: str | None) -> Parsed:
    """Check why the goal matters: a few words of the mentee's own reason."""
    text = without_reminder(clean(text))  # « laisse tomber X, disons … », « comme je disais, … »
    problem = _too_long_or_empty(text)
    if problem:
        return Parsed(problem=problem)
    # the words of a vague goal make a fine reason: « pour changer de métier »
    if len([w for w in words(text) if w not in _STOPWORDS and len(w) > 1]) < 2:
        return Parsed(problem="too_short")
    return Parsed(value=text)


def check_area(text: str | None) -> Parsed:
    """Recognise the skill area; returns its key."""
    choice = find_area(clean(text))
    return Parsed(value=choice.key) if choice else Parsed(problem="unknown")


def check_mentoring_kind(text: str | None) -> Parsed:
    """Recognise the kind of mentoring; returns its key."""
    choice = find_mentoring_kind(clean(text))
    return Parsed(value=choice.key) if choice else Parsed(problem="unknown")
