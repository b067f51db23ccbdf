"""Token phrase index: the trie walk finds what trying every phrase at every token finds."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.nounphrase import TOKEN_RE, PhraseIndex, Tokens, strip_possessive
from analysis.text.phrases import expand

ENTRIES = [
    ("the Kremlin", "kremlin", False),
    ("Kremlin", "kremlin-bare", False),
    ("kremlin", "kremlin-later", False),  # the same form again: the first entry wins
    ("the Wall Street Journal", "wsj", False),
    ("Wall Street", "street", False),
    ("(the) Associated Press", "ap", False),
    ("AP", "ap-acronym", True),
    ("sources close to", "close", False),
    ("Russia's", "never", True),  # a case-sensitive possessive never matches a token base
    ("U.S. officials", "us", False),
]
WORDS = ["the", "The", "Kremlin", "kremlin", "Kremlin's", "Wall", "Street", "Journal", "Associated", "Press"]
WORDS += ["AP", "ap", "sources", "close", "to", "U.S.", "officials", ",", ".", "’s"]


def reference_find(entries, tokens: Tokens, lo: int, hi: int):
    """What the index did before the trie: every form at every token, longest first, in entry order."""
    options = []
    for phrase, payload, case_sensitive in entries:
        for form in sorted(expand(phrase)):
            words = tuple(w if case_sensitive else strip_possessive(w.lower()) for w in TOKEN_RE.findall(form))
            options.append((words, payload, case_sensitive))
    options.sort(key=lambda o: -len(o[0]))
    out, i = [], lo
    while i < hi:
        for words, payload, case_sensitive in options:
            end = i + len(words)
            seq = tokens.text_bases if case_sensitive else tokens.bases
            if end <= hi and tuple(seq[i:end]) == words:
                out.append((i, end, payload))
                i = end - 1
                break
        i += 1
    return out


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), cuts=st.lists(st.integers(0, 31), max_size=6))
def test_trie_walk_equals_trying_every_phrase(words, cuts):
    index = PhraseIndex(ENTRIES)
    tokens = Tokens(" ".join(words))
    n = len(tokens)
    bounds = sorted({0, n, *(min(c, n) for c in cuts)})
    ranges = list(pairwise(bounds))
    assert index.find(tokens) == reference_find(ENTRIES, tokens, 0, n)
    assert index.find_each(tokens, ranges) == [reference_find(ENTRIES, tokens, lo, hi) for lo, hi in ranges]


@pytest.mark.parametrize(
    ("text", "payloads"),
    [
        ("Sources close to the Kremlin said", ["close", "kremlin"]),
        ("The Wall Street Journal reported", ["wsj"]),
        ("on Wall Street today", ["street"]),
        ("the AP and the ap", ["ap-acronym"]),
        ("Associated Press", ["ap"]),
        ("Russia's envoy", []),
        ("", []),
        ("nothing here at all", []),
    ],
)
def test_phrase_index_examples(text, payloads):
    assert [p for _, _, p in PhraseIndex(ENTRIES).find(Tokens(text))] == payloads
