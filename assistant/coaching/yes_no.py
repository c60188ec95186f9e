"""A typed yes or no to the assistant's own question: « oui, supprimez-le », « non finalement je le garde », 👍."""

from __future__ import annotations

import re
import unicodedata

from assistant.coaching.text import fold, ordinal_number, words

_YES_START = re.compile(
    r"^(?:oui|ouais|ouai|yes|ok|okay|oki|d'accord|dac|vas-y|allez-y|allez|go|bien sur|parfait|c'est parfait|"
    r"nickel|impeccable|top|tres bien|ca me va|ca me convient|ca me plait|c'est tout bon|enregistre|enregistrez|"
    r"valide|validez)\b"
    # « Si, vas-y » answers a question put in the negative; « si tu veux… » opens a condition, not a yes
    r"|^si(?=\s*[,!.]|$)"
)
_NO_START = re.compile(r"^(?:non|nan|nn|nope|attends?|attendez|surtout pas)\b")
#: Words that may follow the opening « oui » / « non » of a confirmation (folded): the object, the
#: verb of the pending action, politeness. Anything else makes it another request (« oui, et … »).
_CONFIRMING_WORDS = set(
    """le la les l' l tout toute tous toutes ca cela ce c' c celui celle-la celui-la il elle lui mon ma mes
    objectif objectifs donnees brouillon message preparation je j' j on tu vous peux pouvez peut
    supprime supprimez supprimer efface effacez effacer garde gardez garder conserve conservez conserver
    le-la le-les supprime-le supprimez-le efface-le effacez-les garde-le gardez-le gardez-la garde-la garde-les
    gardez-les conserve-les conservez-les
    vas-y allez-y y vas fais faites confirme confirmez confirmer c'est est bon bien ok oui non pas encore
    finalement plutot merci stp svp s'il te vous plait plait merci d'accord sur tout-a-fait absolument
    exactement volontiers parfait attends attendez mais non-merci laisse laissez ne n' rien en prie evidemment
    carrement plaisir avec
    enregistre enregistrez enregistrer l'enregistrer l'enregistre l'enregistrez enregistre-le enregistrez-le
    enregistre-la enregistrez-la valide validez valider valide-le validez-le go nickel top impeccable beaucoup
    ainsi comme ca me va convient tres sauvegarde sauvegardez sauvegarder sauvegarde-le sauvegardez-le""".split()
)


#: Hesitations and second thoughts before the yes or no (« en fait non, … », « hmm wait… oui »).
_LEAD = re.compile(r"^(?:(?:en fait|finalement|hmm+|euh+|bah|ben|ah|oh|wait)\W+)+")
#: « merci, » or « merci beaucoup ! » opening an approval (« merci, ça me va »).
_THANKS_FIRST = re.compile(r"^merci(?: beaucoup| bien)?\W+")
#: Words that turn an opening yes around (« ça me va pas », « parfait, ne l'enregistrez pas »).
_NEGATIONS = {"pas", "ne", "n'", "non", "rien"}

#: Emoji that answer a yes/no question on their own.
_YES_EMOJI = set("👍👌✅✔🆗🙆")
_NO_EMOJI = set("👎❌✖🙅")
#: Variation selector and skin tones, which change no emoji's meaning.
_EMOJI_MODIFIERS = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def _emoji_answer(text: str) -> str | None:
    """« affirm » for a message of 👍 / ✅ only, « deny » for 👎 / ❌ only, else None."""
    signs = [c for c in text if not c.isspace() and c not in _EMOJI_MODIFIERS + "!."]
    if signs and all(c in _YES_EMOJI for c in signs):
        return "affirm"
    if signs and all(c in _NO_EMOJI for c in signs):
        return "deny"
    return None


#: Emoji that say thanks or hello on their own; any other face or sign alone is a remark (small talk).
_THANKS_EMOJI = set("🙏💐")
_WAVE_EMOJI = set("👋")


def emoji_intent(text: str | None) -> str | None:
    """The intent of a message of emoji only that is no yes or no: « thanks » (🙏), « greet » (👋), else
    « chitchat » (😅, 🙄: a reaction, never a goodbye); None when the message has words."""
    signs = [c for c in text or "" if not c.isspace() and c not in _EMOJI_MODIFIERS + "!.?…\u200d"]
    if not signs or not all(unicodedata.category(c) == "So" for c in signs) or _emoji_answer(text or ""):
        return None
    if all(c in _THANKS_EMOJI for c in signs):
        return "thanks"
    if all(c in _WAVE_EMOJI for c in signs):
        return "greet"
    return "chitchat"


#: A yes that asks to save in so many words is a yes, whatever small remark comes with it (up to this length).
_SAVE = re.compile(r"\b(?:enregistr\w*|l'enregistrer|sauvegard\w*)\b")
SAVE_MAX_WORDS = 14


