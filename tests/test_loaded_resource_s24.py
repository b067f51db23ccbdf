"""The resource thresholds of data/loaded.toml at their measured boundaries (docs/loaded-resource-study.md):
the judging words at a class's threshold count, and the plain words a looser setting would add do not."""

from __future__ import annotations

import pytest

from analysis.stages.loaded_words import resource_words, thresholds
from tests.test_loaded_news import writer_words


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        # negative adjectives at the 1.5 threshold: verdicts, kept (a threshold of 1.6 would lose them)
        ("ludicrous", "adjective"),
        ("appalling", "adjective"),
        ("vicious", "adjective"),
        ("ridiculous", "adjective"),
        # positive adjectives from 2.0 with TextBlob's agreement
        ("brave", "adjective"),
        ("heroic", "adjective"),
        # strongly negative nouns, VADER participles from 2.5
        ("havoc", "noun"),
        ("chaos", "noun"),
        ("terrified", "participle"),
    ],
)
def test_judging_word_at_its_threshold_is_a_resource_word(word, kind):
    assert resource_words()[word][3] == kind


@pytest.mark.parametrize(
    "word",
    [
        # negative adjectives below 1.5: plain in news copy ("a faulty update", "in a critical condition")
        "faulty",
        "critical",
        "tense",
        "uncertain",
        "low",
        # positive adjectives TextBlob rates below 0.9 ("97% effective", "confident after the ruling")
        "effective",
        "confident",
        "rich",
        "great",
        # nouns below -2.5 or positive: how pleasant a thing is ("threat", "accident", "care")
        "threat",
        "violation",
        "accident",
        "care",
        # VADER's verbs and their inflections: what happened ("suffered ear injuries", "will weaken")
        "suffer",
        "suffered",
        "aggravated",
        "weaken",
        # no comparative is made from an adjective ("number" is not "more numb")
        "number",
    ],
)
def test_plain_word_a_looser_setting_would_add_is_not_a_resource_word(word):
    assert word not in resource_words()


def test_thresholds_are_the_measured_ones():
    t = thresholds()
    assert (t.adjective, t.adjective_negative, t.participle, t.noun_negative, t.person_negative) == (
        2.0,
        1.5,
        2.5,
        2.5,
        2.0,
    )
    assert (t.subjectivity, t.polarity, t.positive_subjectivity) == (0.9, 0.5, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "The culprit was a faulty update pushed overnight to millions of machines.",
        "Twelve of the injured were in a critical condition, an official said.",
        "Two doses of the vaccine are about 97% effective at preventing measles.",
        "Three children suffered ear injuries when the window blew out.",
        "He appeared in court on Monday charged with aggravated arson.",
        "Forecasters said the storm would weaken as it moved inland.",
    ],
)
def test_plain_sentence_has_no_resource_word(text):
    assert writer_words(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It was a ludicrous plan, and a vicious one.", "ludicrous"),
        ("The appalling scenes were filmed by a neighbour.", "appalling"),
        ("A brave firefighter carried the boy out.", "brave"),
    ],
)
def test_judging_word_in_a_sentence_counts(text, word):
    assert word in [w.lower() for w in writer_words(text)]
