"""``analysis.text.syntok_segmenter`` makes syntok's decisions: the same sentences as ``segmenter.segment``."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import syntok_segmenter
from analysis.text.sentences import lines
from benchmarks.synthetic import synthetic_records
from tests.test_syntok_tokens import ROOT, SHIPPED, segmenter_sentences


def agrees(line: str) -> bool:
    return syntok_segmenter.sentence_offsets(line) == segmenter_sentences(line)


def sentences(line: str) -> list[str]:
    return [line[a:b] for a, b in syntok_segmenter.sentence_offsets(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rebels took Damascus. Assad fled.", ["Rebels took Damascus.", "Assad fled."]),
        ("Mr. Smith met Dr. Roe.", ["Mr. Smith met Dr. Roe."]),  # abbreviations do not end a sentence
        ("It began on Dec. 8 at dawn.", ["It began on Dec. 8 at dawn."]),  # a month abbreviation before a day
        ("He left. the rest stayed.", ["He left. the rest stayed."]),  # a small letter after the stop
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("“We won.” The crowd cheered.", ["“We won.”", "The crowd cheered."]),  # the closing quote stays
        ("See item No. 5 below.", ["See item No. 5 below."]),
        ("The U.S. Army moved in.", ["The U.S. Army moved in."]),
        ("It cost 3.5 million. Few paid.", ["It cost 3.5 million.", "Few paid."]),
        ("Part II. The war.", ["Part II.", "The war."]),
        ("(A short aside.) Then the rest.", ["(A short aside.)", "Then the rest."]),
        ("They met (in secret) on Monday.", ["They met (in secret) on Monday."]),
        ("Wait... The answer came.", ["Wait...", "The answer came."]),
        ("Done; The end.", ["Done;", "The end."]),  # syntok's terminals include the semicolon ...
        ("one; two", ["one; two"]),  # ... but not before a small letter
        ("   ", []),
        ("", []),
    ],
)
def test_sentences_of_hard_lines(line, expected):
    assert sentences(line) == expected
    assert agrees(line)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_same_sentences_as_syntok_on_every_shipped_line(path):
    assert all(agrees(line.text) for line in lines(path.read_text(encoding="utf-8")))


def test_the_same_sentences_as_syntok_on_the_benchmark_corpus():
    assert all(agrees(line.text) for r in synthetic_records(200) for line in lines(r["text"]))


# Words and marks that reach every rule of syntok's state machine: abbreviations, months, roman numerals,
# single letters, sentence starters, numbers, brackets, quotes and every terminal.
WORDS = (
    "Mr Dr No no NO Dec Jan May 12 1999 3 250 II IV X a b I A The However it said he U.S. e.g. etc Inc "
    "McDonald's al-Assad x1 3rd The And In It Why Fr St St. Gen Mo"
)
PIECES = [*WORDS.split(), *".!?;,:()[]{}\"'’”“«»…-", "...", "?!", '."', ".)", "),"]


def random_line(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(("", " ", " ", " ", "  ", "\t")) for _ in range(pieces))


@pytest.mark.parametrize("seed", range(4))
def test_the_same_sentences_as_syntok_on_random_lines(seed):
    """Short lines exercise every decision; long ones reach the bracket look-ahead (50 tokens, 70 characters)."""
    rng = random.Random(seed)
    lengths = [rng.randint(1, 30) for _ in range(1500)] + [rng.randint(60, 160) for _ in range(150)]
    disagreeing = [line for line in (random_line(rng, n) for n in lengths) if not agrees(line)]
    assert disagreeing == []


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.sampled_from(["", " ", "  "]), max_size=40))
def test_the_same_sentences_as_syntok_on_any_line(pieces, gaps):
    assert agrees("".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces)))
