"""The fixed vocabularies of goal clarification: skill areas and kinds of mentoring.

Both come from ``002_d7478bfc51cbbcb3.txt``: the skill families mentoring develops
(technical, relational, leadership, problem solving) plus the career and network goals the
article names, and the five kinds of mentoring it describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import fold, fold_same_length


@dataclass(frozen=True)
class Choice:
    """One value of a closed vocabulary: a stable key, a French label, and words that name it."""

    key: str
    label: str
    keywords: tuple[str, ...]
    description: str = ""
    short_label: str = ""


AREAS: tuple[Choice, ...] = (
    Choice(
        "technique",
        "Compétences techniques",
        (
            "technique",
            "techniques",
            "outil",
            "outils",
            "methode",
            "logiciel",
            "code",
            "programmation",
            "certification",
            "data",
            "hard skill",
            "expertise",
            "metier",
        ),
        "des connaissances approfondies sur des outils ou des méthodes de votre domaine",
    ),
    Choice(
        "relationnel",
        "Compétences relationnelles",
        (
            "relationnel",
            "relationnelles",
            "relationnelle",
            "communication",
            "communiquer",
            "ecoute",
            "travail en equipe",
            "prise de parole",
            "parler en public",
            "soft skill",
            "interpersonnel",
        ),
        "la communication, l'écoute active et le travail en équipe",
    ),
    Choice(
        "leadership",
        "Leadership",
        (
            "leadership",
            "leader",
            "management",
            "manager",
            "manageur",
            "encadrer",
            "gestion d'equipe",
            "diriger",
            "prise de decision",
            "decider",
            "chef d'equipe",
        ),
        "la prise de décision et la gestion d'équipe",
    ),
    Choice(
        "resolution_problemes",
        "Résolution de problèmes",
        (
            "resolution de problemes",
            "resoudre",
            "probleme",
            "problemes",
            "esprit critique",
            "analyse",
            "defis",
            "adaptabilite",
            "resolution",
        ),
        "aborder les défis avec un regard critique et devenir plus adaptable",
    ),
    Choice(
        "carriere",
        "Évolution de carrière",
        (
            "carriere",
            "evolution",
            "promotion",
            "reconversion",
            "poste",
            "job",
            "emploi",
            "trouver un travail",
            "changer de metier",
            "augmentation",
            "stage",
            "alternance",
            # job titles with « manager » in them are a job to get, not a team to lead (longer: they win)
            "community manager",
            "product manager",
            "account manager",
            "office manager",
        ),
        "une promotion, un nouveau poste ou une reconversion",
    ),
    Choice(
        "reseau",
        "Réseau professionnel",
        ("reseau", "reseautage", "networking", "contacts", "linkedin", "rencontrer des gens", "relations pro"),
        "élargir votre réseau et rencontrer des professionnels de votre secteur",
    ),
)

MENTORING_KINDS: tuple[Choice, ...] = (
    Choice(
        "formel",
        "Mentorat formel",
        ("formel", "formelle", "structure", "programme", "cadre"),
        "structuré par une organisation, avec des objectifs précis et des attentes définies",
        short_label="Formel",
    ),
    Choice(
        "informel",
        "Mentorat informel",
        ("informel", "informelle", "naturel", "spontane", "libre", "souple"),
        "une relation qui se développe naturellement, souvent entre collègues, sans cadre imposé",
        short_label="Informel",
    ),
    Choice(
        "groupe",
        "Mentorat de groupe",
        ("groupe", "collectif", "plusieurs mentores", "plusieurs mentors"),
        "plusieurs mentorés avec un ou plusieurs mentors",
        short_label="De groupe",
    ),
    Choice(
        "inverse",
        "Mentorat inversé",
        ("inverse", "inversee", "reverse", "a l'envers"),
        "le mentoré apprend quelque chose au mentor, par exemple un outil numérique",
        short_label="Inversé",
    ),
    Choice(
        "distance",
        "Mentorat à distance",
        ("distance", "visio", "en ligne", "teletravail", "a distance", "remote", "virtuel", "numerique"),
        "les échanges passent par des outils numériques (visio, messagerie)",
        short_label="À distance",
    ),
)


def _match(text: str | None, choices: tuple[Choice, ...]) -> Choice | None:
    """Return the choice whose key, label or keyword appears in ``text``; the longest hit wins."""
    if not text:
        return None
    folded = f" {fold(text)} "
    best: tuple[int, Choice] | None = None
    for choice in choices:
        names = (choice.key, fold(choice.label), *choice.keywords)
        for name in names:
            name = fold(name)
            if f" {name} " in folded or (len(name) > 6 and name in folded):
                if best is None or len(name) > best[0]:
                    best = (len(name), choice)
    return best[1] if best else None


def find_area(text: str | None) -> Choice | None:
    """Recognise a skill area in a key (``leadership``) or in free French text."""
    return _match(text, AREAS)


def find_mentoring_kind(text: str | None) -> Choice | None:
    """Recognise a kind of mentoring in a key (``inverse``) or in free French text."""
    return _match(text, MENTORING_KINDS)


def area_label(key: str | None) -> str:
    """French label of an area key; the key itself when unknown."""
    choice = find_area(key)
    return choice.label if choice else (key or "")


def mentoring_kind_label(key: str | None) -> str:
    """French label of a mentoring kind key; the key itself when unknown."""
    choice = find_mentoring_kind(key)
    return choice.label if choice else (key or "")


# --- mentions in a sentence, for the NLU pipeline ---------------------------------------------------------

#: How mentees name each area or kind inside a longer sentence (folded text, regular expressions).
#: Narrower than the keywords above, which read a form's answer: « linkedin » or « poste » in a
#: sentence does not make it about the network or a career move.
MENTION_PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "goal_area": {
        "technique": (
            r"techniques?",
            r"competences? tech\w*",
            r"hard skills?",
            r"tech",
            r"(?:la |de )?programmation",
            r"expertise (?:technique|metier)",
            r"outils? (?:techniques?|numeriques?)",
            r"coder",
        ),
        "relationnel": (
            r"relationnel\w*",
            r"communication",
            r"communiquer",
            r"soft skills?",
            r"prise de parole",
            r"prendre la parole",
            r"parler en (?:public|reunion)",
            r"(?:a l'|l')oral",
            r"ecoute active",
            r"travail(?:ler)? en equipe",
            r"m'exprimer",
            r"interpersonnel\w*",
            r"aisance relationnelle",
        ),
        "leadership": (
            r"leadership",
            r"leader\w*",
            r"management",
            r"manag(?:er|eur|euse)",
            r"encadr\w+",
            r"gestion d'(?:une )?equipe",
            r"g[eé]rer (?:une|mon|mes|l') ?equipes?",
            r"diriger",
            r"chef d'equipe",
            r"prise de decisions?",
            r"prendre (?:des|les) decisions",
            r"(?:mener|piloter|animer) (?:une|mon|mes) equipes?",
        ),
        "resolution_problemes": (
            r"resolution de(?:s)? problemes?",
            r"resoudre (?:des|les|mes) problemes",
            r"problemes? complexes?",
            r"esprit critique",
            r"adaptabilite",
            r"trouver des solutions",
            r"gerer les imprevus",
            r"probl[eè]me solving",
        ),
        "carriere": (
            r"carrieres?",
            r"reconver\w+",
            r"me reconvertir",
            r"changer de (?:metier|job|boulot|poste|voie)",
            r"evolution (?:professionnelle|de carriere)",
            r"evoluer",
            r"promotion",
            r"augmentation",
            r"(?:un |mon )?nouveau poste",
            r"trouver (?:un|mon) (?:emploi|travail|job|stage|alternance|cdi)",
            r"decrocher (?:un|mon) (?:emploi|job|poste|stage|cdi|alternance)",
        ),
        "reseau": (
            r"reseaux? (?:pro\w*)?",
            r"reseau",
            r"reseautage",
            r"networking",
            r"(?:me faire|nouer|developper) "
            r"(?:des |mes )?contacts",
            r"carnet d'adresses",
            r"rencontrer des (?:pros|professionnels|gens)",
        ),
    },
    "mentoring_kind": {
        "formel": (r"formel(?:le)?", r"structure", r"cadre(?! de)", r"programme (?:officiel|de mentorat)"),
        "informel": (r"informel(?:le)?", r"naturel(?:lement)?", r"spontane(?:ment)?", r"sans cadre", r"libre"),
        "groupe": (r"(?:de |en )?groupe", r"collectif", r"a plusieurs", r"avec d'autres mentores"),
        "inverse": (r"inverse(?:e)?", r"reverse(?: mentoring)?", r"a l'envers"),
        "distance": (r"(?:a )?distance", r"visio\w*", r"en ligne", r"remote", r"virtuel\w*", r"distanciel"),
    },
}


@dataclass(frozen=True)
class Mention:
    """Where an area or a kind of mentoring is named in a text: ``text[start:end]`` names ``key``."""

    entity: str
    key: str
    start: int
    end: int


def _compiled() -> list[tuple[str, str, re.Pattern[str]]]:
    return [
        (entity, key, re.compile(rf"(?<![\w]){pattern}(?![\w])"))
        for entity, keys in MENTION_PATTERNS.items()
        for key, patterns in keys.items()
        for pattern in patterns
    ]


_MENTIONS = _compiled()


def find_mentions(text: str | None, entities: tuple[str, ...] = ("goal_area", "mentoring_kind")) -> list[Mention]:
    """Areas and kinds of mentoring named in ``text``, left to right, the longest when two overlap."""
    folded = fold_same_length(text or "")
    found = [
        Mention(entity, key, m.start(), m.end())
        for entity, key, pattern in _MENTIONS
        if entity in entities
        for m in pattern.finditer(folded)
    ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


#: Words that ask what the areas mean (folded): « c'est quoi la différence », « ça veut dire quoi ».
_ASKS_MEANING = re.compile(
    r"\b(?:c'est quoi|c quoi|difference|ca veut dire|veut dire quoi|qu'est-ce que|ca correspond)\b"
)


def asks_about_areas(text: str | None) -> bool:
    """Whether a message typed at the area question asks what the areas are rather than choosing one: a question
    that asks for a meaning, or that names two areas."""
    raw = text or ""
    if "?" not in raw:
        return False
    folded = fold(raw)
    named = {area.key for area in AREAS for piece in re.split(r"\bet\b|,|\bou\b", folded) if _match(piece, (area,))}
    about_areas = bool(named) or bool(re.search(r"\bdomaines?\b", folded))  # « c'est quoi le mentorat ? » is not
    return (bool(_ASKS_MEANING.search(folded)) and about_areas) or len(named) >= 2


#: Words that ask what something is or how it works (folded).
_ASKS_WHAT = re.compile(
    r"\b(?:c'est quoi|c quoi|qu'est-ce|que veut dire|ca veut dire|veut dire quoi|ca marche comment|comment ca marche|"
    r"ca se passe comment|comment ca se passe|concretement|en quoi consiste|ca consiste en quoi|definition)\b"
)


def kind_asked_about(text: str | None) -> str | None:
    """The kind of mentoring a question asks about (« le mentorat de groupe, ça marche comment ? » -> ``groupe``);
    None when the message names no kind or asks nothing about it."""
    folded = fold(text or "")
    if not _ASKS_WHAT.search(folded):
        return None
    kind = _match(folded, MENTORING_KINDS)
    return kind.key if kind is not None else None


def is_a_choice(text: str | None) -> bool:
    """Whether ``text`` is one of the goal's choices, an area or a kind of mentoring, and nothing else (« Évolution
    de carrière »): a button of the goal form, never a person's name."""
    folded = " ".join(fold(text or "").replace("-", " ").split()).strip(" .!")
    labels = {fold(choice.label) for choice in (*AREAS, *MENTORING_KINDS)}
    labels |= {fold(choice.short_label) for choice in (*AREAS, *MENTORING_KINDS) if choice.short_label}
    return folded in labels
