"""A correction of a goal's answer typed without the field's name: « 20 entretiens, pas 30 », « dans un an, pas
6 mois », « pas Lyon mais Nantes », « fin mai au lieu de fin avril ».

The old words say which answer changes: the one answer that holds them (folded, whole words). A date replaces
a date: the deadline. Words the new value shares with what follows the old one are not written twice (« 20
entretiens, pas 30 » in « décrocher 30 entretiens » -> « décrocher 20 entretiens »).
"""

from __future__ import annotations

import re

from assistant.coaching.text import POLITE, clean, fold, fold_same_length, words
from assistant.coaching.text_edits import read_edit
from assistant.common.dates import MONTH_NAMES, parse_deadline
from assistant.goals.answers import TypedChange, moves_deadline, named_fields
from assistant.goals.catalog import find_area, find_mentoring_kind
from assistant.goals.model import TEXT_FIELDS

#: « non ! j'avais corrigé : », « en fait… », « pardon, »: what comes before the correction itself.
_LEAD_IN = re.compile(
    r"^(?:(?:non|nan|oups|pardon|attends?|attendez|en fait|enfait|finalement|plutot|ah|oh|euh|bon|"
    r"j'avais (?:corrige|dit|ecrit|mis)|je voulais dire|c'est|c etait|c'etait|je me suis trompee?|et|"
    r"ecris|ecrivez|mets|mettez|note|notez)\b[\s,.!:…]*)+",
)
#: The three shapes of a swap, on folded text: new then old, old then new.
_NEW_NOT_OLD = re.compile(r"^(?P<new>.+?)\s*[,;]?\s*(?:et\s+)?(?:pas|non pas|et non)\s+(?P<old>[^,;.!?]+?)\W*$")
_NOT_OLD_BUT_NEW = re.compile(r"^(?:pas|non pas)\s+(?P<old>.+?)\s*,?\s*mais\s+(?P<new>[^;!?]+?)\W*$")
_NEW_INSTEAD_OF_OLD = re.compile(
    r"^(?P<new>.+?)\s+(?:au lieu de|au lieu d'|plutot que|plutot qu')\s*(?P<old>[^,;.!?]+?)\W*$"
)
#: « correctement stp » after the new words of a swap (« écris VCs correctement stp, pas VCS »).
_POLITE_TAIL = re.compile(rf"(?:\s+(?:correctement|bien|{POLITE}))+$", re.I)
#: Words that make a phrase a date (a bare number is not: « 10, pas 12 » are counts).
_DATE_WORDS = re.compile(rf"\b(?:{MONTH_NAMES}|mois|ans?|annees?|semaines?|jours?|fin|debut|mi)\b|\d{{1,2}}/\d{{1,2}}")
#: Longest swap read, in words: a longer message is an answer of its own.
MAX_WORDS = 16
#: Longest message read as an area taken back (« Non, j'ai dit évolution de carrière en premier, c'est ça le domaine
#: principal. Les compétences techniques, c'était une précision. »).
MAX_TAKEN_BACK_WORDS = 30


def swapped(text: str | None) -> tuple[str, str] | None:
    """``(new, old)`` of « 20 entretiens, pas 30 » (the new words as typed, accents kept), or None."""
    raw = clean((text or "").replace("…", ",")).rstrip(" .!")
    if not raw or len(raw.split()) > MAX_WORDS:
        return None
    if ":" in raw:  # « j'avais corrigé : dans un an, pas 6 mois »
        raw = raw.rsplit(":", 1)[1].strip()
    folded = fold(raw)
    lead = _LEAD_IN.match(folded)
    start = lead.end() if lead else 0
    raw, folded = raw[start:], folded[start:]
    if len(folded) != len(raw):  # folding changed the length (ligatures): offsets cannot be trusted
        return None
    for pattern in (_NOT_OLD_BUT_NEW, _NEW_INSTEAD_OF_OLD, _NEW_NOT_OLD):
        found = pattern.match(folded)
        if found and found["new"].strip() and found["old"].strip():
            typed = raw[found.start("new") : found.end("new")].strip(" ,")
            return _POLITE_TAIL.sub("", typed), found["old"].strip()
    return None


