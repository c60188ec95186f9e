"""The mentor's gender, when something says it: the mentee's words first, then a title, a role, a first name.

Returns ``"f"``, ``"m"`` or ``""`` (unknown). Texts use it for a pronoun (« elle a pris du temps pour vous »)
and fall back on the mentor's name, never on « il ou elle ».
"""

from __future__ import annotations

import re

from assistant.coaching.text import fold
from assistant.common.mentor import Mentor

#: Common first names (folded). Short lists on purpose: an unknown name gives "", never a guess.
FEMININE_NAMES = set(
    """
    agathe agnes alice aline amandine amelie anais anne annie audrey aurelie beatrice berangere brigitte camille
    caroline catherine cecile celine chantal charlotte chloe christelle christine claire clara claudine clemence
    coralie corinne delphine diane dominique elise elodie eloise elsa emilie emma estelle eva fanny florence
    gaelle genevieve helene ines ingrid irene isabelle jeanne josephine julia julie juliette justine karine laetitia
    laura laure laurence lea leila lena lina lisa louise lucie manon margaux marie marine marion marthe mathilde
    maud melanie myriam nadia nathalie noemie oceane pascale pauline peggy rachel rose sabine sandrine sarah
    severine simone sofia solene sonia sophie stephanie susanne sylvie valerie vanessa veronique victoire
    virginie yasmine zoe fatima amina khadija samira nadia salome aicha yael
    """.split()
)
MASCULINE_NAMES = set(
    """
    adrien alain alexandre alexis antoine arnaud arthur aurelien baptiste benjamin benoit bernard bruno cedric
    charles christian christophe clement cyril damien daniel david denis didier emmanuel eric etienne fabien
    fabrice florian francois frederic gabriel gael guillaume herve hugo jacques jean jerome jonathan jordan
    joseph julien karim kevin laurent leo louis luc lucas marc mathieu matthieu maxime michel mickael nicolas
    olivier pascal patrick paul philippe pierre quentin raphael remi richard romain samuel sebastien simon
    stephane sylvain theo thierry thomas tristan valentin vincent xavier yann yannick yves mehdi mohamed karim
    rachid youssef samir omar ahmed farid hamid bilal ibrahim
    """.split()
)
#: Endings that only feminine first names take among the common ones (after the lists above).
_FEMININE_ENDINGS = ("ine", "elle", "ette", "ienne", "iane", "ise")
_FEMININE_ROLES = re.compile(
    r"\b(?:\w+trice|\w+euse|cheffe|\w+ienne|consultante|presidente|ingenieure|avocate|experte|associee|"
    r"fondatrice|directrice|mentore|manageuse|salariee|employee|docteure|professeure|auteure|autrice)\b"
)
_MASCULINE_ROLES = re.compile(
    r"\b(?:\w+teur|\w+eur|chef|\w+ien|consultant|president|ingenieur|avocat|expert|associe|employe)\b"
)
#: What the mentee says of the mentor (folded): a subject pronoun, an object pronoun with a verb, a title.
_SAYS_FEMININE = re.compile(
    r"\belle\b|\bla (?:remercier|contacter|relancer|revoir|tutoyer|vouvoyer)\b|\bma (?:mentore|mentor)\b|"
    r"\bmadame\b|\bmme\b|\bma (?:manageuse|directrice|cheffe|responsable)\b|\bune mentore\b"
)
_SAYS_MASCULINE = re.compile(
    r"\bil (?!faut|fallait|faudra|faudrait|y a|y avait|est (?:temps|possible|important|utile))|"
    r"\ble (?:remercier|contacter|relancer|revoir|tutoyer|vouvoyer)\b|\bmonsieur\b|\bm\. [a-z]|"
    r"\bmon (?:manager|directeur|chef)\b"
)


def _from_words(text: str) -> str:
    folded = fold(text or "")
    feminine, masculine = bool(_SAYS_FEMININE.search(folded)), bool(_SAYS_MASCULINE.search(folded))
    return "f" if feminine and not masculine else "m" if masculine and not feminine else ""


def _from_name(name: str) -> str:
    words = fold(name).replace(".", ". ").split()
    if not words:
        return ""
    if words[0] in ("mme", "madame"):
        return "f"
    if words[0] in ("m.", "monsieur", "mr"):
        return "m"
    first = next((w for w in words if w not in ("dr", "dr.", "docteur", "pr", "pr.", "professeur")), "")
    first = first.split("-")[0]
    if first in FEMININE_NAMES:
        return "f"
    if first in MASCULINE_NAMES:
        return "m"
    return "f" if len(first) > 4 and first.endswith(_FEMININE_ENDINGS) else ""


def _from_role(role: str) -> str:
    folded = fold(role or "")
    feminine, masculine = bool(_FEMININE_ROLES.search(folded)), bool(_MASCULINE_ROLES.search(folded))
    return "f" if feminine and not masculine else "m" if masculine and not feminine else ""


def mentor_gender(mentor: Mentor, *said: str) -> str:
    """``"f"``, ``"m"`` or ``""``: from what the mentee said (``said``), else the title, role or first name."""
    for text in said:
        found = _from_words(text)
        if found:
            return found
    return _from_name(mentor.name) or _from_role(mentor.role) or ""
