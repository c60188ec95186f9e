"""The relationship check-in end to end over REST: the third meeting noted with a mentor offers it, its button starts
it about that mentor, a question asked instead of an answer is not kept, the summary ends with one next step, and
the check-in is in ``python -m assistant export``. Then a request to close the mentoring ends with how to close it
well and the thank-you button."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta

from assistant.journal import store as journal_store
from tests.e2e.servers import BIN, ROOT, payloads_of, text_of


def test_offered_after_the_third_meeting_then_summed_up_and_exported(shared_servers, monkeypatch):
    servers = shared_servers
    mentee = "e2e-checkin-mentee"
    monkeypatch.setenv("DATABASE_URL", servers.env["DATABASE_URL"])
    for days in (40, 20):
        journal_store.save_entry(mentee, "Claire Martin", date.today() - timedelta(days=days), "notes", "", [])
    servers.say(mentee, "je voudrais noter ma rencontre avec ma mentore")
    servers.say(mentee, "Claire Martin")
    servers.say(mentee, "hier")
    servers.say(mentee, "on a revu mon pitch")
    servers.say(mentee, "aucun")
    noted = servers.say(mentee, "aucune")
    offer = '/relationship_checkin{"PER":"Claire Martin"}'
    assert "3e rencontre notée avec Claire Martin" in text_of(noted) and offer in payloads_of(noted)

    started = text_of(servers.say(mentee, offer))
    assert "relation avec Claire Martin" in started and "À quel rythme vous voyez-vous" in started
    aside = text_of(servers.say(mentee, "c'est quoi un bon rythme, d'après les articles ?"))
    assert aside and "Vos attentes sont-elles remplies" not in aside
    assert "attentes" in text_of(servers.say(mentee, "une fois par mois, c'est trop espacé"))
    assert "retours" in text_of(servers.say(mentee, "oui, des deux côtés"))
    assert "confiance" in text_of(servers.say(mentee, "pas encore, on n'en a jamais parlé"))
    summary = text_of(servers.say(mentee, "oui, je peux tout lui dire"))
    assert "• Rythme : une fois par mois, trop espacé à votre goût ;" in summary
    assert "Prochaine étape : demander un retour" in summary

    servers.say(mentee, "je veux arrêter le mentorat, on a fait le tour")
    for answer in ("ça me convient", "oui", "oui, dans les deux sens"):
        servers.say(mentee, answer)
    closing = servers.say(mentee, "oui")
    assert "Remerciez Claire Martin" in text_of(closing) and "Gardez le contact" in text_of(closing)
    assert '/thank_you_note{"PER":"Claire Martin"}' in payloads_of(closing)

    exported = subprocess.run(
        [str(BIN / "python"), "-m", "assistant", "export", mentee],
        cwd=ROOT,
        env=servers.env,
        check=True,
        capture_output=True,
        text=True,
    )
    checkins = json.loads(exported.stdout)["checkins"]
    assert [(c["mentor"], c["next_step"], c["signals"]["closing"]) for c in checkins] == [
        ("Claire Martin", "feedback", False),
        ("Claire Martin", "close", True),
    ]
