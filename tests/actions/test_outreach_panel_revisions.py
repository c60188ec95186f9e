"""Revisions typed under a draft (ninth panel): how the mentee found the mentor said again, words replaced without
quotes, a channel the product has no format for named truthfully."""

from actions import courtesy
from assistant.outreach import store as draft_store
from tests.actions.conftest import make_tracker, run
from tests.actions.test_outreach_actions import _revise, draft_for

FOLLOWUP = [{"event": "followup", "name": "action_revise_draft", "timestamp": None}]


def _after_a_draft(text: str):
    tracker = make_tracker(sender_id="alice", text=text, intent="nlu_fallback")
    tracker.events = [{"event": "action", "name": "action_revise_draft"}, *tracker.events]
    return tracker


def test_a_recommendation_denied_is_replaced_by_the_post_said(database, domain):
    draft_for(domain, outreach_channel="email", outreach_source="recommendation", outreach_source_detail="")
    assert "conseillé" in draft_store.current_draft("alice").latest.draft.body
    said = "attends, on ne me l'a pas recommandée du tout, je l'ai découverte via son post LinkedIn"
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft(said))
    assert events == FOLLOWUP
    _revise(domain, said)
    record = draft_store.current_draft("alice")
    body = record.latest.draft.body
    assert record.latest.change == "source" and record.request.source == "article"
    assert "recommand" not in body and "conseill" not in body and "votre post LinkedIn" in body
    _revise(domain, "plus court")  # later versions keep it: it is part of the request now
    assert "recommand" not in draft_store.current_draft("alice").latest.draft.body


def test_a_channel_change_and_a_piece_to_mention_in_one_message(database, domain):
    draft_for(domain, outreach_channel="linkedin_note", outreach_source="linkedin", outreach_source_detail="")
    _revise(domain, "fais-en un mail et parle de sa tribune sur le management à distance")
    latest = draft_store.current_draft("alice").latest
    assert latest.draft.style.channel == "email" and latest.change == "several"
    assert "votre tribune sur le management à distance" in latest.draft.body


def test_a_replacement_without_quotes_under_a_draft_is_made(database, domain):
    draft_for(domain)
    assert "master data" in draft_store.current_draft("alice").latest.draft.body
    said = "remplace master data par master en science des données"
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft(said))
    assert events == FOLLOWUP
    _, events = run(courtesy.ActionDefaultFallback(), domain, tracker=_after_a_draft("remplace Paris par Lille"))
    assert events != FOLLOWUP  # not words of the draft: the fallback's own answer
    _revise(domain, said)
    latest = draft_store.current_draft("alice").latest
    assert latest.change == "edit" and "master en science des données à Lyon" in latest.draft.body
    assert "master data" not in latest.draft.body
