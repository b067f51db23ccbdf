"""Phrase matching: inflections, optional words, longest match, word boundaries."""

import pytest

from analysis.matcher import PhraseMatcher, expand, inflections


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
