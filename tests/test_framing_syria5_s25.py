"""Framing rules and lexicon entries from the fifth Syria blind set (helper s25-syria5): a capture of something other
than the capital, "proxy" before another noun, a state seated in another capital, a departure of a group of other
people, a request to leave under a negation, an acronym in parentheses after a name, and the general synonyms added to syria-2024 ("terrorism lists",
"armed factions", "anti-government groups", "the old government", "Sunni rebels").

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze
from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)
from tests.test_framing_rules_s24 import _has

CAPTURES_PROXIES_STATES = [
    # a capture noun whose "of" object is a common noun other than the capital, the state or power
    (
        "Bashar al-Assad fled. The army's capture of the Syrian side of Mount Hermon was called temporary.",
        "event",
        "capture",
        False,
    ),
    ("Bashar al-Assad fled. The seizure of the airport took an hour.", "event", "seizure", False),
    ("Bashar al-Assad fled. The capture of Damascus took only hours.", "event", "capture", True),
    ("Bashar al-Assad fled. The capture of the capital took only hours.", "event", "capture", True),
    ("Bashar al-Assad fled. The rebels' seizure of power was swift.", "event", "seizure", True),
    ("Bashar al-Assad fled. The capture of the Syrian capital stunned Moscow.", "event", "capture", True),
    # "proxy" before another noun names a kind of war or network, not the fighters
    ("Bashar al-Assad fled. Iran and its proxy network lost their bridge.", "fighters", "proxy", False),
    ("Bashar al-Assad fled. Ten years of proxy war ended.", "fighters", "proxy", False),
    ("Bashar al-Assad fled. Turkish proxy forces moved on Manbij.", "fighters", "proxy", True),
    ("Bashar al-Assad fled. Damascus called the rebels foreign proxies.", "fighters", "proxies", True),
    # a bare state word seated in another capital is that country's state
    ("Bashar al-Assad fled. The clerical regime in Tehran lost an ally.", "state", "regime", False),
    ("Bashar al-Assad fled. The regime in Pyongyang was silent.", "state", "regime", False),
    ("Bashar al-Assad fled. The regime in Damascus collapsed overnight.", "state", "regime", True),
    ("Bashar al-Assad fled. The regime in Syria collapsed overnight.", "state", "regime", True),
    ("Bashar al-Assad fled. The regime had ruled for decades.", "state", "regime", True),
]

OTHERS_LEAVING = [
    # a group of other people as the subject of the departure
    (
        "Bashar al-Assad is in Moscow. All Iranian staff had evacuated the embassy.",
        "assad_departure",
        "evacuated",
        False,
    ),
    (
        "Bashar al-Assad is in Moscow. The diplomats left Damascus on Saturday.",
        "assad_departure",
        "left Damascus",
        False,
    ),
    ("Bashar al-Assad is in Moscow. Embassy workers reportedly fled to Beirut.", "assad_departure", "fled", False),
    ("Bashar al-Assad had left Damascus on Saturday.", "assad_departure", "left Damascus", True),
    ("Bashar al-Assad is in Moscow. Moscow evacuated him from Hmeimim.", "assad_departure", "evacuated", True),
    # a request to leave under a negation: nobody left
    ("Bashar al-Assad is in Moscow. None had so far asked to leave the country.", "assad_departure", "leave", False),
    ("Bashar al-Assad is in Moscow. Nobody has yet requested to leave Syria.", "assad_departure", "leave", False),
    ("Bashar al-Assad asked to leave the country and flew out that night.", "assad_departure", "flew out", True),
    ("Bashar al-Assad did not flee; he left the country.", "assad_departure", "left the country", True),
]

GENERAL_SYNONYMS = [
    # the lists a designation puts the group on
    ("Bashar al-Assad fled. HTS is still on terrorism lists in Washington.", "fighters", "terrorism lists", True),
    ("Bashar al-Assad fled. The UN keeps HTS on its terror list.", "fighters", "terror list", True),
    ("Bashar al-Assad fled. The UN reviewed its sanctions list.", "fighters", "list", False),
    # plain synonyms of "armed groups" and "anti-government forces"
    ("Bashar al-Assad fled as armed factions entered the city.", "fighters", "armed factions", True),
    ("Bashar al-Assad fled. Anti-government groups took Homs.", "fighters", "anti-government groups", True),
    ("Bashar al-Assad fled. Factions in parliament argued all night.", "fighters", "factions", False),
    # "the old government", as "the old regime"
    ("Bashar al-Assad fled. Contracts signed with the old government are void.", "state", "old government", True),
    ("Bashar al-Assad fled. The new government signed contracts.", "state", "government", False),
    # the rebels by their faith: "Sunni" is part of the term, not another group's name
    ("Bashar al-Assad fled. Sunni insurgents advanced from Idlib.", "fighters", "insurgents", True),
    ("Bashar al-Assad fled. Sunni rebels entered the capital.", "fighters", "Sunni rebels", True),
    ("Bashar al-Assad fled. Hezbollah fighters withdrew from the border towns.", "fighters", "fighters", False),
]


@pytest.mark.parametrize(("text", "family", "word", "counted"), CAPTURES_PROXIES_STATES + OTHERS_LEAVING)
def test_syria5_scope_rules(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(("text", "family", "word", "counted"), GENERAL_SYNONYMS)
def test_syria5_general_synonyms(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


def _labels(lexicon, text: str) -> list[tuple[str, str]]:
    return [(a.actor, a.span.text) for a in analyze(Article(id="t", text=text), lexicon).framing.actor_labels]


@pytest.mark.parametrize(
    ("text", "label", "found"),
    [
        # an acronym in parentheses after a name is the name again: the apposition or predicate after it is the name's
        (
            "Rebels took Damascus. Hayat Tahrir al-Sham (HTS), a former al-Qaeda affiliate, led them.",
            "a former al-Qaeda affiliate",
            True,
        ),
        (
            "Rebels took Damascus. Hayat Tahrir al-Sham (HTS), which is considered a terrorist organization by the "
            "United States, led them.",
            "terrorist organization",
            True,
        ),
        ("Rebels took Damascus. Hayat Tahrir al-Sham (HTS) is a jihadist group.", "a jihadist group", True),
        # ... but not a list of names, a time phrase, or a parenthesis that is no acronym
        (
            "Rebels took Damascus. Talks between Hayat Tahrir al-Sham (HTS), the SDF and Turkey failed.",
            "the SDF",
            False,
        ),
        ("Rebels took Damascus. Hayat Tahrir al-Sham (HTS), a year after the offensive, held talks.", "a year", False),
        (
            "Rebels took Damascus. Hayat Tahrir al-Sham (Syria), a former al-Qaeda affiliate, led them.",
            "a former al-Qaeda affiliate",
            False,
        ),
    ],
)
def test_syria5_acronym_after_a_name(lexicon, text, label, found):
    labels = _labels(lexicon, text)
    assert any(label in span for _actor, span in labels) is found, labels
