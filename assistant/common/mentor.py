"""The mentor a mentee writes to or meets, and reading who they are from the mentee's answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.coaching.text import clean, fold, fold_same_length, words
from assistant.common.answers import Parsed
from assistant.common.dictionary import is_valid
from assistant.common.first_names import FEMININE_NAMES, FILLERS, MASCULINE_NAMES, name_gender
from assistant.common.spelling import is_first_name, is_proper_noun, parts_of_speech
from assistant.common.spelling_words import TRADE_WORDS

MAX_MENTOR_CHARS = 200


@dataclass(frozen=True)
class Mentor:
    """Who the mentee meets: a name (may be empty), and what they do, when said."""

    name: str
    role: str = ""
    organisation: str = ""

    @classmethod
    def from_slots(cls, slots: dict, prefix: str) -> Mentor:
        """From the form slots ``<prefix>``, ``<prefix>_role`` and ``<prefix>_org`` (missing ones empty)."""
        return cls(slots.get(prefix) or "", slots.get(f"{prefix}_role") or "", slots.get(f"{prefix}_org") or "")

    @property
    def display(self) -> str:
        """How the coach names the mentor in a sentence."""
        return self.name or "votre mentor"

    @property
    def first_name(self) -> str:
        """The first name for « Bonjour Claire, »; empty when there is no real name (only a title)."""
        words_ = [w for w in self.name.split() if fold(w) not in TITLES]
        return words_[0] if len(words_) >= 1 and self.name and words_[0][:1].isupper() else ""


_ADDRESS = re.compile(r"(https?://|www\.|\S+@\S+\.\S+|\.(?:com|fr|io|org|net)\b)", re.I)
_INTRO = re.compile(
    r"^(?:(?:oui|ouais|ok|okay|d'accord|bien s[uû]r|sorry|pardon|oups|d[ée]sol[ée]e?)(?:\W+|$)|"
    r"(?-i:ben|bah|beh|euh|hein|mdr|lol|non|nan)\W+|(?:à|a)\s+(?=\w)|"  # « ben claire martin », « mdr non, à Claire »
    r"(?:bonjour|salut|alors|c'est|avec|je vois|je rencontre|mon mentor|ma mentore|ma mentor|mon mentor s'appelle|"
    r"ma mentore s'appelle|il s'appelle|elle s'appelle|s'appelle)\s+|(?:il|elle|ça) s'agit d(?:e\s+|['’]))+",
    re.I,
)
#: A civility before the name: it says the gender, it is not the name (« Monsieur Bernard Lefèvre »).
_CIVILITY = re.compile(r"^(?:(monsieur|m\.|mr\.?)|(madame|mademoiselle|mme\.?|mlle\.?))\s+", re.I)
#: After « chez », the mentee's own side or a pronoun, never an organisation (« chez nous », « chez moi »).
_OWN_SIDE = re.compile(r"^(?:nous|moi|toi|vous|eux|lui|elle|elles|soi|nos|notre|mon|ma|mes|leur|la maison)\b", re.I)
#: Chat contractions of a pronoun and a verb (« jle », « jte », « chui »): never a person's name.
_CONTRACTION = re.compile(r"^(?:j[bcdfghjklmnpqrstvwxz]\w*|chui|chuis|jai|jsp)$", re.I)
_ROLE_SPLIT = re.compile(
    r"\s*(?:,|;|(?<=[a-zà-ÿ]{3})\.\s|\s-\s|\s–\s|\(|\bqui est\b|\bil est\b|\belle est\b|\biel est\b)\s*", re.I
)
_AT = re.compile(r"(?:^|\s+)(?:chez|at|@)\s+", re.I)
#: « je suis crevée, grosse journée », « j'ai eu une journée chargée »: the mentee speaking of themselves, no person.
_ABOUT_ME = re.compile(r"^(?:moi,?\s+)?(?:je (?:suis|me sens|viens|reviens|pense|crois)|j'ai|jsuis|chui|j'suis)\b")
_NO_ONE = re.compile(
    r"^(?:je (?:ne )?sais pas|jsp|aucune idee|personne|bonjour|salut|coucou|hello|euh+|"
    r"je ne (?:le|la) connais pas|on verra|pas encore|"
    r"oui|ouais|ouai|non|nan|ok|okay|d'accord|dac|yes|no|si|bien sur|vas-y|go|parfait)(?:\s+\w+)?[\s!.?]*$"
)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$|^(?:de|du|des|d'|le|la|van|von|di|da|ben|el)$")
#: Capitalised words that start a sentence but are not names (« Je ne sais pas », « Le directeur »).
_NOT_NAMES = FILLERS | set(
    """
    je j'ai il elle on nous vous le la les l' un une des du de mon ma mes son sa ses notre votre ce cette bonjour
    salut oui non merci pas aucun aucune quelqu'un personne c'est avec dans pour mais donc et ou puis ok head lead
    chief vp yo wesh hey coucou hello hi
    """.split()
)
#: Titles kept in the name but never used as a first name (« Bonjour Dr, » would be wrong).
TITLES = {
    "dr",
    "dr.",
    "docteur",
    "pr",
    "pr.",
    "professeur",
    "m.",
    "mme",
    "mme.",
    "mr",
    "mr.",
    "monsieur",
    "madame",
    "me",
    "maitre",
    "maître",
}


def plausible_name(name: str) -> bool:
    """True when ``name`` can be a person's name: no chat contraction (« jle »), no pronoun or civility alone."""
    tokens = [t for t in name.replace("’", "'").split() if fold(t) not in TITLES]
    if not tokens or fold(tokens[0]) in _NOT_NAMES:
        return False
    return not any(_CONTRACTION.match(t) or not re.fullmatch(r"[\w'.-]+", t) or t.isdigit() for t in tokens)


