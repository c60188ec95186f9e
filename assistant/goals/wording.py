"""The mentee's goal answers written out: what the SMART summary, the goal list and every later text show.

« ben quand jaurai signé mon contrat lol » becomes « quand j'aurai signé mon contrat » (inline) and « Quand
j'aurai signé mon contrat. » (a line of the summary). Sure corrections are made silently: fillers and laughter
(« ben », « lol »), SMS with one meaning (« jveux », « c »), acronyms typed in lower case (« daf »), accents
and apostrophes the dictionary restores (« etre » -> « être »), « a » for « à » before a place. A misspelling
the dictionary can only guess (« developeuse » -> « développeuse ») is a proposal: the coach says so at the
confirm step, and the mentee accepts it or rewrites. The dictionary is the one ``common.spelling`` reads (see
docs/writing.md for why).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold
from assistant.common.french import COMMON_STARTS, capitalize, without_reminder
from assistant.common.phrasing import goal_phrase
from assistant.common.spelling import (
    correct,
    is_infinitive,
    is_nominal,
    is_participle,
    is_slip,
    parts_of_speech,
    suggest,
)

#: Words dropped wherever they are: laughter, hesitation, emoticons.
_LAUGHTER = re.compile(
    r"(?:^|(?<=\s))(?:lol|mdr|ptdr|xd|haha\w*|hihi\w*|euh+|hum+|bref)(?=[\s!.,?]|$)|[:;]-?[)D(pP]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    re.I,
)
#: Fillers at the start (« ben », « bah », « alors ») and at the end (« quoi », « voilà »).
_START = re.compile(
    r"^(?:(?:ben|bah|bon|alors|donc|en fait|enfait|genre|ok|oui|euh+|eh bien|hé bien)\b[\s,!.]*)+", re.I
)
#: A courtesy before the answer (« Très bien, merci. », « Parfait ! »), said to the assistant, not part of it.
_COURTESY = re.compile(
    r"^(?:(?:(?:tr[eè]s bien|parfait|d'accord|entendu|super|g[eé]nial|ok)[\s,]*)?merci(?: beaucoup)?|"
    r"tr[eè]s bien|parfait|d'accord|entendu|super|g[eé]nial)\s*[,!.]+\s*",
    re.I,
)
#: A pointer back to the conversation at the end (« comme dans mon message », « comme je vous l'ai dit »): it means
#: nothing once the answer is in a summary, a preparation or a draft.
_BACK_REFERENCE = re.compile(
    r"[\s,]+(?:comme (?:(?:dans|sur) mon (?:message|profil|objectif)|(?:je|on) (?:(?:vous |te )?l'ai |l'a )?"
    r"(?:dit|disais|expliqu[eé]|indiqu[eé]|[eé]crit|mentionn[eé])|indiqu[eé]|mentionn[eé]|dit plus haut|pr[eé]cis[eé])"
    r"(?: (?:plus haut|avant|tout [aà] l'heure))?)[\s!.]*$",
    re.I,
)
_END = re.compile(r"(?:[\s,]+(?:quoi|voila|voilà|tu vois|vous voyez|en gros|tout ça|tkt|stp|svp))+[\s!.]*$", re.I)
#: SMS and chat spellings with one meaning in a goal answer (folded keys), before the dictionary's corrections.
_SMS = {
    "c": "c'est",
    "jveux": "je veux",
    "jveu": "je veux",
    "psk": "parce que",
    "pcq": "parce que",
    "pck": "parce que",
    "paske": "parce que",
    "bcp": "beaucoup",
    "tjr": "toujours",
    "tjrs": "toujours",
    "ds": "dans",
    "qd": "quand",
    "jvoudrais": "je voudrais",
    "jsuis": "je suis",
    "chui": "je suis",
    "jpense": "je pense",
    "jsais": "je sais",
    "jpeux": "je peux",
    "jdois": "je dois",
    "ke": "que",
    "kan": "quand",
    "mtn": "maintenant",
    "ya": "il y a",
    "pb": "problème",
    "pbs": "problèmes",
    "certif": "certification",
    "certifs": "certifications",
    "resto": "restaurant",
    "appart": "appartement",
    "exam": "examen",
    "exams": "examens",
    "prez": "présentation",
    "entretient": "entretien",
    "asso": "association",
    "assos": "associations",
}
#: Acronyms of work and studies, typed in lower case.
_ACRONYMS = {
    a.lower(): a
    for a in "DAF DRH RH CDI CDD PME ETI CTO CEO CFO COO AWS UX UI SQL BTS MBA DUT BUT CV IA ESN SSII KPI CRM ERP SEO "
    "DSCG DCG RSE QHSE CAP DSI PMO SAP GCP BI".split()
}
#: Cities typed in lower case whose common-noun homograph would hide them (« a paris »).
_CITIES = {c.lower(): c for c in "Paris Lyon Marseille Lille Toulouse Nantes Bordeaux Rennes Strasbourg Nice".split()}
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]|\s+")


@dataclass(frozen=True)
class Written:
    """An answer written out: ``text`` (inline), the guesses made (typed, proposed) and the words left unknown."""

    text: str
    guessed: tuple[tuple[str, str], ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def sure(self) -> bool:
        """True when every change was certain and every word is known."""
        return not self.guessed and not self.unknown


def _before_dictionary(text: str) -> str:
    out = []
    for token in _TOKEN.findall(text):
        key = fold(token)
        if key in _SMS:
            out.append(_SMS[key])
        elif key in _ACRONYMS and token == token.lower():
            out.append(_ACRONYMS[key])
        elif key in _CITIES and token == token.lower():
            out.append(_CITIES[key])
        else:
            out.append(token)
    return "".join(out)


#: Subjects after which « a » is the verb (« il a », « mon équipe a grandi » is caught by the participle).
_SUBJECTS = {"il", "elle", "iel", "on", "qui", "y", "ca", "ça", "cela", "tout", "personne", "chacun", "quelqu'un"}
_ETRE = r"(?:être|été|suis|es|est|sommes|êtes|sont|serai|serais|sera|soit)"
#: « validé par », « être embauché »: a word in « e » where a participle in « é » is meant.
_AFTER_ETRE = re.compile(rf"\b({_ETRE}|\w+) (\w+e)(?= par\b)|\b({_ETRE}) (\w+e)\b")


_AFTER_DETERMINER = re.compile(r"\b(les|des|mes|tes|ses|nos|vos|leurs|aux) (\w+e)(s)\b")


def _grammar(text: str) -> str:
    """« a » for « à » when no subject comes before and no participle after; « être embauche » -> « être embauché »."""
    tokens = text.split(" ")
    for i, token in enumerate(tokens):
        if token == "a" and 0 < i < len(tokens) - 1:
            before, after = fold(tokens[i - 1]), tokens[i + 1]
            if before not in _SUBJECTS and not tokens[i - 1][:1].isupper() and not is_participle(after):
                tokens[i] = "à"
    text = " ".join(tokens)

    def participle(match: re.Match) -> str:
        before, word = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        accented = word[:-1] + "é"
        if not match.group(2) and "adj" in parts_of_speech(word.lower()):  # « je suis prête » is right as typed
            return match.group(0)
        if is_participle(accented) and (not is_participle(word) or match.group(2)):
            return f"{before} {accented}"
        return match.group(0)

    text = _AFTER_ETRE.sub(participle, text)

    def noun(match: re.Match) -> str:
        word, plural = match.group(2), match.group(3)
        accented = word[:-1] + "é" + plural
        keep = is_nominal(word + plural) or not is_nominal(accented)
        return match.group(0) if keep else f"{match.group(1)} {accented}"

    return _AFTER_DETERMINER.sub(noun, text)


def _guess(word: str) -> str:
    """The dictionary's first suggestion for ``word`` when it only adds accents or a missing letter, else "".

    A letter replaced or removed makes another word (« hooks » -> « looks », « of » -> « cf »): the word is then
    left as typed and flagged, never replaced."""
    for suggestion in suggest(word):
        plain = suggestion.replace("’", "'")
        if " " not in plain and is_slip(word, plain):
            return plain
    return ""


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r"([!?.])\1+", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" ,;:-–").rstrip(" .!")


def _inline_case(text: str) -> str:
    """« Devenir DAF » -> « devenir DAF », « Mon équipe » -> « mon équipe »; a name or an acronym stays."""
    first = text.split(" ", 1)[0] if text else ""
    if len(first) < 2 or not first[0].isupper() or not first[1:2].islower():
        return text
    low = first.lower()
    if fold(low) in COMMON_STARTS or low in COMMON_STARTS or is_infinitive(low) or "'" in low:
        return low + text[len(first) :]
    return text


def written_out(answer: str | None) -> Written:
    """The answer with sure corrections made and close guesses proposed (see the module's doc)."""
    text = _LAUGHTER.sub(" ", without_reminder(clean(answer)))
    text = _BACK_REFERENCE.sub("", _END.sub("", _START.sub("", _COURTESY.sub("", text.strip()))))
    text = _before_dictionary(_tidy(text))
    spelled = correct(text)
    if spelled.unknown == ("(dictionnaire absent)",):
        return Written(_inline_case(_tidy(text)), unknown=spelled.unknown)
    text, guessed, unknown = spelled.text, [], []
    for word in dict.fromkeys(spelled.unknown):
        proposal = _guess(word)
        if proposal:
            text = re.sub(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", proposal, text)
            guessed.append((word, proposal))
        else:
            unknown.append(word)
    unknown += [w for w in spelled.unfit if fold(w) not in ("bref",)]
    return Written(_inline_case(_tidy(_grammar(text))), tuple(guessed), tuple(unknown))


def inline(answer: str | None) -> str:
    """The answer as it reads inside a sentence: written out, no final full stop."""
    return written_out(answer).text


def sentence(answer: str | None) -> str:
    """The answer as a line of its own: written out, capital first, full stop last (« Devenir DAF. »)."""
    text = inline(answer)
    if not text:
        return ""
    return capitalize(text) + ("" if text[-1] in "?!." else ".")


def goal_reference(statement: str | None) -> str:
    """How a message names a goal in passing: its short phrase (« devenir DAF »), else the whole goal written out."""
    text = inline(statement)
    phrase = goal_phrase(text)
    return phrase.text if phrase.usable else text
