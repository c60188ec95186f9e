"""A typed yes or no to the assistant's question (``assistant.coaching.yes_no.typed_yes_no``)."""

import pytest

from assistant.coaching.yes_no import typed_yes_no


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("oui, supprimez-le", "affirm"),
        ("Oui, tout effacer.", "affirm"),
        ("ouais vas-y supprime", "affirm"),
        ("ok, vas-y", "affirm"),
        ("d'accord, efface mes données", "affirm"),
        ("non finalement je le garde", "deny"),
        ("nan garde-le stp", "deny"),
        ("attendez, pas encore", "deny"),
        ("Non merci.", "deny"),
        ("Si, vas-y, supprime", "affirm"),  # the third panel's answer to the erase prompt started a rehearsal
        ("si !", "affirm"),
        ("hmm… finalement non, gardez-les", "deny"),  # second thoughts at the erase prompt (fourth panel)
        ("euh oui vas-y", "affirm"),
    ],
)
def test_a_confirmation_that_says_only_yes_or_no(text, intent):
    assert typed_yes_no(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "oui, et j'aimerais aussi préparer une rencontre",  # yes, then another request
        "non je veux plutôt écrire à ma mentore",
        "c'est bon",  # after a draft it finalises it: left to the classifier
        "pas encore",  # an answer in a form (« avez-vous déjà écrit ? »)
        "okay super idée, on fait un objectif",
        "supprime l'objectif 2",  # no yes or no at all
        "si tu peux le garder",  # a condition, not the « si » that answers a negative question
    ],
)
def test_anything_more_is_left_to_the_classifier(text):
    assert typed_yes_no(text) is None


@pytest.mark.parametrize(("text", "intent"), [("👍", "affirm"), ("✅ !", "affirm"), ("👍🏽", "affirm"), ("❌", "deny")])
def test_an_emoji_alone_answers_yes_or_no(text, intent):
    assert typed_yes_no(text) == intent


@pytest.mark.parametrize("text", ["🔥", "👍 merci pour le brouillon, on passe à la suite"])
def test_other_emoji_are_left_to_the_classifier(text):
    assert typed_yes_no(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Top, merci beaucoup !",
        "Oui, vous pouvez le sauvegarder.",
        "ouais valide",
        "Nickel, vas-y",
        "ça me convient",
        "Très bien ainsi, merci",
        "Merci bien, ça me plaît !",  # thanks first, then the approval
    ],
)
def test_approvals_of_a_summary_say_yes(text):
    """Panel defect: approvals other than a bare « oui » at the goal's summary were not read as a yes."""
    assert typed_yes_no(text) == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "ça me convient pas",
        "parfait, mais changez l'échéance",
        "top, ne l'enregistrez pas encore",
        "bof",
        "merci pour votre aide",  # thanks alone stay thanks
    ],
)
def test_a_yes_turned_around_or_qualified_is_no_plain_yes(text):
    assert typed_yes_no(text) is None


def test_a_clear_refusal_of_the_summary_is_a_no():
    assert typed_yes_no("Non, ne le sauvegardez pas") == "deny"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("😬😬😬", "chitchat"), ("🙃", "chitchat"), ("😂 !", "chitchat"), ("🙏", "thanks"), ("👋", "greet")],
)
def test_emoji_alone_are_a_reaction_never_a_goodbye(text, intent):
    # the fourth panel's « 😅😅😅 » got « Au revoir », its « 🙄 » « À bientôt ! »
    from assistant.coaching.yes_no import emoji_intent

    assert emoji_intent(text) == intent


def test_emoji_with_words_or_a_yes_are_left_to_the_rest():
    from assistant.coaching.yes_no import emoji_intent

    assert [emoji_intent(t) for t in ("ok 😅", "👍", "❌", "", "?")] == [None] * 5


def test_a_button_is_named_by_a_word_of_its_title():
    from assistant.coaching.yes_no import button_named

    titles = ["✏️ Modifier les questions", "📄 Exporter", "📝 Après la rencontre"]
    assert button_named("bon, exporte-moi ça", titles) == 1
    assert button_named("modifie les questions stp", titles) == 0
    assert button_named("oui", titles) is None  # names nothing
    assert button_named("exporte puis modifie", titles) is None  # names two
