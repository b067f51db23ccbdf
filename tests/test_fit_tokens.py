"""The lexicon fit tokenises a text at most once for all lexicons, and not at all where no actor can be named.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import Article
from analysis.lexicon import fit as fit_module
from analysis.lexicon.fit import actors_named, rank_lexicons, shipped_lexicon
from analysis.text.tokens import fold, tokenize

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ("syria-2024", "uk-disorder-2024")


def _full_search(lexicon, text: str) -> list[str]:
    """What actors_named found before the first-word test: every actor match over the text's tokens."""
    compiled = lexicon.compiled
    tokens = tokenize(text)
    blocked = [(m.start, m.end) for m in compiled.not_aliases.find(tokens)] if compiled.not_aliases else []
    return [m.payload for m in compiled.actors.find(tokens) if not any(m.start < e and s < m.end for s, e in blocked)]


def _texts() -> list[str]:
    found = sorted((ROOT / "benchmarks" / "devsets").rglob("*.txt")) + sorted((ROOT / "data").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in found]


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.setattr(fit_module, "_FITS", type(fit_module._FITS)())


@pytest.mark.parametrize("name", LEXICONS)
def test_first_word_test_changes_no_answer_on_any_shipped_text(name):
    lexicon = shipped_lexicon(name)
    texts = _texts()
    assert len(texts) > 100
    named = 0
    for text in texts:
        expected = _full_search(lexicon, text)
        assert actors_named(lexicon, text) == expected
        named += bool(expected)
    assert named > 5  # the texts do name this lexicon's actors, so the test compares real matches


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Assad's plane landed.", True),  # a short form: the possessive
        ("HTS-led fighters moved south.", True),  # a short form: a compound
        ("ASSAD spoke.", True),  # case is the index's business, not the first-word test's
        ("Residents cleared mud from the river town.", False),
        ("The mayor asked for pumps and sandbags.", False),
    ],
)
def test_first_word_test(text, may):
    actors = shipped_lexicon("syria-2024").compiled.actors
    assert actors.may_occur(fold(text).lower()) is may
    if not may:
        assert not actors.find(tokenize(text))


def test_rank_lexicons_tokenises_each_text_once(monkeypatch):
    calls = []
    real = fit_module.tokenize

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(fit_module, "tokenize", counting)
    texts = [
        "Bashar al-Assad flew to Moscow as the Kremlin said HTS had taken Damascus.",
        "Police in Southport said rioters threw bricks; Keir Starmer condemned the violence.",
        "Residents cleared mud as the mayor asked for pumps.",
    ]
    fits = rank_lexicons([Article(id=str(i), text=t) for i, t in enumerate(texts)], list(LEXICONS))
    assert {f.name for f in fits} == set(LEXICONS)
    assert len(calls) == len(set(calls))  # never twice for one text
    assert texts[2] not in calls  # no lexicon's actor can be named there: not tokenised at all
