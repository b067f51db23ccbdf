"""Framing rules from the third Syria blind set (helper syria3-s24): the fall of the state as the event, a year
inside a closed insertion, a title as a mention, advice to leave, a name mentioned under a negation, other
groups' listings, "his" after "President X", refuge elsewhere, a title's own participle, the lexicon's own names
before a term, the family as namesake, and bare "fell" / "end" with the state or its rule.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)
from tests.test_framing_rules_s24 import _has

FAR = "\n\nMany cheered.\n\nThe crowd sang.\n\nPeople danced.\n\n"


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # the fall, collapse or end of the state is what happened in Damascus; the man's fall is how he left
        ("Bashar al-Assad fled. Crowds celebrated the fall of the regime.", "event", "fall of the regime", True),
        ("Bashar al-Assad fled. Crowds celebrated the fall of the regime.", "assad_departure", "fall", False),
        ("Bashar al-Assad fled. Envoys met after the fall of the former regime.", "event", "former regime", True),
        ("Bashar al-Assad fled. Syrians cheered the collapse of the Assad regime.", "state", "Assad regime", True),
        ("Bashar al-Assad fled. India spoke after the fall of Assad government.", "assad_departure", "fall", False),
        ("Bashar al-Assad fled. Crowds celebrated Assad's fall.", "assad_departure", "Assad's fall", True),
        ("Bashar al-Assad fled. Crowds celebrated Assad's fall.", "event", "fall", False),
        # a bare "fell" / "falls" only with the state, its capital or its rule as subject
        ("Bashar al-Assad fled. The regime fell last December.", "event", "fell", True),
        (
            'Bashar al-Assad fled. "When the state falls, every post loses its meaning," he said.',
            "event",
            "falls",
            True,
        ),
        ("Bashar al-Assad fled. Oil prices fell last December.", "event", "fell", False),
        ("Bashar al-Assad fled. Aleppo fell first.", "event", "fell", False),
        # a bare "end" only with a rule for object or subject
        ("Bashar al-Assad fled. Crowds marked the end of half a century of Assad family rule.", "event", "end", True),
        ("Bashar al-Assad fled. The rebels ended Assad's rule.", "event", "ended", True),
        ("Bashar al-Assad fled. Assad's rule ends.", "event", "ends", True),
        ("Bashar al-Assad fled. By the end of the year the talks ended.", "event", "end", False),
        ("Bashar al-Assad fled. Nobody wants to end the rule of law.", "event", "end", False),
        ("Bashar al-Assad fled after the rebels captured Aleppo's citadel.", "event", "captured", False),
    ],
)
def test_the_fall_of_the_state_is_the_event(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # a year inside an insertion a comma closes dates only the insertion
        (
            "Bashar al-Assad fled. Rania Saleh, a nurse who left Homs in 2015, said the rebels had taken the capital.",
            "event",
            "taken the capital",
            True,
        ),
        ("Bashar al-Assad fled. Rania Saleh said that in 2013 the rebels entered the city.", "event", "entered", False),
        (
            "Bashar al-Assad is in Moscow. Rania Saleh, a nurse who fled Homs in 2015, is happy.",
            "assad_departure",
            "fled",
            False,
        ),
        # a title of his in the sentence is a mention of him; with no title, a far sentence is not about him
        (
            "Bashar al-Assad ruled for 24 years." + FAR + '"The dictator ran away," she said.',
            "assad_departure",
            "ran away",
            True,
        ),
        (
            "Bashar al-Assad ruled for 24 years." + FAR + '"He ran away," she said.',
            "assad_departure",
            "ran away",
            False,
        ),
        # advice or an order to leave is no departure
        (
            "Bashar al-Assad fled. The embassy said those still in Syria should leave the country.",
            "assad_departure",
            "leave",
            False,
        ),
        (
            "Bashar al-Assad fled. Officials urged all foreigners to leave the country.",
            "assad_departure",
            "leave",
            False,
        ),
        ("Bashar al-Assad decided to leave the country on Sunday.", "assad_departure", "leave", True),
        (
            "Bashar al-Assad fled. Moscow asked the base's commanders to evacuate him.",
            "assad_departure",
            "evacuate",
            True,
        ),
        ("Bashar al-Assad was forced to leave the country.", "assad_departure", "forced", True),
    ],
)
def test_history_titles_and_advice(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # a name under a negated naming verb is mentioned, not applied
        (
            'Bashar al-Assad fled. "Don\'t call them terrorists yet," said a community leader.',
            "fighters",
            "terrorists",
            False,
        ),
        ("Bashar al-Assad fled. Ankara refused to label the group terrorist.", "fighters", "terrorist", False),
        ("Bashar al-Assad fled. Moscow still calls them terrorists.", "fighters", "terrorists", True),
        # other groups' listings
        (
            "Bashar al-Assad fled. The envoy warned that ISIL and other groups designated as terrorist must not regroup.",
            "fighters",
            "terrorist",
            False,
        ),
        ("Bashar al-Assad fled. The envoy said HTS is designated as a terrorist group.", "fighters", "terrorist", True),
        # "his" after "President X" is X's
        (
            "Bashar al-Assad is in Moscow. President Ahmed al-Sharaa visited Washington. His government wants more.",
            "state",
            "His government",
            False,
        ),
        (
            "President Bashar al-Assad spoke on Sunday. His government fell hours later.",
            "state",
            "His government",
            True,
        ),
        # refuge in another place is somebody else's
        (
            "Bashar al-Assad is in Moscow. Most returnees sought refuge in Türkiye during the war.",
            "russia_act",
            "refuge",
            False,
        ),
        ("Bashar al-Assad took refuge in Moscow.", "russia_act", "refuge", True),
        ("Bashar al-Assad was granted asylum in Russia.", "russia_act", "asylum", True),
    ],
)
def test_naming_other_groups_and_possessives(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # a title far from his name is a mention of him for the other terms of its sentence, not for its own words
        (
            "Bashar al-Assad is in Moscow." + FAR + "The deposed president is silent.",
            "assad_departure",
            "deposed",
            False,
        ),
        ("Bashar al-Assad is in Moscow." + FAR + "The deposed president is silent.", "assad_title", "deposed", True),
        ("Bashar al-Assad was deposed on Sunday.", "assad_departure", "deposed", True),
        # a name of the lexicon's own terms before a term is no other group's name
        ("Bashar al-Assad fled. Refugees return after the end of the Baath regime.", "state", "regime", True),
        ("Bashar al-Assad fled. Moscow criticised the Kyiv regime.", "state", "regime", False),
        # the family he belongs to is no other person
        (
            "Bashar al-Assad fled. The regime fell, ending five decades of rule by the Assad family.",
            "state",
            "regime",
            True,
        ),
        (
            "Bashar al-Assad is in Moscow. His brother Maher al-Assad has not been granted asylum.",
            "russia_act",
            "asylum",
            False,
        ),
    ],
)
def test_titles_own_names_and_namesakes(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms
