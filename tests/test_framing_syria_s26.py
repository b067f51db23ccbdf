"""Framing rules and lexicon entries from the seventh Syria blind set (helper s26-syria7): a past description after
"was once" / "formerly", a bare office word after an indefinite article, history dating what Russia gave (another
man's shelter in 2014), "dictatorship" as a rule that ends, and the general forms added to syria-2024 ("ran to
Moscow", "Russian protection").

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)
from tests.test_framing_rules_s24 import _has

SCOPE = [
    # a noun phrase after "was once" / "had once been" / ", formerly" says what the group was
    (
        "Bashar al-Assad fled. HTS led the offensive and was once al-Qaeda's branch in Syria.",
        "fighters",
        "al-Qaeda",
        False,
    ),
    ("Bashar al-Assad fled. HTS had once been an al-Qaeda affiliate.", "fighters", "al-Qaeda affiliate", False),
    ("Bashar al-Assad fled. HTS, formerly al-Qaeda's branch in Syria, took Damascus.", "fighters", "al-Qaeda", False),
    ("Bashar al-Assad fled. HTS is al-Qaeda's former branch in Syria.", "fighters", "al-Qaeda", True),
    (
        "Bashar al-Assad fled. HTS was once again designated a terrorist group by Moscow.",
        "fighters",
        "terrorist group",
        True,
    ),
    ("Bashar al-Assad fled once the rebels reached Homs.", "assad_departure", "fled", True),
    # a bare office word after an indefinite article is any holder of the office
    (
        "Assad fled in December. The court ruled that a sitting president enjoys immunity.",
        "assad_title",
        "president",
        False,
    ),
    ("Assad fled in December. Lawyers said any president could be tried.", "assad_title", "president", False),
    ("President Bashar al-Assad fled to Moscow.", "assad_title", "President", True),
    ("Bashar al-Assad, a president without an army, fled to Moscow.", "assad_title", "president", True),
    # what Russia gave, in a sentence dated before the event: history (another man's shelter)
    (
        "Bashar al-Assad fled. Viktor Yanukovych was given shelter in Russia in 2014.",
        "russia_act",
        "shelter",
        False,
    ),
    ("Bashar al-Assad fled and was given shelter in Russia.", "russia_act", "shelter", True),
    ("Bashar al-Assad, who has been in Moscow since 2024, was given asylum there.", "russia_act", "asylum", True),
    # "dictatorship" is a rule that ends
    ("Rebels overran Damascus and ended the Assad dictatorship.", "event", "ended", True),
    ("Bashar al-Assad fled. The vote ended a debate over the dictatorship's archives.", "event", "ended", False),
    ("Bashar al-Assad fled. The ceasefire ended on Tuesday.", "event", "ended", False),
]

GENERAL_FORMS = [
    ("Bashar al-Assad ran to Moscow when the army melted away.", "assad_departure", "ran to Moscow", True),
    ("Critics say Bashar al-Assad chose to run to Moscow.", "assad_departure", "run to Moscow", True),
    ("Bashar al-Assad fled. Sergei Lavrov ran to Moscow for talks.", "assad_departure", "ran to Moscow", False),
    ("Bashar al-Assad fled to Russia and remains under Russian protection.", "russia_act", "Russian protection", True),
    (
        "Bashar al-Assad fled. The Kurds sought Russian protection in Qamishli.",
        "russia_act",
        "Russian protection",
        False,
    ),
]


@pytest.mark.parametrize(("text", "family", "word", "counted"), SCOPE)
def test_syria7_scope_rules(lexicon, text, family, word, counted):
    assert _has(_terms(lexicon, text), family, word) is counted


@pytest.mark.parametrize(("text", "family", "word", "counted"), GENERAL_FORMS)
def test_syria7_general_forms(lexicon, text, family, word, counted):
    assert _has(_terms(lexicon, text), family, word) is counted