def typed_yes_no(text: str | None) -> str | None:
    """« affirm » or « deny » for a typed answer to a yes/no question that says only that, or None.

    « oui, supprimez-le », « oui, tout effacer », « ok, vas-y », « nickel, enregistre » say yes; « non
    finalement je le garde », « attendez, pas encore » say no. « oui, et j'aimerais préparer une
    rencontre » says more than yes: None, the classifier decides.
    """
    emoji = _emoji_answer(text or "")
    if emoji:
        return emoji
    folded = fold(text or "").strip(" .!,;")
    lead = _LEAD.match(folded)
    folded = folded[lead.end() :] if lead else folded
    thanked = _THANKS_FIRST.match(folded)
    if thanked and _YES_START.match(folded[thanked.end() :]):  # « merci, c'est parfait »: the approval counts
        folded = folded[thanked.end() :]
    start = _YES_START.match(folded) or _NO_START.match(folded)
    if not start:
        return None
    rest = re.findall(r"[\w'-]+", folded[start.end() :])
    if _YES_START.match(folded) and _SAVE.search(folded) and len(rest) <= SAVE_MAX_WORDS and not _NEGATIONS & set(rest):
        return "affirm"  # « Oui, enregistrez, tant pis pour ce détail. Merci ! »
    if len(rest) > 6 or any(word not in _CONFIRMING_WORDS for word in rest):
        return None
    if _YES_START.match(folded):
        return None if _NEGATIONS & set(rest) else "affirm"  # « ça me va pas »: not a yes
    return "deny"


#: Letters two words share at their start to name the same thing (« exporte » and « Exporter »).
_SAME_STEM = 6


def _stems(text: str) -> set[str]:
    return {w[:_SAME_STEM] for w in words(fold(text)) if len(w) >= _SAME_STEM - 1}


def button_named(text: str | None, titles: list[str]) -> int | None:
    """The index of the one button whose title ``text`` names (« vas-y exporte » names « 📄 Exporter »), or None
    when it names none or several."""
    said = _stems(text or "")
    named = [i for i, title in enumerate(titles) if said & _stems(title)]
    return named[0] if len(named) == 1 else None


#: Shortest typed title taken for a button (« un autre » for « ➕ Un autre objectif »; not « le »).
TITLE_MIN_CHARS = 5


def title_typed(text: str | None, titles: list[str]) -> int | None:
    """The index of the one button whose title the message types, whole or its start (« un autre » for « ➕ Un
    autre objectif », « mes actions » for « 📋 Mes actions »), or None."""
    said = " ".join(words(fold(text or "")))
    if len(said) < TITLE_MIN_CHARS:
        return None
    typed = [i for i, title in enumerate(titles) if " ".join(words(fold(title))).startswith(said)]
    return typed[0] if len(typed) == 1 else None


#: « 2 », « la 1 », « le 3 », « n°2 »: a number alone, choosing among the buttons shown (folded).
NUMBER_ALONE = re.compile(
    r"^\W*(?:(?:oui|ouais|ok|alors)\W+)?(?:(?:le|la|l'|n°|no|numero|num)\s*)?(\d{1,2})(?:er|ere|e|eme|nd|nde)?"
    r"(?:\W+(?:oui|ouais|ok|stp|svp|merci|alors|bien sur))*\W*$"
)
#: « le premier », « la deuxième ouais »: a place said in words, alone.
_PLACE_ALONE = re.compile(
    r"^\W*(?:(?:oui|ouais|ok)\W+)?(?:le|la|l')\s*(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|"
    r"derniere?)(?:\W+(?:oui|ouais|ok|stp|svp|merci))*\W*$"
)


def number_typed(text: str | None, titles: list[str]) -> int | None:
    """The index of the button a number alone chooses: the one whose title starts with that number (« 2. … »),
    else the one at that place when no title is numbered; None otherwise."""
    folded = fold(text or "")
    match = NUMBER_ALONE.match(folded)
    place = _PLACE_ALONE.match(folded)
    if place and titles:  # « le premier », « la dernière »: the place in the list
        last = place.group(1).startswith("dernier")
        index = len(titles) - 1 if last else (ordinal_number(place.group(1)) or 0) - 1
        return index if 0 <= index < len(titles) else None
    if not match:
        return None
    number = int(match.group(1))
    numbered = [i for i, title in enumerate(titles) if re.match(rf"^\W*{number}\b", title)]
    if numbered:
        return numbered[0] if len(numbered) == 1 else None
    if any(re.match(r"^\W*\d", title) for title in titles):
        return None
    return number - 1 if 1 <= number <= len(titles) else None
