"""The blind test sets stay blind: none of their messages, nor a near-duplicate, is in the training data."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from tests.blind import sets


def test_words_ignore_case_accents_and_punctuation():
    assert sets.words("Ça coûte combien, un MENTOR ?") == sets.words("ca coute combien un mentor")
    assert sets.words("ça coûte combien") != sets.words("combien ça coûte")


def test_every_blind_set_is_present_and_large_enough():
    sizes = Counter(name for name, _ in sets.blind_messages())
    assert sizes["faq"] >= 24 * 6
    assert sizes["intents"] >= 8 * 30
    assert sizes["form_slots_goal_debrief"] + sizes["form_slots_outreach_meeting"] >= 24 * 12
    assert len(sets.load("conversations")) >= 12
    # The relationship sets (issue « Follow the relationship »): 10 per intent, 14 per form slot.
    assert sizes["relationship_intents"] >= 10 * 10
    assert sizes["form_slots_relationship"] >= 18 * 14
    assert len(sets.load("conversations_relationship")) >= 8


def test_no_blind_message_or_near_duplicate_is_trained_on():
    trained = sets.training_examples()
    assert len(trained) > 1000  # the training files were found and read
    same_words = {sets.words(text) for text in trained}
    same_bag = {tuple(sorted(sets.words(text))) for text in trained}
    leaked = [
        (name, text)
        for name, text in sets.blind_messages()
        if len(sets.words(text)) > 3  # « oui », « c'est bon », « dans 6 mois » are everyone's words
        and (sets.words(text) in same_words or tuple(sorted(sets.words(text))) in same_bag)
    ]
    assert not leaked, f"blind messages found in data/nlu: {leaked[:10]}"


def test_no_training_example_shares_most_of_its_words_with_a_blind_message():
    """A paraphrase that keeps three quarters of a blind message's words is a leak too.

    Two sets of words share three quarters of their union only when the smaller has at least three quarters of the
    larger's size: each example is compared with the blind messages of those sizes only."""
    by_size: dict[int, list[set[str]]] = defaultdict(list)
    for _, text in sets.blind_messages():
        if len(sets.words(text)) >= 4:
            by_size[len(set(sets.words(text)))].append(set(sets.words(text)))
    close = []
    for example in sets.training_examples():
        mine = set(sets.words(example))
        sizes = range(math.ceil(len(mine) * 0.75), math.floor(len(mine) / 0.75) + 1)
        others = (other for size in sizes for other in by_size.get(size, ()))
        if len(mine) >= 4 and any(len(mine & other) / len(mine | other) >= 0.75 for other in others):
            close.append(example)
    assert not close, f"training examples too close to blind messages: {close[:10]}"
