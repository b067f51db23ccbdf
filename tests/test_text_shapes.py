"""Analysis time is bounded for any shape of text (issue 14): 200,000 characters of each shape in
benchmarks/attacks.py (prose, one word, an actor and a verb of saying, quotation marks, newlines, dates, list
numbers …) are analysed to the end. The alarm only guards against a hang (minutes, as a quadratic pass over
200,000 newlines once took); the times are benchmarks/attacks.py's, recorded in benchmarks/RESULTS.md."""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon
from benchmarks.attacks import TEXT_CHARS, text_shapes
from tests.test_lexicon_strict import at_most

HANG_SECONDS = 90

SHAPES = text_shapes()


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_200000_characters_of_any_shape_are_analysed(lexicon, shape: str):
    text = SHAPES[shape]
    assert len(text) == TEXT_CHARS or shape == "random words"
    with at_most(HANG_SECONDS):
        report = analyze(Article(id="shape", text=text), lexicon)
    assert report.article.text == text
    for sentence in report.sentences[:50]:
        assert text[sentence.start : sentence.end] == sentence.text
