"""What a thank-you request tells of the meeting: the thing recommended and the help offered, said back to the
mentor; the thing recommended is never taken for the person to thank. Sentences are our own."""

from __future__ import annotations

import pytest

from assistant.common import spelling
from assistant.practice.told import Told, names_advice, told

pytestmark = pytest.mark.skipif(spelling.checker() is None, reason="hunspell-fr-classical not installed")


def test_a_platform_recommended_and_a_help_offered_are_read():
    said = "rdv fait, elle m a conseillé coursera et elle veut bien relire mon cv, jveux la remercier"
    assert told(said, "tu") == Told(recommended="Coursera", offered="relire mon CV")
    assert names_advice(said, "Coursera") and not names_advice(said, "Julie")


def test_her_things_become_yours_and_an_infinitive_is_advice():
    assert told("il m'a recommandé son livre sur le management", "tu").recommended == "ton livre sur le management"
    heard = told("elle m'a conseillé de passer le dscg et elle propose de me présenter à son associé", "vous")
    assert heard.advice == "passer le DSCG"
    assert heard.offered == "me présenter à votre associé"


def test_a_plain_request_tells_nothing():
    assert told("je voudrais remercier Paul pour hier") == Told()
    assert not names_advice("je voudrais remercier Paul pour hier", "Paul")
