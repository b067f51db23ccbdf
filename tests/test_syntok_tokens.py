"""``analysis.text.syntok_tokens`` gives syntok's own tokens, token for token, so sentences do not change."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from syntok import segmenter
from syntok.tokenizer import Tokenizer

from analysis.text import syntok_tokens
from analysis.text.sentences import lines
from benchmarks.synthetic import synthetic_records

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(
    p for folder in ("data", "benchmarks/devsets", "tests/fixtures") for p in (ROOT / folder).rglob("*.txt")
)
REFERENCE = Tokenizer(replace_not_contraction=False)


def as_tuples(tokens):
    return [(t.spacing, t.value, t.offset) for t in tokens]


def same_tokens(text: str) -> bool:
    return as_tuples(syntok_tokens.tokenize(text)) == as_tuples(REFERENCE.tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took Damascus.",
        "  leading and trailing spaces  ",
        "McDonald's iPhone U.S. al-Assad 1,000 3.5% e-mail foo_bar",
        "“Quoted,” he said... and then—nothing.",
        "(Reuters) - Officials [said] {so}: yes!? no?!",
        "don't can't won't Russia’s Assad's",
        "Zürich naïve Ελλάδα Москва 北京 مرحبا",
        "...ellipsis first, last...",
        "a\u200bzero\u00a0width and no-break",
        "",
        "   ",
        "!!!",
        'end."',
        "ABCdef abcDEF A1b a1B",
    ],
)
def test_the_same_tokens_as_syntok_on_hard_cases(text):
    assert same_tokens(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("McDonald", [("", "Mc", 0), ("", "Donald", 2)]),  # a capital after a small letter splits, as in syntok
        ("a  b", [("", "a", 0), ("  ", "b", 3)]),  # the spacing before a token is kept whole
        ("(U.S.)", [("", "(", 0), ("", "U.S", 1), ("", ".", 4), ("", ")", 5)]),
    ],
)
def test_tokens_carry_syntoks_values_offsets_and_spacing(text, tokens):
    assert as_tuples(syntok_tokens.tokenize(text)) == tokens == as_tuples(REFERENCE.tokenize(text))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_same_tokens_as_syntok_on_every_shipped_text(path):
    text = path.read_text(encoding="utf-8")
    assert all(same_tokens(line.text) for line in lines(text))


def test_the_same_tokens_as_syntok_on_the_benchmark_corpus():
    assert all(same_tokens(line.text) for r in synthetic_records(100) for line in lines(r["text"]))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9 .,'’-_…!?\"“”()[]:;\u00ad\u2010\u200béБ\t"), max_size=40))
def test_the_same_tokens_as_syntok_on_any_text(text):
    assert same_tokens(text)


def segmenter_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for sentence in segmenter.segment(REFERENCE.tokenize(text)):
        tokens = [t for t in sentence if t.value]
        if tokens:
            out.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return out


def one_sentence_agrees(text: str) -> bool:
    """Where ``one_sentence`` answers, syntok's segmenter finds that one sentence and no other."""
    only = syntok_tokens.one_sentence(text)
    return only is None or segmenter_sentences(text) == [only]


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Rebels took Damascus.", True),
        ("Tyrant bolts to Moscow", True),
        ("“Yes,” he said.", True),
        ("He said 'no'.", True),
        ("Really?!", False),
        ("Two. Sentences.", False),
        ("a (b) c", False),
        ("x; y", False),
        ("Open bracket at the end (", False),
        ("", False),
    ],
)
def test_one_sentence_answers_only_for_lines_with_nowhere_to_split(text, answers):
    assert (syntok_tokens.one_sentence(text) is not None) is answers
    assert one_sentence_agrees(text)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_one_sentence_agrees_with_the_segmenter_on_every_shipped_line(path):
    assert all(one_sentence_agrees(line.text) for line in lines(path.read_text(encoding="utf-8")))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9 .,'’!?;:\"“”()[]…\u200b\u3002Mr"), max_size=30))
def test_one_sentence_agrees_with_the_segmenter_on_any_line(text):
    assert one_sentence_agrees(text)