def _with_civility(civility: re.Match | None, name: str) -> str:
    """The name the civility came with: « Mme Roux » keeps its title (the greeting needs it), « Monsieur Bernard
    Lefèvre » is Bernard Lefèvre when his first name already says the gender, else « M. Bernard Lefèvre »."""
    if civility is None or not name:
        return name
    gender = "m" if civility.group(1) else "f"
    if len(name.split()) > 1 and name_gender(name) == gender:
        return name
    return f"{'M.' if gender == 'm' else 'Mme'} {name}"


def person_name(person: str | None) -> str:
    """A PER entity as a mentor's name (civility read as above), or "" when it is no plausible name (« jle »,
    « Monsieur » alone)."""
    person = clean(person)
    civility = _CIVILITY.match(person + " ")
    bare = person[civility.end() :].strip() if civility else person
    if not bare or not words(bare) or not plausible_name(bare) or _a_command(bare):
        return ""
    return _with_civility(civility, bare)[:200]


def _a_command(name: str) -> bool:
    """« Montrez », « Affiche » taken for a name at the start of a request: a verb's imperative alone, no first
    name (« Rose » stays a name)."""
    tokens = name.split()
    return len(tokens) == 1 and "impe" in parts_of_speech(tokens[0].lower()) and not is_first_name(tokens[0])


def _leading_name(text: str) -> tuple[str, str]:
    """Split ``Paul Durand dev senior`` into the capitalised name words and the rest."""
    tokens = text.split()
    taken: list[str] = []
    for token in tokens:
        if not taken and fold(token) in _NOT_NAMES:
            break
        if _NAME_WORD.match(token) and (token[0].isupper() or taken):
            taken.append(token)
        else:
            break
    while taken and not taken[-1][0].isupper():  # "Paul de" -> "Paul"
        taken.pop()
    return " ".join(taken), " ".join(tokens[len(taken) :])


#: A role that is a sentence about the person (« il a monté … », « elle dirige … », « qui m'a formé »).
_A_CLAUSE = re.compile(r"^(?:il|elle|iel|on|qui|ils|elles|je|j'|nous)\s*\S", re.I)


def _split_role(rest: str) -> tuple[str, str]:
    rest = rest.strip(" ,;:.)-–")
    rest = re.sub(r"^(?:est|c'est|qui est|il est|elle est|, )\s*", "", rest, flags=re.I)
    rest = re.sub(r"^(?:du|de la|de l'|des)\s+", "", rest, flags=re.I)  # « Claire Martin du groupe Renault »
    parts = _AT.split(rest, maxsplit=1)
    role = parts[0].strip(" ,;:.)")
    organisation = re.split(r"\s*[,;(]\s*", parts[1], maxsplit=1)[0].strip(" ,;:.)") if len(parts) > 1 else ""
    if _A_CLAUSE.match(role):  # « il a monté une entreprise de 30 salariés »: what they did, no job title
        return "", ""
    if _OWN_SIDE.match(organisation):  # « chez nous » is the mentee's own company, unnamed
        organisation = ""
    return role, organisation


def _surname(word: str) -> bool:
    """Whether ``word``, typed in lower case after a first name, is a surname: a name the dictionary knows
    (« durand »), or a word it does not know that is no trade word or acronym (« benali », not « dev », « rh »)."""
    folded = fold(word)
    if not word.isalpha() or folded in _NOT_NAMES or folded in TRADE_WORDS or len(word) < 3:
        return False
    return is_proper_noun(word) or not (is_valid(word) or is_valid(word.capitalize()))


