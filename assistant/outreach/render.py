"""Outreach drafts as French text: the list of the mentee's drafts and their versions."""

from __future__ import annotations

from datetime import date

from assistant.common.channels import channel_label
from assistant.common.dates import format_date_fr
from assistant.common.templating import render

#: How each kind of version is named in the list of drafts.
CHANGE_LABELS = {
    "initial": "première version",
    "shorter": "plus courte",
    "formal": "plus formelle",
    "warm": "plus chaleureuse",
    "tone": "tutoiement/vouvoiement",
    "channel": "autre canal",
    "other_goal": "autre objectif",
    "several": "plusieurs changements",
    "extra": "un ajout",
    "source": "origine du contact",
    "edit": "retouche à la main",
    "follow_up": "relance",
}


def draft_list(records: list) -> str:
    """The mentee's drafts (``DraftRecord`` from the store), each with its numbered versions."""
    items = []
    for record in records:
        mentor = record.request.mentor
        items.append(
            {
                "mentor": mentor.display,
                "about": ", ".join(part for part in (mentor.role, mentor.organisation) if part),
                "count": len(record.versions),
                "final": record.final_number,
                "versions": [
                    {
                        "number": v.number,
                        "channel": channel_label(v.draft.style.channel),
                        "tone": "tutoiement" if v.draft.style.tone == "tu" else "vouvoiement",
                        "change": CHANGE_LABELS.get(v.change, v.change),
                        "final": v.number == record.final_number,
                        "date": format_date_fr(date.fromisoformat(v.created_at[:10])) if v.created_at else "",
                    }
                    for v in record.versions
                ],
            }
        )
    return render("draft_list.txt.j2", drafts=items)
