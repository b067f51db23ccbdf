"""The one phrase engine: inflections, optional words, longest match, word boundaries, short forms, and a trie
walk that finds exactly what trying every form at every token finds."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.phrases import MAX_OPTIONAL_GROUPS, PhraseIndex, TooManyForms, expand, inflections, word_index
from analysis.text.tokens import TOKEN_RE, Tokens, fold


@pytest.mark.parametrize(
    ("word", "present", "absent"),
    [
        ("rebel", {"rebels", "rebelled", "rebelling"}, {"rebeles"}),
        ("topple", {"toppled", "toppling", "topples"}, {"toppleed"}),
        ("oust", {"ousted", "ousting", "ousts"}, set()),
        ("refuge", {"refuges"}, {"refugees"}),
    ],
)
def test_inflections(word, present, absent):
    forms = inflections(word)
    assert present <= forms
    assert not (absent & forms)


def test_optional_words_expand():
    assert expand("ousted (syrian) president") == {"ousted syrian president", "ousted president"}


@pytest.mark.parametrize("groups", [MAX_OPTIONAL_GROUPS + 1, 29])
def test_too_many_optional_words_are_refused_before_expanding(groups):
    phrase = "a " + " ".join(f"(x{i})" for i in range(groups))
    with pytest.raises(TooManyForms, match="optional"):
        expand(phrase)


def test_optional_words_up_to_the_limit_expand():
    phrase = "a " + " ".join(f"(x{i})" for i in range(MAX_OPTIONAL_GROUPS))
    assert len(expand(phrase)) == 2**MAX_OPTIONAL_GROUPS


def spans(index: PhraseIndex, text: str) -> list[str]:
    return [text[m.start : m.end] for m in index.find(Tokens(text))]


BOUNDARY_PHRASES = [
    "ousted (syrian) president",
    "president",
    "Syrian government",
    "government",
    "rebel",
    "rebel forces",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ousted Syrian President arrived", ["ousted Syrian President"]),
        ("the ousted president arrived", ["ousted president"]),
        ("anti-government forces", []),  # "government" inside a hyphenated word does not count
        ("the Syrian government said", ["Syrian government"]),
        ("rebels and rebel forces", ["rebels", "rebel forces"]),
        ("HTS-led rebels", ["rebels"]),
        ("rebel-forces took it", []),  # not a word start after a hyphen
        ("the government's plan", ["government"]),  # a phrase ends on the name, not on "'s"
        ("", []),
    ],
)
def test_longest_match_and_boundaries(text, expected):
    assert spans(word_index(BOUNDARY_PHRASES, inflect=True), text) == expected


def test_curly_and_straight_apostrophes_match_each_other():
    index = PhraseIndex([("Hay'at Tahrir al-Sham", "HTS", False)])
    assert [m.payload for m in index.find(Tokens("Hay’at Tahrir al-Sham fighters"))] == ["HTS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTS-led rebels; not hts-led", ["HTS"]),  # a compound keeps the name; case-sensitive
        ("HTS's fighters", ["HTS"]),
        ("an HTS-run office", ["HTS"]),
        ("the HTS-held town", []),  # "-held" is not a compound that names its first part
    ],
)
def test_short_forms_end_a_phrase(text, expected):
    assert spans(PhraseIndex([("HTS", "HTS", True)]), text) == expected


def test_a_short_form_ends_a_phrase_but_never_sits_inside_one():
    index = PhraseIndex([("Assad regime", "r", False), ("Assad", "a", False)])
    assert spans(index, "the Assad regime") == ["Assad regime"]
    assert spans(index, "Assad's regime fell") == ["Assad"]  # "Assad's regime" is not the phrase "Assad regime"


# --- the trie walk equals trying every phrase at every token -----------------------------------------

ENTRIES = [
    ("the Kremlin", "kremlin", False),
    ("Kremlin", "kremlin-bare", False),
    ("kremlin", "kremlin-later", False),  # the same form again: the first entry wins
    ("the Wall Street Journal", "wsj", False),
    ("Wall Street", "street", False),
    ("(the) Associated Press", "ap", False),
    ("AP", "ap-acronym", True),
    ("sources close to", "close", False),
    ("Russia's", "possessive", True),
    ("U.S. officials", "us", False),
    ("HTS", "hts", True),
]
WORDS = ["the", "The", "Kremlin", "kremlin", "Kremlin's", "Wall", "Street", "Journal", "Journal's", "Associated"]
WORDS += ["Press", "AP", "ap", "sources", "close", "to", "U.S.", "officials", ",", ".", "’s", "Russia's", "Russia’s"]
WORDS += ["HTS-led", "hts", "HTS's", "AP-backed"]


def reference_find(entries, tokens: Tokens, lo: int, hi: int):
    """Every form at every token, longest first then entry order; the last word may be a token's short form."""
    options = []
    for phrase, payload, case_sensitive in entries:
        for form in sorted(expand(phrase)):
            options.append((tuple(TOKEN_RE.findall(fold(form))), payload, case_sensitive))
    options.sort(key=lambda o: -len(o[0]))

    def fits(words, case_sensitive, i):
        end = i + len(words)
        if end > hi:
            return None
        texts = tokens.texts[i:end]
        same = (lambda a, b: a == b) if case_sensitive else (lambda a, b: a.lower() == b.lower())
        if all(same(a, b) for a, b in zip(texts[:-1], words[:-1], strict=True)):
            last = end - 1
            if same(texts[-1], words[-1]):
                return tokens.ends[last], False
            if last in tokens.short and same(tokens.short[last], words[-1]):
                return tokens.short_end(last), True
        return None

    out, i = [], lo
    while i < hi:
        best = None
        for words, payload, case_sensitive in options:
            found = fits(words, case_sensitive, i)
            if found is None:
                continue
            # longer first; at the same length a full token before a short form, then entry order
            key = (len(words), not found[1])
            if best is None or key > best[0]:
                best = (key, (tokens.starts[i], found[0], payload, i, i + len(words)))
        if best is not None:
            out.append(best[1])
            i = best[1][4]
        else:
            i += 1
    return out


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), cuts=st.lists(st.integers(0, 31), max_size=6))
def test_trie_walk_equals_trying_every_phrase(words, cuts):
    index = PhraseIndex(ENTRIES)
    tokens = Tokens(" ".join(words))
    n = len(tokens)
    bounds = sorted({0, n, *(min(c, n) for c in cuts)})
    ranges = list(pairwise(bounds))
    assert [tuple(m) for m in index.find(tokens)] == reference_find(ENTRIES, tokens, 0, n)
    assert [[tuple(m) for m in found] for found in index.find_each(tokens, ranges)] == [
        reference_find(ENTRIES, tokens, lo, hi) for lo, hi in ranges
    ]


@pytest.mark.parametrize(
    ("text", "payloads"),
    [
        ("Sources close to the Kremlin said", ["close", "kremlin"]),
        ("The Wall Street Journal reported", ["wsj"]),
        ("on Wall Street today", ["street"]),
        ("the AP and the ap", ["ap-acronym"]),
        ("Associated Press", ["ap"]),
        ("Russia's envoy", ["possessive"]),
        ("", []),
        ("nothing here at all", []),
    ],
)
def test_phrase_index_examples(text, payloads):
    assert [m.payload for m in PhraseIndex(ENTRIES).find(Tokens(text))] == payloads


def test_every_match_is_its_text():
    text = "HTS-led rebels said the Kremlin's envoy, the Associated Press reported; U.S. officials agreed."
    for m in PhraseIndex(ENTRIES).find(Tokens(text)):
        assert text[m.start : m.end].strip() and m.start < m.end