def _replaced(value: str, old: str, new: str) -> str:
    """``value`` with ``old`` (folded, whole words) replaced by ``new``; words of ``new`` that already follow
    ``old`` in ``value`` are not repeated. "" when ``old`` is not in ``value``."""
    folded = fold(value)
    found = re.search(rf"(?<!\w){re.escape(old)}(?!\w)", folded)
    if not found or len(folded) != len(value):
        return ""
    end = found.end()
    new_words = new.split()
    after = value[end:].split()
    for shared in range(min(len(new_words) - 1, len(after)), 0, -1):
        if [fold(w) for w in new_words[-shared:]] == [fold(w).strip(".,;") for w in after[:shared]]:
            new = " ".join(new_words[:-shared])
            break
    return value[: found.start()] + new + value[end:]


def moved_deadline(text: str | None) -> TypedChange | None:
    """« je voudrais décaler la date… plutôt pour la fin de ma L2, donc juin 2028 »: the deadline said last, when the
    message moves the deadline and names a date that reads; None otherwise."""
    raw = clean(text)
    if not moves_deadline(raw):
        return None
    pieces = [p.strip(" .!?") for p in re.split(r"[,;.…]+|\b(?:donc|plutôt|plutot|soit)\b", raw) if p.strip(" .!?")]
    said = next((p for p in reversed(pieces) if _DATE_WORDS.search(fold(p)) and parse_deadline(p).ok), None)
    return TypedChange("goal_deadline", said) if said else None


def quoted_swap(text: str | None, answers: dict[str, str | None]) -> TypedChange | None:
    """« Remplacez « un musée lyonnais » par « un musée de la métropole de Lyon » dans l'objectif, puis
    enregistrez »: the one answer that holds the quoted words, with them replaced; None otherwise."""
    edit = read_edit(text)
    if edit is None or not edit.new or edit.subject:
        return None
    changes = [
        TypedChange(field, replaced)
        for field in TEXT_FIELDS
        if (replaced := _replaced(answers.get(field) or "", fold(edit.old), edit.new))
    ]
    return changes[0] if len(changes) == 1 else None


def unnamed_correction(text: str | None, answers: dict[str, str | None]) -> TypedChange | None:
    """The change a swap typed at a goal's summary makes (see the module's doc), or None when it is not a swap or
    when its old words are in no answer, or in several."""
    swap = swapped(text)
    if swap is None:
        return None
    new, old = swap
    if _DATE_WORDS.search(fold(new)) and _DATE_WORDS.search(old) and parse_deadline(new).ok:
        return TypedChange("goal_deadline", new)
    changes = [
        TypedChange(field, replaced)
        for field in TEXT_FIELDS
        if (replaced := _replaced(answers.get(field) or "", old, new))
    ]
    return changes[0] if len(changes) == 1 else None


#: Words that take back what was said (« non », « attends », « plutôt »): a lead-in of a correction has one.
_TAKES_BACK = re.compile(
    r"\b(?:non|nan|oups|pardon|attends?|attendez|en fait|enfait|finalement|plutot|je voulais dire)\b"
)


def later_deadline(text: str | None) -> TypedChange | None:
    """« non attends, plutôt fin mars » typed at a later question: a change of mind about the deadline already given
    (a date and nothing else after words that take back), or None."""
    raw = clean((text or "").replace("…", ",")).rstrip(" .!")
    folded = fold(raw)
    lead = _LEAD_IN.match(folded)
    if not lead or len(folded) != len(raw) or len(raw.split()) > MAX_WORDS or not _TAKES_BACK.search(lead.group()):
        return None
    rest = raw[lead.end() :].strip(" ,")
    put = list(_PUT_INSTEAD.finditer(fold_same_length(rest)))
    if put:  # « 6 mois c'est trop court, mets plutôt 9 mois »: the date after the last « mets plutôt »
        rest = rest[put[-1].end() :]
    # « plutôt 1 an, faut que je finisse ma formation »: the date, then why (the deadline's reason, not the goal's)
    rest = _WHY_AFTER.split(rest, maxsplit=1)[0].strip(" ,")
    return TypedChange("goal_deadline", rest) if _DATE_WORDS.search(fold(rest)) and parse_deadline(rest).ok else None


