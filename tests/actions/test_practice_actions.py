"""Practice actions: the review of a message the mentee wrote, the rehearsal of the mentor's reply, the thank-you."""

import re
from datetime import datetime, time, timedelta

import pytest

from actions import practice
from assistant.common.dates import local_today
from assistant.common.mentor import Mentor
from assistant.common.templating import message
from assistant.meetings import store as preparation_store
from assistant.meetings.model import MeetingDetails
from assistant.meetings.preparation import build_preparation
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.practice import rehearsal
from assistant.practice import store as practice_store
from tests.actions.conftest import run, sent, slot_events, texts
from tests.actions.test_outreach_actions import GOOD_MESSAGE, draft_for, validate

# --- critique ----------------------------------------------------------------------------------------


def test_a_message_pasted_with_the_request_is_taken(database, domain):
    _, events = run(
        practice.ActionStartCritique(),
        domain,
        sender_id="alice",
        intent="critique_message",
        text=f"voici mon message : {GOOD_MESSAGE}",
    )
    assert slot_events(events)["critique_text"].startswith("Bonjour Claire")
    _, events = run(
        practice.ActionStartCritique(),
        domain,
        sender_id="alice",
        intent="critique_message",
        text="tu peux relire mon message ?",
    )
    assert slot_events(events)["critique_text"] is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x" * 5000, "too_long"),
        ("   ", "empty"),
        ("Hello, would you be my mentor? I would love to learn from you.", "foreign"),
        ("salut", "not_a_message"),
    ],
)
def test_critique_refuses_what_it_cannot_read(database, domain, text, problem):
    dispatcher, slots = validate(practice.ValidateCritiqueForm(), domain, "critique_text", text, loop="critique_form")
    assert slots == {"critique_text": None}
    assert sent(dispatcher) == [message(f"critique_{problem}", length=len(text), limit=3000)]


def test_a_request_about_the_draft_in_the_review_offers_to_change_the_draft(database, domain):
    # sixteenth panel: « je parle du brouillon que vous venez d'écrire » in the review was asked to be pasted again
    said = "Non, je parle du brouillon que vous venez d'écrire : proposez plutôt un café à Lyon."
    dispatcher, slots = validate(practice.ValidateCritiqueForm(), domain, "critique_text", said, loop="critique_form")
    assert slots == {"critique_text": None} and not dispatcher.messages[0]["buttons"]  # no draft: nothing to offer
    draft_for(domain)
    dispatcher, slots = validate(practice.ValidateCritiqueForm(), domain, "critique_text", said, loop="critique_form")
    assert slots == {"critique_text": None}
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/revise_draft", "/stop"]


def test_critique_is_shown_and_saved(database, domain):
    dispatcher, events = run(
        practice.ActionCritiqueMessage(),
        domain,
        sender_id="alice",
        slots={"critique_text": "Bonjour, voulez-vous être mon mentor ? Merci"},
    )
    kept = practice_store.list_practice("alice")
    assert [(p.kind, p.total) for p in kept] == [("critique", 8)] and kept[0].score <= 3
    assert f"{kept[0].score}/8" in dispatcher.messages[0]["text"]
    assert kept[0].result["weakest"] and kept[0].result["rewrite"]
    assert slot_events(events) == {"critique_text": None}


def test_critique_keeps_markup_as_text(database, domain):
    hostile = GOOD_MESSAGE.replace("Merci beaucoup", "<script>alert(1)</script> Merci beaucoup")
    dispatcher, _ = run(practice.ActionCritiqueMessage(), domain, sender_id="alice", slots={"critique_text": hostile})
    assert practice_store.list_practice("alice")[0].text == hostile
    assert "HTML" in texts(dispatcher)


# --- rehearsal and thank-you ---------------------------------------------------------------------------


