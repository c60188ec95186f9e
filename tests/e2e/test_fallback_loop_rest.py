"""The seventeenth mentee panel's frozen conversation, end to end over REST: a remark on a draft that the NLU is unsure
of goes through « Vouliez-vous dire… ? », which hands it to the revision. The loop stayed active, handed over again
and again until Rasa's limit of predictions, and from then on every message of that mentee went unanswered.

The messages are the panel's own (a regression test of that very path, not training data); the test first checks
that the remark still takes that path, so a change of the NLU that avoids it fails here instead of passing idly.
"""

from __future__ import annotations

import pytest

from tests.e2e.dialogue_state import last_turn
from tests.e2e.servers import text_of

DRAFT = [
    "je veux ecrire a Anna Keller, chef d'equipe a l'EMBL",
    "M. Garnier me l'a recommandee",
    "ses travaux sur la mitophagie en microscopie electronique 3D",
    "mitophagie c'est un vrai mot, c'est mon domaine ! ses travaux sur la mitophagie en microscopie électronique 3D",
    "trouver un postdoc dans son equipe ou a l'EMBL pour fin 2027",
    "trouver un post-doctorat dans son équipe ou à l'EMBL pour fin 2027",
    "Léa Martin, doctorante en 2e année au CRBM à Montpellier",
    "une visio de 30 min, elle est en Allemagne",
    "par mail",
]
REMARK = (
    "oula il y a ma remarque 'mitophagie c'est un vrai mot' dans le mail ! et 'son equipe' au lieu de "
    "'votre equipe'. et je voudrais plus formel, pas 'Bonjour Anna'"
)


@pytest.fixture(scope="module")
def servers(shared_servers):
    return shared_servers


def test_a_remark_handed_to_the_revision_leaves_the_conversation_answering(servers):
    mentee = "e2e-panel17-fallback-loop"
    for message in DRAFT:
        servers.say(mentee, message)
    revised = text_of(servers.say(mentee, REMARK))
    tracker = servers.tracker(mentee)
    ran = [event.get("name") for event in last_turn(tracker) if event.get("event") == "action"]
    assert "action_two_stage_fallback" in ran and "action_revise_draft" in ran, ran  # the path the panel took
    assert ran.count("action_revise_draft") == 1, ran  # revised once, not until Rasa's limit
    assert "Voici la nouvelle version" in revised
    assert (tracker.get("active_loop") or {}).get("name") is None
    assert "Que voulez-vous faire" in text_of(servers.say(mentee, "menu"))  # the conversation goes on
