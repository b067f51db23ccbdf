"""``analysis.text.syntok_tokens`` gives syntok's own tokens, token for token, so sentences do not change."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


def test_a_hyphenated_camel_word_differs_from_plain_in_both_alike():
    # a negative check that the comparison can fail: "McDonald" is two tokens in syntok, and in ours
    assert [t.value for t in syntok_tokens.tokenize("McDonald")] == ["Mc", "Donald"]
    assert as_tuples(syntok_tokens.tokenize("a b")) != as_tuples(REFERENCE.tokenize("a  b"))


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
