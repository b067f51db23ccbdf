"""Framing rules and lexicon entries from the sixth Syria blind set (helper s25-syria6): a past description after
", then", a state word after "new", "took control of" another place, a title as a verb's object, the closing of an
end word's clause by a conjunction, a relative clause with a list of designators, a faith adjective before a terror
word, and the general forms added to syria-2024 ("flew to Moscow", "taken control", "the fall of President X").

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze
from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)
from tests.test_framing_rules_s24 import _has

SCOPE = [
    # a noun phrase after ", then" describes the past of the name before it
    (
        "Bashar al-Assad fled. HTS grew out of the Nusra Front, then al-Qaeda's affiliate in Syria, in 2012.",
        "fighters",
        "al-Qaeda",
        False,
    ),
    ("Bashar al-Assad fled. HTS is al-Qaeda's former affiliate in Syria.", "fighters", "al-Qaeda", True),
    ("Bashar al-Assad fled. The rebels regrouped and then captured Damascus.", "event", "captured Damascus", True),
    ("Bashar al-Assad fled. The rebels reached Homs, then entered the capital.", "event", "entered the capital", True),
    # a bare state word after "new" is the successor's government
    ("Bashar al-Assad fled. The new regime says the attacks were isolated.", "state", "regime", False),
    ("Bashar al-Assad fled. The interim government met on Monday.", "state", "government", False),
    ("Bashar al-Assad fled. The regime says nothing.", "state", "regime", True),
    ("Bashar al-Assad fled. The former regime kept thousands in prison.", "state", "regime", True),
    # "control of" a common noun other than the capital or the state: another place
    ("Bashar al-Assad fled. Israeli forces had taken control of the demilitarized zone.", "event", "control", False),
    ("Bashar al-Assad fled. Rebels had taken control of the capital overnight.", "event", "taken control", True),
    ("Bashar al-Assad fled. Rebels took control of the country within days.", "event", "took control", True),
    # a title as the object of a verb is the person
    (
        "Rebels toppled the longtime dictator Bashar al-Assad in under two weeks.",
        "assad_departure",
        "toppled",
        True,
    ),
    ("Bashar al-Assad is in Moscow. The rebels toppled the dictator.", "assad_departure", "toppled", True),
    ("Bashar al-Assad is in Moscow. Crowds toppled a statue in Hama.", "assad_departure", "toppled", False),
    # a conjunction after the end word opens another clause: the rule there did not end
    ("Bashar al-Assad fled. That arrangement ended when the regime fell.", "event", "ended", False),
    ("Bashar al-Assad fled. The truce ended while the regime watched.", "event", "ended", False),
    ("Bashar al-Assad fled. The offensive ended Assad's rule when rebels entered Damascus.", "event", "ended", True),
    # a relative clause on another name, with a list of three designators before the term
    (
        "Bashar al-Assad fled. Ankara sees the YPG as part of the PKK, which Turkey, the United States and the "
        "European Union list as a terrorist organization.",
        "fighters",
        "terrorist",
        False,
    ),
    (
        "Bashar al-Assad fled. The offensive was led by HTS, which Turkey, the United States and the European "
        "Union list as a terrorist organization.",
        "fighters",
        "terrorist",
        True,
    ),
    # a faith adjective before the term names no other group
    ("Bashar al-Assad fled after an Islamic terrorist group took Damascus.", "fighters", "terrorist group", True),
    ("Bashar al-Assad fled. Hezbollah terrorists withdrew to Lebanon.", "fighters", "terrorists", False),
]

GENERAL_FORMS = [
    ("Russian media said Bashar al-Assad flew to Moscow with his family.", "assad_departure", "flew to Moscow", True),
    ("Bashar al-Assad was flown to Moscow on a military plane.", "assad_departure", "flown to Moscow", True),
    ("Bashar al-Assad is in Russia. Sergei Lavrov flew to Moscow from Doha.", "assad_departure", "flew", False),
    ("The fall of President Bashar al-Assad ended Baath Party rule.", "assad_departure", "fall of President", True),
    ("Bashar al-Assad fled. The fall of President Suharto came in 1998.", "assad_departure", "fall of", False),
    ("Bashar al-Assad fled as rebels were taking control of the capital.", "event", "taking control", True),
]


@pytest.mark.parametrize(("text", "family", "word", "counted"), SCOPE)
def test_syria6_scope_rules(lexicon, text, family, word, counted):
    assert _has(_terms(lexicon, text), family, word) is counted


@pytest.mark.parametrize(("text", "family", "word", "counted"), GENERAL_FORMS)
def test_syria6_general_forms(lexicon, text, family, word, counted):
    assert _has(_terms(lexicon, text), family, word) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Rebels toppled the dictator Bashar al-Assad.", True),
        # a participle before a title qualifies it: the title family holds it, not how he left
        ("Deposed Syrian leader Bashar al-Assad is in Moscow.", False),
        ("Syria's ousted former president Bashar al-Assad is in Moscow.", False),
    ],
)
def test_syria6_title_object_needs_an_article(lexicon, text, counted):
    assert any(f == "assad_departure" for f, _ in _terms(lexicon, text)) is counted


def _labels(lexicon, text: str) -> list[tuple[str, str, str]]:
    labels = analyze(Article(id="t", text=text), lexicon).framing.actor_labels
    return [(a.actor_span.text, a.span.text, a.how) for a in labels]


@pytest.mark.parametrize(
    ("text", "name", "label", "found"),
    [
        # "treat X as …" designates X, like "regard X as …"; without "as" it designates nothing
        ("Bashar al-Assad fled. Many governments still treat HTS as a terrorist group.", "HTS", "terrorist", True),
        ("Bashar al-Assad fled. Moscow treats Assad as a guest of the state.", "Assad", "guest", True),
        ("Bashar al-Assad fled. Medics treated Rami Khoury at the scene.", "Rami Khoury", "scene", False),
        ("Bashar al-Assad fled. Doctors treated the wounded as best they could.", "wounded", "best", False),
    ],
)
def test_syria6_treat_as_designates(lexicon, text, name, label, found):
    got = [(n, lab) for n, lab, how in _labels(lexicon, text) if how == "designation"]
    assert any(name in n and label in lab for n, lab in got) is found, got
