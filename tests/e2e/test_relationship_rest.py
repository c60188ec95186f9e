"""Following the relationship end to end over REST: progress on a goal (bad answers refused on the way), the goal
list with its progress, a meeting noted without a preparation, its action items listed and marked done, the next
preparation with the same mentor starting from them, and everything in ``python -m assistant export``."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta

from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from tests.e2e.servers import BIN, ROOT, text_of

DATA = GoalFields(
    "carriere", "Devenir data analyst", "obtenir 3 entretiens", date.today() + timedelta(days=200), "x", "informel"
)
MEETINGS = GoalFields(
    "leadership", "Animer mes réunions d'équipe", "animer 6 réunions", date.today() + timedelta(days=150), "y", "formel"
)


def test_progress_journal_actions_and_export(shared_servers, monkeypatch):
    servers = shared_servers
    mentee = "e2e-relationship-mentee"
    monkeypatch.setenv("DATABASE_URL", servers.env["DATABASE_URL"])
    goal_store.save_goal(mentee, DATA)
    goal_store.save_goal(mentee, MEETINGS)
    due = date.today() + timedelta(days=40)
    asked = servers.say(mentee, "j'ai avancé sur mon objectif 2")
    assert "Animer mes réunions d'équipe" in text_of(asked) and "« animer 6 réunions »" in text_of(asked)
    assert "100 %" in text_of(servers.say(mentee, "150 %"))
    assert "C'était quand" in text_of(servers.say(mentee, "3 sur 6"))
    assert "pas encore arrivée" in text_of(servers.say(mentee, "demain"))
    assert "aidé" in text_of(servers.say(mentee, "hier"))
    assert "freine" in text_of(servers.say(mentee, "les conseils de ma mentore sur l'ordre du jour"))
    saved = text_of(servers.say(mentee, "le manque de temps pour préparer"))
    assert "3 sur 6 (50 %)" in saved and "prochaine rencontre" in saved

    listed = text_of(servers.say(mentee, "montre-moi mes objectifs"))
    assert "progrès : 3 sur 6 (50 %)" in listed and "progrès : pas encore noté" in listed

    started = text_of(servers.say(mentee, "j'ai vu ma mentore sans passer par toi, je voudrais noter la rencontre"))
    assert "Avec qui était cette rencontre" in started
    assert "Quand a-t-elle eu lieu" in text_of(servers.say(mentee, "Claire Martin"))
    assert "Qu'en retenez-vous" in text_of(servers.say(mentee, "hier"))
    assert "conseils" in text_of(servers.say(mentee, "mon CV est trop long et je me vends mal"))
    assert "Une action par ligne" in text_of(servers.say(mentee, "viser les PME et raconter mon parcours"))
    noted = text_of(servers.say(mentee, f"refaire mon CV — {due.strftime('%d/%m/%Y')}\nappeler Paul Durand"))
    assert "2 actions à faire" in noted and "1. refaire mon CV (pour le" in noted

    left = text_of(servers.say(mentee, "il me reste quoi comme actions ?"))
    assert "Il vous reste 2 actions" in left
    done = text_of(servers.say(mentee, "l'action 2 est faite"))
    assert "« appeler Paul Durand » est faite" in done

    servers.say(mentee, "je prépare ma prochaine rencontre avec ma mentore")
    servers.say(mentee, "Claire Martin")
    servers.say(mentee, "dans 10 jours à 14h")
    servers.say(mentee, "en visio")
    servers.say(mentee, "30 minutes")
    servers.say(mentee, "/deny")
    shown = text_of(servers.say(mentee, "le 2"))
    assert "Depuis notre dernière rencontre :\n1. refaire mon CV" in shown
    assert "appeler Paul Durand" not in shown and "Questions de suivi" in shown

    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", mentee],
        cwd=ROOT,
        env=servers.env,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(exported.stdout)
    assert [(p["count"], p["percent"]) for p in data["progress"]] == [(3, 50)]
    assert data["progress"][0]["blocked"] == "le manque de temps pour préparer"
    entry = data["journal"][0]
    assert entry["mentor"] == "Claire Martin" and entry["advice"] == "viser les PME et raconter mon parcours"
    assert [(a["text"], a["due"], bool(a["done_at"])) for a in entry["actions"]] == [
        ("refaire mon CV", due.isoformat(), False),
        ("appeler Paul Durand", None, True),
    ]
