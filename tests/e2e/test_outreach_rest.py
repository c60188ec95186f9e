"""Outreach end to end over REST: draft, bad answers, revise twice, choose, critique, rehearse, export."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from tests.e2e.servers import BIN, ROOT, payloads_of, text_of

GOAL = GoalFields(
    "carriere",
    "Devenir data analyst en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)


def test_draft_revise_choose_practise_and_export(shared_servers, monkeypatch):
    servers = shared_servers
    mentee = "e2e-outreach-mentee"
    monkeypatch.setenv("DATABASE_URL", servers.env["DATABASE_URL"])
    goal = goal_store.save_goal(mentee, GOAL)
    ask_who = servers.say(mentee, "aide-moi à écrire à un mentor")
    assert "À qui voulez-vous écrire" in text_of(ask_who)
    assert "pas un nom" in text_of(servers.say(mentee, "https://www.linkedin.com/in/claire-martin"))

    ask_source = servers.say(mentee, "Claire Martin, directrice data chez Doctolib")
    assert "Comment connaissez-vous Claire Martin" in text_of(ask_source)
    assert '/inform{"outreach_source":"linkedin"}' in payloads_of(ask_source)
    ask_draw = servers.say(mentee, "je l'ai vue au salon VivaTech")
    assert "attire chez Claire Martin" in text_of(ask_draw)
    assert "code" in text_of(servers.say(mentee, "<img src=x onerror=alert(1)> son parcours"))
    ask_goal = servers.say(mentee, "sa conférence sur les équipes data en startup")
    assert "« Devenir data analyst en startup » ?" in text_of(ask_goal)  # the only goal is proposed
    ask_intro = servers.say(mentee, "oui")
    assert "Présentez-vous" in text_of(ask_intro)
    ask_ask = servers.say(mentee, "Léa, étudiante en master data à Lyon")
    assert "Que proposez-vous à Claire Martin" in text_of(ask_ask)
    assert "entre 10 et 45 minutes" in text_of(servers.say(mentee, "une réunion de 2 heures"))
    ask_channel = servers.say(mentee, "un café de 20 minutes, plutôt le mardi")
    assert '/inform{"outreach_channel":"linkedin_note"}' in payloads_of(ask_channel)

    shown = servers.say(mentee, '/inform{"outreach_channel":"linkedin_message"}')
    first = shown[1]["text"]
    assert first.startswith("Bonjour Claire") and "VivaTech" in first and "Léa" in first
    assert any("Plus court" in b["title"] for m in shown for b in m.get("buttons", []))

    shorter = servers.say(mentee, '/revise_draft{"revision":"plus court"}')
    assert "version 2" in text_of(shorter) and len(shorter[1]["text"]) < len(first)
    note = servers.say(mentee, "fais-en une note d'invitation LinkedIn")
    assert "version 3" in text_of(note) and len(note[1]["text"]) <= 300

    chosen = servers.say(mentee, "je garde la version 2")
    assert "version 2" in text_of(chosen) and chosen[1]["text"] == shorter[1]["text"]

    critique = servers.say(mentee, "tu peux relire mon message ?")
    assert "Collez ici" in text_of(critique)
    assert "trop long" in text_of(servers.say(mentee, "Bonjour Claire. " + "bla " * 1300))
    scored = servers.say(mentee, "Bonjour, voulez-vous être mon mentor ? Merci d'avance, bonne journée à vous")
    assert "/8" in text_of(scored)

    # the likeliest reaction is played at once, to the message just reviewed (newer than the draft): it names
    # no one, so the reply is not Claire's
    played = servers.say(mentee, "entraîne-moi à sa réponse")
    assert "accepte" in text_of(played).lower() and "Claire" not in text_of(played)
    coached = servers.say(
        mentee,
        "Merci beaucoup pour votre réponse ! Je vous propose mardi prochain à 12h30, "
        "au café en bas de vos bureaux. Bonne journée, Léa",
    )
    assert "/" in text_of(coached)
    assert len([p for p in payloads_of(coached) if p.startswith("/rehearse_outreach")]) == 3  # the others

    exported = json.loads(
        subprocess.run(
            [str(BIN / "python"), "-m", "assistant", "export", mentee],
            cwd=ROOT,
            env=servers.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    versions = exported["outreach_drafts"][0]["versions"]
    assert [v["change"] for v in versions] == ["initial", "shorter", "channel"]
    assert versions[0]["body"] == first and versions[2]["channel"] == "linkedin_note"
    assert exported["outreach_drafts"][0]["final_version"] == 2
    assert exported["outreach_drafts"][0]["goal_id"] == goal.id
    assert [p["kind"] for p in exported["outreach_practice"]] == ["critique", "rehearsal"]
    assert exported["outreach_practice"][1]["scenario"] == "accepts"
