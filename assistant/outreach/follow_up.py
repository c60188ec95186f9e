"""The follow-up (relance) after a week without an answer, written from the draft that was sent.

Source of the advice: the articles ask to respect the mentor's time and to accept a no (seed 002, « Comment aborder
un potentiel mentor ? »): a short, polite message that names the first one by its date and subject, asks again in
one sentence, leaves an easy way to decline, and thanks. Same tu/vous, register, channel and signature as the draft,
but for a LinkedIn invitation note: an invitation is sent once, so its follow-up is a LinkedIn message
(:data:`FOLLOW_UP_CHANNEL`). A message within a channel's limit drops the goal, then the thanks, never cut with « … ».
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.common.channels import CHANNELS
from assistant.common.dates import format_date_fr, local_today
from assistant.common.french import words_within
from assistant.common.templating import render
from assistant.outreach.compose import message_context, tidy
from assistant.outreach.model import Draft, DraftRecord, VersionRecord

#: The longest goal quoted in the follow-up's first sentence (its first whole clause when longer).
MAX_GOAL_CHARS = 80
#: Shorter and shorter variants, tried in order until the message fits its channel.
_VARIANTS = (
    {"topic": True, "thanks": True, "long_decline": True},
    {"topic": True, "thanks": True, "long_decline": False},
    {"topic": False, "thanks": True, "long_decline": False},
    {"topic": False, "thanks": False, "long_decline": False},
)


def _day(sent_on: date, today: date) -> str:
    """« 3 décembre » (the year only when it is not this year's)."""
    written = format_date_fr(sent_on)
    return written.rsplit(" ", 1)[0] if sent_on.year == today.year else written


#: The channel a follow-up goes by when the first message went by another that cannot be sent twice.
FOLLOW_UP_CHANNEL = {"linkedin_note": "linkedin_message"}


#: The kind of version a follow-up is saved as (``OutreachVersion.change``).
FOLLOW_UP = "follow_up"


def sent_version(record: DraftRecord, number: int | None = None) -> VersionRecord:
    """The version that was sent: version ``number`` when known, else the chosen one, else the newest first message
    (a follow-up saved as a version is never the message it follows up)."""
    found = record.version(number) if number else None
    if found is None and record.final is not None and record.final.change != FOLLOW_UP:
        found = record.final
    firsts = [v for v in record.versions if v.change != FOLLOW_UP]
    return found or (firsts[-1] if firsts else record.latest)


def compose_follow_up(
    record: DraftRecord, sent_on: date, today: date | None = None, number: int | None = None
) -> Draft:
    """The follow-up of ``record``'s version sent on ``sent_on`` (:func:`sent_version`)."""
    today = today or local_today()
    sent = sent_version(record, number).draft
    channel = FOLLOW_UP_CHANNEL.get(sent.style.channel, sent.style.channel)
    style = replace(sent.style, short=False, channel=channel)
    context = message_context(record.request, style)
    limit = CHANNELS.get(style.channel, ("", None))[1]
    goal = words_within(str(context["goal"]), MAX_GOAL_CHARS, clauses_only=True)
    body = ""
    for variant in _VARIANTS:
        body = tidy(
            render(
                "outreach/follow_up.txt.j2",
                c=context,
                f={**variant, "day": _day(sent_on, today), "subject": sent.subject, "goal": goal},
            )
        )
        if limit is None or len(body) <= limit:
            break
    subject = f"Re : {sent.subject}" if sent.subject else ""
    return Draft(subject=subject, body=body, style=style)
