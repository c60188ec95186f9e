"""A writing coach's reading of one answer of the mentee before it goes into a text they will send.

:func:`normalise` makes the changes a careful writer makes without asking: capitals for people, companies
and cities (« julien moreau » -> « Julien Moreau », « chez blablacar » -> « chez Blablacar », « à lyon » ->
« à Lyon »), known acronyms (« cto » -> « CTO »), elision and contraction (« de Isabelle » -> « d'Isabelle »,
« de le » -> « du »). The answer stays in the mentee's person: the composer addresses the mentor
(« son parcours » -> « votre parcours », ``assistant.common.person.to_second_person``).

:func:`proofread` also checks what cannot be sent as typed, and proposes a corrected text: words the French
dictionary does not know (``assistant.common.spelling``), SMS and slang (« c trop stylé », « jaurai »,
« lol »), missing accents, a greeting or a question instead of content (« Bonjour, me revoilà ! On en était
où ? »). When no sure correction exists, there is no proposal: the coach asks for another phrasing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import fold
from assistant.common.dictionary import checker, is_valid
from assistant.common.french import bare, starts_with_vowel
from assistant.common.grammar import auxiliaries, first_person
from assistant.common.spelling import (
    _a_before_place,
    _apostrophe,
    _stems,
    before_a_vowel,
    correct,
    is_first_name,
    is_proper_noun,
    is_slip,
    suggest,
)
from assistant.common.spelling_words import FAMILIAR_PHRASES, REPLACEMENTS, TRADE_WORDS

#: Acronyms and names of the trade written in lower case (folded keys).
ACRONYMS = {
    w.lower(): w
    for w in (
        "CTO CEO CFO COO CPO CMO DAF DRH RH UX UI PM PO QA SQL IA PME ETI DSI DSCG DCG MBA CV RSE BTS IUT MOOC KPI OKR"
    ).split()
}
NAMES = {
    "java": "Java",
    "python": "Python",
    "javascript": "JavaScript",
    "linkedin": "LinkedIn",
    "excel": "Excel",
    "github": "GitHub",
    "google": "Google",
    "paris": "Paris",
    "react": "React",
    "tryhackme": "TryHackMe",
    "hackthebox": "HackTheBox",
    "openclassrooms": "OpenClassrooms",
    "coursera": "Coursera",
    "udemy": "Udemy",
}
#: Slang and chat words, with the plain word a letter uses ("" = dropped).
SLANG = {
    "lol": "",
    "mdr": "",
    "ptdr": "",
    "xd": "",
    "ben": "",
    "bah": "",
    "euh": "",
    "genre": "",
    "jsp": "",
    "stylé": "inspirant",
    "stylée": "inspirante",
    "stylés": "inspirants",
    "ouf": "impressionnant",
    "grave": "vraiment",
    "kiffe": "apprécie",
    "kiffé": "apprécié",
    "cool": "formidable",
    "canon": "remarquable",
    "taf": "travail",
    # Anglicisms of office chat, with the word a letter in French uses.
    "switcher": "passer",
    "switché": "passé",
    "move": "choix",
    "call": "appel",
    "calls": "appels",
    "best": "mieux",
    "feedback": "retour",
    "feedbacks": "retours",
    "background": "parcours",
    "skills": "compétences",
    "mindset": "état d'esprit",
    "talk": "exposé",  # masculine, as « un talk »
    "talks": "exposés",
}
#: SMS spellings of whole phrases (folded, word-bounded).
_SMS_PHRASES = (
    (re.compile(r"\bc\s+trop\b", re.I), "c'est très"),
    (re.compile(r"\bc'est\s+trop\s+(?=\w)", re.I), "c'est très "),
    (re.compile(r"\bc\s+(?=[a-zà-ÿ])"), "c'est "),
    (re.compile(r"\b(?:jsuis|chui|j'suis)\b", re.I), "je suis"),
    (re.compile(r"\bct\b"), "c'était"),
)
#: An elided word typed without its apostrophe (« l accessibilité », « j ai vu »).
_LONE_ELISION = re.compile(r"(?<![\w'])([ljmnst]|qu|c(?= (?:est|etait|était)\b)) (?=[aeiouyhéèêàâîôû])", re.I)
_GREETING = re.compile(r"^(?:re)?(?:bonjour|bonsoir|salut|coucou|hello|hey|yo)\b[\s,!.]*", re.I)
_CHATTER = re.compile(
    r"^(?:me (?:re)?voil[àa]|je suis de retour|c'est (?:encore )?moi|on en (?:était|etait) o[ùu]|"
    r"o[ùu] en (?:étions|etions|était|etait)[- ]nous|on reprend|je reviens|rebonjour)\b",
    re.I,
)
_WORD = re.compile(r"(?:[cdjlmnst]|qu)'|[A-Za-zÀ-ÖØ-öø-ÿœŒ0-9]+(?:[-'][A-Za-zÀ-ÖØ-öø-ÿœŒ0-9]+)*|[^\w\s]|\s+")
#: Words after which an unknown lower-case word names a company, a city or a person.
_NAME_CONTEXT = {"chez", "à", "a", "par", "près", "pres"}
_ELIDABLE = {
    "de": "d'",
    "que": "qu'",
    "je": "j'",
    "me": "m'",
    "te": "t'",
    "se": "s'",
    "ne": "n'",
    "le": "l'",
    "la": "l'",
}


@dataclass(frozen=True)
class Proofread:
    """One answer after the coach's reading: the text to use and, when it is not fit, why."""

    original: str
    text: str  # normalised and corrected; "" when no sure proposal could be made
    problems: tuple[str, ...] = ()  # misspelled, slang, sms, accents, greeting, question
    words: tuple[str, ...] = ()  # the mentee's words at fault, as typed

    @property
    def fit(self) -> bool:
        """True when the answer can go into a text (as :attr:`text`) without asking."""
        return not self.problems

    @property
    def proposal(self) -> str:
        """The corrected text to offer, or "" when the mentee must rewrite it."""
        return "" if self.fit else self.text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _without_chatter(text: str) -> tuple[str, list[str]]:
    """The answer without an opening greeting, questions to the coach and chatter (« me revoilà »)."""
    problems: list[str] = []
    stripped = _GREETING.sub("", text, count=1)
    if stripped != text:
        problems.append("greeting")
    kept = []
    for sentence in _sentences(stripped):
        if sentence.endswith("?"):
            problems.append("question")
        elif _CHATTER.match(sentence):
            problems.append("greeting")
        else:
            kept.append(sentence)
    return " ".join(kept).strip(" ,.!"), problems


def _elide(text: str) -> str:
    """« de Isabelle » -> « d'Isabelle », « de le » -> « du », « à les » -> « aux », « que il » -> « qu'il »."""
    text = re.sub(r"\b([dD])e les\b", r"\1es", text)
    text = re.sub(r"\b([dD])e le\b(?!\s*[aeiouyéèêàh])", r"\1u", text)
    text = re.sub(r"(^|\s)à les\b", r"\1aux", text)
    text = re.sub(r"(^|\s)à le\b(?!\s*[aeiouyéèêàh])", r"\1au", text)

    def elide(match: re.Match) -> str:
        word, following = match.group(1), match.group(2)
        if not starts_with_vowel(following):
            return match.group(0)
        short = _ELIDABLE[word.lower()]
        return (short[:1].upper() + short[1:] if word[:1].isupper() else short) + following

    return re.sub(r"\b(de|De|que|Que|je|Je|me|te|se|ne|le|la)\s+(?=\S)(\S+)", elide, text)


def _capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


_PERSON_CONTEXT = {"", "par", "de", "d'", "avec", "a", "à", "est", "c'est", "moi", "appelle", "suis", "pour"}


def _noun_only(word: str) -> bool:
    """True when every reading the dictionary has of ``word`` is a noun or a name (« mercier », « moreau »)."""
    kinds = {kind for _s, kind, _g, _b in _stems(word)}
    return not kinds or kinds <= {"nom", "npr", "prn", "patr"}


def _names(tokens: list[str]) -> list[str]:
    """Capitals for first names, surnames, companies and cities typed in lower case."""
    words = [i for i, t in enumerate(tokens) if t[:1].isalnum()]
    out = list(tokens)
    for n, i in enumerate(words):
        token = tokens[i]
        if not token.islower() or fold(token) in TRADE_WORDS or fold(token) in REPLACEMENTS or len(token) < 2:
            continue
        if not is_valid(token) and _apostrophe(token):  # « jaime » is « j'aime », not a name
            continue
        before = fold(tokens[words[n - 1]]) if n else ""
        after = tokens[words[n + 1]] if n + 1 < len(words) else ""
        known = is_valid(token)
        previous_name = (
            n
            and i == words[n - 1] + 2
            and tokens[i - 1] == " "
            and out[words[n - 1]][:1].isupper()
            and is_first_name(tokens[words[n - 1]])
        )
        if is_first_name(token) and (
            not known
            or before in _PERSON_CONTEXT
            or (after.islower() and (not is_valid(after) or is_proper_noun(after)))
        ):
            out[i] = _capitalised(token)
        elif previous_name and ((not known and not suggest(token)) or (known and _noun_only(token))):
            out[i] = _capitalised(token)  # the surname after a first name
        elif n == 0 and not known and tokens[i + 1 : i + 2] == [","]:
            out[i] = _capitalised(token)  # « ines, chargée de recrutement »: a name before the comma
        elif is_proper_noun(token) and (not known or before in ("à", "a")):
            out[i] = _capitalised(token)  # « à lyon », « à rennes »
        elif not known and before in _NAME_CONTEXT and len(token) > 3 and not suggest(token):
            out[i] = _capitalised(token)  # « chez blablacar »
    return out


