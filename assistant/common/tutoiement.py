"""A sentence the mentee will say to the mentor, put from « vous » into « tu ».

« Avec le recul, que feriez-vous autrement si vous recommenciez votre carrière ? » -> « Avec le recul, que ferais-tu
autrement si tu recommençais ta carrière ? ». What changes, word by word:

- a verb inverted with « vous » (« feriez-vous », « Pourriez-vous », « l'avez-vous ») and a verb after « vous » as
  its subject (« vous avez résolu », « vous débutiez », « que vous en avez retenu ») take the « tu » form of the
  same tense (:mod:`assistant.common.inflection`); « vous » is the subject when the verb after it (and its clitics)
  is a « vous » form;
- « vous » as an object is « te » (« t' » before a vowel: « vous a le plus appris » -> « t'a le plus appris »,
  « vous semble » -> « te semble », « de vous joindre » -> « de te joindre »), after a preposition « toi »
  (« pour vous » -> « pour toi »), alone « toi »;
- « votre » is « ton » or « ta » by the gender of what follows (« ton » before a vowel: « ton expérience »),
  « vos » is « tes », « le vôtre » is « le tien »;
- « nous », « je », « il » and everything else stay; what is quoted (« … ») is the mentee's words and stays too.

A verb the dictionary does not know as a « vous » form is left as it is: :func:`to_tu` then returns None, so that a
caller never shows a sentence half in « tu ».
"""

from __future__ import annotations

import re

from assistant.common.french import starts_with_vowel
from assistant.common.inflection import gender, is_vous_form, tu_form
from assistant.common.spelling import is_infinitive, parts_of_speech

#: A word with its elided article (« l' »), a word (hyphens kept: « feriez-vous »), white space, one other character.
_TOKEN = re.compile(r"[^\W\d_]+['’]|[\w-]+|\s+|.", re.UNICODE)
#: A quotation: the mentee's own words, never changed.
_QUOTED = re.compile(r"(«[^»]*»)")
#: After these, « vous » is « toi » (« pour vous », « autour de vous »), or « te » before an infinitive.
_PREPOSITIONS = {
    "à",
    "de",
    "d'",
    "pour",
    "avec",
    "chez",
    "sans",
    "sur",
    "par",
    "vers",
    "entre",
    "envers",
    "contre",
    "selon",
    "comme",
    "derrière",
    "devant",
    "après",
    "avant",
    "sauf",
}
#: What may stand between a subject « vous » and its verb (« vous en avez », « vous ne l'avez »).
_CLITICS = {"ne", "n'", "me", "m'", "le", "la", "l'", "les", "lui", "leur", "y", "en", "nous", "vous", "se", "s'"}
#: « pour que vous fassiez »: the verb of the clause after these is in the subjunctive.
_SUBJUNCTIVE = re.compile(
    r"\b(?:afin|pour|avant|bien|sans|condition|sorte|faut|faudrait|veux|voudrais|aimerais|souhaite|souhaiterais|"
    r"important|possible|attends|normal) (?:que|qu')$"
)
#: Nouns of both genders in the dictionary, in the sense a question to a mentor gives them (« ton poste »).
_GENDER_HERE = {"poste": "m", "mode": "m", "critique": "f", "livre": "m", "manager": "m", "mémoire": "m"}
_STRESSED = {"le": "le tien", "la": "la tienne", "les": "les tiens"}


def tu_possessive(following: str) -> str:
    """« ton » or « ta » for « votre » before ``following`` (« ton expérience », « ta carrière », « ton dernier
    conseil », « ta dernière question »): by the gender of the first word that has one; « ton » when none does."""
    words = re.findall(r"[\w-]+", following)[:3]
    if not words or starts_with_vowel(words[0]):
        return "ton"
    for word in words:
        low = word.lower()
        found = _GENDER_HERE.get(low) or gender(low)
        if found:
            return "ta" if found == "f" else "ton"
        if "adj" not in parts_of_speech(low):  # a noun without a gender: no later word says it
            break
    return "ton"


