"""The message the mentee had reviewed is the one the rehearsal plays the mentor's reply to (blind panel 9: after
an 8/8 review, « M'entraîner à sa réponse » asked for a draft)."""

from datetime import date

from rasa_sdk import Tracker

from actions import outreach_drafts, practice
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.practice import rehearsal
from assistant.practice import store as practice_store
from tests.actions.conftest import run, sent, slot_events, texts
from tests.actions.test_outreach_actions import draft_for

OWN_MESSAGE = (
    "Objet : Reconversion vers la logistique\n"
    "Bonjour Madame Perrin,\n"
    "Je m'appelle Yanis Haddad, je suis magasinier depuis huit ans et je me reconvertis dans la logistique. "
    "J'ai lu votre article sur les métiers de la chaîne d'approvisionnement et il m'a beaucoup appris.\n"
    "Mon objectif est de devenir planificateur logistique d'ici juin 2028.\n"
    "Auriez-vous un moment pour un appel de 15 minutes, à votre convenance ? Je sais que votre temps est compté.\n"
    "Merci d'avance,\n"
    "Yanis Haddad"
)
GOAL = GoalFields(
    "carriere",
    "devenir planificateur logistique",
    "signer un contrat de planificateur",
    date(2028, 6, 30),
    "changer de rythme",
    "informel",
)


def _turn(text: str, intent: str, entities: list | None = None) -> list[dict]:
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": entities or []}
    return [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": parse}]


def _after_critique(sender: str, text: str, intent: str, entities: list | None = None) -> Tracker:
    """A conversation where the mentee had ``OWN_MESSAGE`` reviewed, then says ``text``."""
    events = [
        *_turn("tu peux relire le mail que j'ai écrit ?", "critique_message"),
        {"event": "action", "name": "action_start_critique"},
        {"event": "slot", "name": "critique_text", "value": None},
        *_turn(OWN_MESSAGE, "inform"),
        {"event": "slot", "name": "critique_text", "value": OWN_MESSAGE},
        {"event": "action", "name": "action_critique_message"},
        {"event": "slot", "name": "critique_text", "value": None},
        *_turn(text, intent, entities),
    ]
    return Tracker(
        sender_id=sender,
        slots={"critique_text": None},
        latest_message=events[-1]["parse_data"],
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _critique(domain, sender: str) -> None:
    run(practice.ActionCritiqueMessage(), domain, sender_id=sender, slots={"critique_text": OWN_MESSAGE})


def test_the_reviewed_message_is_rehearsed_when_there_is_no_draft(database, domain):
    goal_store.save_goal("yanis", GOAL)
    _critique(domain, "yanis")
    dispatcher, events = run(
        practice.ActionStartRehearsal(), domain, _after_critique("yanis", "d'accord, fais-moi répéter", "rehearse")
    )
    assert message("rehearsal_no_draft") not in sent(dispatcher)
    assert slot_events(events)["rehearsal_scenario"] == "accepts"
    assert sent(dispatcher)[0] == message(
        "rehearsal_intro", mentor="Mme Perrin", scenario=rehearsal.SCENARIOS["accepts"]
    )
    reply = dispatcher.messages[1]["text"]
    assert reply.startswith("Bonjour Yanis,") and "appel de 15 minutes" in reply and "vous" in reply
    assert "devenir planificateur logistique" in reply  # the saved goal the message names
    assert "en vouvoyant" in texts(dispatcher) and "Mme Perrin" in dispatcher.messages[2]["text"]


def test_the_rehearsal_button_after_a_review_names_a_scenario_and_the_reply_is_reviewed(database, domain):
    _critique(domain, "yanis")
    entities = [{"entity": "rehearsal_scenario", "value": "declines"}]
    dispatcher, events = run(
        practice.ActionStartRehearsal(), domain, _after_critique("yanis", "/rehearse_outreach", "rehearse", entities)
    )
    assert slot_events(events)["rehearsal_scenario"] == "declines"
    assert "Bonjour Yanis," in dispatcher.messages[1]["text"]
    dispatcher, events = run(
        practice.ActionReviewReply(),
        domain,
        sender_id="yanis",
        slots={
            "rehearsal_scenario": "declines",
            "rehearsal_reply": "Je vous remercie de votre réponse, je comprends. Je reviendrai vers vous plus tard.",
        },
    )
    kept = [p for p in practice_store.list_practice("yanis") if p.kind == "rehearsal"]
    assert [(p.scenario, p.draft_id) for p in kept] == [("declines", None)]
    assert "Bonjour Madame Perrin," in texts(dispatcher)  # the model reply greets as the mentee's message did


def test_a_review_newer_than_the_draft_wins_and_a_newer_draft_wins_back(database, domain):
    draft_for(domain, sender="yanis")  # a draft to Claire Martin, then the mentee's own message reviewed
    _critique(domain, "yanis")
    dispatcher, _ = run(practice.ActionStartRehearsal(), domain, _after_critique("yanis", "entraîne-moi", "rehearse"))
    assert "Perrin" in sent(dispatcher)[0]
    draft_for(domain, sender="yanis")  # a new draft afterwards: it is the one to send
    dispatcher, _ = run(practice.ActionStartRehearsal(), domain, sender_id="yanis", text="entraîne-moi")
    assert "Claire Martin" in sent(dispatcher)[0]


def test_saying_the_reviewed_message_is_the_one_sent_offers_the_rehearsal(database, domain):
    _critique(domain, "yanis")
    tracker = _after_critique("yanis", "je garde ce texte-là, je l'envoie tel quel", "finalize_draft")
    dispatcher, _ = run(outreach_drafts.ActionFinalizeDraft(), domain, tracker)
    assert message("no_draft") not in sent(dispatcher)
    assert sent(dispatcher) == [message("critique_chosen", mentor="Mme Perrin"), message("draft_chosen_next")]
    assert any(b["payload"] == "/rehearse_outreach" for b in dispatcher.messages[1]["buttons"])
    assert "vous enverrez à Mme Perrin le message que j'ai relu" in sent(dispatcher)[0]


def test_a_version_named_after_a_review_is_still_a_draft_version(database, domain):
    draft_for(domain, sender="yanis")
    _critique(domain, "yanis")
    tracker = _after_critique("yanis", "j'envoie la version 1", "finalize_draft")
    dispatcher, _ = run(outreach_drafts.ActionFinalizeDraft(), domain, tracker)
    assert "la version 1" in sent(dispatcher)[0]
