"""The gender a name says: a title (« Mme », « Monsieur ») or a common first name; "" when it says none.

Kept apart from :mod:`assistant.common.gender` so that reading a mentor's name (``assistant.common.mentor``) can
use it without importing the Mentor type back.
"""

from __future__ import annotations

from assistant.coaching.text import fold

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
    virginie yasmine zoe fatima amina khadija samira nadia salome aicha yael anna maria marina sara alexandra
    nina nora jade lola romane axelle melissa jessica jennifer cindy mireille odile paule renee gisele eugenie
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
    rachid youssef samir omar ahmed farid hamid bilal ibrahim andre gilles gerard henri georges lionel marcel
    mathis nathan enzo tom victor william loic ludovic franck serge thibault thibaut jules adam hassan malik nabil
    sofiane walid yassine
    """.split()
)
#: Fillers that open a sentence and are no one's name (« Hum, finalement… », « Ah non, pardon », « Bonne nouvelle »),
#: folded: spaCy and the mentor's name reader both read them as names.
FILLERS = frozenset("hum ah oh euh bah ben bon bonne bref alors enfin oups pardon".split())
#: Endings that only feminine first names take among the common ones (after the lists above).
_FEMININE_ENDINGS = ("ine", "elle", "ette", "ienne", "iane", "ise")


def title_gender(name: str) -> str:
    """``"f"``, ``"m"`` or ``""`` from the title ``name`` starts with (« Mme Roux », « M. Durand »)."""
    words = fold(name).replace(".", ". ").split()
    if words and words[0] in ("mme", "madame", "mlle", "mademoiselle"):
        return "f"
    if words and words[0] in ("m.", "monsieur", "mr"):
        return "m"
    return ""


def name_gender(name: str) -> str:
    """``"f"``, ``"m"`` or ``""`` from the title or the first name of ``name`` (« Mme Roux », « Julien Moreau »)."""
    words = fold(name).replace(".", ". ").split()
    if not words:
        return ""
    titled = title_gender(name)
    if titled:
        return titled
    first = next((w for w in words if w not in ("dr", "dr.", "docteur", "pr", "pr.", "professeur")), "")
    first = first.split("-")[0]
    if first in FEMININE_NAMES:
        return "f"
    if first in MASCULINE_NAMES:
        return "m"
    return "f" if len(first) > 4 and first.endswith(_FEMININE_ENDINGS) else ""
