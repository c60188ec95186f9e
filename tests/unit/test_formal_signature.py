"""A formal letter keeps the surname the mentee gave in their introduction: in « Je m'appelle … » and under it."""

from __future__ import annotations

from dataclasses import replace

from assistant.common.mentor import Mentor
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest

REQUEST = OutreachRequest(
    mentor=Mentor("Agathe Moreau", "directrice logistique", "Geodis"),
    source="event",
    source_detail="",
    draw="son passage de l'entrepôt à la direction",
    goal="devenir responsable d'entrepôt",
    intro="Julien Perrot, chef d'équipe en entrepôt depuis dix ans",
    ask="call",
    first_name="Julien",
)


def test_a_formal_letter_is_signed_with_the_full_name_given():
    for pick in range(6):  # every wording variant of the introduction
        request = replace(REQUEST, goal=f"{REQUEST.goal}{' ' * pick}")
        text = compose(request, DraftStyle(channel="email", register="formal")).text
        assert text.endswith("\nJulien Perrot")
        assert "Je m'appelle Julien et" not in text and "Julien Perrot" in text.split("\n")[2]


def test_other_registers_and_the_tutoiement_sign_with_the_first_name():
    for style in (DraftStyle(channel="email"), DraftStyle(channel="email", register="formal", tone="tu")):
        assert compose(REQUEST, style).text.endswith("\nJulien")
    without_surname = replace(REQUEST, intro="Julien, chef d'équipe en entrepôt")
    assert compose(without_surname, DraftStyle(channel="email", register="formal")).text.endswith("\nJulien")
