"""Small French text helpers: elision, contraction, capitals, shortening, number agreement, thanks."""

from __future__ import annotations

import re

from assistant.coaching.text import clean, fold

#: The usual ways to thank, folded (« merci », « mille mercis », « je tiens à vous remercier », « avec gratitude »,
#: « je vous suis reconnaissante », « ravi de votre réponse »): a thank-you is never asked of a text that has one.
THANKS_WORDS = (
    r"\bmercis?\b|\bremercie(?:r|rai|rais|ments?)?\b|\breconnaissante?s?\b|\breconnaissance\b|\bgratitude\b|"
    # « ravi de votre réponse » thanks; « ravi de pouvoir échanger » looks forward, it thanks for nothing
    r"\bravie?s? (?:de |d')(?:votre|vos|ta|tes|ton|cette|ce|l'|la|le|avoir|recevoir|lire|vous lire|te lire)\b"
)

_ASPIRATED_H = {
    "haut",
    "haute",
    "hausse",
    "hasard",
    "handicap",
    "hall",
    "hackathon",
    "hack",
    "hacker",
    "hardware",
    "hero",
    "hr",
    # English words keep their h: « de Head of Product », not « d'head of product ».
    "head",
    "happiness",
    "hub",
    "hotline",
    "holding",
    "hipster",
}
#: Words starting with a vowel that take no elision (« que oui », « le onze », « de huit », « le yaourt »).
_NO_ELISION = {"oui", "ouais", "ouate", "ouistiti", "onze", "onzieme", "huit", "huitieme", "yaourt", "yacht", "uhlan"}


def starts_with_vowel(text: str) -> bool:
    """True when a French word elides before ``text`` (« d'obtenir », « l'UX »; not before « haut »)."""
    first = fold(text.split(" ", 1)[0]) if text else ""
    if not first or first in _ASPIRATED_H or first.strip(".,;:!?") in _NO_ELISION:
        return False
    return first[0] in "aeiou" or first[0] == "h"


def elide(word: str, following: str) -> str:
    """« de » + « obtenir » -> « d'obtenir »; « que » + « vous » -> « que vous »."""
    return f"{word[:-1]}'{following}" if starts_with_vowel(following) else f"{word} {following}"


def contract(preposition: str, phrase: str) -> str:
    """« de »/« à » before a noun phrase: du salon, au salon, de la conférence, d'un meetup, aux Rencontres."""
    first, _, rest = phrase.partition(" ")
    key = fold(first)
    if key in ("le", "les"):
        merged = {"de": {"le": "du", "les": "des"}, "à": {"le": "au", "les": "aux"}}[preposition][key]
        return f"{merged} {rest}"
    if key == "des" and preposition == "de":
        return f"de {rest}"
    if preposition == "de":
        return elide("de", phrase)
    return f"à {phrase}"


def capitalize(text: str) -> str:
    """``text`` with its first letter upper-cased, the rest as written."""
    return text[:1].upper() + text[1:]


def goal_case(goal: str) -> str:
    """A goal as it reads inside a sentence: « Devenir data analyst » -> « devenir data analyst »; « SQL … » kept."""
    if len(goal) > 1 and goal[0].isupper() and not goal[1].isupper() and not _NAME_LIKE.match(goal):
        return goal[0].lower() + goal[1:]
    return goal


#: A goal that starts with a proper name (« Paris… », « Doctolib… ») is left as it is: two capitalised words.
_NAME_LIKE = re.compile(r"^[A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý]")


def lower_first(text: str) -> str:
    """Lower-case the first letter of a common word (« Son parcours »), never of a name or an acronym."""
    first = text.split(" ", 1)[0] if text else ""
    if len(first) > 1 and first[1:2].isupper():
        return text
    if fold(first).rstrip("'") in COMMON_STARTS or fold(first) in COMMON_STARTS:
        return text[:1].lower() + text[1:]
    return text


COMMON_STARTS = {
    "son",
    "sa",
    "ses",
    "votre",
    "vos",
    "ton",
    "ta",
    "tes",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "iel",
    "on",
    "je",
    "j'",
    "c'",
    "c'est",
    "mon",
    "ma",
    "mes",
    "en",
    "au",
    "aux",
    "a",
    "à",
    "ca",
    "ça",
    "qu'",
    "que",
    "quand",
    "comme",
    "tout",
    "toute",
    "tous",
    "sur",
    "dans",
    "pour",
    "avec",
    "chez",
    "par",
    "etudiant",
    "etudiante",
    "developpeur",
    "developpeuse",
    "dev",
    "ingenieur",
    "ingenieure",
    "chef",
    "cheffe",
    "chargee",
    "charge",
    "commercial",
    "commerciale",
    "jeune",
    "consultant",
    "consultante",
    "stagiaire",
    "alternant",
    "alternante",
    "prof",
    "professeur",
    "professeure",
    "freelance",
    "responsable",
    "manager",
    "juriste",
    "infirmier",
    "infirmiere",
    "designer",
    "comptable",
    "assistant",
    "assistante",
    "diplome",
    "diplomee",
    "salarie",
    "salariee",
    "technicien",
    "technicienne",
    "analyste",
    "product",
    "data",
}


