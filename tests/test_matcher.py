"""Phrase matching: inflections, optional words, longest match, word boundaries."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.phrases import PhraseMatcher, expand, inflections


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ousted Syrian President arrived", ["ousted Syrian President"]),
        ("the ousted president arrived", ["ousted president"]),
        ("anti-government forces", []),  # "government" inside a hyphenated word does not count
        ("the Syrian government said", ["Syrian government"]),
        ("rebels and rebel forces", ["rebels", "rebel forces"]),
        ("HTS-led rebels", ["rebels"]),
        ("", []),
    ],
)
def test_longest_match_and_boundaries(text, expected):
    matcher = PhraseMatcher(
        [
            (p, p)
            for p in [
                "ousted (syrian) president",
                "president",
                "Syrian government",
                "government",
                "rebel",
                "rebel forces",
            ]
        ],
        inflect=True,
    )
    assert [text[m.start : m.end] for m in matcher.finditer(text)] == expected


def test_curly_and_straight_apostrophes_match_each_other():
    matcher = PhraseMatcher([("Hay'at Tahrir al-Sham", "HTS")])
    assert [m.payload for m in matcher.finditer("Hay’at Tahrir al-Sham fighters")] == ["HTS"]


def test_compound_with_led_keeps_the_name():
    matcher = PhraseMatcher([("HTS", "HTS")], case_sensitive=True)
    assert [m.payload for m in matcher.finditer("HTS-led rebels; not hts-led")] == ["HTS"]


# --- the word-start search finds what a scan of every character finds ------------------------------

SCAN_PHRASES = [
    "ousted (syrian) president",
    "president",
    "Syrian government",
    "rebel",
    "rebel forces",
    "Hay'at Tahrir al-Sham",
    "al-Qaeda",
    "the terrorist organization",
    "U.S.",
    "2024",
    "Idlib",
    "Kremlin",
]
SCAN_WORDS = [
    "ousted",
    "Ousted",
    "Syrian",
    "president",
    "PRESIDENT",
    "rebels",
    "rebel",
    "forces",
    "Hay'at",
    "Hay’at",
    "Tahrir",
    "al-Sham",
    "al",
    "Qaeda",
    "al-Qaeda",
    "the",
    "terrorist",
    "organization",
    "U.S.",
    "2024",
    "anti",
    "-",
    "--",
    "'",
    "’",
    "_",
    "x",
    "HTS-led",
    "rebel-held",
    "İstanbul",
    "ſ",
    "İdlib",
    "ıdlib",
    "\u212aremlin",
    "KREMLIN",
]
SCAN_PIECES = st.sampled_from([*SCAN_WORDS, " ", "  ", "\n", ",", ".", "(", ")", "“"])


@pytest.mark.parametrize("case_sensitive", [False, True])
@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(SCAN_PIECES, max_size=40), cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_word_start_search_equals_full_scan(case_sensitive, pieces, cut):
    matcher = PhraseMatcher([(p, p) for p in SCAN_PHRASES], case_sensitive=case_sensitive, inflect=True)
    text = "".join(pieces)
    start, stop = min(cut), min(max(cut), len(text))
    fast = [(m.start(), m.end()) for m in matcher._search(text, start, stop)]
    full = [(m.start(), m.end()) for m in matcher._regex.finditer(text, start, stop)]
    assert fast == full


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["“quoted phrase"], "a “quoted phrase here", ["“quoted phrase"]),  # starts with a mark: full scan
        (["rebels"], "", []),
        (["rebels"], "no match at all", []),
        (["forces"], "rebel-forces", []),  # after a hyphen: not a word start
    ],
)
def test_word_start_search_edges(phrases, text, expected):
    matcher = PhraseMatcher([(p, p) for p in phrases])
    assert [text[m.start : m.end] for m in matcher.finditer(text)] == expected
