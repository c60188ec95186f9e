"""The fixed vocabularies of goal clarification: skill areas and kinds of mentoring.

Both come from ``002_d7478bfc51cbbcb3.txt``: the skill families mentoring develops
(technical, relational, leadership, problem solving) plus the career and network goals the
article names, and the five kinds of mentoring it describes.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coaching.text import fold


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
        ("technique", "techniques", "outil", "outils", "methode", "logiciel", "code", "programmation",
         "certification", "data", "hard skill", "expertise", "metier"),
        "des connaissances approfondies sur des outils ou des méthodes de votre domaine",
    ),
    Choice(
        "relationnel",
        "Compétences relationnelles",
        ("relationnel", "relationnelles", "relationnelle", "communication", "communiquer", "ecoute",
         "travail en equipe", "prise de parole", "parler en public", "soft skill", "interpersonnel"),
        "la communication, l'écoute active et le travail en équipe",
    ),
    Choice(
        "leadership",
        "Leadership",
        ("leadership", "leader", "management", "manager", "manageur", "encadrer", "gestion d'equipe",
         "diriger", "prise de decision", "decider", "chef d'equipe"),
        "la prise de décision et la gestion d'équipe",
    ),
    Choice(
        "resolution_problemes",
        "Résolution de problèmes",
        ("resolution de problemes", "resoudre", "probleme", "problemes", "esprit critique", "analyse",
         "defis", "adaptabilite", "resolution"),
        "aborder les défis avec un regard critique et devenir plus adaptable",
    ),
    Choice(
        "carriere",
        "Évolution de carrière",
        ("carriere", "evolution", "promotion", "reconversion", "poste", "job", "emploi", "trouver un travail",
         "changer de metier", "augmentation", "stage", "alternance"),
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
