"""The export as the mentee reads it in the chat: a French summary of what is kept, never the raw JSON.

Built from the document of :func:`assistant.privacy.export_mentee` (plus the conversation the action adds):
goals, drafts, meeting preparations, practice, progress, the meeting journal and the relationship check-ins, with
dates written the French way (« le 5 décembre 2026 »), no internal keys and no timestamps. The full document is
offered as a download link (``export_links``).
"""

from __future__ import annotations

from datetime import date, datetime

from assistant.common.channels import CHANNELS
from assistant.common.dates import format_date_fr
from assistant.common.names import proper_name
from assistant.common.spelling import correct
from assistant.common.templating import render

#: Items listed per section; the others are counted (« et 3 autres, dans le fichier complet »).
MAX_LISTED = 5
#: Rehearsal scenarios as the summary names them.
SCENARIO_NAMES = {
    "accepts": "le mentor accepte",
    "asks_detail": "le mentor demande des précisions",
    "declines": "le mentor décline",
    "silence": "la relance après un silence",
}


def _day(value: str | None) -> str:
    """« 5 décembre 2026 » from an ISO date or timestamp; "" when there is none or it is unreadable."""
    if not value:
        return ""
    try:
        return format_date_fr(datetime.fromisoformat(str(value)).date())
    except ValueError:
        try:
            return format_date_fr(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return ""


def _mentor(mentor: dict | None) -> str:
    mentor = mentor or {}
    return proper_name(mentor.get("name") or "") or (mentor.get("role") or "").strip()


def _statement(text: str) -> str:
    """The goal as kept, with the sure spelling corrections (the full file keeps it exactly as typed)."""
    text = (text or "").strip().rstrip(".")
    spelled = correct(text)
    return spelled.text if spelled.ok else text


def _goal(goal: dict) -> dict:
    reached = goal.get("status") == "reached"
    return {
        "statement": _statement(goal.get("statement") or ""),
        "reached": reached,
        "day": _day(goal.get("reached_at") if reached else goal.get("deadline")),
    }


def _draft(draft: dict) -> dict:
    versions = draft.get("versions") or []
    latest = versions[-1] if versions else {}
    label = CHANNELS.get(latest.get("channel", ""), ("", None))[0]
    return {
        "mentor": _mentor(draft.get("mentor")),
        "versions": len(versions),
        "channel": label[:1].lower() + label[1:],
        "chosen": draft.get("final_version"),
        "day": _day(draft.get("created_at")),
    }


def _preparation(preparation: dict) -> dict:
    return {
        "mentor": _mentor(preparation.get("mentor")),
        "day": _day(preparation.get("starts_at")),
        "questions": len(preparation.get("questions") or []),
        "debriefed": preparation.get("status") == "done",
        "next_day": _day(preparation.get("next_meeting")),
    }


def _practice(items: list[dict]) -> dict:
    critiques = [p for p in items if p.get("kind") == "critique"]
    rehearsals = [p for p in items if p.get("kind") == "rehearsal"]
    best = max(critiques, key=lambda p: p.get("score", 0) / max(p.get("total", 1), 1), default=None)
    scenarios = []
    for p in rehearsals:
        name = SCENARIO_NAMES.get(p.get("scenario", ""))
        if name and name not in scenarios:
            scenarios.append(name)
    return {
        "critiques": len(critiques),
        "best": f"{best['score']}/{best['total']}" if best else "",
        "rehearsals": len(rehearsals),
        "scenarios": scenarios,
    }


def _progress(entries: list[dict]) -> dict:
    latest = max((e.get("date") or "" for e in entries), default="")
    return {"count": len(entries), "goals": len({e.get("goal_id") for e in entries}), "day": _day(latest)}


def _journal(entries: list[dict]) -> dict:
    last = entries[-1] if entries else {}
    actions = [a for e in entries for a in e.get("actions") or []]
    return {
        "count": len(entries),
        "mentor": proper_name(last.get("mentor") or ""),
        "day": _day(last.get("date")),
        "open": sum(1 for a in actions if not a.get("done_at")),
    }


def _checkins(checkins: list[dict]) -> dict:
    last = checkins[-1] if checkins else {}
    return {
        "count": len(checkins),
        "mentor": proper_name(last.get("mentor") or ""),
        "day": _day(last.get("created_at")),
        "closing": bool((last.get("signals") or {}).get("closing")),
    }


def _candidates(rows: list[dict]) -> dict:
    shortlists = {row.get("shortlist") for row in rows}
    recommended = [proper_name(row.get("name") or "") for row in rows if row.get("recommended")]
    return {"count": len(rows), "shortlists": len(shortlists), "recommended": recommended[-1] if recommended else ""}


def _sendings(items: list[dict]) -> dict:
    return {
        "sent": sum(1 for s in items if s.get("sent_on")),
        "answered": sum(1 for s in items if s.get("reply")),
        "follow_ups": sum(1 for s in items if s.get("followed_up_on")),
    }


def export_summary(document: dict, today: date | None = None) -> str:
    """What is kept about the mentee, in French sentences, from the export ``document``."""
    goals = document.get("goals") or []
    drafts = document.get("outreach_drafts") or []
    preparations = document.get("meeting_preparations") or []
    practice = document.get("outreach_practice") or []
    return render(
        "export_summary.txt.j2",
        since=_day(document.get("created_at")),
        today=format_date_fr(today) if today else "",
        goals=[_goal(g) for g in goals[:MAX_LISTED]],
        goal_count=len(goals),
        drafts=[_draft(d) for d in drafts[:MAX_LISTED]],
        draft_count=len(drafts),
        sendings=_sendings(document.get("outreach_sendings") or []),
        preparations=[_preparation(p) for p in preparations[:MAX_LISTED]],
        preparation_count=len(preparations),
        practice=_practice(practice),
        progress=_progress(document.get("progress") or []),
        journal=_journal(document.get("journal") or []),
        checkins=_checkins(document.get("checkins") or []),
        candidates=_candidates(document.get("mentor_candidates") or []),
        messages=len(document.get("conversation") or []),
        listed=MAX_LISTED,
    )
