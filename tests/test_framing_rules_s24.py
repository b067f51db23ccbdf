"""Framing rules from the second Syria blind set: history by clause, another place or group, a denied act, a
removed designation, a possessive of the lexicon's own place, and the general vocabulary added for them.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze
from analysis.stages.framing_context import event_year
from tests.test_framing_rules_s22 import _terms  # (the lexicon fixture, conftest: syria-2024)


def _has(terms, family: str, word: str) -> bool:
    return any(f == family and word.lower() in s.lower() for f, s in terms)


def test_the_lexicon_dates_its_event(lexicon):
    assert event_year(lexicon.data) == 2024
    assert event_year({"meta": {}}) is None


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # an old year dates its own clause, and what follows it in the sentence
        (
            "Bashar al-Assad left Damascus on a Russian jet, ending a rule that began when his father, Hafez "
            "al-Assad, seized power in a 1970 coup.",
            "assad_departure",
            "left Damascus",
            True,
        ),
        (
            "Bashar al-Assad left Damascus on a Russian jet, ending a rule that began when his father, Hafez "
            "al-Assad, seized power in a 1970 coup.",
            "event",
            "seized",
            False,
        ),
        (
            "When his father died in 2000, Bashar al-Assad became president in a referendum.",
            "assad_title",
            "president",
            False,
        ),
        # a sentence whose years are all before the event's year is history, even with no later year in the text
        (
            "Beijing hosted the Syrian leader, Bashar al-Assad, in Hangzhou in September 2023.",
            "assad_title",
            "Syrian leader",
            False,
        ),
        # a year of the event itself is not history
        ("Syrian leader Bashar al-Assad fled to Moscow in December 2024.", "assad_departure", "fled", True),
    ],
)
def test_history_is_dated_by_clause(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # another place captured, another group's fighters or designation
        ("Bashar al-Assad fled after the rebels captured Aleppo and Hama.", "event", "captured", False),
        ("Bashar al-Assad fled after the rebels captured the capital.", "event", "captured", True),
        (
            "Bashar al-Assad fled. Thousands of fighters of the Turkistan Islamic Party remain in Idlib.",
            "fighters",
            "fighters",
            False,
        ),
        (
            "Bashar al-Assad fled. Thousands of fighters of Hayat Tahrir al-Sham entered Damascus.",
            "fighters",
            "fighters",
            True,
        ),
        (
            "Bashar al-Assad fled. Ankara blames the PKK, which Turkey lists as a terrorist organisation.",
            "fighters",
            "terrorist",
            False,
        ),
        (
            "Bashar al-Assad fled. Moscow still bans HTS, which Russia lists as a terrorist organisation.",
            "fighters",
            "terrorist",
            True,
        ),
        # a possessive of the lexicon's own place is not another group's name
        ("Bashar al-Assad fled. Diplomats met Syria's new rulers in Damascus.", "fighters", "new rulers", True),
        ("Bashar al-Assad fled. Diplomats met Hezbollah's new leaders in Beirut.", "fighters", "new leaders", False),
    ],
)
def test_another_place_or_group(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # a negation governing the act, with only words of intending between
        (
            "Bashar al-Assad said he did not intend to step down or seek refuge abroad.",
            "assad_departure",
            "step down",
            False,
        ),
        ("Bashar al-Assad said he did not intend to step down or seek refuge abroad.", "russia_act", "refuge", False),
        ("Bashar al-Assad insisted he had never fled.", "assad_departure", "fled", False),
        # no negation on the act: counted
        ("Bashar al-Assad did not say goodbye; he fled to Moscow.", "assad_departure", "fled", True),
        ("Bashar al-Assad decided to step down and left for Moscow.", "assad_departure", "step down", True),
        ("Nobody was told before Bashar al-Assad fled.", "assad_departure", "fled", True),
    ],
)
def test_a_denied_act_is_not_a_term(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a removed designation does not call the group terrorist
        ("Bashar al-Assad fled. In July Washington revoked the designation of HTS as a terrorist organisation.", False),
        ("Bashar al-Assad fled. Russia still lists HTS, but took the Taliban off its list of terrorist groups.", False),
        ("Bashar al-Assad fled. London removed HTS from its list of proscribed terrorist organisations.", False),
        # a removal refused, or none: the designation stands
        ("Bashar al-Assad fled. Washington will not lift the terrorism designation of HTS yet.", True),
        ("Bashar al-Assad fled. Russia still lists HTS as a terrorist organisation.", True),
        ("Bashar al-Assad fled. The UK proscribed HTS in 2017 as an alias of al-Qaeda.", True),
    ],
)
def test_a_removed_designation_is_not_a_label(lexicon, text, counted):
    terms = _terms(lexicon, text)
    assert any(f == "fighters" and ("terror" in s.lower() or "qaeda" in s.lower()) for f, s in terms) is counted, terms


@pytest.mark.parametrize(
    ("text", "family", "span"),
    [
        ("Bashar al-Assad says Moscow organised his evacuation from the base.", "assad_departure", "evacuation"),
        ("Officials say Bashar al-Assad's exit was planned for days.", "assad_departure", "exit"),
        ("Bashar al-Assad fled. Mohammed al-Bashir leads a caretaker government.", "fighters", "caretaker government"),
        ("Bashar al-Assad fled as rebels reached the capital.", "event", "reached the capital"),
        ("Bashar al-Assad fled as militants entered the Syrian capital.", "event", "entered the Syrian capital"),
    ],
)
def test_new_syria_vocabulary_is_found(lexicon, text, family, span):
    assert _has(_terms(lexicon, text), family, span), _terms(lexicon, text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Bashar al-Assad fled. For years the West called for regime change in Syria.", False),
        ("Bashar al-Assad fled as the regime crumbled.", True),
    ],
)
def test_regime_change_is_a_set_phrase(lexicon, text, counted):
    assert _has(_terms(lexicon, text), "state", "regime") is counted, _terms(lexicon, text)


def test_a_relative_clause_of_learning_is_not_a_label(lexicon):
    text = (
        "Bashar al-Assad fled without telling his prime minister, Mohammed al-Jalali, who learned of his flight later."
    )
    report = analyze(Article(id="t", text=text), lexicon)
    assert not any("learned" in a.span.text for a in report.framing.actor_labels)
    assert _has(_terms(lexicon, text), "assad_departure", "flight")


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # "since YEAR" reaches the present: not history
        (
            "Bashar al-Assad fled to Moscow. Russia has been the former president's main backer since 2015.",
            "assad_title",
            "former president",
            True,
        ),
        ("Bashar al-Assad became president in 2000.", "assad_title", "president", False),
        # a removal wished or announced, not made: the designation still stands
        (
            "Bashar al-Assad fled. Ahmed al-Sharaa said HTS should be removed from the lists of terrorist groups.",
            "fighters",
            "terrorist",
            True,
        ),
        (
            "Bashar al-Assad fled. Washington announced its intent to revoke the terrorist designation of HTS.",
            "fighters",
            "terrorist",
            True,
        ),
        ("Bashar al-Assad fled. Washington revoked the terrorist designation of HTS.", "fighters", "terrorist", False),
    ],
)
def test_since_and_unrealised_removals(lexicon, text, family, word, counted):
    terms = _terms(lexicon, text)
    assert _has(terms, family, word) is counted, terms


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a list of names before the designating verb: the term is about HTS, not about the first name
        (
            "Bashar al-Assad fled. The United States, the European Union and Turkey list HTS as a terrorist organisation.",
            True,
        ),
        # a relative clause on another group, past a list of names
        (
            "Bashar al-Assad fled. Turkey fights the Kurdistan Workers' Party (PKK), which Ankara, the US and the EU "
            "list as a terrorist organisation.",
            False,
        ),
    ],
)
def test_a_list_of_names_is_not_an_apposition(lexicon, text, counted):
    assert _has(_terms(lexicon, text), "fighters", "terrorist") is counted, _terms(lexicon, text)


def test_an_apposition_is_still_read(lexicon):
    text = "Bashar al-Assad fled. Ahmed al-Sharaa, the leader of HTS and Syria's interim president, spoke in Damascus."
    labels = analyze(Article(id="t", text=text), lexicon).framing.actor_labels
    assert any(a.how == "apposition" and a.label.startswith("the leader of HTS") for a in labels), labels


@pytest.mark.parametrize(
    ("text", "word", "counted"),
    [
        # a year in the attribution after a quotation, or in a relative clause on someone else, dates only that
        (
            "Bashar al-Assad fled. “The oppressor has run away,” said a grocer who came to Türkiye in 2013.",
            "run away",
            True,
        ),
        # an old year before the term, in its sentence, still dates it
        ("When the uprising began in 2011, Bashar al-Assad refused to step down.", "step down", False),
    ],
)
def test_quotation_and_relative_clauses_end_a_dated_clause(lexicon, text, word, counted):
    assert _has(_terms(lexicon, text), "assad_departure", word) is counted, _terms(lexicon, text)


@pytest.mark.parametrize(
    ("text", "family", "word", "counted"),
    [
        # a name with a nationality's ending is a nationality only if it is a country plus the ending
        (
            "Bashar al-Assad fled. The victory was cheered by the Taliban terrorist organization.",
            "fighters",
            "terrorist",
            False,
        ),
        ("Bashar al-Assad fled as Syrian rebels took the airport.", "fighters", "rebels", True),
        ("Bashar al-Assad fled. Iraqi militants crossed the border.", "fighters", "militants", True),
        # "none" / "nobody" deny the act too
        ("Bashar al-Assad fled. The workers were flown home; none had sought asylum.", "russia_act", "asylum", False),
        ("Bashar al-Assad fled to Moscow, where he had sought asylum.", "russia_act", "asylum", True),
    ],
)
def test_nationality_endings_and_none(lexicon, text, family, word, counted):
    assert _has(_terms(lexicon, text), family, word) is counted, _terms(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bashar al-Assad fled. The Takfiri militants now hold the capital.",
        "Bashar al-Assad fled. Sunni rebels now hold the capital.",
    ],
)
def test_adjectives_with_other_endings_stay_nationalities(lexicon, text):
    assert any(f == "fighters" for f, _s in _terms(lexicon, text)), _terms(lexicon, text)
