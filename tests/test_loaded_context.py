"""Context rules of loaded language (analysis/stages/loaded_context.py): an accusation's charge is the
accuser's; a word set aside by "rather than" / "instead of" is not asserted. Each with negative cases."""

from __future__ import annotations

import pytest

from tests.test_loaded_news import writer_words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ministers accused him of plotting a summer of chaos for travellers.", "chaos"),
        ("Residents accused the council of a shambolic response to the storm.", "shambolic"),
        ("Opposition MPs criticised the minister for his callous remarks about the victims.", "callous"),
        ("The mood on the avenue is defiant rather than fearful.", "fearful"),
        ("It was a protest instead of a rampage, organisers hoped.", "rampage"),
    ],
)
def test_charge_or_set_aside_word_is_not_the_writers(text, word):
    assert word not in [w.lower() for w in writer_words(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the writer's own word, outside the charge or before "rather than"
        ("The strike brought chaos to every station; ministers accused the union of refusing to talk.", "chaos"),
        ("The response was shambolic rather than merely slow.", "shambolic"),
        ("A callous decision, and nobody was accused of anything.", "callous"),
    ],
)
def test_writer_word_outside_the_rule_still_counts(text, word):
    assert word in [w.lower() for w in writer_words(text)]
