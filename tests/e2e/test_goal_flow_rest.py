"""Goal clarification end to end over the REST webhook, surviving a restart of both servers."""

from __future__ import annotations

import json
import sqlite3
import subprocess

from tests.e2e.servers import BIN, ROOT, payloads_of, text_of


def test_goal_flow_is_saved_and_survives_a_restart(shared_servers):
    servers = shared_servers
    mentee = "e2e-goals-mentee"
    hello = servers.say(mentee, "bonjour")
    assert "Mentorat" in text_of(hello)
    assert "/clarify_goal" in payloads_of(hello)

    ask_area = servers.say(mentee, "/clarify_goal")
    assert len(ask_area) == 2, text_of(ask_area)  # the intro and the first question, nothing else
    assert '/inform{"goal_area":"leadership"}' in payloads_of(ask_area)

    ask_goal = servers.say(mentee, '/inform{"goal_area":"leadership"}')
    assert "objectif" in text_of(ask_goal)

    vague = servers.say(mentee, "progresser")
    assert "trop vague" in text_of(vague)
    assert "équipe" in text_of(vague)  # the example comes from the leadership area

    ask_measure = servers.say(mentee, "animer ma première équipe de trois développeurs")
    assert "indicateur" in text_of(ask_measure)

    no_number = servers.say(mentee, "je le sentirai")
    assert "vérifier" in text_of(no_number)
    servers.say(mentee, "encadrer 3 personnes sur un projet")

    past = servers.say(mentee, "le 15/09/2020")
    assert "déjà passée" in text_of(past)
    ask_why = servers.say(mentee, "dans 6 mois")
    assert "Pourquoi" in text_of(ask_why)

    ask_kind = servers.say(mentee, "pour prendre plus de responsabilités et apprendre à décider")
    assert "/explain_mentoring_kinds" in payloads_of(ask_kind)
    explained = servers.say(mentee, "/explain_mentoring_kinds")
    assert "inversé" in text_of(explained)
    assert '/inform{"mentoring_kind":"informel"}' in payloads_of(explained)  # the form asks again

    summary = servers.say(mentee, '/inform{"mentoring_kind":"informel"}')
    assert "• Objectif : Animer ma première équipe de trois développeurs." in text_of(summary)
    assert "Mentorat informel" in text_of(summary)
    assert "/affirm" in payloads_of(summary)

    # Correct one field: only the measure is asked again.
    ask_measure_again = servers.say(mentee, '/correct_goal_field{"goal_field":"goal_measure"}')
    assert "indicateur" in text_of(ask_measure_again)
    summary = servers.say(mentee, "encadrer 4 personnes")
    assert "• Mesure du succès : Encadrer 4 personnes." in text_of(summary)
    assert "• Objectif : Animer ma première équipe de trois développeurs." in text_of(summary)

    saved = servers.say(mentee, "/affirm")
    assert "enregistré" in text_of(saved)
    listed = servers.say(mentee, "/list_goals")
    assert "1. Animer ma première équipe de trois développeurs." in text_of(listed)

    # Start another goal and leave it: the saved one is kept and the mentee is told so.
    servers.say(mentee, "/clarify_goal")
    servers.say(mentee, '/inform{"goal_area":"reseau"}')
    cancelled = servers.say(mentee, "annuler")
    assert "n'a pas été enregistré" in text_of(cancelled)
    assert "reste intact" in text_of(cancelled)

    servers.stop()  # both servers, then again on the same ports and databases
    restarted = servers.start()
    listed = restarted.say(mentee, "montre moi mes objectifs")
    assert "Animer ma première équipe de trois développeurs." in text_of(listed)
    assert "encadrer 4 personnes" in text_of(listed)
    # The conversation itself survived too: the SQL tracker store holds both sessions' events.
    with sqlite3.connect(restarted.env["TRACKER_DB"]) as tracker_db:
        texts = [
            row[0]
            for row in tracker_db.execute(
                "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (mentee,)
            )
        ]
    assert any("progresser" in text for text in texts)
    assert any("montre moi mes objectifs" in text for text in texts)
    stranger = restarted.say("e2e-goals-stranger", "/list_goals")
    assert "pas encore d'objectif" in text_of(stranger)
    assert "animer" not in text_of(stranger)

    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", mentee],
        cwd=ROOT,
        env=restarted.env,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(exported.stdout)
    assert [g["statement"] for g in data["goals"]] == ["animer ma première équipe de trois développeurs"]
    assert data["goals"][0]["mentoring_kind"] == "informel"


def test_typed_corrections_and_confirmations_in_the_goal_flow(shared_servers):
    """A correction typed while another question is asked changes that answer; typed yes and no confirm."""
    servers = shared_servers
    mentee = "e2e-corrections"
    blank = servers.say(mentee, "   ")
    assert "arrivé vide" in text_of(blank) and "/clarify_goal" in payloads_of(blank)
    lost = servers.say(mentee, "hein ??")
    assert "Je vous accompagne" in text_of(lost) and "/clarify_goal" in payloads_of(lost)
    servers.say(mentee, "/clarify_goal")
    assert "aucun texte" in text_of(servers.say(mentee, "  "))  # in the form too, then the question again
    servers.say(mentee, '/inform{"goal_area":"carriere"}')
    servers.say(mentee, "décrocher un premier poste de chargé de communication")
    corrected = servers.say(mentee, "oh pardon, change l'objectif : décrocher un poste en communication interne")
    assert "votre objectif est maintenant « décrocher un poste en communication interne »" in text_of(corrected)
    assert "indicateur" in text_of(corrected)  # the measure is asked again
    servers.say(mentee, "2 entretiens obtenus")
    servers.say(mentee, "dans 5 mois")
    deadline = servers.say(mentee, "ah non en fait l'échéance c'est dans 8 mois")
    assert "l'échéance est maintenant le " in text_of(deadline)
    assert "Pourquoi" in text_of(deadline)
    servers.say(mentee, "parce que j'aime raconter ce que fait une entreprise")
    summary = servers.say(mentee, '/inform{"mentoring_kind":"informel"}')
    assert "• Objectif : Décrocher un poste en communication interne." in text_of(summary)
    assert "chargé de communication" not in text_of(summary)
    saved = servers.say(mentee, "ouais c'est parfait")
    assert "enregistré" in text_of(saved)

    asked = servers.say(mentee, "supprime l'objectif 1, il est atteint de toute façon")
    assert "/affirm" in payloads_of(asked)  # the deletion is asked to be confirmed, not marked reached
    kept = servers.say(mentee, "non finalement je le garde")
    assert "1. Décrocher un poste en communication interne." in text_of(servers.say(mentee, "/list_goals"))
    assert "supprimé" not in text_of(kept)
    servers.say(mentee, "supprime l'objectif 1")
    deleted = servers.say(mentee, "oui, supprime-le")
    assert "pas encore d'objectif" in text_of(servers.say(mentee, "/list_goals")), text_of(deleted)

    stated = servers.say(mentee, "J'ai un autre objectif : devenir formatrice en entreprise")
    assert "« devenir formatrice en entreprise »" in text_of(stated) and "domaine" in text_of(stated)
    ask_measure = servers.say(mentee, '/inform{"goal_area":"carriere"}')
    # The goal is not asked again: the measure question quotes it.
    assert "avez atteint votre objectif, « devenir formatrice en entreprise »" in text_of(ask_measure)
