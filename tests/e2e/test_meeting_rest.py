"""Meeting preparation end to end over REST: prepare, edit, restart both servers, recall, debrief."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from icalendar import Calendar

from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.web.server import calendar_file
from tests.e2e.servers import BIN, ROOT, payloads_of, text_of

GOAL = GoalFields(
    "carriere",
    "Devenir data scientist en startup",
    "obtenir 3 entretiens",
    date(2027, 6, 30),
    "changer de métier",
    "informel",
)


def questions_block(messages: list[dict]) -> str:
    return next(m["text"] for m in messages if m.get("text", "").startswith("Vos questions"))


def test_prepare_edit_restart_recall_and_debrief(shared_servers, monkeypatch):
    servers = shared_servers
    mentee = "e2e-meeting-mentee"
    monkeypatch.setenv("DATABASE_URL", servers.env["DATABASE_URL"])
    goal_store.save_goal(mentee, GOAL)
    ask_who = servers.say(mentee, "je prépare ma première rencontre avec ma mentore")
    assert "« devenir data scientist en startup »" in text_of(ask_who)  # the only goal is reused
    assert "Qui allez-vous rencontrer" in text_of(ask_who)

    ask_when = servers.say(mentee, "Claire Martin, directrice data chez Doctolib")
    assert "Quand a lieu la rencontre avec Claire Martin" in text_of(ask_when)
    assert "n'existe pas" in text_of(servers.say(mentee, "le 31 février"))
    assert "déjà passée" in text_of(servers.say(mentee, "c'était hier"))

    ask_format = servers.say(mentee, "jeudi prochain à 14h")
    assert '/inform{"meeting_format":"visio"}' in payloads_of(ask_format)
    # the length comes with the format; « ma première rencontre » in the request was not asked again
    shown = servers.say(mentee, "45 min en visio")
    text = text_of(shown)
    assert "première rencontre avec Claire Martin" not in text
    # 45 minutes, first meeting: 23 minutes of questions (after the welcome, the expectations and the thanks),
    # 9 main ones and the rest « si le temps le permet »
    assert "Vos questions pour les 23 minutes d'échange (9 questions" in text and "Si le temps le permet" in text
    assert "Ordre du jour (45 min)" in text and "14h00" in text
    assert "devenir data scientist en startup" in text and "Testez le lien" in text
    assert "/edit_questions" in payloads_of(shown)
    first_list = questions_block(shown).splitlines()[1:]

    removed = servers.say(mentee, "enlève la question 3 stp")
    assert "C'est retiré" in text_of(removed)
    assert first_list[2].split(". ", 1)[1] not in questions_block(removed)
    moved = servers.say(mentee, "mets la 5 en premier")
    assert "maintenant la n° 1" in text_of(moved)
    added = servers.say(mentee, "ajoute : <script>alert(1)</script> Quel a été votre plus grand échec ?")
    assert "<script>alert(1)</script> Quel a été votre plus grand échec ? (votre question)" in text_of(added)
    edited = questions_block(added)
    assert edited.startswith("Vos questions pour les 23 minutes d'échange (9 questions")
    assert "Il n'y a que 12 questions" in text_of(servers.say(mentee, "enlève la 99"))

    servers.stop()  # both servers, then again on the same ports and databases
    restarted = servers.start()
    recalled = restarted.say(mentee, "montre ma préparation")
    assert questions_block(recalled) == edited  # same list, same order, after a restart
    assert "pas encore de préparation" in text_of(restarted.say("e2e-meeting-stranger", "montre ma préparation"))
    # No preparation waits for a debrief: the meeting journal asks who it was with, not the debrief's questions.
    journal = restarted.say("e2e-meeting-stranger", "la rencontre s'est passée")
    assert "Avec qui était cette rencontre ?" in text_of(journal)
    assert "Qu'avez-vous retenu" not in text_of(journal)

    exported = restarted.say(mentee, "exporte ma préparation")
    assert "# Rencontre avec Claire Martin" in text_of(exported)
    link = next(line for line in text_of(exported).splitlines() if "/calendrier/" in line)
    path = "/calendrier/" + link.split("/calendrier/")[1].strip()
    event = Calendar.from_ical(calendar_file(path)).walk("VEVENT")[0]
    assert str(event["summary"]) == "Rencontre de mentorat avec Claire Martin"
    assert event.decoded("dtstart").hour == 14

    restarted.say(mentee, "la rencontre s'est passée")
    restarted.say(mentee, "elle m'a conseillé de refaire mon CV et de viser les startups de la santé")
    restarted.say(mentee, "je lui envoie mon CV refait d'ici vendredi")
    thanks = restarted.say(mentee, "pas encore fixé")
    assert "Bonjour Claire," in text_of(thanks)
    # The debrief goes into the note, said to the mentor; nothing left to personalise.
    assert "en particulier : refaire mon CV et viser les startups de la santé." in text_of(thanks)
    assert "Comme convenu, je vous envoie mon CV refait d'ici vendredi." in text_of(thanks)
    assert "personnalis" not in text_of(thanks) and "elle a pris du temps pour vous" in text_of(thanks)

    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", mentee],
        cwd=ROOT,
        env=restarted.env,
        check=True,
        capture_output=True,
        text=True,
    )
    preparation = json.loads(exported.stdout)["meeting_preparations"][0]
    assert preparation["status"] == "done" and "refaire mon CV" in preparation["notes"]
    assert [q["origin"] for q in preparation["questions"]].count("mentee") == 1  # kept where the time allows it
    assert len(preparation["questions"]) == 12 and preparation["minutes"] == 45
    assert "## Questions" in preparation["markdown"]
