"""Framing rules from the Syria blind set: a word mentioned, a word denied, another group's fighters.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon


@pytest.fixture(scope="module")
def syria():
    return load_lexicon("syria-2024")


def _terms(lexicon, text: str) -> list[tuple[str, str]]:
    return [(t.family, t.span.text) for t in analyze(Article(id="t", text=text), lexicon).framing.terms]


@pytest.mark.parametrize(
    ("text", "word", "counted"),
    [
        # mentioned, not used: right after "the word / term / label", quoted or not
        ("Bashar al-Assad fled. Some critics now say the word terrorist hides more than it shows.", "terrorist", False),
        ("Bashar al-Assad fled. Editors debated the label terrorist for days.", "terrorist", False),
        # denied by the sentence: a copula and a negation before it
        ("Bashar al-Assad fled. Ahmed al-Sharaa insisted that HTS is not a terrorist group.", "terrorist", False),
        # used: the writer's own word, or a designation reported as fact
        ("Bashar al-Assad fled as terrorist groups closed in on Damascus.", "terrorist", True),
        ("Bashar al-Assad fled. Washington still lists HTS, a terrorist group, on its blacklist.", "terrorist", True),
        # another group named right before, at the start of a sentence: its fighters, not the rebels
        ("Bashar al-Assad fled. Hezbollah fighters withdrew from the border towns.", "fighters", False),
        # the rebels' fighters: "Syrian" is a nationality, and a known word opening the sentence is not a name
        ("Bashar al-Assad fled. Syrian fighters took the airport.", "fighters", True),
        ("Bashar al-Assad fled. Rebel fighters took the airport.", "fighters", True),
    ],
)
def test_mentioned_denied_and_others_words_are_not_terms(syria, text, word, counted):
    terms = _terms(syria, text)
    assert any(word in span.lower() for _family, span in terms) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "span"),
    [
        ("Bashar al-Assad flew out of Damascus before dawn.", "assad_departure", "flew out of Damascus"),
        ("Aides said Bashar al-Assad would leave the country on Sunday.", "assad_departure", "leave the country"),
        ("Bashar al-Assad fled as Turkish-backed groups advanced.", "fighters", "Turkish-backed"),
        ("Bashar al-Assad fled. Diplomats met the HTS-led government in Damascus.", "fighters", "HTS-led government"),
    ],
)
def test_new_syria_vocabulary_is_found(syria, text, family, span):
    assert any(f == family and span.lower() in s.lower() for f, s in _terms(syria, text)), _terms(syria, text)
