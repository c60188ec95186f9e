"""Knowledge, courtesies and personal data end to end over REST: welcome back, FAQ in and out of a form,
another language, export, and erasure that leaves nothing of one mentee in either database."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from datetime import date

import pytest
import yaml
from sqlalchemy import create_engine, text

from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.outreach import store as draft_store
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest
from assistant.store.tracker import count_conversation_events
from tests.e2e.servers import ROOT, payloads_of, text_of

GOAL = GoalFields(
    "carriere",
    "Devenir data analyst en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)
REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin"),
    source="linkedin",
    source_detail="",
    draw="son parcours",
    goal="devenir data analyst",
    intro="Léa, étudiante",
    ask="coffee",
)
#: Every outcome table keyed (directly or through its parent) by the mentee.
OWNED_ROWS = """
SELECT (SELECT COUNT(*) FROM goals g JOIN mentees m ON g.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM outreach_drafts d JOIN mentees m ON d.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM outreach_practice p JOIN mentees m ON p.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM outreach_sendings o JOIN mentees m ON o.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM meeting_preparations p JOIN mentees m ON p.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM progress_entries p JOIN mentees m ON p.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM journal_entries j JOIN mentees m ON j.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM action_items a JOIN journal_entries j ON a.entry_id = j.id
        JOIN mentees m ON j.mentee_id = m.id WHERE m.sender_id = :s)
     + (SELECT COUNT(*) FROM mentees WHERE sender_id = :s)
"""


def faq_answer(topic: str) -> str:
    """The knowledge base's answer for ``topic``, as written in data/responses/faq.yml."""
    responses = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text(encoding="utf-8"))["responses"]
    return responses[f"utter_faq/{topic}"][0]["text"]


def owned_rows(url: str, sender: str) -> int:
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        count = connection.execute(text(OWNED_ROWS), {"s": sender}).scalar_one()
    engine.dispose()
    return count


def test_knowledge_courtesies_export_and_erasure(shared_site, monkeypatch):
    servers = shared_site.servers  # the export link points at shared_site's page server
    alice, bob = "e2e-kb-alice", "e2e-kb-bob"
    outcomes = servers.env["DATABASE_URL"]
    tracker_url = f"sqlite:///{servers.env['TRACKER_DB']}"
    monkeypatch.setenv("DATABASE_URL", outcomes)
    goal_store.save_goal(alice, GOAL)
    draft_store.save_draft(alice, REQUEST, Draft("", "Bonjour Claire", DraftStyle()))
    goal_store.save_goal(bob, GOAL)
    welcome = servers.say(alice, "bonjour")
    assert "Bon retour" in text_of(welcome) and "« devenir data analyst en startup »" in text_of(welcome)
    assert "Claire Martin" in text_of(welcome) and "/list_drafts" in payloads_of(welcome)
    assert "Bon retour" in text_of(servers.say(bob, "salut"))

    answer = servers.say(alice, "comment je peux trouver un mentor dans mon domaine ?")
    assert text_of(answer) == faq_answer("find_mentor").strip() and "/draft_outreach" in payloads_of(answer)

    servers.say(alice, "/clarify_goal")
    aside = servers.say(alice, "au fait, c'est quoi exactement le mentorat ?")
    assert faq_answer("what_is").strip() in text_of(aside)  # answered,
    assert "Reprenons" in text_of(aside) and "domaine" in text_of(aside)  # then the question again
    assert "on arrête là" in text_of(servers.say(alice, "annuler"))
    in_english = text_of(servers.say(alice, "Could you please help me write to my mentor?"))
    assert "français" in in_english and "continuons en français" in in_english  # the task asked starts
    assert "on arrête là" in text_of(servers.say(alice, "annuler"))
    assert "français" in text_of(servers.say(alice, "What's the weather like in Paris today?"))

    exported = servers.say(alice, "exporte toutes mes données")
    summary = exported[-2]["text"]
    assert "« Devenir data analyst en startup », échéance : 30 juin 2027" in summary
    assert "pour Claire Martin" in summary and "{" not in summary and "sender_id" not in summary
    link = re.search(rf"{re.escape(shared_site.origin)}/export/[A-Za-z0-9_-]+\.json", exported[-1]["text"])
    assert link, exported[-1]["text"]
    with urllib.request.urlopen(link.group(0), timeout=10) as response:  # through the real page server
        document = json.loads(response.read())
    assert document["sender_id"] == alice and document["goals"][0]["statement"] == GOAL.statement
    assert any("trouver un mentor" in m["text"] for m in document["conversation"])

    assert count_conversation_events(alice, tracker_url) > 0 and owned_rows(outcomes, alice) > 0
    confirm = servers.say(alice, "supprime toutes mes données")
    assert "définitif" in text_of(confirm) and "/affirm" in payloads_of(confirm)
    done = servers.say(alice, "/affirm")
    assert "C'est fait" in text_of(done)

    assert owned_rows(outcomes, alice) == 0
    assert count_conversation_events(alice, tracker_url) == 0
    assert owned_rows(outcomes, bob) == 2 and count_conversation_events(bob, tracker_url) > 0
    assert len(goal_store.list_goals(bob)) == 1

    with pytest.raises(urllib.error.HTTPError) as erased_link:  # the pending link went with the rest
        urllib.request.urlopen(link.group(0), timeout=10)
    assert erased_link.value.code == 404

    fresh = servers.say(alice, "bonjour")
    assert "Bon retour" not in text_of(fresh) and "Que voulez-vous faire" in text_of(fresh)