def _capitalised_first_name(answer: str) -> str:
    """« ines, ma mentor » -> « Ines, ma mentor », « claire dupuis » -> « Claire Dupuis »: a known first name typed
    in lowercase, and the one word after it when the answer is just the two (a surname); else ``answer`` as is."""
    head, *tail = _ROLE_SPLIT.split(answer, maxsplit=1)
    bare = head.rstrip(" !?.")  # « sonia petit ! »: the two words, the mark after them
    head, tokens = bare, bare.split()
    known = bool(tokens) and (fold(tokens[0]) in FEMININE_NAMES | MASCULINE_NAMES or is_first_name(tokens[0]))
    if not known:
        return answer
    if len(tokens) == 2 and tokens[1].isalpha() and fold(tokens[1]) not in _NOT_NAMES:
        tokens[1] = tokens[1].capitalize()
    elif len(tokens) > 2 and _surname(tokens[1]):  # « yanis benali dev fullstack »: the surname is no job
        tokens[1] = tokens[1].capitalize()
    tokens[0] = tokens[0].capitalize()
    return " ".join(tokens) + answer[len(head) :]


#: Where a long answer about the person goes on to more than who they are (« …, et il est aussi tuteur … »).
_MORE_ABOUT_THEM = re.compile(r",\s+(?:et|mais|donc|si|d'ailleurs)\s+|\s*;\s*|\s*\(")


def parse_mentor(text: str | None, person: str | None = None) -> Parsed:
    """Read ``Claire Martin, directrice data chez Doctolib`` into a :class:`Mentor`.

    ``person`` is a PER entity the NLU pipeline found in the message, used when present.
    Problems: ``empty``, ``too_long``, ``address`` (a URL or an e-mail instead of a name), ``no_name``
    (« je ne sais pas », « bonjour »: neither a name nor a description).
    """
    answer = clean(text)
    if not answer or not words(answer):
        return Parsed(problem="empty")
    if len(answer) > MAX_MENTOR_CHARS:  # « X. Il est …, et il est aussi … »: who they are comes first
        answer = _MORE_ABOUT_THEM.split(answer, maxsplit=1)[0]
        if len(answer) > MAX_MENTOR_CHARS:
            return Parsed(problem="too_long")
    if _ADDRESS.search(answer):
        return Parsed(problem="address")
    answer = _INTRO.sub("", answer).strip()
    if not words(answer):  # « Oui. »: a yes to another question, no name
        return Parsed(problem="no_name")
    civility = _CIVILITY.match(answer)
    answer = answer[civility.end() :] if civility else answer
    if civility and answer[:1].islower() and fold(answer.split()[0]) not in _NOT_NAMES:
        answer = answer[:1].upper() + answer[1:]  # « mme duval »: after a civility comes a name
    elif answer[:1].islower():
        answer = _capitalised_first_name(answer)  # « ines, ma mentor », « claire dupuis »
    person = clean(person)
    person = _CIVILITY.sub("", person + " ").strip() if person else ""
    if person and not plausible_name(person):
        person = ""  # « Monsieur » alone, « jle »: not a name
    if person and person in answer and not _ADDRESS.search(person):
        name, rest = person, answer.split(person, 1)[1]
    else:
        head, *tail = _ROLE_SPLIT.split(answer, maxsplit=1)
        name, rest_of_head = _leading_name(head)
        if name and not plausible_name(name):  # « Jle corrigerai … »: a chat contraction, not a name
            name, rest_of_head = "", head
        rest = " ".join(part for part in (rest_of_head, *tail) if part)
        if not name:  # "mon manager" or "une dev de mon équipe": keep the description as the name
            if _NO_ONE.search(fold(answer)) or len(words(answer)) < 1 or _ABOUT_ME.match(fold(answer)):
                return Parsed(problem="no_name")
            role, organisation = _split_role(answer)
            return Parsed(Mentor(name="", role=role[:1].lower() + role[1:], organisation=organisation))
    role, organisation = _split_role(_RELATION.sub("", _RELATION.sub("", rest)).strip(" ,;!."))
    return Parsed(Mentor(name=_with_civility(civility, name.strip()), role=role, organisation=organisation))