def test_rehearsal_needs_a_draft(database, domain):
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, sender_id="nobody", text="entraîne-moi")
    assert sent(dispatcher) == [message("rehearsal_no_draft")]
    assert slot_events(events)["rehearsal_scenario"] is None


def test_rehearsal_plays_the_likeliest_reaction_unless_one_is_named(database, domain):
    draft_for(domain)
    dispatcher, events = run(practice.ActionStartRehearsal(), domain, sender_id="alice", text="entraîne-moi")
    assert slot_events(events)["rehearsal_scenario"] == "accepts"
    assert sent(dispatcher)[0] == message(
        "rehearsal_intro", mentor="Claire Martin", scenario=rehearsal.SCENARIOS["accepts"]
    )
    dispatcher, events = run(
        practice.ActionStartRehearsal(),
        domain,
        sender_id="alice",
        text="/rehearse_outreach",
        entities=[{"entity": "rehearsal_scenario", "value": "accepts"}],
    )
    assert slot_events(events)["rehearsal_scenario"] == "accepts"
    assert "Claire" in dispatcher.messages[1]["text"]  # the mentor's reply, signed
    dispatcher, events = run(
        practice.ActionStartRehearsal(), domain, sender_id="alice", text="et si elle me répond pas ?"
    )
    assert slot_events(events)["rehearsal_scenario"] == "silence"


def test_reply_is_reviewed_and_saved(database, domain):
    draft_for(domain)
    dispatcher, events = run(
        practice.ActionReviewReply(),
        domain,
        sender_id="alice",
        slots={"rehearsal_scenario": "silence", "rehearsal_reply": "Vous n'avez toujours pas répondu, c'est dommage."},
    )
    kept = practice_store.list_practice("alice")
    assert [(p.kind, p.scenario) for p in kept] == [("rehearsal", "silence")]
    assert kept[0].score < kept[0].total and kept[0].result["suggested"]
    assert kept[0].draft_id == draft_store.current_draft("alice").id
    assert dispatcher.messages[0]["text"] and slot_events(events)["rehearsal_reply"] is None


def thank_you(dispatcher) -> str:
    """The note itself: the message that starts with the greeting."""
    return next(m["text"] for m in dispatcher.messages if (m.get("text") or "").startswith("Bonjour"))


def test_thank_you_without_anything_known_is_complete_and_neutral(database, domain):
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="nobody", text="message de remerciement")
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour,\nMerci beaucoup pour le temps que vous m'avez accordé.")
    assert note.endswith("Bien cordialement,") and "personnalis" not in texts(dispatcher)
    assert "cette personne a pris du temps pour vous" in sent(dispatcher)[-1]
    assert "il ou elle" not in texts(dispatcher)


def test_thank_you_uses_the_mentor_named_in_the_request_and_their_gender(database, domain):
    dispatcher, _ = run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="nobody",
        text="un petit mot pour remercier Paul, il m'a relu mon CV",
        entities=[{"entity": "PER", "value": "Paul"}],
    )
    assert thank_you(dispatcher).startswith("Bonjour Paul,")
    assert "il a pris du temps pour vous" in sent(dispatcher)[-1]


def test_thank_you_after_a_draft_is_signed_and_follows_the_tutoiement(database, domain):
    draft_for(domain)
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="remercier Claire")
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour Claire,") and note.endswith("Bien cordialement,\nLéa")
    assert "elle a pris du temps pour vous" in sent(dispatcher)[-1]  # Claire: a feminine first name
    dispatcher, _ = run(
        practice.ActionThankYouNote(), domain, sender_id="alice", text="un mot de remerciement en tutoyant"
    )
    note = thank_you(dispatcher)
    assert "tu m'as accordé" in note and note.endswith("Encore merci, et à bientôt !\nLéa")
    assert not re.search(r"\b(?:vous|votre|vos|cordialement)\b", note)