def _cased(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


class _Sentence:
    """The tokens of one unquoted stretch of text and where its words are."""

    def __init__(self, text: str) -> None:
        self.tokens = _TOKEN.findall(text)
        self.at = [i for i, t in enumerate(self.tokens) if not t.isspace()]
        self.failed = False

    def word(self, n: int) -> str:
        return self.tokens[self.at[n]] if 0 <= n < len(self.at) else ""

    def low(self, n: int) -> str:
        return self.word(n).lower().replace("’", "'")

    def set(self, n: int, new: str) -> None:
        self.tokens[self.at[n]] = _cased(new, self.word(n))

    def elide_te(self, n: int) -> None:
        """« te » at word ``n`` becomes « t' » glued to a following vowel (« t'a », « t'ont »)."""
        i = self.at[n]
        if self.low(n) == "te" and i + 2 < len(self.tokens) and self.tokens[i + 1] == " ":
            if starts_with_vowel(self.tokens[i + 2]) and self.tokens[i + 2][:1].isalpha():
                self.tokens[i] = _cased("t'", self.tokens[i])
                self.tokens[i + 1] = ""

    def text(self) -> str:
        return "".join(self.tokens)


def _inverted(sentence: _Sentence, n: int) -> None:
    """« feriez-vous » -> « ferais-tu »."""
    word = sentence.word(n)
    form = tu_form(word[: -len("-vous")])
    if form is None:
        sentence.failed = True
        return
    sentence.tokens[sentence.at[n]] = f"{form}-tu"


def _vous(sentence: _Sentence, n: int) -> None:
    """« vous » as a subject (with its verb), an object, or after a preposition."""
    prev = sentence.low(n - 1) if n else ""
    following = sentence.word(n + 1)
    if not following[:1].isalpha():  # « et vous ? », « autour de vous, »
        sentence.set(n, "toi")
        return
    verb = n + 1
    while sentence.low(verb) in _CLITICS and verb + 1 < len(sentence.at):
        verb += 1
    if is_vous_form(sentence.low(verb)):
        before = " ".join(sentence.low(k) for k in range(max(0, n - 3), n))
        form = tu_form(sentence.word(verb), subjunctive=bool(_SUBJUNCTIVE.search(before)))
        if form is None:
            sentence.failed = True
            return
        sentence.set(n, "tu")
        for clitic in range(n + 1, verb):
            if sentence.low(clitic) == "vous":  # « vous vous êtes » -> « tu t'es »
                sentence.set(clitic, "te")
                sentence.elide_te(clitic)
        sentence.set(verb, form)
        return
    if prev in _PREPOSITIONS and not is_infinitive(following.lower()):  # « pour vous », but « de vous joindre »
        sentence.set(n, "toi")
        return
    sentence.set(n, "te")
    sentence.elide_te(n)


def _convert(text: str) -> str | None:
    sentence = _Sentence(text)
    n = 0
    while n < len(sentence.at):
        low = sentence.low(n)
        if low.endswith("-vous") and low != "rendez-vous":
            _inverted(sentence, n)
        elif low in ("vous-même", "vous-mêmes"):
            sentence.set(n, "toi-même")
        elif low == "vous":
            _vous(sentence, n)
        elif low == "votre":
            rest = "".join(sentence.tokens[sentence.at[n] + 1 :])
            sentence.set(n, tu_possessive(rest))
        elif low == "vos":
            sentence.set(n, "tes")
        elif low in ("vôtre", "vôtres") and sentence.low(n - 1) in _STRESSED:
            sentence.set(n - 1, _STRESSED[sentence.low(n - 1)])
            sentence.tokens[sentence.at[n]] = ""
            sentence.tokens[sentence.at[n] - 1] = ""
        n += 1
    return None if sentence.failed else sentence.text()


def to_tu(text: str) -> str | None:
    """``text``, said to the mentor with « vous », said with « tu » (see the module's doc); None when a verb could not
    be put in « tu » (unknown to the dictionary, or no dictionary)."""
    parts = []
    for part in _QUOTED.split(text):
        converted = part if part.startswith("«") else _convert(part)
        if converted is None:
            return None
        parts.append(converted)
    return "".join(parts)


def addressed(text: str, tone: str) -> str:
    """``text`` in ``tone``: as it is for « vous », in « tu » when it can be put there (else as it is)."""
    if tone != "tu":
        return text
    return to_tu(text) or text