def bare(text: str) -> str:
    """User text without the trailing full stop or comma (the templates end the sentences)."""
    return clean(text).rstrip(" .,;:")


def shorten(text: str, limit: int) -> str:
    """``text`` cut on a word boundary to at most ``limit`` characters, ending with « … » when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut and not text[len(cut) : len(cut) + 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(" ,;:.-–(«")
    while " " in cut and fold(cut.rsplit(" ", 1)[1]) in _DANGLING:  # « un poste de… » -> « un poste… »
        cut = cut.rsplit(" ", 1)[0].rstrip(" ,;:.-–(«")
    return f"{cut}…" if cut else ""


#: Words a shortened phrase should not end with.
_DANGLING = {
    "de",
    "d'",
    "du",
    "des",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "et",
    "ou",
    "a",
    "au",
    "aux",
    "en",
    "par",
    "pour",
    "sur",
    "dans",
    "avec",
    "que",
    "qui",
    "mon",
    "ma",
    "mes",
    "son",
    "sa",
    "ses",
    "votre",
    "vos",
    "ton",
    "ta",
    "tes",
    "ce",
    "cette",
    "ces",
    "puis",
    "mais",
    "chez",
    "vers",
    "apres",
    "avant",
    "depuis",
    "pendant",
    "lors",
    "entre",
    "sans",
    "selon",
}


def quantity(count: int, noun: str, feminine: bool = False) -> str:
    """« aucun brouillon », « 1 objectif », « 3 préparations de rencontre »: a count and its noun, agreed.

    ``noun`` is singular; its first word takes the plural « s » (« préparation de rencontre »).
    """
    if count == 0:
        return f"{'aucune' if feminine else 'aucun'} {noun}"
    if count == 1:
        return f"1 {noun}"
    head, _, rest = noun.partition(" ")
    plural = head if head.endswith(("s", "x", "z")) else f"{head}s"
    return f"{count} {plural}{' ' + rest if rest else ''}"


#: Where a phrase can end whole: a comma, a dash or a bracket, or before a linking word.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:(]|\s[-–]\s)\s*|\s+(?=(?:et|mais|pour|afin|avec|dans|d'ici|car|parce|en|chez|sur|qui|que|où)\b)"
)


#: Words that say nothing without what follows (« vous aviez publié quelque chose » is no reason to write).
_VAGUE = {"chose", "choses", "truc", "trucs", "machin"}
#: Nouns cut from their complement (« la mise [en place] », « la prise [en charge] », « votre façon [de …] »).
_NEEDS_MORE = {"mise", "prise", "facon", "maniere", "capacite", "envie", "besoin"}
#: Nouns that need their « que » after an article (« et le fait » said nothing: « le fait que vous avez… »).
_NEEDS_QUE = re.compile(r"\b(?:le|du|au) fait$")


def words_within(text: str, limit: int, clauses_only: bool = False) -> str:
    """The longest whole-clause (else whole-word) start of ``text`` within ``limit`` characters; never « … ».

    « devenir DAF dans un groupe industriel, en passant le DSCG » within 40 -> « devenir DAF dans un groupe
    industriel »; "" when not even two words fit. A dangling « de », « le »… is never left at the end.
    """
    text = clean(text).rstrip(" .")
    if len(text) <= limit:
        return text
    best = ""
    for match in _CLAUSE_BREAK.finditer(text):
        head = _undangled(text[: match.start()])
        if len(head) > limit:
            break
        if len(head.split()) >= 2 and _whole(head):
            best = head
    if best or clauses_only:
        return best
    head = _undangled(text[: limit + 1].rsplit(" ", 1)[0]) if " " in text[: limit + 1] else ""
    fits = len(head.split()) >= 2 and len(head) <= limit and _whole(head)
    return head if fits else ""


def _whole(head: str) -> bool:
    """Whether a shortened start reads as whole: it does not end on a vague word (« quelque chose »), inside a
    parenthesis (« dans notre groupe (Legrand »), on one word after a comma (« junior, idéalement ») or on a noun
    that needs its complement (« vos posts sur la mise »)."""
    last = fold(head.rsplit(" ", 1)[-1])
    after_comma = head.rsplit(",", 1)[1].split() if "," in head else ["", ""]
    if _NEEDS_QUE.search(fold(head)) or re.search(r"\bentre\b(?!.*\b(?:et|ou)\b)", fold(head)):
        return False  # « et le fait », « choisir entre un poste de maîtresse de conférences »: half a phrase
    return (
        last not in _VAGUE and last not in _NEEDS_MORE and head.count("(") <= head.count(")") and len(after_comma) != 1
    )


#: An elided article or preposition glued to a dangling word (« d'un », « l'une », « qu'au »).
_ELIDED_DANGLING = re.compile(r"^(?:d|l|qu|jusqu)'(?:un|une|au|aux|en|a)?$")
#: Words of compound prepositions that never end a phrase (« au sein de », « afin de », « auprès de », « lors de »).
_DANGLING_COMPOUND = {"sein", "afin", "aupres", "lors", "grace"}


def _dangles(word: str) -> bool:
    folded = fold(word)
    return folded in _DANGLING or folded in _DANGLING_COMPOUND or bool(_ELIDED_DANGLING.match(folded))


def _undangled(text: str) -> str:
    text = text.rstrip(" ,;:.-–(«")
    while " " in text and _dangles(text.rsplit(" ", 1)[1]):
        text = text.rsplit(" ", 1)[0].rstrip(" ,;:.-–(«")
    return text


def of(name: str) -> str:
    """« de » before a name or a noun: « d'Isabelle Mercier », « de Paul », « des Dupuis » (« le Goff »: a name)."""
    if name.split(" ", 1)[0] in ("le", "les"):
        return contract("de", name)
    return elide("de", name)


def balanced(text: str) -> str:
    """``text`` with its parentheses and French quotes paired: « Fives (groupe » -> « Fives (groupe) ».

    A closing mark without an opening one is dropped, an opening one left open is closed at the end, an empty
    pair « () » disappears.
    """
    out: list[str] = []
    depth = {"(": 0, "«": 0}
    closing = {")": "(", "»": "«"}
    for char in text:
        if char in depth:
            depth[char] += 1
        elif char in closing:
            if not depth[closing[char]]:
                continue
            depth[closing[char]] -= 1
        out.append(char)
    result = "".join(out).rstrip(" ,;:")
    result += " »" * depth["«"] + ")" * depth["("]
    return re.sub(r"\s*\(\s*\)", "", result).strip()


#: « Comme je le disais, », « Je vous l'ai indiqué : », « jl'ai dit, », « je viens de vous le dire : » at the start
#: of an answer: a reminder to the coach, never part of the answer (folded-insensitive, accents optional).
_REMINDER = re.compile(
    r"^\W*(?:(?:mais|bah|ben|bon|euh|alors)\W+)?(?:comme\s+)?(?:je|j|j')\s*(?:vous\s+|te\s+|t'|v)?(?:le\s+|l'|l)?"
    r"(?:disais|ai\s+dit|ai\s+deja\s+dit|ai\s+déjà\s+dit|indiquais|ai\s+indiqu[eé]|ai\s+[eé]crit|expliquais|"
    r"ai\s+expliqu[eé]|viens\s+de\s+(?:vous\s+|te\s+)?(?:les?\s+)?dire)(?:\s+(?:plus\s+haut|tout\s+[aà]\s+l'heure|"
    r"avant))?\s*[,:.!-]+\s*|^\W*comme\s+(?:dit|indiqu[eé])\s+(?:plus\s+haut|avant)\s*[,:]?\s*",
    re.IGNORECASE,
)


#: « laisse tomber la visio, un appel plutôt », « en fait non, 3 entretiens »: what is dropped before the new answer.
_DROPPED = re.compile(
    r"^\W*(?:(?:en fait|bon|ah|non|finalement)\W+)*(?:laissez? tomber [^,.!?]{1,30}|non|nan)\s*,\s*"
    r"(?:(?:disons|plut[oô]t|mets|mettez|on dit|ce sera)\s+)?",
    re.IGNORECASE,
)


def without_reminder(text: str) -> str:
    """``text`` without an opening reminder to the coach (« Comme je le disais, sur recommandation de … ») or what
    it drops for the new answer (« laisse tomber la convention, disons 2 entretiens »)."""
    stripped = _DROPPED.sub("", _REMINDER.sub("", text, count=1), count=1)
    return stripped if stripped.strip() else text
