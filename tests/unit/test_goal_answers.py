"""Corrections typed in the middle of the goal form: which field, which new value."""

import pytest

from assistant.goals.answers import TypedChange, find_field, read_form_correction
from assistant.goals.stated import goal_in_words


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("ah non en fait l'échéance c'est fin juin", "goal_deadline", "fin juin"),
        ("finalement l'échéance c'est d'ici fin mai", "goal_deadline", "d'ici fin mai"),
        ("au fait l'indicateur ce serait plutôt 3 entretiens obtenus", "goal_measure", "3 entretiens obtenus"),
        ("nan mais change l objectif stp : trouver un stage en data", "goal_statement", "trouver un stage en data"),
        ("en fait mon objectif c'est de devenir chef de projet", "goal_statement", "devenir chef de projet"),
        ("finalement le domaine c'est plutôt le leadership", "goal_area", "le leadership"),
        ("corrige la raison : je veux plus d'autonomie", "goal_motivation", "je veux plus d'autonomie"),
    ],
)
def test_a_correction_typed_in_the_form_names_its_field_and_value(text, field, value):
    assert read_form_correction(text) == TypedChange(field, value)


@pytest.mark.parametrize(
    "text",
    [
        "3 entretiens d'ici la date limite",  # an answer mentioning a field, with no word of correction
        "je veux changer de métier, c'est mon objectif",  # the correction word is not before a field
        "non",
        "obtenir 2 offres avant la date de fin de mon contrat",
        # thirteenth panel: this became the goal's statement
        "Non, je ne veux pas modifier l'objectif, c'est le brouillon que je veux reprendre",
        "nan jveux pas changer l objectif : c'est la date qui va pas",
    ],
)
def test_an_answer_is_not_a_correction(text):
    assert read_form_correction(text) is None
    assert read_form_correction(text, leading=True) is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("la mesure c'est : signer un CDI avant septembre", "goal_measure", "signer un CDI avant septembre"),
        ("Et l'échéance : fin juin 2027", "goal_deadline", "fin juin 2027"),
        ("mesure = 3 maquettes livrées", "goal_measure", "3 maquettes livrées"),
        (
            "et la raison c: j'en ai marre des horaires en magasin",
            "goal_motivation",
            "j'en ai marre des horaires en magasin",
        ),
    ],
)
def test_at_the_summary_a_field_named_first_is_a_correction(text, field, value):
    assert read_form_correction(text, leading=True) == TypedChange(field, value)
    assert read_form_correction(text) is None  # in the form, an answer may mention a field


def test_a_field_said_wrong_then_given_again_is_corrected():
    # fourteenth panel: this got the list of mentoring kinds at the summary
    said = "wtf c pas ma raison ca. ma raison c que sans portfolio personne m'embauche"
    assert read_form_correction(said) == TypedChange("goal_motivation", "sans portfolio personne m'embauche")


@pytest.mark.parametrize(
    "text", ["la mesure c'est bon", "l'échéance c'est ok", "3 entretiens d'ici la date limite", "pour la date, oui"]
)
def test_at_the_summary_an_approval_or_an_answer_is_no_correction(text):
    assert read_form_correction(text, leading=True) is None


@pytest.mark.parametrize("text", ["L'objectif.", "l'objectif lui-même", "objectif"])
def test_the_goal_alone_names_its_statement(text):
    assert find_field(text).value == "goal_statement"


def test_a_numbered_goal_is_not_a_field():
    assert find_field("l'objectif 2") is None


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "J'ai un deuxième objectif : devenir cheffe de projet d'ici l'an prochain",
            "devenir cheffe de projet d'ici l'an prochain",
        ),
        ("mon objectif c'est de passer en CDI chez Airbus.", "passer en CDI chez Airbus"),
        ("Bonjour, je voudrais trouver un stage en data science", "trouver un stage en data science"),
        ("jvoudrais passer DAF dans 3 ans stp", "passer DAF dans 3 ans"),
        # thirteenth panel: a second goal in plain words got « Je ne sais pas encore répondre à cela » five times
        ("jveux aussi passer mon habilitation électrique BR", "passer mon habilitation électrique BR"),
        ("et sinon je voudrais également obtenir le CACES 3", "obtenir le CACES 3"),
    ],
)
def test_a_goal_stated_outright_is_read(text, goal):
    assert goal_in_words(text) == goal


@pytest.mark.parametrize(
    "text",
    [
        "mon objectif est-il assez précis ?",
        "un objectif, c'est quoi exactement",
        "je voudrais un mentor",  # no infinitive: not a goal to clarify
        "je veux bien",
        "mon objectif : stage",  # one word
    ],
)
def test_no_goal_is_read_where_none_is_stated(text):
    assert goal_in_words(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais ajouter un deuxième objectif",
        "je veux préparer ma rencontre de jeudi",
        "je voudrais voir mes brouillons",
        "et je voudrais aussi préparer ma rencontre",
        "Je souhaite adapter mon e-mail à Mme Roux en message LinkedIn.",  # fourteenth panel: it started a goal
    ],
)
def test_a_wish_about_the_coaching_is_not_a_goal(text):
    assert goal_in_words(text) is None


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        # ninth and tenth panels: a wish after its context, with a request for help after it
        (
            "je bosse en boulangerie et jveu ouvrir ma boutique, tu peux m aider a trouver un mentor stp",
            "ouvrir ma boutique",
        ),
        ("Je suis aide-soignante et je voudrais devenir infirmière, pourriez-vous m'aider ?", "devenir infirmière"),
        ("J'ai dix ans de vente derrière moi ; ce que je veux, c'est devenir formateur.", "devenir formateur"),
    ],
)
def test_a_wish_after_its_context_and_before_a_request_for_help(text, goal):
    assert goal_in_words(text, inside=True) == goal


def test_a_question_about_the_wish_itself_is_no_goal_stated():
    assert goal_in_words("je veux devenir pilote, c'est réaliste à 40 ans ?", inside=True) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Un mentorat informel me semble le plus adapté, de préférence en visioconférence", "informel"),
        # two kinds named: the first one, unless a later one is taken instead (sixteenth panel: « informel …,
        # éventuellement à distance » was saved as « à distance », the kind the extractor found last)
        ("Plutôt informel, et à distance la plupart du temps", "informel"),
        ("Du mentorat formel, si possible à distance", "formel"),
        ("formel… enfin non, plutôt informel", "informel"),
        ("à distance ou de groupe, j'hésite", None),  # undecided: the form explains the kinds
        ("en visio surtout", None),
        ("mentorat de groupe", "groupe"),
    ],
)
def test_a_mentoring_kind_named_by_its_word_wins_over_a_detail(text, kind):
    from assistant.goals.kind_named import named_mentoring_kind

    assert named_mentoring_kind(text) == kind
