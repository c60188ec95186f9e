"""The goal as a meeting question says it: a short infinitive or noun phrase, never the mentee's sentence quoted.

« comment passer de responsable comptable à DAF en 3 ans, quelles compétences me manquent » becomes
« passer de responsable comptable à DAF », said « pour passer de responsable comptable à DAF » or « sur mon
projet de passer de responsable comptable à DAF »; « mon passage à la direction financière » stays a noun
phrase (« pour mon passage à la direction financière »). A goal that is neither (a whole sentence, a bare
noun) gives an empty phrase: the questions that need it are left out, nothing is quoted or cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, fold_same_length
from assistant.common.french import balanced, contract, elide

#: Longest phrase a question carries; a longer goal is taken down to its first clause, or not used.
MAX_PHRASE_CHARS = 70

#: Wishes and lead-ins before the goal itself (folded, same length as the text).
_LEAD_IN = re.compile(
    r"^(?:(?:alors|bon|ben|bah|euh|en fait|moi)\W+)*"
    r"(?:(?:je (?:veux|voudrais|souhaite|souhaiterais|aimerais|vise a|compte|cherche a|dois|pense)|j'aimerais|"
    r"j'ai envie de|mon (?:objectif|but|projet) (?:c'est|est|serait|:)|l'objectif (?:c'est|est|:)|"
    r"comment|savoir comment|reussir a|arriver a|parvenir a)\s*(?:de\s+|d'|a\s+)?)+"
)
#: Where the goal's first clause ends: a question, a second sentence, a list of needs.
_CLAUSE_END = re.compile(
    r"\s*(?:[?;:!.]|,\s*(?=(?:quel|quelle|quels|quelles|comment|pourquoi|est-ce|qu'est|que|qu'|car|mais|"
    r"parce|sachant|j'ai|je|il|elle|on|ce|c'est)\b)|\s(?:car|mais|parce que|sachant que)\s)"
)
#: Time phrases at the end: the deadline is said elsewhere.
_TIME_END = re.compile(
    r"\s+(?:d'ici|avant|dans les|dans|en|sous|a partir de|au plus tard|d'ici a)\s+"
    r"(?:(?:la |le |l')?(?:fin|debut|mi)[- ]\S+(?:\s\d{4})?|\d+\s*(?:ans?|mois|semaines?|jours?)|\d{4}|un an|deux ans|"
    r"trois ans|six mois|un mois|quelques mois|l'an prochain|la rentree|l'ete|l'hiver|le printemps|l'automne|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+\d{4})?\s*$"
)
_DETERMINERS = ("mon", "ma", "mes", "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces")
#: Endings of French infinitives; with the list below, what makes a first word an infinitive.
_INFINITIVE = re.compile(r"^(?:[a-z'-]+(?:er|ir|oir|re))$")
#: Frequent non-verbs that end like an infinitive.
_NOT_VERBS = {
    "carriere",
    "manager",
    "leader",
    "premier",
    "dernier",
    "entier",
    "poste",
    "ordre",
    "autre",
    "notre",
    "votre",
    "centre",
    "titre",
    "chiffre",
    "cadre",
    "master",
    "designer",
    "developer",
    "partenaire",
    "salaire",
    "metier",
    "dossier",
    "quartier",
    "loisir",
    "avenir",
    "plaisir",
    "soir",
    "espoir",
    "pouvoir",
    "savoir",
    "devoir",
    "membre",
    "livre",
    "nombre",
    "offre",
    "lettre",
    "filiere",
    "frontiere",
}
_REFLEXIVE = re.compile(r"^(?:me|m'|se|s')\s*")


@dataclass(frozen=True)
class GoalPhrase:
    """The goal as a question says it: ``text`` (« devenir DAF ») and its ``kind`` (``verb`` or ``noun``)."""

    text: str = ""
    kind: str = ""

    @property
    def usable(self) -> bool:
        """True when questions may name the goal."""
        return bool(self.text)

    @property
    def for_(self) -> str:
        """« pour devenir DAF », « pour mon passage au management »; "" when not usable."""
        return f"pour {self.text}" if self.text else ""

    @property
    def on(self) -> str:
        """« sur mon projet de devenir DAF », « sur mon passage au management »; "" when not usable."""
        if not self.text:
            return ""
        return f"sur mon projet {elide('de', self.text)}" if self.kind == "verb" else f"sur {self.text}"

    @property
    def about(self) -> str:
        """« de mon projet de devenir DAF », « de mon passage au management »; "" when not usable."""
        if not self.text:
            return ""
        return f"de mon projet {elide('de', self.text)}" if self.kind == "verb" else contract("de", self.text)

    @property
    def de(self) -> str:
        """« de devenir DAF », « d'intégrer l'école »: the goal after « mon objectif est »; "" unless a verb."""
        return elide("de", self.text) if self.kind == "verb" else ""

    def told(self, tone: str = "vous") -> str:
        """The goal said to the mentee: « votre projet de vous lancer en freelance », « ton passage au management »."""
        if not self.text:
            return ""
        text = addressed(self.text, tone)
        return f"{'ton' if tone == 'tu' else 'votre'} projet {elide('de', text)}" if self.kind == "verb" else text


#: First-person words of a goal and what they become when the goal is said to the mentee (vous, tu).
_TO_YOU = {
    "mon": ("votre", "ton"),
    "ma": ("votre", "ta"),
    "mes": ("vos", "tes"),
    "me": ("vous", "te"),
    "m'": ("vous ", "t'"),
    "moi": ("vous", "toi"),
    "moi-même": ("vous-même", "toi-même"),
}
_FIRST_PERSON = re.compile(r"(?<![\w'-])(m'|(?:moi-même|mon|ma|mes|me|moi)(?![\w'-]))", re.I)


def addressed(text: str, tone: str = "vous") -> str:
    """A goal in the mentee's words said back to them: « me lancer dans mon entreprise » -> « vous lancer dans votre
    entreprise » (``tone`` « tu »: « te lancer dans ton entreprise »)."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        said = _TO_YOU[word.lower()][1 if tone == "tu" else 0]
        return said.capitalize() if word[0].isupper() else said

    return re.sub(r"\bte ([aeiouyàâéèêh])", r"t'\1", _FIRST_PERSON.sub(swap, text))


