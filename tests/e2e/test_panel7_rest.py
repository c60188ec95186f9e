"""What the seventh mentee panel found, end to end over the REST webhook (our own words, never the panel's)."""

from __future__ import annotations

import pytest

from tests.e2e.servers import Servers, text_of

#: Rasa stops a turn after this many predicted actions (``max_number_of_predictions``) and, with no
#: ``action_listen`` in between, every later message trips the same limit at once.
MAX_PREDICTIONS = 10


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(tmp_path_factory.mktemp("e2e-panel7"), enable_api=True).start()
    yield running
    running.stop()


def _actions_of_last_turn(servers: Servers, mentee: str) -> list[str]:
    events = servers.tracker(mentee).get("events") or []
    last_user = max(i for i, e in enumerate(events) if e.get("event") == "user")
    return [e.get("name") for e in events[last_user:] if e.get("event") == "action"]


def test_a_goal_kept_with_the_draft_button_ends_the_turn_and_the_mentee_is_still_answered(servers):
    # « C'est bon » (finalize_draft) at a goal's summary saves the goal; the policies were unsure of the next step
    # and the quiet fallback was predicted until Rasa's limit: the conversation never answered again
    mentee = "e2e-panel7-quiet-fallback"
    for answer in (
        "/clarify_goal",
        '/inform{"goal_area":"technique"}',
        "maîtriser le chiffrage des chantiers",
        "chiffrer seul 5 devis de rénovation",
        "fin juin",
        "pour reprendre l'entreprise de mon oncle",
        '/inform{"mentoring_kind":"informel"}',
    ):
        servers.say(mentee, answer)
    saved = text_of(servers.say(mentee, "/finalize_draft"))
    assert "C'est enregistré" in saved
    actions = _actions_of_last_turn(servers, mentee)
    assert actions[-1] == "action_listen" and len(actions) < MAX_PREDICTIONS
    assert "Que voulez-vous faire" in text_of(servers.say(mentee, "bonjour"))
    assert "chiffrage des chantiers" in text_of(servers.say(mentee, "mes objectifs"))