def normalise(text: str) -> str:
    """The changes made without asking: capitals for names and acronyms, elision and contraction."""
    tokens = _WORD.findall(_LONE_ELISION.sub(r"\1'", bare(text)))
    tokens = [ACRONYMS.get(t.lower(), NAMES.get(t.lower(), t)) if t.islower() else t for t in tokens]
    return _elide("".join(_names(tokens)))


def _accents_only(lower: str) -> bool:
    """Whether the dictionary knows ``lower`` with accents added (« electronique » -> « électronique »)."""
    return any(fold(option) == fold(lower) for option in suggest(lower))


def _spell(text: str, kept: frozenset[str] = frozenset()) -> tuple[str, list[str], list[str]]:
    """(corrected text, problems, words at fault): slang and SMS replaced, sure corrections, unknown words (those
    in ``kept``, folded, are left as typed: the mentee stood by them)."""
    problems: list[str] = []
    faults: list[str] = []
    for pattern, plain in _SMS_PHRASES:
        found = pattern.search(text)
        if found:
            problems.append("sms")
            faults.append(found.group(0).strip())
            text = pattern.sub(plain, text)
    for familiar, plain_words in FAMILIAR_PHRASES:
        found = re.search(familiar, text, flags=re.I)
        if found:
            problems.append("slang")
            faults.append(found.group(0).strip())
            text = re.sub(familiar, plain_words, text, flags=re.I)
    out: list[str] = []
    tokens = _WORD.findall(text)
    dotted = {
        i + d
        for i in range(1, len(tokens) - 1)
        if tokens[i] == "."
        for d in (-1, 1)
        if tokens[i - 1][-1:].isalnum() and tokens[i + 1][:1].isalnum()
    }
    for index, token in enumerate(tokens):
        key = fold(token)
        lower = token.lower()
        if index in dotted:  # « Next.js », « node.js », « doctolib.fr »: a name of the trade, as typed
            out.append(token)
            continue
        if lower in SLANG or key in SLANG:
            problems.append("slang")
            faults.append(token)
            out.append(SLANG.get(lower, SLANG.get(key, "")))
            continue
        camel = any(c.isupper() for c in token[1:])  # « leHACK », « iPhone »: a name written as its owner does
        if not token[:1].isalpha() or token[:1].isupper() or camel or lower in ACRONYMS or lower in NAMES:
            out.append(token)
            continue
        spelled = correct(token)
        fixed = spelled.text
        if spelled.unfit:
            problems.append("slang")
            faults.append(token)
            fixed = ""
        elif spelled.unknown and key in kept and not _accents_only(lower):
            fixed = token  # stood by, and no accent missing (« mitophagie »; « electronique » still gets its « é »)
        elif spelled.unknown:
            options = tuple(o for o in suggest(token) if is_slip(lower, o))  # « hooks » is not « looks »
            if len(options) > 1:  # « passionée »: a letter missed, ending as typed (« passionnée », not « passionne »)
                options = tuple(o for o in options if o[-2:] == lower[-2:]) or options
            fixed = options[0] if len(options) == 1 else ""
            problems.append("accents" if fixed and fold(fixed) == key else "misspelled")
            faults.append(token)
            if not fixed:
                problems.append("no_proposal")
        elif fixed != token and fold(fixed) != key and key in REPLACEMENTS:
            problems.append("sms")
            faults.append(token)
        elif fixed != token and fixed.lower() != lower:
            problems.append("accents" if fold(fixed) == key else "sms")
            faults.append(token)
        out.append(fixed)
    joined = re.sub(r"\s{2,}", " ", "".join(out)).strip(" ,")
    if "sms" in problems or "slang" in problems:  # « ma boite » -> « ma entreprise » -> « mon entreprise »
        joined = before_a_vowel(joined)
    joined = re.sub(r"\s+([,.])", r"\1", joined)
    for typed, fixed in first_person(joined):  # « je travail chez … » in an answer: « je travaille »
        joined = joined.replace(typed, fixed, 1)
        wrong_person = [typed]
        problems.append("grammar")
        faults.extend(wrong_person if not faults else [])
    joined, wrong = auxiliaries(joined)
    if wrong:
        problems.append("grammar")
        faults.extend(wrong if not faults else [])  # quoted alone; beside other faults, only said
    return joined, problems, faults


def proofread(text: str | None, kept: frozenset[str] = frozenset()) -> Proofread:
    """The coach's reading of one answer (see the module's doc): the text to use, and what is wrong if anything;
    words in ``kept`` (folded) that the dictionary does not know stay as typed (« front-end », a trade word)."""
    original = bare(text or "")
    content, problems = _without_chatter(original)
    faults: list[str] = []
    if checker() is not None and content:
        content, spelled, faults = _spell(normalise(content), kept)
        problems += spelled
    text_out = _elide(_a_before_place(content)) if content else ""
    if "no_proposal" in problems or not text_out:
        text_out = ""
    problems = [p for p in dict.fromkeys(problems) if p != "no_proposal"] or (["question"] if not text_out else [])
    return Proofread(original, text_out, tuple(problems), tuple(dict.fromkeys(faults)))