def test_thank_you_after_a_debrief_uses_the_advice_and_next_steps(database, domain):
    draft_for(domain)
    details = MeetingDetails(
        mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
        starts_at=datetime.combine(local_today() - timedelta(days=1), time(14)),
        has_time=True,
        format="visio",
        minutes=30,
        first=True,
        subject="Devenir data scientist",
    )
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    preparation_store.save_debrief(
        "alice",
        saved.id,
        "elle m'a conseillé de passer le DSCG ; bosser la tresorerie",
        "je lui envoie mon cv d'ici vendredi",
        local_today() + timedelta(days=30),
    )
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="aide-moi à la remercier")
    note = thank_you(dispatcher)
    assert "Merci beaucoup pour le temps que vous m'avez accordé hier en visio." in note
    assert "en particulier : passer le DSCG et travailler la trésorerie." in note
    assert "Comme convenu, je vous envoie mon CV d'ici vendredi." in note
    assert "d'ici notre prochaine rencontre, le " in note and note.endswith("Léa")
    for raw in ("tresorerie", "bosser", "lui envoie", "cv ", "m'a conseillé", "personnalis"):
        assert raw not in note, raw
    assert "avec ses conseils et vos prochaines étapes" in sent(dispatcher)[0]
    short = thank_you(
        run(practice.ActionThankYouNote(), domain, sender_id="alice", text="un remerciement plus court")[0]
    )
    assert len(short) < len(note) and "passer le DSCG" in short


def test_thank_you_says_what_it_left_out_of_the_notes(database, domain):
    details = MeetingDetails(Mentor("Hélène Garnier"), None, False, "cafe", 30, True, "Devenir DAF")
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    preparation_store.save_debrief("alice", saved.id, "c trop stylé lol ; relire mon CV", "", None)
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="remerciement")
    assert "celui de relire mon CV" in thank_you(dispatcher) and "stylé" not in thank_you(dispatcher)
    assert message("thank_you_left_out", reason="slang") in texts(dispatcher)


def test_thank_you_for_someone_else_than_the_prepared_meeting(database, domain):
    draft_for(domain)  # to Claire, signed Léa
    details = MeetingDetails(Mentor("Claire Martin"), None, False, "cafe", 30, True, "Devenir data scientist")
    saved = preparation_store.save_preparation("alice", build_preparation(details))
    preparation_store.save_debrief("alice", saved.id, "passer le DSCG", "", None)
    dispatcher, _ = run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="alice",
        text="un mot pour remercier Paul",
        entities=[{"entity": "PER", "value": "Paul"}],
    )
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour Paul,") and "DSCG" not in note and note.endswith("Léa")
    dispatcher, _ = run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="alice",
        text="un mot pour remercier Claire",
        entities=[{"entity": "PER", "value": "Claire"}],
    )
    assert thank_you(dispatcher).startswith("Bonjour Claire,") and "passer le DSCG" in thank_you(dispatcher)


def test_a_platform_recommended_is_no_one_to_thank_and_the_note_says_the_help(database, domain):
    request = OutreachRequest(
        mentor=Mentor("Yanis Haddad", "pentesteur", "Thales"),
        source="linkedin",
        source_detail="",
        draw="son parcours d'autodidacte",
        goal="devenir pentesteur",
        intro="Sarah, caissière en reconversion",
        ask="video",
        first_name="Sarah",
    )
    draft_store.save_draft("sarah", request, compose(request, DraftStyle(tone="tu")))
    details = MeetingDetails(
        mentor=Mentor("Yanis Haddad", "pentesteur", "Thales"),
        starts_at=datetime.combine(local_today(), time(10)),
        has_time=True,
        format="visio",
        minutes=30,
        first=True,
        subject="Devenir pentesteur",
    )
    preparation_store.save_preparation("sarah", build_preparation(details))
    said = (
        "visio finie, top, il m a recommandé hackthebox et il veut bien relire ma lettre de motivation. "
        "je veux le remercier"
    )
    dispatcher, _ = run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="sarah",
        text=said,
        entities=[{"entity": "PER", "value": "Hackthebox"}],
    )
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour Yanis,") and "Hackthebox," not in note
    assert "tu m'as accordé" in note and not re.search(r"\b(?:vous|votre|vos)\b", note)
    assert "Tu m'as conseillé HackTheBox" in note
    assert "Ta proposition de relire ma lettre de motivation me touche beaucoup." in note
    assert note.endswith("Sarah")
    assert "Yanis Haddad" in sent(dispatcher)[0]