def _first_clause(text: str, keep_time: bool = False) -> str:
    folded = fold_same_length(text)
    lead = _LEAD_IN.match(folded)
    if lead:
        text, folded = text[lead.end() :], folded[lead.end() :]
    end = _CLAUSE_END.search(folded)
    if end:
        text, folded = text[: end.start()], folded[: end.start()]
    while not keep_time and (time := _TIME_END.search(folded)) and time.start() > 0:
        text, folded = text[: time.start()], folded[: time.start()]
    return text.strip(" ,;:-–")


def _kind(text: str) -> str:
    first = fold(_REFLEXIVE.sub("", text.lower()).split(" ", 1)[0]) if text else ""
    if first in _DETERMINERS or first.startswith("l'"):
        return "noun"
    if _INFINITIVE.match(first) and first not in _NOT_VERBS:
        return "verb"
    return ""


def _shorter(text: str) -> str:
    """``text`` down to a complete phrase of at most :data:`MAX_PHRASE_CHARS`, or "" (never a cut word or « … »)."""
    if len(text) <= MAX_PHRASE_CHARS:
        return text
    for joint in (r",\s", r"\s(?:et|ou|afin de|afin d'|pour|tout en|en vue de)\s"):
        parts = re.split(joint, text, maxsplit=1)
        if len(parts) == 2 and len(parts[0]) <= MAX_PHRASE_CHARS and len(parts[0].split()) >= 2:
            return parts[0].strip()
    return ""


def goal_phrase(statement: str | None, keep_time: bool = False) -> GoalPhrase:
    """The goal ``statement`` as an infinitive or noun phrase a question can carry; empty when it cannot.

    ``keep_time`` keeps a deadline at the end (« créer ma start-up d'ici juin »): a letter says it, a question not.
    """
    text = _first_clause(clean(statement).strip(" .!?…"), keep_time)
    text = re.sub(r"\s+", " ", balanced(text))
    text = _shorter(text)
    kind = _kind(text)
    if not kind or len(text.split()) < 2 and kind == "noun":
        return GoalPhrase()
    if text[1:2].islower():  # « Devenir DAF » -> « devenir DAF »: a verb or a determiner, never a name
        text = text[0].lower() + text[1:]
    return GoalPhrase(text, kind)
