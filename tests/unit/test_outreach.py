"""The outreach composer: drafts from the mentee's answers, channel limits, tone and register, parsing, revisions."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from assistant.coaching.text import fold, looks_like_code
from assistant.common.channels import CHANNELS, channel_label
from assistant.common.mentor import Mentor
from assistant.common.person import to_second_person
from assistant.outreach.answers import parse_ask, parse_channel, parse_draw, parse_intro, parse_source, parse_tone
from assistant.outreach.compose import compose
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest, within_limit
from assistant.outreach.revise import read_revision

LEA = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    source="recommendation",
    source_detail="Julie Bernard",
    draw="son parcours de reconversion",
    goal="devenir data analyst dans une scale-up",
    intro="Léa, étudiante en master data à Lyon",
    ask="call",
    minutes=30,
    availability="mardi ou jeudi soir",
    first_name="Léa",
    goal_measure="trois entretiens décrochés",
    goal_deadline=date(2027, 6, 30),
)
KARIM = OutreachRequest(
    mentor=Mentor("Paul Durand", "CTO", "Qonto"),
    source="event",
    source_detail="le salon VivaTech",
    draw="il est passé de dev à CTO en 5 ans",
    goal="prendre la tête d'une petite équipe technique",
    intro="Karim, développeur junior",
    ask="coffee",
    minutes=20,
    availability="plutôt en fin de journée",
    first_name="Karim",
)
INES = OutreachRequest(
    mentor=Mentor("", "mon manager"),
    source="article",
    source_detail="son article sur le management",
    draw="ses posts sur la négociation salariale",
    goal="me reconvertir dans l'UX",
    intro="chargée de com en reconversion vers l'UX",
    ask="video",
)
REQUESTS = [
    LEA,
    KARIM,
    INES,
    replace(LEA, mentor=Mentor("Aïcha Benali"), source="linkedin", source_detail="", draw="elle connaît très bien le "
            "secteur de la santé", goal="trouver une alternance en santé numérique", intro="Thomas, alternant RH",
            first_name="Thomas", ask="coffee", availability="", goal_measure="", goal_deadline=None),
    replace(KARIM, mentor=Mentor("Marc"), source="colleague", source_detail="", draw="sa façon de parler du "
            "management bienveillant", goal="préparer ma première prise de parole en public", intro="je travaille "
            "chez Orange depuis 3 ans", first_name="", ask="call", minutes=15, availability=""),
]
STYLES = [DraftStyle(channel=channel, tone=tone, register=register, short=short)
          for channel in CHANNELS for tone in ("vous", "tu") for register in ("neutral", "formal", "warm")
          for short in (False, True)]
LONG = replace(
    LEA,
    mentor=Mentor("Marie-Hélène de La Fontaine-Dubois", "directrice de la transformation numérique et des données",
                  "Groupe Hospitalier Universitaire de la Région Auvergne-Rhône-Alpes"),
    source_detail="Jean-Baptiste Lefebvre-Moreau",
    draw="elle a monté une équipe data de zéro dans un grand groupe hospitalier, puis elle a piloté la migration "
         "de tous les systèmes vers le cloud en gardant une équipe soudée et motivée malgré les contraintes "
         "réglementaires très lourdes du secteur de la santé",
    goal="obtenir un poste de responsable des données dans un établissement de santé public ou privé en Auvergne-"
         "Rhône-Alpes en m'appuyant sur mon expérience de terrain et sur ma formation continue en gouvernance",
    intro="Léa, infirmière depuis douze ans, en reconversion vers la data après une formation certifiante de "
          "data analyst suivie en parallèle de mon travail à l'hôpital de la Croix-Rousse",
    availability="le mardi ou le jeudi en fin de journée, ou le samedi matin si besoin",
)


def draft(request: OutreachRequest = LEA, **style: object) -> Draft:
    return compose(request, DraftStyle(**style))


def tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


# --- content -------------------------------------------------------------------------------------

@pytest.mark.parametrize("channel", ["linkedin_message", "email"])
def test_every_answer_appears_in_the_standard_message(channel):
    text = draft(channel=channel).text
    for part in ("Claire", "Léa, étudiante en master data à Lyon", "votre parcours de reconversion",
                 "devenir data analyst dans une scale-up", "un court appel", "30 minutes", "mardi ou jeudi soir",
                 "Julie Bernard", "trois entretiens décrochés", "30 juin 2027", "directrice data", "Doctolib"):
        assert part.lower() in text.lower(), part
    assert text.rstrip().endswith("Léa")


def test_event_and_article_sources_are_said_with_the_right_prepositions():
    assert "lors du salon VivaTech" in draft(KARIM).text
    assert "lors du salon VivaTech" in draft(replace(KARIM, source_detail="salon VivaTech")).text
    assert "lors de la conférence Devoxx" in draft(replace(KARIM, source_detail="conférence Devoxx")).text
    assert "lors de VivaTech" in draft(replace(KARIM, source_detail="VivaTech")).text
    assert "votre article sur le management" in draft(INES).text
    assert "tes posts sur la négociation salariale" in draft(INES, tone="tu").text.lower()


def test_the_draw_addresses_the_mentor_directly():
    text = draft(KARIM).text
    assert "vous êtes passé de dev à CTO en 5 ans" in text
    assert " il est passé" not in text
    assert "tu es passé de dev à CTO" in draft(KARIM, tone="tu").text


def test_no_name_gives_a_plain_or_formal_greeting_and_no_signature_placeholder():
    neutral = draft(INES).body
    formal = draft(INES, register="formal").body
    assert neutral.splitlines()[0] == "Bonjour,"
    assert formal.splitlines()[0] == "Madame, Monsieur,"
    assert neutral.splitlines()[-1].endswith(".")  # the closing formula ends the message
    assert "[" not in neutral and "Prénom" not in neutral


def test_email_has_a_short_subject_and_other_channels_none():
    email = draft(channel="email")
    assert email.subject and len(email.subject) <= 80
    assert email.text.startswith("Objet : ")
    assert "data analyst" in email.subject
    assert len(draft(LONG, channel="email").subject) <= 80
    for channel in ("linkedin_message", "linkedin_note"):
        assert draft(channel=channel).subject == ""
        assert not draft(channel=channel).text.startswith("Objet")


# --- form ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_", REQUESTS + [LONG])
@pytest.mark.parametrize("style", STYLES, ids=str)
def test_no_leftovers_blank_lines_or_double_spaces(request_, style):
    text = compose(request_, style).text
    for leftover in ("{{", "{%", "}}", "[", "None", "  ", "\n\n", " ,", " .", "..", "…."):
        assert leftover not in text, (leftover, text)
    assert within_limit(compose(request_, style))


@pytest.mark.parametrize("request_", REQUESTS + [LONG])
@pytest.mark.parametrize("style", [s for s in STYLES if s.tone == "tu"], ids=str)
def test_tutoiement_never_says_vous(request_, style):
    found = tokens(compose(request_, style).text) & {"vous", "votre", "vos"}
    assert not found


@pytest.mark.parametrize("request_", REQUESTS + [LONG])
@pytest.mark.parametrize("style", [s for s in STYLES if s.tone == "vous"], ids=str)
def test_vouvoiement_never_says_tu(request_, style):
    text = compose(request_, style).text
    assert not tokens(text) & {"tu", "ton", "ta", "tes", "toi", "te"}
    assert not re.search(r"\bt'", text)


def test_registers_differ():
    neutral, formal, warm = (draft(register=r).body for r in ("neutral", "formal", "warm"))
    assert len({neutral, formal, warm}) == 3
    assert "cordialement" in formal.lower() or "Je vous remercie" in formal
    assert "!" in warm and "!" not in neutral


def test_short_is_clearly_shorter_and_keeps_the_essentials():
    for channel in ("linkedin_message", "email"):
        full, short = draft(channel=channel).body, draft(channel=channel, short=True).body
        assert len(short) < 0.6 * len(full)
        for part in ("Léa, étudiante en master data à Lyon", "devenir data analyst", "30 minutes", "merci"):
            assert part.lower() in short.lower(), part


def test_linkedin_note_fits_300_characters_even_for_long_answers():
    for request_ in REQUESTS + [LONG]:
        for tone in ("vous", "tu"):
            note = draft(request_, channel="linkedin_note", tone=tone)
            assert len(note.text) <= 300
            assert note.text.startswith("Bonjour")
    long_note = draft(LONG, channel="linkedin_note").text
    assert "30 min" in long_note and "un court appel" in long_note  # the ask survives the cuts


def test_a_shortened_note_never_ends_a_part_with_a_cut_word():
    note = draft(LONG, channel="linkedin_note").text
    known = set(fold(" ".join((LONG.draw, LONG.goal, LONG.intro))).split())
    for match in re.finditer(r"(\S+)…", note):  # every cut ends on a whole word of the answers
        assert fold(match.group(1)).strip(",;:") in known, match.group(0)
    assert note[-1] in ".!?…" or note.splitlines()[-1] == "Léa"


def test_distinct_requests_give_distinct_drafts_and_sources_change_the_opening():
    assert len({draft(r).body for r in REQUESTS}) == len(REQUESTS)
    openings = {draft(replace(LEA, source=s, source_detail=d)).body.splitlines()[1]
                for s, d in (("recommendation", "Julie Bernard"), ("linkedin", ""), ("event", "le salon VivaTech"),
                             ("colleague", ""), ("article", "son podcast sur la data"))}
    assert len(openings) == 5


def test_wording_varies_with_the_request_not_only_the_values():
    first_lines = {draft(replace(KARIM, goal=f"{verb} une équipe")).body.splitlines()[3].split(":")[0]
                   for verb in ("diriger", "monter", "former", "recruter", "animer", "structurer")}
    assert len(first_lines) >= 2


def test_same_input_gives_the_same_draft():
    assert draft(KARIM, channel="email") == draft(KARIM, channel="email")
    assert compose(replace(LEA), DraftStyle(register="warm")).text == draft(register="warm").text


def test_user_text_comes_out_literally():
    odd = replace(LEA, draw="son talk « {{ 7*7 }} » 🚀 sur l'IA {% if %}", goal='lancer "mon" projet {x} 😀',
                  intro="Léa 👋, dev {{ name }}")
    text = draft(odd, channel="email").text
    for part in ("« {{ 7*7 }} » 🚀 sur l'IA {% if %}", 'lancer "mon" projet {x} 😀', "Léa 👋, dev {{ name }}"):
        assert part in text
    assert "49" not in text


def test_channel_label_and_limit():
    assert channel_label("email") == "E-mail"
    assert channel_label("linkedin_note") == "Note d'invitation LinkedIn"
    assert within_limit(Draft("", "x" * 300, DraftStyle(channel="linkedin_note")))
    assert not within_limit(Draft("", "x" * 301, DraftStyle(channel="linkedin_note")))
    assert within_limit(Draft("s", "x" * 5000, DraftStyle(channel="email")))


@pytest.mark.parametrize(
    ("said", "vous", "tu"),
    [
        ("elle a monté une équipe data de zéro", "vous avez monté une équipe", "tu as monté une équipe"),
        ("elle s'est reconvertie après 10 ans", "vous vous êtes reconvertie", "tu t'es reconvertie"),
        ("il recrute des profils juniors comme moi", "vous recrutez des", "tu recrutes des"),
        ("une amie qui bosse avec elle", "bosse avec vous", "bosse avec toi"),
        ("je l'ai vue à la télé", "je vous ai vue", "je t'ai vue"),
        ("sa conférence et ses livres", "votre conférence et vos livres", "ta conférence et tes livres"),
    ],
)
def test_third_person_becomes_second_person(said, vous, tu):
    assert vous in to_second_person(said, "vous")
    assert tu in to_second_person(said, "tu")


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
    [("", "empty"), ("   ", "empty"), ("x " * 120, "too_long"), ("<script>alert(1)</script>", "markup"),
     ("I would like to meet her because she is great", "foreign"), ("euh", "too_short")],
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
    [("", "empty"), ("son parcours", "too_short"), ("a" * 301, "too_long"), ("<script>alert(1)</script>", "markup"),
     ("I would like to meet her because she is great", "foreign")],
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
    [("", "empty"), ("a " * 160, "too_long"), ("<b>Léa</b>", "markup"),
     ("I would like to meet her because she is great", "foreign")],
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
    ],
)
def test_parse_ask(answer, expected):
    assert parse_ask(answer).value == expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [("", "empty"), ("un appel d'une heure", "minutes"), ("un café de 5 min", "minutes"),
     ("un appel de 1h30", "minutes"), ("une réunion de deux heures", "minutes"),
     ("un mentorat régulier une fois par mois", "unknown"),
     ("<script>alert(1)</script> un café", "markup")],
)
def test_parse_ask_problems(answer, problem):
    assert parse_ask(answer).problem == problem


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("invitation LinkedIn", "linkedin_note"), ("une note", "linkedin_note"), ("message LinkedIn", "linkedin_message"),
     ("inmail", "linkedin_message"), ("mail", "email"), ("e-mail", "email"), ("courriel", "email"),
     ("par email", "email"), ("par mail je pense, j'ai son adresse pro", "email"), ("bof", None), ("", None),
     ("Par courrier électronique, c'est plus sûr.", "email")],
)
def test_parse_channel(answer, expected):
    assert parse_channel(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("tutoie-le", "tu"), ("tutoiement", "tu"), ("on se tutoie", "tu"), ("en tu", "tu"), ("vouvoiement", "vous"),
     ("vouvoie", "vous"), ("vous", "vous"), ("ne la tutoie pas", "vous"), ("bof", None)],
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


# --- the composer's own drafts pass the critique's checklist ------------------------------------------

from assistant.practice.critique import critique_message  # noqa: E402

#: Requests with a measurable goal (the critique asks for a number or a deadline in the goal).
REQUESTS_FOR_CRITIQUE = [LEA, replace(KARIM, goal_measure="encadrer 3 personnes", goal_deadline=date(2027, 9, 1)),
                         replace(INES, goal_measure="2 projets UX en portfolio")]


@pytest.mark.parametrize("register", ["neutral", "formal", "warm"])
@pytest.mark.parametrize("tone", ["vous", "tu"])
@pytest.mark.parametrize("channel", ["linkedin_message", "email"])
def test_full_drafts_pass_every_check_of_the_critique(register, tone, channel):
    for request in REQUESTS_FOR_CRITIQUE:
        draft = compose(request, DraftStyle(channel=channel, tone=tone, register=register))
        result = critique_message(draft.text, channel).value
        assert [r.key for r in result.results if not r.passed] == [], draft.text


@pytest.mark.parametrize("answer", ["SELECT * FROM users; DROP TABLE goals;", "x' OR '1'='1", "Robert'); --",
                                    "<b>son parcours</b> dans la tech"])
def test_code_is_not_put_into_a_message(answer):
    assert parse_draw(answer).problem == "markup"
    assert parse_intro(answer).problem == "markup"
    assert parse_source(answer).problem == "markup"


def test_an_intro_needs_real_words():
    assert parse_intro("le 2").problem == "too_short"
    assert parse_intro("Karim, dev backend").value == ("Karim, dev backend", "Karim")
    assert looks_like_code("Je sélectionne mes mentors, de la tech à la finance") is False