def mentor_in_request(text: str | None, person: str) -> Parsed:
    """Who the mentor is, read from a request that names them (« …rédiger un e-mail à une potentielle mentore : Mme
    Claire Fontaine, directrice des affaires réglementaires chez Sanofi. Une collègue m'a donné son adresse. »): from
    the person's name to the end of that sentence (sixteenth panel: the whole request was too long to be read)."""
    raw = clean(text)
    at = raw.find(person)
    if at < 0:
        return parse_mentor(raw, person)
    end = re.search(r"[.!?;](?:\s|$)", raw[at + len(person) :])
    return parse_mentor(raw[at : at + len(person) + end.start()] if end else raw[at:], person)


#: « ma mentore », « , tu la connais ! », « évidemment, celle à qui j'écris » after a name: who they are to the
#: mentee, or a remark; not their job.
_RELATION = re.compile(
    r"^[\s,;]*(?:(?:ma|mon) (?:mentore?|marraine|parrain)|[ée]videmment|bien s[uû]r|bien entendu|naturellement"
    r"|voyons|of course)\b[\s,;!.]*|"
    r"[\s,;]*\b(?:tu|vous) (?:la |le |l')?conn\w*(?:\s+(?:d[ée]j[aà]|bien))?\W*$|"
    r"[\s,;]*\b(?:celle|celui|la personne|elle|lui)\s+(?:[àa] qui|dont|que|qu'|avec qui|pour qui)\s.*$",
    re.IGNORECASE,
)


#: « non, pas Sarah ! », « en fait ce n'est pas Paul » (folded): the mentee takes back the person named.
_NOT_THEM = re.compile(
    r"^\W*(?:(?:non|nan|nn|en fait|finalement|pardon|oups|attends?|attendez)\W+)+"
    r"(?:pas|ce n'est pas|c'est pas|ce ne sera pas|plus)\s+(?:a\s+|à\s+)?([\w'-]+)\W*"
)
#: « quelqu'un d'extérieur : », « plutôt », « c'est » before the person who replaces them (folded).
_INSTEAD = re.compile(r"^.*?(?::|\bplutot\b|\bc'est\b|\bmais\b|\bje (?:veux|voudrais) ecrire a\b)\s*")


def taken_back(text: str | None, current: str | None) -> str | None:
    """The person named instead when ``text`` takes back ``current`` (« Non, pas Sarah ! Quelqu'un d'extérieur :
    Thomas Nguyen, head of product chez Alan » -> « Thomas Nguyen, head of product chez Alan »); "" when it only
    takes them back; None when it is no such correction."""
    raw = " ".join((text or "").split())
    folded = fold_same_length(raw)
    match = _NOT_THEM.match(folded)
    named = [w for w in fold(current or "").replace("-", " ").split() if fold(w) not in TITLES]
    if not match or not named or match.group(1) not in named:
        return None
    rest = raw[match.end() :]
    instead = _INSTEAD.match(fold_same_length(rest))
    rest = rest[instead.end() :] if instead else rest
    return rest.strip(" .!,;") if words(rest) else ""


#: A change of mind after a person is named in the same message (« …, Sarah Benali… En fait non, plutôt … »).
_CHANGE_OF_MIND = re.compile(r"\b(?:en fait non|finalement non|non,? plutot|ou plutot|enfin non|euh non)\b")


def named_then_taken_back(text: str | None, person: str | None) -> bool:
    """Whether ``text`` names ``person`` and then takes it back in the same message."""
    folded, name = fold(text or ""), fold(person or "")
    at = folded.find(name) if name else -1
    return at >= 0 and bool(_CHANGE_OF_MIND.search(folded[at + len(name) :]))


def introduces_self(text: str | None, person: str | None) -> bool:
    """Whether ``person`` is the mentee introducing themselves (« Bonjour, c'est Fatou, … », « je suis Karim »)."""
    if not person:
        return False
    name = re.escape(fold(person))
    return bool(re.search(rf"\b(?:c'est|je suis|moi c'est|ici|je m'appelle)\s+{name}\b", fold(text or "")))


#: « jsais pas g personne en vue », « je n'ai encore personne », « aucune idée de qui » (folded): no mentor in view.
_NOBODY_IN_VIEW = re.compile(
    r"\b(?:personne en vue|(?:j'ai|g|jai|je n'ai|j'ai encore|je n'ai encore) personne|personne pour l'instant|"
    r"personne pour le moment|aucune idee de qui|je (?:ne )?sais pas (?:encore )?a qui|"
    r"pas encore de (?:nom|mentor|mentore))\b"
)


def nobody_in_view(text: str | None) -> bool:
    """Whether the mentee says they have no one in view to write to (« jsais pas g personne en vue justement »)."""
    return bool(_NOBODY_IN_VIEW.search(fold(clean(text))))
