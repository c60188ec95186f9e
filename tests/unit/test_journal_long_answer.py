"""A long next-steps answer with no colon (nineteenth panel) kept the action server busy for minutes: the remark
before a colon was looked for with a pattern that tried every way of cutting the line. Every later message of every
mentee waited; the mentee's five tries each saved the meeting again. The guard below is a hang detector with a
generous bound (the answer is read in milliseconds), not a measure of speed (that is ``make bench``)."""

import signal

import pytest

from assistant.journal.answers import parse_action_items

LONG = (
    "aller voir 3 audiences avant les vacances de février, et demander un stage d'observation dans un cabinet "
    "d'affaires cet été. elle va me présenter une consoeur en droit des sociétés"
)


@pytest.fixture
def hang_guard():
    def stop(*_):
        raise TimeoutError("reading the answer hung")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("answer", [LONG, LONG * 3, "a " * 400 + "b"])
def test_a_long_answer_without_a_colon_is_read_at_once(hang_guard, answer):
    parsed = parse_action_items(answer)
    assert parsed.ok or parsed.problem == "too_long"


def test_a_remark_before_a_colon_is_still_left_out():
    parsed = parse_action_items(
        "les mêmes que tout à l'heure, je ne veux pas de doublon : refaire mon CV ; appeler Paul"
    )
    assert [a.text for a in parsed.value] == ["refaire mon CV", "appeler Paul"]
    assert [a.text for a in parse_action_items("Lui : envoyer la liste").value] == ["lui : envoyer la liste"]