#: « mets plutôt », « disons », « plutôt » before the date meant, after a remark on the one given (folded).
_PUT_INSTEAD = re.compile(r"\b(?:(?:mets|mettez|mettons|note|notez|disons|ecris|ecrivez)(?: plutot)?|plutot)\b\s*:?\s*")
#: What may follow the date taken back: why that date (folded and original text keep the same words).
_WHY_AFTER = re.compile(r"\s*(?:[,;]|\b(?:car|parce que|parce qu'|puisque|vu que)\b)\s*", re.IGNORECASE)


#: « nn j'ai pas dit technique, c carrière », « non, plutôt leadership » (folded): the area taken back; the area
#: meant is the one named after the last « c'est », « mais », « plutôt » or comma.
_AREA_TAKEN_BACK = re.compile(r"^(?:(?:non|nn|nan|mais non|euh|attends?|oups)\b|.*\bpas dit\b)")
_AREA_SAID = re.compile(
    r"\b(?:plutot|j'ai dit|j'avais dit|je voulais dire|je dirais|disons|c'est|c est)\s+(?P<area>[^,.;!?]+)"
)
_AREA_MEANT = re.compile(r",|\bc'est\b|\bc est\b|\bc\b|\bmais\b|\bplutot\b|\bdomaine\b")


def area_taken_back(text: str | None, current: str | None) -> TypedChange | None:
    """« nn jai pas dit technique moi, c carriere » typed after the area was chosen: the area meant, or None."""
    folded = fold(clean(text))
    if len(folded.split()) > MAX_TAKEN_BACK_WORDS or not _AREA_TAKEN_BACK.search(folded):
        return None
    pieces = _AREA_MEANT.split(folded)
    meant = find_area(pieces[-1]) if len(pieces[-1].split()) <= 3 else None  # « …, je veux devenir manager »
    # « non attends, plutôt évolution de carrière, c'est un changement de métier », « non, j'ai dit évolution de
    # carrière en premier, … » (sixteenth panel): the first other area named in a short piece after the take-back
    said = (m["area"] for m in _AREA_SAID.finditer(folded) if len(m["area"].split()) <= 5)
    meant = meant or next((area for area in map(find_area, said) if area is not None and area.key != current), None)
    return TypedChange("goal_area", meant.key) if meant is not None and meant.key != current else None


#: A change of mind in the middle of an answer: « Dans 6 mois. Non attendez, c'est irréaliste, dans un an. »
_SECOND_THOUGHT = re.compile(
    r"[.,;!…]\s*(?:(?:(?:ah|oh)\s+)?(?:non|nan|euh|enfin|pardon|oups)\b[\s,!.]*"
    r"(?:attendez|attends?|en fait|plutot|finalement)?|"
    r"(?:en fait|plutot|finalement|ou plutot)\b)[\s,!.:]*"
)


def second_thoughts(text: str | None) -> list[str]:
    """What follows the last change of mind in an answer, then its pieces from the last one back (« c'est irréaliste,
    dans un an » -> [« c'est irréaliste, dans un an », « dans un an »]); [] when the answer has none."""
    raw = clean(text)
    found = list(_SECOND_THOUGHT.finditer(fold(raw)))
    if not found or len(fold(raw)) != len(raw):
        return []
    rest = raw[found[-1].end() :].strip(" .!")
    pieces = [p.strip(" .!") for p in re.split(r"[,;]", rest) if p.strip(" .!")]
    return [rest, *reversed(pieces)] if rest else []


