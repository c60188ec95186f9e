"""Write ``data/rules/forms.yml``: what every form does with a message that is not an answer to its question.

    .venv/bin/python scripts/form_rules.py          # rewrite the file
    .venv/bin/python scripts/form_rules.py --check  # exit 1 when the file is not what this table gives

Rasa rules cannot name « any intent », so the same few decisions are written for every form here,
in one table, instead of by hand in each flow's rule file:

- a question, small talk, a greeting, a request for help (``JUDGED``): ``action_aside_in_form``
  answers it — or takes it as the answer when it is one (a pasted message that opens with
  « Bonjour ») — and the form asks its question again;
- a look-up (``LOOK_UPS``): its action runs, and the form asks its question again;
- « stop »: the form's cancel action, nothing else starts;
- another task (``SWITCHES``): the form is cancelled and the other task starts.

A form may keep another task's intent as its answer (``kept``: « préparer mon pitch » is an action
item). The review and rehearsal forms take a whole pasted message as their answer, which may read
like any request: they keep every other task. A kept task's rule is written all the same: the form
takes the message, and its validation (``actions/common.py``) rejects it when the message asks for
that task in so many words (``assistant.coaching.asides.switch_asked``); the rule then starts it.
Every other intent routed here must be in the form's ``ignored_intents`` in ``domain.yml``
(``tests/unit/test_form_rules.py`` checks both).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.coaching.asides import FORM_TASK  # noqa: E402

OUT = ROOT / "data" / "rules" / "forms.yml"

#: Tasks that advice, action items and what helped often name (« préparer mon pitch », « écrire à Paul », « m'entraîner
#: à négocier », « remercier Claire »): the meeting's notes and the progress forms keep them as answers.
NAMED_TASKS = ("prepare_meeting", "draft_outreach", "rehearse_outreach", "thank_you_note")
#: Each form: its cancel action, whether look-ups and switches apply, and the intents it keeps as answers
#: (``kept``). Its own task's intent is ``FORM_TASK``'s.
FORMS: dict[str, dict] = {
    # A measure often reads like a progress report (« 2 entretiens obtenus », « 8 sur 8 réalisés »): kept.
    "goal_form": {"cancel": "action_cancel_goal", "all": True, "kept": ("report_progress",)},
    # « c'était hier » is read as a debrief; the meeting form answers it (« si la rencontre a eu lieu… »).
    # « celui que j'ai enregistré sur … », the answer to « which goal? », may read as a progress report: kept.
    # « celle qui vient de me répondre », the mentor who answered, reads as a rehearsal of replies: kept.
    "meeting_form": {
        "cancel": "action_cancel_meeting",
        "all": True,
        "kept": ("debrief_meeting", "report_progress", "rehearse_outreach", "change_meeting"),
    },
    # Notes of a meeting often tell progress (« j'ai refait mon CV »): kept as the answer.
    "debrief_form": {
        "cancel": "action_cancel_meeting",
        "all": True,
        "kept": ("report_progress", "mark_action_done", *NAMED_TASKS),
    },
    # Who the meeting was with and what was said name the mentor and the relationship (« avec Paul, mon mentor »,
    # « on a parlé de notre rythme »), read as a check-in: kept as the answer unless asked for in so many words.
    "journal_form": {
        "cancel": "action_cancel_journal",
        "all": True,
        "kept": ("report_progress", "mark_action_done", "show_preparation", "relationship_checkin", *NAMED_TASKS),
    },
    "outreach_form": {
        "cancel": "action_cancel_outreach",
        "all": True,
        "kept": ("report_progress",),
    },
    "critique_form": {"cancel": "action_cancel_outreach", "all": False},
    "rehearsal_form": {"cancel": "action_cancel_outreach", "all": False},
    # What helped, what blocks, the notes and advice of a meeting often name the agenda or the preparation: kept as
    # the answer instead of showing the preparation. What helped is often the mentor's advice (« les conseils de ma
    # mentore »), read as a meeting's debrief: kept too; so is a thing done (« le dépôt GitHub que j'ai publié »).
    "progress_form": {
        "cancel": "action_cancel_progress",
        "all": True,
        "kept": ("show_preparation", "debrief_meeting", "mark_action_done", *NAMED_TASKS),
    },
    # Answers about the rhythm, feedback or trust often tell a meeting, a progress or a thank-you (« on s'est vus
    # hier », « je l'ai remerciée pour ses retours »): kept as the answer.
    "checkin_form": {
        "cancel": "action_cancel_checkin",
        "all": True,
        "kept": ("debrief_meeting", "report_progress", "thank_you_note"),
    },
    # What is said of a candidate mentor may read like a progress report or a meeting's debrief: kept as the answer.
    "shortlist_form": {
        "cancel": "action_cancel_shortlist",
        "all": True,
        "kept": ("report_progress", "debrief_meeting"),
    },
}
#: Intents answered by action_aside_in_form, which first checks whether the message is the answer.
JUDGED = ("faq", "help", "greet", "how_are_you", "chitchat", "bot_challenge", "out_of_scope", "other_language")
#: Intents answered by their own action or response before the form asks again.
LOOK_UPS = {
    "list_goals": "action_list_goals",
    "list_drafts": "action_list_drafts",
    "show_preparation": "action_show_preparation",
    "explain_mentoring_kinds": "action_explain_mentoring_kinds",
    "ask_data_kept": "utter_data_kept",
    "ask_question": "utter_ask_question",
    "export_data": "action_export_data",
    "show_progress": "action_show_progress",
    "list_actions": "action_list_actions",
    "show_journal": "action_show_journal",
    "change_meeting": "action_change_meeting",
    "mark_action_done": "action_mark_action_done",
}


def _start(action: str, form: str | None = None) -> list[dict]:
    return [{"action": action}] + ([{"action": form}, {"active_loop": form}] if form else [])


#: Intents that leave the form for another task, with the steps that start it.
SWITCHES: dict[str, list[dict]] = {
    "clarify_goal": _start("action_start_goal", "goal_form"),
    "prepare_meeting": _start("action_start_meeting", "meeting_form"),
    # Which form follows (debrief_form or journal_form) is decided by data/rules/journal.yml.
    "debrief_meeting": _start("action_start_debrief"),
    "draft_outreach": _start("action_start_outreach", "outreach_form"),
    "critique_message": _start("action_start_critique", "critique_form"),
    "rehearse_outreach": _start("action_start_rehearsal", "rehearsal_form"),
    "report_progress": _start("action_start_progress", "progress_form"),
    "shortlist_mentors": _start("action_start_shortlist", "shortlist_form"),
    "thank_you_note": _start("action_thank_you_note"),
    "relationship_checkin": _start("action_start_checkin", "checkin_form"),
    "erase_data": _start("action_ask_erase"),
}


#: Switches whose first action is followed by more than these rules say (see data/rules/journal.yml).
GOES_ON = ("debrief_meeting",)


def routed_intents(form: str) -> list[str]:
    """Every intent this table routes inside ``form`` (they must be the form's ignored intents)."""
    spec = FORMS[form]
    intents = [*JUDGED, "stop"]
    if spec["all"]:
        kept = spec.get("kept", ())
        intents += [
            *(i for i in LOOK_UPS if i not in kept),
            *(i for i in SWITCHES if i != FORM_TASK[form] and i not in kept),
        ]
    return intents


def _resume(form: str) -> list[dict]:
    return [{"action": form}, {"active_loop": form}]


def rules() -> list[dict]:
    """The rules of every form, in a stable order."""
    found = []
    for form, spec in FORMS.items():
        for intent in JUDGED:
            found.append(
                {
                    "rule": f"{intent} inside {form}: answered, or taken as the answer; the form goes on",
                    "condition": [{"active_loop": form}],
                    "steps": [{"intent": intent}, {"action": "action_aside_in_form"}, *_resume(form)],
                }
            )
        found.append(
            {
                "rule": f"an unsure message inside {form} is read as the answer",
                "condition": [{"active_loop": form}],
                "steps": [{"intent": "nlu_fallback"}, *_resume(form)],
            }
        )
        found.append(
            {
                "rule": f"stop inside {form}: cancelled",
                "condition": [{"active_loop": form}],
                "steps": [{"intent": "stop"}, {"action": spec["cancel"]}, {"active_loop": None}],
            }
        )
        if spec["all"]:
            found += _look_ups(form, spec)
        found += _switches(form, spec)
    return found


def _look_ups(form: str, spec: dict) -> list[dict]:
    """A look-up inside ``form`` answers, then the form asks again (kept ones are answers)."""
    found = []
    for intent, action in LOOK_UPS.items():
        if intent in spec.get("kept", ()):
            continue
        found.append(
            {
                "rule": f"{intent} inside {form}: answered, then the form goes on",
                "condition": [{"active_loop": form}],
                "steps": [{"intent": intent}, {"action": action}, *_resume(form)],
            }
        )
    return found


def _switches(form: str, spec: dict) -> list[dict]:
    """Another task inside ``form``: the form is cancelled and that task starts (a kept one only when asked for)."""
    found = []
    for intent, start in SWITCHES.items():
        if intent == FORM_TASK[form]:
            continue
        kept = not spec["all"] or intent in spec.get("kept", ())
        rule = {
            "rule": f"{intent} inside {form}: {form} cancelled, the other task starts"
            + (" (the form kept the message and found it asks for that task)" if kept else ""),
            "condition": [{"active_loop": form}],
            "steps": [
                {"intent": intent},
                {"action": spec["cancel"]},
                {"active_loop": None},
                *(dict(step) for step in start),
            ],
        }
        if intent in GOES_ON:  # the task's own rules say what follows its first action
            rule["wait_for_user_input"] = False
        found.append(rule)
    return found


def render() -> str:
    """The file's text."""
    header = (
        "# Generated by scripts/form_rules.py from its table: do not edit by hand, change the table and run it.\n"
        "# What every form does with a message that is not an answer to its question.\n"
    )
    return header + yaml.safe_dump({"version": "3.1", "rules": rules()}, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> int:
    """Write the file, or with --check say whether it is up to date."""
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == render()
        print("data/rules/forms.yml is " + ("up to date" if same else "stale: run scripts/form_rules.py"))
        return 0 if same else 1
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rules())} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
