"""The tu or vous of a preparation's questions to the mentor, with real trackers and dispatchers on a fresh SQLite
database: the default (the tone of the latest draft or thank-you note to the same mentor), « tutoie les questions »
and « repasse au vous » typed under the preparation, the tone kept when the preparation is shown again, edited,
moved and exported, the mentee's own questions kept as typed, and the check-in's sentence to the mentor and the
thank-you note in the same tone. The coach's own words stay in « vous »."""

from __future__ import annotations

import re

from actions import checkin, meeting_change, meeting_preparation, outreach_drafts, practice
from assistant.common.mentor import Mentor
from assistant.common.templating import message
from assistant.goals import store as goal_store
from assistant.meetings import store as preparation_store
from assistant.meetings.calendar import preparation_ics
from assistant.outreach import store as draft_store
from assistant.outreach.compose import compose
from assistant.outreach.model import DraftStyle, OutreachRequest
from assistant.practice import store as practice_store
from assistant.privacy import export_mentee
from tests.actions.conftest import make_tracker, run, sent, texts
from tests.actions.test_meeting_actions import GOAL, filled

_SECOND_PLURAL = re.compile(r"\b(?:vous|votre|vos)\b", re.I)
_SECOND_SINGULAR = re.compile(r"-tu\b|\b(?:tu|te|t'|toi|ton|ta|tes)\b", re.I)


def _draft_to(mentor: str, tone: str, sender: str = "alice") -> None:
    request = OutreachRequest(
        mentor=Mentor(mentor, "directrice data", "Doctolib"),
        source="linkedin",
        source_detail="",
        draw="son parcours",
        goal="devenir data scientist",
        intro="Alice, analyste",
        ask="video",
        first_name="Alice",
    )
    draft_store.save_draft(sender, request, compose(request, DraftStyle(tone=tone)))


def _prepare(domain, sender: str = "alice"):
    goal = goal_store.save_goal(sender, GOAL)
    dispatcher, _ = run(
        meeting_preparation.ActionCreatePreparation(), domain, sender_id=sender, slots=filled(str(goal.id))
    )
    return dispatcher


def _numbered(text: str) -> list[str]:
    """The questions of a list as shown: the lines that start with their number."""
    return [line.split(". ", 1)[1] for line in text.splitlines() if re.match(r"^\d+\. ", line)]


def _questions_shown(dispatcher) -> list[str]:
    return [q for m in dispatcher.messages for q in _numbered(m.get("text") or "")]


def _after(action: str, text: str, intent: str = "revise_draft"):
    tracker = make_tracker(sender_id="alice", text=text, intent=intent)
    tracker.events[:0] = [{"event": "user", "text": "avant", "parse_data": {}}, {"event": "action", "name": action}]
    return tracker


def _ask(domain, text: str):
    """The message typed under the preparation, as Rasa runs it: the draft's revision, then the questions' edit."""
    _, events = run(outreach_drafts.ActionReviseDraft(), domain, tracker=_after("action_create_preparation", text))
    assert [(e["event"], e.get("name")) for e in events] == [("followup", "action_edit_questions")]
    return run(meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text=text, intent="revise_draft")[
        0
    ]


def test_without_anything_written_to_the_mentor_the_questions_say_vous(database, domain):
    dispatcher = _prepare(domain)
    questions = _questions_shown(dispatcher)
    assert questions and any(_SECOND_PLURAL.search(q) for q in questions)
    assert not any(_SECOND_SINGULAR.search(q) for q in questions)
    assert preparation_store.current_preparation("alice").tone == "vous"
    assert message("preparation_tone_default", mentor="Claire Martin") not in sent(dispatcher)


def test_a_draft_in_tu_to_the_same_mentor_puts_the_questions_in_tu(database, domain):
    _draft_to("Claire Martin", "tu")
    dispatcher = _prepare(domain)
    questions = _questions_shown(dispatcher)
    assert questions and not any(_SECOND_PLURAL.search(q) for q in questions)
    assert any(_SECOND_SINGULAR.search(q) for q in questions)
    saved = preparation_store.current_preparation("alice")
    assert saved.tone == "tu" and saved.tone_chosen_at == ""  # the default, not a choice
    assert [q.text for q in saved.shown_questions] == questions
    assert any(_SECOND_PLURAL.search(q.text) for q in saved.questions)  # kept as written, shown in tu
    assert message("preparation_tone_default", mentor="Claire Martin") in sent(dispatcher)
    assert "Vos questions" in texts(dispatcher)  # the coach still says « vous » to the mentee


def test_a_draft_in_tu_to_someone_else_changes_nothing(database, domain):
    _draft_to("Paul Durand", "tu")
    _prepare(domain)
    assert preparation_store.current_preparation("alice").tone == "vous"


def test_a_thank_you_note_in_tu_counts_and_the_latest_wins(database, domain):
    practice_store.save_thank_you("alice", "Claire", "tu", False, "Merci Claire !")
    _prepare(domain)
    assert preparation_store.current_preparation("alice").tone == "tu"