#: « Non en fait, », « Ah non, avant ça : » in the middle of an answer: the mentee takes back what they were writing.
_TAKEN_BACK = re.compile(
    r"[.,;!…]\s*(?:(?:ah|oh|euh|enfin)\s+)?(?:non|nan|pardon|oups)\b(?!\s+(?:pas|plus)\b)[\s,!.]*"
    r"(?:attendez|attends?|en fait|plutot|finalement|avant ca|apres reflexion|je veux dire)?[\s,!.]*(?P<colon>:)?\s*"
)


def restated(text: str | None) -> str | None:
    """An answer taken back half-way: what follows when it is given after a colon (« Quand j'aurai une convention
    signée. Ah non, avant ça : avoir contacté dix ateliers » -> « avoir contacté dix ateliers »), "" when it is not
    (« Obtenir le CAP en candidat libre. Non en fait, plutôt en formation… »: the whole answer must be said again);
    None when nothing is taken back."""
    raw = clean(text)
    found = list(_TAKEN_BACK.finditer(fold(raw)))
    if not found or len(fold(raw)) != len(raw):
        return None
    last = found[-1]
    rest = raw[last.end() :].strip(" .!")
    return rest if last.group("colon") and len(words(rest)) >= 2 else ""


#: « l'objectif est trop long, mets juste : … »: the value put in place of a field named before (folded).
_PUT_VALUE = re.compile(
    r"\b(?:mets|mettez|ecris|ecrivez|note|notez|garde|gardez)(?:-moi| moi)?\s+"
    r"(?:juste|seulement|simplement|plutot|uniquement)\s*:?\s*"
)
#: « enlève le « Disons : » »: words in quotes to take out of the answer that holds them (folded).
_TAKE_OUT = re.compile(
    r"\b(?:enleve|enlevez|enlever|supprime|supprimez|supprimer|retire|retirez|retirer|efface|effacez|effacer|vire|"
    r"virez|virer)\b[^«\"]*[«\"]\s*"
    r"(?P<words>[^»\"]+?)\s*[»\"]"
)


def edited_answer(text: str | None, answers: dict[str, str | None]) -> TypedChange | None:
    """A summary's answer edited in words: « l'objectif est trop long, mets juste : … » (the one field named, with
    its new value), « enlève le « Disons : » » (those words out of the one answer that holds them); else None."""
    raw = clean(text)
    folded = fold_same_length(raw)
    put = _PUT_VALUE.search(folded)
    fields = named_fields(raw[: put.start()]) if put else []
    if put and len(fields) == 1 and words(raw[put.end() :]):
        return TypedChange(fields[0], raw[put.end() :].strip(" .!"))
    out = _TAKE_OUT.search(folded)
    if out is None:
        return None
    gone = out["words"].strip()
    whole = re.compile(rf"(?<!\w){re.escape(gone)}(?!\w)")
    holders = [
        (field, value, found)
        for field in TEXT_FIELDS
        if (value := answers.get(field) or "")
        and len(fold(value)) == len(value)
        and (found := whole.search(fold(value)))
    ]
    if len(holders) != 1:
        return None
    field, value, found = holders[0]
    kept = re.sub(r"\s{2,}", " ", value[: found.start()] + value[found.end() :]).strip(" ,:;")
    return TypedChange(field, kept) if words(kept) else None


def bare_choice(text: str | None, answers: dict[str, str | None]) -> TypedChange | None:
    """A kind of mentoring or an area typed alone at the summary (« informel », « plutôt à distance »): that answer
    changed; None for anything longer than a choice, or the choice already made."""
    folded = fold(clean(text)).strip(" .!")
    if not folded or len(folded.split()) > 3:
        return None
    for field, found in (("goal_mentoring_kind", find_mentoring_kind(folded)), ("goal_area", find_area(folded))):
        if found is not None and found.key != answers.get(field):
            return TypedChange(field, found.key)
    return None
