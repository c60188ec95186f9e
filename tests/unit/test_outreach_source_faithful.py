"""How the mentee found the mentor is written as they said it (ninth panel): a post, a thread or an article is
never turned into a recommendation, and a recommendation denied later leaves no « On m'a recommandé »."""

from dataclasses import replace
from datetime import date

import pytest

from assistant.common.mentor import Mentor
from assistant.outreach.answers import parse_source
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.outreach.revise import read_revision


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "par LinkedIn, il a publié un thread sur la croissance organique",
            ("article", "son thread sur la croissance organique"),
        ),
        ("je suis tombé dessus via son post LinkedIn", ("article", "son post LinkedIn")),
        ("elle a écrit une publication sur le recrutement tech", ("article", "sa publication sur le recrutement tech")),
        ("via Marion Dupuis", ("recommendation", "Marion Dupuis")),
        ("via un ami de promo", ("recommendation", "un ami de promo")),
        ("personne ne me l'a conseillé, j'ai lu son article sur la paie", ("article", "son article sur la paie")),
    ],
)
def test_the_source_is_read_as_said(answer, expected):
    assert parse_source(answer).value == expected


def _request(source: str, detail: str) -> OutreachRequest:
    return OutreachRequest(
        mentor=Mentor(name="Anne Lefort", role="associée", organisation="Serena"),
        source=source,
        source_detail=detail,
        draw="elle a lancé le marketing chez Qonto avant de rejoindre un fonds",
        goal="devenir analyste dans un fonds d'amorçage",
        intro="Inès, responsable acquisition dans une néobanque",
        ask="video",
        minutes=30,
        first_name="Inès",
        goal_measure="",
        goal_deadline=date(2027, 9, 30),
    )


@pytest.mark.parametrize("channel", ["email", "linkedin_message", "linkedin_note"])
@pytest.mark.parametrize("tone", ["vous", "tu"])
def test_a_contact_found_through_a_post_is_no_recommendation(channel, tone):
    key, detail = parse_source("via LinkedIn, elle a posté un thread sur le product-led growth").value
    text = compose(_request(key, detail), DraftStyle(channel, tone)).text
    assert "recommand" not in text and "conseill" not in text
    if channel != "linkedin_note":
        assert f"{'ton' if tone == 'tu' else 'votre'} thread sur le product-led growth" in text


def test_a_revision_names_the_piece_or_denies_the_recommendation():
    style = DraftStyle("linkedin_note", "vous")
    both = read_revision("passe-le en mail et parle de son thread sur la croissance", style)
    assert both.kinds == ("channel", "source") and both.style is not None and both.style.channel == "email"
    assert both.source == ("article", "son thread sur la croissance")
    denied = read_revision("non, on ne me l'a pas recommandée ! je l'ai découverte grâce à son podcast", style)
    assert denied.kind == "source" and denied.source == ("article", "son podcast")
    alone = read_revision("personne ne me l'a conseillée en fait", style)
    assert alone.kind == "source" and alone.source == ("other", "")
    assert read_revision("rappelle que je l'ai vue à Nantes", style).kind == "extra"


@pytest.mark.parametrize(
    ("typed", "channel", "platform"),
    [
        ("en message privé sur insta", "direct_message", "à Instagram"),
        ("par texto", "direct_message", "aux SMS"),
        ("pas LinkedIn : Instagram", "direct_message", "à Instagram"),
        ("pas insta, sur LinkedIn", "linkedin_message", ""),
        ("pas de mail, une note", "linkedin_note", ""),
        ("message LinkedIn", "linkedin_message", ""),
    ],
)
def test_a_messaging_app_is_read_as_a_private_message_not_linkedin(typed, channel, platform):
    from assistant.outreach.ask import named_platform, parse_channel

    assert parse_channel(typed) == channel and named_platform(typed) == platform


def test_a_private_message_has_no_linkedin_words():
    key, detail = parse_source("on s'est croisées à un salon à Rennes").value
    draft = compose(_request(key, detail), DraftStyle("direct_message", "tu"))
    assert "LinkedIn" not in draft.text and draft.subject == "" and len(draft.text) <= 1000


def test_the_tutoiement_keeps_the_clause_the_vouvoiement_kept():
    # ninth panel: the « tu » note was a few characters shorter, so the draw was cut one step further and lost
    # where and what the mentor did before (« J'ai vu que tu avais fait du growth. »)
    request = replace(
        _request("linkedin", ""),
        draw="elle a lancé le marketing chez Qonto avant de rejoindre un fonds, exactement la voie que je veux suivre",
        intro="Inès, responsable acquisition dans une néobanque parisienne, 5 ans d'XP",
    )
    for tone in ("vous", "tu"):
        note = compose(request, DraftStyle("linkedin_note", tone)).text
        assert len(note) <= 300 and "lancé le marketing chez Qonto avant de rejoindre un fonds" in note, note


def test_something_to_add_asked_as_a_question_is_added_without_its_question_mark():
    from assistant.outreach.model import DraftStyle
    from assistant.outreach.revise import read_revision

    asked = "Pourriez-vous aussi mentionner que je suis joignable le matin ?"
    assert read_revision(asked, DraftStyle(channel="email")).extra == "je suis joignable le matin"
