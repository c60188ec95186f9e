"""Reading the mentee's answers to the outreach form, and what they ask to change in a draft."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.coaching.text import looks_like_code
from assistant.common.tone import parse_tone
from assistant.outreach.answers import parse_draw, parse_intro, parse_source
from assistant.outreach.ask import parse_ask, parse_channel
from assistant.outreach.model import DraftStyle
from assistant.outreach.revise import read_revision

# --- reading the answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("sur LinkedIn", ("linkedin", "")),
        ("je l'ai trouvée sur linkedin", ("linkedin", "")),
        ("au salon VivaTech", ("event", "le salon VivaTech")),
        ("je l'ai vue à une conf", ("event", "une conférence")),
        ("un meetup", ("event", "un meetup")),
        ("recommandé par Julie Bernard", ("recommendation", "Julie Bernard")),
        ("Julie m'a parlé d'elle", ("recommendation", "Julie")),
        ("de la part de mon manager", ("recommendation", "mon manager")),
        ("c'est un collègue", ("colleague", "")),
        ("on travaille dans la meme boite", ("colleague", "")),
        ("j'ai lu son article sur le management", ("article", "son article sur le management")),
        ("jai ecouté son podcast", ("article", "son podcast")),
        ("sa conférence TEDx", ("article", "sa conférence TEDx")),
        ("c'est le frère d'une pote", ("other", "c'est le frère d'une pote")),
    ],
)
def test_parse_source(answer, expected):
    assert parse_source(answer).value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x " * 120, "too_long"),
        ("<script>alert(1)</script>", "markup"),
        ("I would like to meet her because she is great", "foreign"),
        ("euh", "too_short"),
    ],
)
def test_parse_source_problems(answer, problem):
    assert parse_source(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("son parcours de reconversion", "son parcours de reconversion"),
        ("parce qu'elle a monté une équipe data de zéro", "elle a monté une équipe data de zéro"),
        ("car il recrute des juniors", "il recrute des juniors"),
        ("j'aime sa conférence sur le management.", "sa conférence sur le management"),
        ("jaime bien sa facon de manager", "sa facon de manager"),
        ("Son expérience à l'international", "son expérience à l'international"),
    ],
)
def test_parse_draw(answer, expected):
    assert parse_draw(answer).value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("son parcours", "too_short"),
        ("a" * 301, "too_long"),
        ("<script>alert(1)</script>", "markup"),
        ("I would like to meet her because she is great", "foreign"),
    ],
)
def test_parse_draw_problems(answer, problem):
    assert parse_draw(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Léa, étudiante en master data à Lyon", ("Léa, étudiante en master data à Lyon", "Léa")),
        ("je m'appelle Karim et je suis développeur junior", ("Karim, développeur junior", "Karim")),
        ("jmappelle karim jsuis dev", ("Karim, dev", "Karim")),
        ("moi c'est Inès, freelance en graphisme", ("Inès, freelance en graphisme", "Inès")),
        ("je suis Aïcha, infirmière", ("Aïcha, infirmière", "Aïcha")),
        ("développeuse junior depuis 2 ans", ("développeuse junior depuis 2 ans", "")),
        ("je suis en L3 de psycho", ("en L3 de psycho", "")),
        ("Étudiante en BTS compta", ("étudiante en BTS compta", "")),
    ],
)
def test_parse_intro(answer, expected):
    assert parse_intro(answer).value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("a " * 160, "too_long"),
        ("<b>Léa</b>", "markup"),
        ("I would like to meet her because she is great", "foreign"),
    ],
)
def test_parse_intro_problems(answer, problem):
    assert parse_intro(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("un café", ("coffee", 20, "")),
        ("un appel de 30 min mardi ou jeudi soir", ("call", 30, "mardi ou jeudi soir")),
        ("une visio de 20 minutes", ("video", 20, "")),
        ("un échange rapide", ("call", 20, "")),
        ("un coup de fil d'un quart d'heure", ("call", 15, "")),
        ("un cafe la semaine prochaine si possible", ("coffee", 20, "la semaine prochaine")),
        ("visio 30mn jeudi 18h", ("video", 30, "jeudi 18h")),
        ("un échange de 20 minutes en visio quand ça l'arrange", ("video", 20, "")),
        ("un appel de vingt-cinq minutes mardi soir", ("call", 25, "mardi soir")),
        ("un café d'une demie heure", ("coffee", 30, "")),
    ],
)
def test_parse_ask(answer, expected):
    assert parse_ask(answer).value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("", "empty"),
        ("un appel d'une heure", "minutes"),
        ("un café de 5 min", "minutes"),
        ("un appel de 1h30", "minutes"),
        ("une réunion de deux heures", "minutes"),
        ("un mentorat régulier une fois par mois", "unknown"),
        ("<script>alert(1)</script> un café", "markup"),
    ],
)
def test_parse_ask_problems(answer, problem):
    assert parse_ask(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("invitation LinkedIn", "linkedin_note"),
        ("une note", "linkedin_note"),
        ("message LinkedIn", "linkedin_message"),
        ("inmail", "linkedin_message"),
        ("mail", "email"),
        ("e-mail", "email"),
        ("courriel", "email"),
        ("par email", "email"),
        ("par mail je pense, j'ai son adresse pro", "email"),
        ("bof", None),
        ("", None),
        ("Par courrier électronique, c'est plus sûr.", "email"),
    ],
)
def test_parse_channel(answer, expected):
    assert parse_channel(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("tutoie-le", "tu"),
        ("tutoiement", "tu"),
        ("on se tutoie", "tu"),
        ("en tu", "tu"),
        ("vouvoiement", "vous"),
        ("vouvoie", "vous"),
        ("vous", "vous"),
        ("ne la tutoie pas", "vous"),
        ("bof", None),
    ],
)
def test_parse_tone(answer, expected):
    assert parse_tone(answer) == expected


# --- revisions -----------------------------------------------------------------------------------

BASE = DraftStyle()


@pytest.mark.parametrize(
    ("asked", "kind", "style"),
    [
        ("plus court", "shorter", replace(BASE, short=True)),
        ("tu peux raccourcir ?", "shorter", replace(BASE, short=True)),
        ("plus formel", "formal", replace(BASE, register="formal")),
        ("plus pro stp", "formal", replace(BASE, register="formal")),
        ("plus chaleureux", "warm", replace(BASE, register="warm")),
        ("plus sympa", "warm", replace(BASE, register="warm")),
        ("moins froid", "warm", replace(BASE, register="warm")),
        ("tutoie la", "tone", replace(BASE, tone="tu")),
        ("change le canal en e-mail", "channel", replace(BASE, channel="email")),
        ("change le canal en note d'invitation linkedin", "channel", replace(BASE, channel="linkedin_note")),
        ("fais-en une note LinkedIn", "channel", replace(BASE, channel="linkedin_note")),
        ("en version mail", "channel", replace(BASE, channel="email")),
        ("plus court et en mail", "shorter", replace(BASE, short=True, channel="email")),
        ("mentionne mon autre objectif", "other_goal", None),
        ("parle plutot de mon objectif 2", "other_goal", None),
        ("c'est bon", "accept", None),
        ("parfait je garde", "accept", None),
        ("ca me va", "accept", None),
        ("bof", "unknown", None),
        ("pas plus court", "unknown", None),
    ],
)
def test_read_revision(asked, kind, style):
    revision = read_revision(asked, BASE)
    assert revision.kind == kind
    assert revision.style == style


def test_vouvoie_brings_back_vous_and_several_changes_are_listed():
    assert read_revision("vouvoie-le", replace(BASE, tone="tu")).style.tone == "vous"
    both = read_revision("tutoie-la et fais plus chaleureux", BASE)
    assert both.kinds == ("tone", "warm") and both.style == replace(BASE, tone="tu", register="warm")


@pytest.mark.parametrize(
    "answer",
    ["SELECT * FROM users; DROP TABLE goals;", "x' OR '1'='1", "Robert'); --", "<b>son parcours</b> dans la tech"],
)
def test_code_is_not_put_into_a_message(answer):
    assert parse_draw(answer).problem == "markup"
    assert parse_intro(answer).problem == "markup"
    assert parse_source(answer).problem == "markup"


def test_an_intro_needs_real_words():
    assert parse_intro("le 2").problem == "too_short"
    assert parse_intro("Karim, dev backend").value == ("Karim, dev backend", "Karim")
    assert looks_like_code("Je sélectionne mes mentors, de la tech à la finance") is False


@pytest.mark.parametrize(
    ("typed", "source"),
    [
        ("Comme je vous le disais, sur recommandation de ma cheffe, Inès Morel.", ("recommendation", "Inès Morel")),
        ("Je vous l'ai indiqué : au salon du bois à Épinal", ("event", "le salon du bois à Épinal")),
    ],
)
def test_a_reminder_to_the_coach_is_not_part_of_the_answer(typed, source):
    # fifth panel: « Comme je le disais, sur recommandation de … » made « Comme » the person who recommended
    from assistant.common.french import without_reminder

    assert parse_source(typed).value == source
    assert parse_draw("jl'ai dit, ses vidéos de chantier où il explique tout").value.startswith("ses vidéos")
    assert without_reminder("je disais que non") == "je disais que non"  # no separator: the answer itself


def test_availability_starts_where_it_says_when():
    # fifth panel: « je suis disponible Elle est à Paris et moi à Brest, donc, … » in a draft
    from assistant.outreach.ask import parse_ask

    said = "une visio de 30 min. Il vit à Lyon et moi à Lille, donc n'importe quel soir sauf le vendredi"
    assert parse_ask(said).value == ("video", 30, "n'importe quel soir sauf le vendredi")


@pytest.mark.parametrize(
    ("typed", "tone"),
    [
        # a negation elsewhere in the message does not flip the tone asked (seventh panel, our own words)
        ("Ce n'est pas pour une rencontre : repasse au vouvoiement, on ne se connaît pas assez.", "vous"),
        # both named: the last one asked wins
        ("La version est au tutoiement, je voudrais le vouvoiement.", "vous"),
        ("Il est au vouvoiement ; mets-le au tutoiement.", "tu"),
        ("surtout pas de tutoiement", "vous"),
        ("ne le tutoie pas", "vous"),
    ],
)
def test_the_tone_asked_is_read_where_it_is_asked(typed, tone):
    assert parse_tone(typed) == tone


@pytest.mark.parametrize(
    ("typed", "ask"),
    [
        ("Propose plutôt un café de 20 minutes qu'une visio.", ("coffee", 20, "")),
        ("demandez un appel de 25 minutes au lieu de la visio", ("call", 25, "")),
        ("mets 15 minutes plutôt que 30", ("", 15, "")),  # same kind of meeting, another length
        # fourteenth panel: the café replaced stayed, read as the meeting asked
        ("bref. remplace le cafe par un appel de 20 min, jsuis a grenoble", ("call", 20, "")),
    ],
)
def test_a_revision_can_change_the_meeting_asked_for(typed, ask):
    revision = read_revision(typed, DraftStyle("email", "vous", "neutral", False))
    assert revision.kind == "ask" and revision.ask == ask
    assert revision.style == DraftStyle("email", "vous", "neutral", False)


def test_a_revision_without_a_meeting_is_no_change_of_the_ask():
    assert read_revision("propose-lui de relire mon CV", DraftStyle("email", "vous", "neutral", False)).ask is None
