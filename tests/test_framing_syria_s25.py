"""Framing rules and lexicon entries from the fourth Syria blind set (helper s25-syria): an office after "as", a
wish to leave, somebody else's departure noun, a terror word with its examples, a relative clause's object, the
end of something other than a rule, the family's regime, and the general synonyms added to syria-2024 (his
government in the possessive, "the former government", "dictatorship", "left office", "transitional
authorities", the possessive fall of the state, the fall of the man under his full name).

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)
from tests.test_framing_rules_s24 import _has

OFFICES_WISHES_DEPARTURES = [
    # an office word after "as" names the post, not a title pinned on him
    ("Bashar al-Assad decided to step down as president and left.", "assad_title", "president", False),
    ("Bashar al-Assad was sworn in as president in Damascus.", "assad_title", "president", False),
    ("President Bashar al-Assad left the country.", "assad_title", "President", True),
    ("The rebels advanced as President Bashar al-Assad fled.", "assad_title", "President", True),
    ("Bashar al-Assad, the Syrian leader, left the country.", "assad_title", "Syrian leader", True),
    # a wish or a plan to leave is no departure
    (
        "Bashar al-Assad fled. Nationals who wish to leave Syria can call the embassy.",
        "assad_departure",
        "leave",
        False,
    ),
    ("Bashar al-Assad fled. The embassy plans to leave the country by Friday.", "assad_departure", "leave", False),
    ("Bashar al-Assad decided to leave the country on Sunday.", "assad_departure", "leave", True),
    ("Bashar al-Assad was forced to leave the country.", "assad_departure", "forced", True),
    # a proper name right before the departure, none of his, is the one who left
    ("Bashar al-Assad fled. Maher fled to Iraq by helicopter.", "assad_departure", "fled to", False),
    ("Bashar al-Assad fled. His brother Maher later fled to Iraq.", "assad_departure", "fled to", False),
    ("Bashar al-Assad had fled to Moscow by dawn.", "assad_departure", "fled", True),
    ("Bashar al-Assad is gone. The President fled to Moscow.", "assad_departure", "fled", True),
    ("Bashar al-Assad spoke. Moscow evacuated him from Hmeimim.", "assad_departure", "evacuated", True),
    # a departure noun of somebody else
    (
        "Bashar al-Assad fled. The minister ordered the safe evacuation of Pakistanis from Syria.",
        "assad_departure",
        "evacuation",
        False,
    ),
    (
        "Bashar al-Assad fled. Aid groups planned the evacuation of civilians.",
        "assad_departure",
        "evacuation",
        False,
    ),
    ("Bashar al-Assad fled. Moscow arranged the evacuation of Assad.", "assad_departure", "evacuation", True),
    ("Bashar al-Assad fled. Moscow arranged his evacuation from Hmeimim.", "assad_departure", "evacuation", True),
]


TERROR_EXAMPLES_RELATIVES = [
    # a terror word followed by examples that are none of the lexicon's actors is about those
    (
        "Bashar al-Assad fled. Terrorist groups such as the Islamic State may regroup.",
        "fighters",
        "Terrorist",
        False,
    ),
    ("Bashar al-Assad fled. Terrorist groups like Al-Shabaab watch closely.", "fighters", "Terrorist", False),
    ("Bashar al-Assad fled. Terrorist groups such as HTS now rule Damascus.", "fighters", "Terrorist", True),
    ("Bashar al-Assad fled. Moscow still calls HTS a terrorist group.", "fighters", "terrorist group", True),
    # a relative clause on another name reaches a term as its predicate, not as the object of an act
    (
        "Bashar al-Assad fled. For Türkiye, which backed the opposition from the start, it paid off.",
        "fighters",
        "opposition",
        True,
    ),
    (
        "Bashar al-Assad fled. Ankara blames the PKK, which Turkey lists as a terrorist organisation.",
        "fighters",
        "terrorist organisation",
        False,
    ),
    (
        "Bashar al-Assad fled. Hezbollah, which sent fighters to Qusayr, pulled them back.",
        "fighters",
        "fighters",
        False,
    ),
]


ENDS_FAMILY_REGIME = [
    # the end of something other than a rule: a preposition after the object closes it
    (
        "Bashar al-Assad fled. The victory ended thirteen years of resistance against his rule.",
        "event",
        "ended",
        False,
    ),
    (
        "Bashar al-Assad was ousted, ending more than half a century of Baath Party rule.",
        "event",
        "ending",
        True,
    ),
    ("Bashar al-Assad fled. The rebels put an end to Assad's rule.", "event", "end", True),
    ("Bashar al-Assad fled. By the end of the year the talks ended.", "event", "end", False),
    # the family's regime is his state; the family's flight stays the namesake's
    ("Bashar al-Assad fled. The Assad family dictatorship crumbled.", "state", "dictatorship", True),
    ("Bashar al-Assad fled. The Assad family regime lasted 53 years.", "state", "regime", True),
    ("Bashar al-Assad is in Moscow. Hafez al-Assad regime files were opened.", "state", "regime", False),
]


GENERAL_SYNONYMS = [
    # his government in the possessive, the former government, the dictatorship
    ("Bashar al-Assad fled. Assad's government had tortured thousands.", "state", "Assad's government", True),
    ("Bashar al-Assad fled. Abuses by the former government were documented.", "state", "former government", True),
    ("Bashar al-Assad fled. The end of the Assad dictatorship opened a door.", "state", "dictatorship", True),
    ("Bashar al-Assad fled. Putin's government said nothing.", "state", "government", False),
    ("Bashar al-Assad fled. The new government met in Damascus.", "state", "government", False),
    # the fall of the state, in the possessive or with his name inside, is what happened in Damascus
    ("Bashar al-Assad fled. A year after the former government's fall, courts opened.", "event", "fall", True),
    ("Bashar al-Assad fled. The fall of Bashar al-Assad's government shocked Tehran.", "event", "fall", True),
    (
        "Bashar al-Assad fled. The fall of Bashar al-Assad's government shocked Tehran.",
        "assad_departure",
        "fall",
        False,
    ),
    ("Bashar al-Assad fled. Nationals are safe after fall of Assad regime.", "event", "fall of Assad regime", True),
    ("Bashar al-Assad fled. Nationals are safe after fall of Assad regime.", "assad_departure", "fall", False),
    ("Bashar al-Assad fled. The Syrian pound's fall worried traders.", "event", "fall", False),
    # the fall of the man under his full name is how he left
    ("Instability after the fall of Bashar al-Assad could spread.", "assad_departure", "fall", True),
    ("Instability after the fall of Bashar al-Assad could spread.", "event", "fall", False),
    # leaving office, slipping away, the peaceful transfer of power, the transitional authorities
    ("Bashar al-Assad left office on Sunday.", "assad_departure", "left office", True),
    ("Bashar al-Assad fled. Joe Biden left office in January.", "assad_departure", "left office", False),
    ("Nobody came, and Bashar al-Assad slipped away to Moscow.", "assad_departure", "slipped away", True),
    (
        "Bashar al-Assad left, giving instructions for a peaceful transfer of power.",
        "assad_departure",
        "peaceful transfer of power",
        True,
    ),
    ("Bashar al-Assad fled. The transitional authorities opened archives.", "fighters", "transitional", True),
    # the handover of power in the passive
    (
        "Bashar al-Assad resigned and gave instructions for power to be handed over peacefully.",
        "assad_departure",
        "power to be handed over",
        True,
    ),
    ("Bashar al-Assad fled. In 2012 power was transferred in Yemen.", "assad_departure", "power was", False),
]


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    OFFICES_WISHES_DEPARTURES + TERROR_EXAMPLES_RELATIVES + ENDS_FAMILY_REGIME + GENERAL_SYNONYMS,
)
def test_syria_s25_rules(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms
