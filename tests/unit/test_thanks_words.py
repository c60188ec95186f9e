"""A thank-you is recognised in its usual forms (blind panel 9, a: « Commencez par un merci » was said of a reply
that accepted an introduction « avec gratitude »)."""

import re

import pytest

from assistant.coaching.text import fold
from assistant.common.french import THANKS_WORDS
from assistant.common.mentor import Mentor
from assistant.practice import rehearsal
from assistant.practice.critique import critique_message

THANKS = re.compile(THANKS_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "C'est avec gratitude que je prends le contact de votre collègue.",
        "Je vous suis très reconnaissante pour ce retour.",
        "Toute ma reconnaissance pour le temps accordé.",
        "Je tiens à vous remercier pour votre message.",
        "Je vous en remercie sincèrement.",
        "Mille mercis pour ta réponse !",
        "Ravie de votre réponse, et d'accord pour mardi.",
        "Ravi d'avoir de tes nouvelles.",
        "Merci pour tout.",
    ],
)
def test_the_usual_ways_to_thank_are_thanks(text):
    assert THANKS.search(fold(text))


@pytest.mark.parametrize(
    "text",
    ["Je suis ravi de vous écrire.", "J'ai une question sur votre parcours.", "Je reconnais que c'est court."],
)
def test_what_is_not_thanks_is_not(text):
    assert not THANKS.search(fold(text))


def test_a_grateful_reply_to_a_decline_is_not_told_to_thank():
    reply = (
        "Je comprends parfaitement, Madame. C'est avec gratitude que je prends le contact de votre collègue, "
        "et je reviendrai vers vous plus tard."
    )
    feedback = rehearsal.review_reply("declines", reply, rehearsal.RehearsalContext(mentor=Mentor("Mme Roussel")))
    assert feedback.value.score == feedback.value.total
    assert not any("merci" in item.lower() for item in feedback.value.to_change)


def test_a_message_ending_on_gratitude_passes_the_critique_thanks_check():
    text = (
        "Bonjour Madame Roussel,\nJe m'appelle Inès, juriste, et votre article sur le droit du numérique m'a "
        "beaucoup appris. Auriez-vous 20 minutes pour un appel ?\nJe vous suis reconnaissante de votre lecture,\nInès"
    )
    thanks = next(r for r in critique_message(text).value.results if r.key == "thanks")
    assert thanks.passed
