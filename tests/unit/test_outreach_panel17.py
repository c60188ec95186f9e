"""Drafts the seventeenth panel could not send as written: a recommender's title taken for the mentor's (« Bonjour
Monsieur Keller » to Anna Keller), the title dropped (« de la part de Garnier »), and a draw cut into a sentence
with no verb (« Votre présentation sur Next.js…, et le fait. »)."""

import re

import pytest

from assistant.common.first_names import name_gender
from assistant.common.french import words_within
from assistant.common.mentor import Mentor
from assistant.outreach.answers import parse_source
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.outreach.phrases import draw_fields


def _request(**changes) -> OutreachRequest:
    fields = {
        "mentor": Mentor(name="Anna Keller", role="", organisation=""),
        "source": "recommendation",
        "source_detail": "M. Garnier",
        "draw": "ses travaux sur la mitophagie en microscopie électronique 3D",
        "goal": "trouver un post-doctorat à l'EMBL pour fin 2027",
        "intro": "Léa Martin, doctorante en 2e année au CRBM à Montpellier",
        "ask": "video",
        "minutes": 30,
        "first_name": "Léa",
    }
    return OutreachRequest(**{**fields, **changes})


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("M. Garnier me l'a recommandee", "M. Garnier"),
        ("recommandée par Mme Durand, ma tutrice", "Mme Durand"),
        ("Julie Bernard me l'a conseillée", "Julie Bernard"),
    ],
)
def test_who_recommended_keeps_the_title_typed_before_the_name(answer, who):
    assert parse_source(answer).value == ("recommendation", who)


def test_the_recommenders_title_is_not_the_mentors():
    formal = compose(_request(), DraftStyle(channel="email", register="formal")).text
    assert "Bonjour Madame Keller," in formal and "Monsieur Keller" not in formal
    assert "sur le conseil de M. Garnier" in formal
    # the same title said of the mentor (how the mentee met them) still counts
    met = _request(source="event", source_detail="la conférence de Madame Keller à Heidelberg")
    assert "Madame Keller" in compose(met, DraftStyle(channel="email", register="formal")).text


@pytest.mark.parametrize(("name", "gender"), [("Anna Keller", "f"), ("Sara Benali", "f"), ("Gilles Roy", "m")])
def test_common_first_names_say_the_gender(name, gender):
    assert name_gender(name) == gender


DRAW = "sa présentation sur Next.js et les Server Components, et le fait qu'il a commencé par un BTS comme moi"


def test_a_draw_that_says_le_fait_que_is_a_noun_phrase():
    assert draw_fields(DRAW)["draw_kind"] == "np"


@pytest.mark.parametrize("limit", range(60, 111, 5))
def test_a_shortened_draw_never_ends_on_le_fait(limit):
    assert not re.search(r"\ble fait$", words_within(DRAW.replace("sa ", "votre ", 1), limit))


@pytest.mark.parametrize("channel", ["linkedin_note", "linkedin_message", "email"])
def test_every_sentence_of_the_draft_about_the_talk_has_a_verb(channel):
    request = _request(
        mentor=Mentor(name="Karim Benali", role="", organisation=""),
        source="event",
        source_detail="",
        draw=DRAW,
        intro="Léa, étudiante en 1ère année de BTS SIO SLAM à Roubaix",
        ask="coffee",
        minutes=20,
    )
    text = compose(request, DraftStyle(channel=channel)).text
    said = next(line for line in text.splitlines() if "Server Components" in line)
    assert "et le fait." not in said and not said.startswith(("Pour tout vous dire, votre présentation",))
    assert re.search(r"\b(?:admire|inspire\w*|intéresse|retient|attire)\b", said), said
