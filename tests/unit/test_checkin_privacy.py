"""Relationship check-ins in the export (section ``checkins``), in the chat's French summary of the export, and gone
after erasure, for this mentee only."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from assistant import privacy
from assistant.checkin import store as checkin_store
from assistant.checkin.coach import next_step, read_signals
from assistant.export_summary import export_summary
from assistant.store.db import session_scope
from assistant.store.models import RelationshipCheckin
from tests.writing.grammar import grammar_errors

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = {
    "checkin_rhythm": "une fois par mois, trop espacé",
    "checkin_expectations": "en partie",
    "checkin_feedback": "pas encore",
    "checkin_trust": "oui",
}


def _fill(sender: str, closing: bool = False) -> None:
    signals = read_signals(ANSWERS, closing=closing)
    checkin_store.save_checkin(sender, "Claire Martin", ANSWERS, signals, next_step(signals))


def test_the_export_has_the_check_ins(database):
    _fill("alice")
    exported = privacy.export_mentee("alice")
    assert exported["checkins"] == [
        {
            "id": exported["checkins"][0]["id"],
            "mentor": "Claire Martin",
            "rhythm": "une fois par mois, trop espacé",
            "expectations": "en partie",
            "feedback": "pas encore",
            "trust": "oui",
            "signals": {
                "rhythm": "rare",
                "expectations": "partly",
                "feedback": "none",
                "trust": "yes",
                "closing": False,
            },
            "next_step": "expectations",
            "created_at": exported["checkins"][0]["created_at"],
        }
    ]
    assert exported["checkins"][0]["created_at"]


def test_the_command_line_export_has_the_section(database):
    _fill("alice")
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "export", "alice"],
        cwd=ROOT,
        env={"DATABASE_URL": database, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["checkins"][0]["next_step"] == "expectations"


def test_erasure_removes_the_check_ins_of_this_mentee_only(database):
    _fill("alice")
    _fill("bob")
    assert privacy.erase_mentee("alice")["checkins"] == 1
    assert privacy.export_mentee("alice")["checkins"] == []
    with session_scope() as session:
        assert session.execute(select(func.count(RelationshipCheckin.id))).scalar_one() == 1
    assert privacy.export_mentee("bob")["checkins"][0]["mentor"] == "Claire Martin"


def test_the_chat_summary_tells_the_check_ins_in_careful_french(database):
    _fill("alice")
    _fill("alice", closing=True)
    text = export_summary(privacy.export_mentee("alice"), date(2026, 12, 5))
    line = next(line for line in text.splitlines() if "relation de mentorat" in line)
    assert line.startswith("• 2 points sur votre relation de mentorat, le dernier le ")
    assert "(Claire Martin), où vous envisagiez de clore la relation." in line
    assert grammar_errors(line) == [], [str(f) for f in grammar_errors(line)]
    one = export_summary({"checkins": [{"mentor": "", "created_at": "2026-12-04T10:00:00", "signals": {}}]})
    assert "• 1 point sur votre relation de mentorat, le 4 décembre 2026." in one
    assert "relation de mentorat" not in export_summary({"checkins": []})
