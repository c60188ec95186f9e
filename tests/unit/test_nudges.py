"""What the welcome back names when something is due (assistant/nudges.py): thresholds and order on fixed dates."""

from __future__ import annotations

from datetime import date, datetime

from assistant.common.mentor import Mentor
from assistant.goals.model import GoalFields, GoalRecord
from assistant.journal.model import ActionRecord, JournalRecord
from assistant.meetings.model import MeetingDetails, Preparation
from assistant.nudges import due_nudges, nudge_text, welcome_back_due
from assistant.outreach.model import SendingRecord
from assistant.progress.model import ProgressEntry
from tests.writing.grammar import grammar_errors

NOW = datetime(2026, 12, 5, 10, 0)
TODAY = NOW.date()
CLAIRE = Mentor("Claire Martin")


def sent(days_ago: int, draft_id: int = 1, **extra) -> SendingRecord:
    return SendingRecord(draft_id, CLAIRE, date.fromordinal(TODAY.toordinal() - days_ago), **extra)


def meeting(starts_at: datetime, has_time: bool = True, status: str = "prepared", pid: int = 1) -> Preparation:
    details = MeetingDetails(Mentor("Paul Durand"), starts_at, has_time, "visio", 30, True, "mon CV")
    return Preparation(details, (), (), id=pid, status=status)


def goal(gid: int, created: str, reached: bool = False) -> GoalRecord:
    fields = GoalFields("carriere", "Devenir data analyst", "3 entretiens", date(2027, 6, 30), "x", "informel")
    return GoalRecord(gid, gid, fields, status="reached" if reached else "active", created_at=created)


def action(text: str, due: date | None, done: str = "") -> ActionRecord:
    return ActionRecord(1, text, due, done, "Paul Durand", date(2026, 11, 20))


def nudges(**records):
    args = {"sendings": [], "preparations": [], "journal": [], "goals": [], "progress": [], "now": NOW}
    return due_nudges(**{**args, **records})


def test_nothing_due_gives_no_nudge():
    assert nudges() == []


def test_a_message_waits_seven_days_before_its_follow_up():
    assert nudges(sendings=[sent(6)]) == []
    found = nudges(sendings=[sent(7)])
    assert [n.kind for n in found] == ["follow_up"] and found[0].details["draft_id"] == 1


def test_no_follow_up_once_answered_or_already_followed_up():
    assert nudges(sendings=[sent(10, reply="negative", replied_on=TODAY)]) == []
    assert nudges(sendings=[sent(10, followed_up_on=TODAY)]) == []
    assert nudges(sendings=[SendingRecord(1, CLAIRE, None, reply="positive")]) == []


def test_a_meeting_is_due_for_its_debrief_once_over():
    assert nudges(preparations=[meeting(datetime(2026, 12, 5, 9, 45))]) == []  # 30 minutes, not over yet
    assert [n.kind for n in nudges(preparations=[meeting(datetime(2026, 12, 5, 9, 0))])] == ["debrief"]
    assert nudges(preparations=[meeting(datetime(2026, 12, 5), has_time=False)]) == []  # today, no time: tomorrow
    assert [n.kind for n in nudges(preparations=[meeting(datetime(2026, 12, 4), has_time=False)])] == ["debrief"]


def test_a_debriefed_or_journaled_meeting_is_not_due():
    over = datetime(2026, 12, 1, 14, 0)
    assert nudges(preparations=[meeting(over, status="done")]) == []
    linked = JournalRecord(1, "Someone", None, "", "", preparation_id=1)
    same_day = JournalRecord(2, "paul durand", date(2026, 12, 1), "", "")
    assert nudges(preparations=[meeting(over)], journal=[linked]) == []
    assert nudges(preparations=[meeting(over)], journal=[same_day]) == []


def test_action_items_due_today_or_overdue_are_one_nudge():
    entry = JournalRecord(
        1,
        "Paul Durand",
        date(2026, 11, 20),
        "",
        "",
        actions=(
            action("refaire mon CV", date(2026, 12, 1)),
            action("appeler Paul", TODAY),
            action("lire le livre", date(2026, 12, 20)),
            action("écrire à Sophie", date(2026, 11, 25), done="2026-11-26T10:00:00"),
            action("sans date", None),
        ),
    )
    found = nudges(journal=[entry])
    assert [n.kind for n in found] == ["actions"]
    assert (found[0].details["count"], found[0].details["overdue"], found[0].details["first"]) == (
        2,
        1,
        "refaire mon CV",
    )


def test_a_goal_without_news_for_thirty_days():
    old = goal(1, "2026-10-01T09:00:00")
    assert [n.kind for n in nudges(goals=[old])] == ["progress"]  # never reported, set 65 days ago
    assert nudges(goals=[goal(1, "2026-11-10T09:00:00")]) == []  # set 25 days ago
    recent = ProgressEntry(1, 1, date(2026, 11, 20), 50.0, None, "", "", "")
    assert nudges(goals=[old], progress=[recent]) == []  # reported 15 days ago
    stale = ProgressEntry(2, 1, date(2026, 11, 5), 50.0, None, "", "", "")
    assert nudges(goals=[old], progress=[stale])[0].details["days"] == 30
    assert nudges(goals=[goal(1, "2026-10-01T09:00:00", reached=True)]) == []


def test_most_urgent_first_and_at_most_three():
    entry = JournalRecord(1, "Paul Durand", None, "", "", actions=(action("refaire mon CV", date(2026, 11, 1)),))
    found = nudges(
        goals=[goal(1, "2026-01-01T09:00:00")],
        journal=[entry],
        sendings=[sent(20, draft_id=2), sent(8, draft_id=3)],
        preparations=[meeting(datetime(2026, 12, 3, 14, 0))],
    )
    assert [(n.kind, n.details.get("draft_id")) for n in found] == [
        ("debrief", None),
        ("follow_up", 2),  # the older message first
        ("follow_up", 3),
    ]


def test_the_welcome_back_names_each_nudge_in_correct_french():
    entry = JournalRecord(1, "Paul Durand", None, "", "", actions=(action("refaire mon CV", date(2026, 12, 1)),))
    found = nudges(sendings=[sent(8)], preparations=[meeting(datetime(2026, 12, 3, 14, 0))], journal=[entry])
    text = welcome_back_due(found, TODAY)
    assert text.splitlines()[0] == "Bon retour ! Voici ce qui vous attend, le plus urgent d'abord :"
    assert "Votre message à Claire Martin, envoyé le 27 novembre, attend une réponse depuis 8 jours" in text
    assert "Votre rencontre du 3 décembre avec Paul Durand" in text
    assert "1 action en retard : « refaire mon CV »" in text
    assert "…" not in text and grammar_errors(text) == []
    single = welcome_back_due(found[:1], TODAY)
    assert single.startswith("Bon retour ! Une chose vous attend :") and len(single.splitlines()) == 2


def test_plurals_of_days_goals_and_actions():
    assert "depuis 1 jour" not in nudge_text(nudges(sendings=[sent(8)])[0], TODAY)
    two_goals = nudges(goals=[goal(1, "2026-10-01T09:00:00"), goal(2, "2026-09-01T09:00:00")])
    text = nudge_text(two_goals[0], TODAY)
    assert text.startswith("2 objectifs sans nouvelles") and grammar_errors(text) == []