def test_tutoie_les_questions_under_the_preparation_puts_them_in_tu_and_keeps_it(database, domain):
    _prepare(domain)
    stored = [q.text for q in preparation_store.current_preparation("alice").questions]
    dispatcher = _ask(domain, "tutoie les questions stp")
    assert sent(dispatcher)[0] == message("preparation_tone_changed", mentor="Claire Martin", tu=True, own=False)
    questions = _questions_shown(dispatcher)
    assert len(questions) == len(stored) and not any(_SECOND_PLURAL.search(q) for q in questions)
    saved = preparation_store.current_preparation("alice")
    assert saved.tone == "tu" and saved.tone_chosen_at and [q.text for q in saved.questions] == stored
    again, _ = run(meeting_preparation.ActionShowPreparation(), domain, sender_id="alice", text="montre ma préparation")
    assert _questions_shown(again) == questions
    exported, _ = run(meeting_preparation.ActionExportPreparation(), domain, sender_id="alice", text="exporte")
    markdown = [re.sub(r" _\(.*\)_$", "", q) for q in _numbered(texts(exported))]  # without « _(category)_ »
    assert markdown == questions
    data = export_mentee("alice")["meeting_preparations"][0]
    assert data["tone"] == "tu" and [q["text"] for q in data["questions"]] == questions
    assert questions[0] in preparation_ics(saved).decode("utf-8").replace("\r\n ", "").replace("\\,", ",")


def test_on_se_tutoie_then_repasse_au_vous(database, domain):
    _prepare(domain)
    vous = [q.text for q in preparation_store.current_preparation("alice").shown_questions]
    _ask(domain, "on se tutoie avec elle")
    assert preparation_store.current_preparation("alice").tone == "tu"
    dispatcher = _ask(domain, "tutoiement stp")
    assert sent(dispatcher) == [message("preparation_tone_already", mentor="Claire Martin", tu=True)]
    dispatcher = _ask(domain, "repasse au vous")
    assert sent(dispatcher)[0] == message("preparation_tone_changed", mentor="Claire Martin", tu=False, own=False)
    assert _questions_shown(dispatcher) == vous
    assert preparation_store.current_preparation("alice").tone == "vous"


def test_passe_les_questions_au_tu_is_read_without_the_preparation_on_screen(database, domain):
    _prepare(domain)
    _, events = run(
        outreach_drafts.ActionReviseDraft(), domain, tracker=_after("action_list_goals", "passe les questions au tu")
    )
    assert [(e["event"], e.get("name")) for e in events] == [("followup", "action_edit_questions")]


def test_on_se_tutoie_under_a_draft_stays_with_the_draft(database, domain):
    _draft_to("Claire Martin", "vous")
    _prepare(domain)
    dispatcher, events = run(
        outreach_drafts.ActionReviseDraft(), domain, tracker=_after("action_draft_outreach", "on se tutoie")
    )
    assert not any(e.get("name") == "action_edit_questions" for e in events)
    assert draft_store.current_draft("alice").latest.draft.style.tone == "tu"
    assert preparation_store.current_preparation("alice").tone == "vous"


def test_edits_in_tu_quote_the_question_as_shown_and_keep_the_mentee_s_words(database, domain):
    _prepare(domain)
    _ask(domain, "tutoie les questions")
    shown = [q.text for q in preparation_store.current_preparation("alice").shown_questions]
    dispatcher, _ = run(meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text="enlève la 2")
    assert sent(dispatcher)[0] == message("edit_removed", text=shown[1])
    run(
        meeting_preparation.ActionEditQuestions(),
        domain,
        sender_id="alice",
        text="ajoute : Quel livre me conseillez-vous ?",
    )
    run(meeting_preparation.ActionEditQuestions(), domain, sender_id="alice", text="ajoute-en une sur son réseau")
    after = preparation_store.current_preparation("alice").shown_questions
    own = [q.text for q in after if q.origin == "mentee"]  # added where the time allows it, as typed
    assert "Quel livre me conseillez-vous ?" in own
    assert "Pourrais-tu m'en dire plus sur ton réseau ?" in [q.text for q in after]
    dispatcher = _ask(domain, "repasse au vous")
    assert sent(dispatcher)[0] == message("preparation_tone_changed", mentor="Claire Martin", tu=False, own=True)


def test_a_meeting_moved_keeps_its_tone(database, domain):
    _prepare(domain)
    _ask(domain, "tutoie les questions")
    run(meeting_change.ActionChangeMeeting(), domain, sender_id="alice", text="finalement c'est en visio vendredi")
    assert preparation_store.current_preparation("alice").tone == "tu"


def _trust_step(domain) -> str:
    slots = {
        "checkin_rhythm": "ça me va",
        "checkin_expectations": "oui",
        "checkin_feedback": "oui, dans les deux sens",
        "checkin_trust": "pas vraiment",
        "checkin_mentor": "Claire Martin",
    }
    dispatcher, _ = run(checkin.ActionSaveCheckin(), domain, sender_id="alice", slots=slots)
    assert dispatcher.messages[-1]["message_key"] == "checkin_step_trust"
    return dispatcher.messages[-1]["text"]


def test_the_check_in_s_opening_sentence_follows_the_tone_with_that_mentor(database, domain):
    assert "J'aimerais pouvoir vous parler" in _trust_step(domain)
    _draft_to("Claire Martin", "tu")
    step = _trust_step(domain)
    assert "J'aimerais pouvoir te parler" in step and "À votre prochaine rencontre" in step


def test_a_tone_asked_for_the_questions_counts_for_the_check_in_and_the_thank_you(database, domain):
    _draft_to("Claire Martin", "vous")
    _prepare(domain)
    _ask(domain, "passe les questions au tu")
    assert "J'aimerais pouvoir te parler" in _trust_step(domain)
    dispatcher, _ = run(practice.ActionThankYouNote(), domain, sender_id="alice", text="aide-moi à remercier Claire")
    note = next(m["text"] for m in dispatcher.messages if (m.get("text") or "").startswith("Bonjour"))
    assert not _SECOND_PLURAL.search(note) and _SECOND_SINGULAR.search(note)