def test_a_note_corrected_in_words_keeps_its_mentor_and_its_tutoiement(database, domain):
    # fifteenth panel: « Je parle du message de remerciement : …, et enlevez la répétition » (no name, no draft, no
    # preparation) gave « Bonjour, … vous m'avez accordé », after a note to Sophie in « tu »
    run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="nora",
        text="un petit mot pour remercier Paul, on se tutoie",
        entities=[{"entity": "PER", "value": "Paul"}],
    )
    dispatcher, _ = run(
        practice.ActionThankYouNote(), domain, sender_id="nora", text="le mot de remerciement : enlevez la répétition"
    )
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour Paul,") and "tu m'as accordé" in note
    assert not re.search(r"\b(?:vous|votre|vos)\b", note)


def test_a_note_with_no_one_in_view_is_still_neutral(database, domain):
    run(practice.ActionThankYouNote(), domain, sender_id="nina", text="message de remerciement")
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="nina", text="plus court")
    assert thank_you(dispatcher).startswith("Bonjour,\n")


def test_a_note_with_no_name_is_for_the_latest_meeting_noted_and_skips_what_is_done(database, domain):
    # sixteenth panel: « le message de remerciement pour la visio d'hier » after a meeting noted with Nadia gave
    # « Bonjour, » with none of her advice; then a note promised an action ticked done already
    from assistant.journal import store as journal_store
    from assistant.journal.model import PlannedAction

    saved = journal_store.save_entry(
        "lina",
        "Nadia Haddad",
        local_today() - timedelta(days=1),
        "revue de mon portfolio",
        "garder trois études de cas",
        [PlannedAction("réécrire l'étude de cas sur le covoiturage"), PlannedAction("envoyer mon portfolio")],
    )
    journal_store.mark_done("lina", saved.actions[0].id)
    dispatcher, _ = run(
        practice.ActionThankYouNote(), domain, sender_id="lina", text="le message de remerciement pour la visio d'hier"
    )
    note = thank_you(dispatcher)
    assert note.startswith("Bonjour Nadia,") and "portfolio" in note
    assert "covoiturage" not in note


def test_a_thank_you_note_is_changed_in_words_like_a_draft(database, domain):
    # sixteenth panel: « Dans le message de remerciement, remplacez « Bonjour, » par « Salut Nadia, » » got « Vous
    # n'avez pas encore de brouillon », and the note could not be corrected at all
    from actions.outreach_drafts import ActionReviseDraft

    run(
        practice.ActionThankYouNote(),
        domain,
        sender_id="ines",
        text="un mot pour remercier Paul",
        entities=[{"entity": "PER", "value": "Paul"}],
    )
    said = "Dans le remerciement, remplacez « Bonjour Paul, » par « Salut Paul, »"
    _, events = run(ActionReviseDraft(), domain, sender_id="ines", text=said, intent="revise_draft")
    assert events == [{"event": "followup", "timestamp": None, "name": "action_thank_you_note"}]
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="ines", text=said, intent="revise_draft")
    assert sent(dispatcher)[0] == message("thank_you_edited")
    assert dispatcher.messages[1]["text"].startswith("Salut Paul,\nMerci beaucoup")
    assert practice_store.newest_thank_you("ines").text.startswith("Salut Paul,")
    # a change that names no words of the note writes a note as asked
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="ines", text="plus court")
    assert sent(dispatcher)[0] != message("thank_you_edited")
