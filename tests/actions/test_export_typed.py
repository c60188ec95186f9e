"""« exporter » typed under a preparation (blind panel 9): the preparation's « 📄 Exporter » is meant, not the
export of all the mentee's data; naming the data, or nothing shown, still exports the data."""

import pytest

from actions import privacy
from actions.meeting_preparation import PREPARATION_BUTTONS
from tests.actions.conftest import make_tracker, run


def _under_buttons(text, buttons, intent="export_data"):
    tracker = make_tracker(sender_id="alice", text=text, intent=intent)
    tracker.events[:0] = [
        {"event": "user", "text": "avant", "parse_data": {}},
        {"event": "action", "name": "action_create_preparation"},
        {"event": "bot", "text": "Vous pouvez modifier la liste.", "data": {"buttons": buttons}},
    ]
    return tracker


@pytest.mark.parametrize("text", ["exporter", "Export", "vas-y, exporte"])
def test_exporter_under_a_preparation_exports_the_preparation(database, domain, text):
    dispatcher, events = run(privacy.ActionExportData(), domain, tracker=_under_buttons(text, PREPARATION_BUTTONS))
    assert dispatcher.messages == []
    assert [e["event"] for e in events] == ["rewind", "action", "user"]
    assert events[2]["parse_data"]["intent"]["name"] == "export_preparation"


@pytest.mark.parametrize("text", ["exporte toutes mes données", "exporte tout"])
def test_the_data_named_under_a_preparation_are_exported(database, domain, text):
    dispatcher, events = run(privacy.ActionExportData(), domain, tracker=_under_buttons(text, PREPARATION_BUTTONS))
    assert events == [] and "pendant 15 minutes" in dispatcher.messages[-1]["text"]


def test_exporter_with_no_preparation_shown_exports_the_data(database, domain):
    dispatcher, events = run(privacy.ActionExportData(), domain, tracker=_under_buttons("exporter", []))
    assert events == [] and "pendant 15 minutes" in dispatcher.messages[-1]["text"]
