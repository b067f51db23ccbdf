"""Discovery rules added after the labels-blind3 set (helper labels3-s24), each with the cases it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_discovery_rules import _found

# --- a relative clause that reports an act of the story is not a label -------------------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Omar Haddad, who fled to Moscow, kept offices in the north.", None),
        ("Ruritania, which sheltered him after his escape, still lists the group.", None),
        ("President Ana Ruiz, who has clashed with Haddad online, called the result sad.", None),
        ("Mark Dunn, who travelled to the capital to march, spoke.", None),
        ("Lena Ortiz, who was on her way to the embassy when police stopped her, denies it.", None),
        ("Paul Kim, who later praised the verdict, left.", None),
        # left alone: what the actor is, a state, a role the clause names, something done to the actor
        ("The Front, which is a militia, spoke.", "which is a militia"),
        ("Omar Haddad, who is now held at a police base, denies it.", "who is now held at a police base"),
        ("Sam Ortega, who ran the trading firm with her, left in August.", "who ran the trading firm with her"),
        ("Anna Novak, who was met by the mayor, spoke.", "who was met by the mayor"),
    ],
)
def test_a_relative_clause_reporting_an_act_is_not_a_label(general, text, clause):
    found = [lab for lab, _act, how in _found(general, text) if how == "relative"]
    assert found == ([clause] if clause else []), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("After Paris and Rome, who still calls the Front a terrorist group?", None),  # a question
        ("Who calls the Front a terrorist group? Ruritania does.", None),
        ("Mexico still calls Castillo the legitimate head of state.", "the legitimate head of state"),
        ("Rome calls the Front a terrorist group.", "a terrorist group"),
    ],
)
def test_a_designation_asked_in_a_question_is_no_designation(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "designation"]
    assert found == ([label] if label else []), found


# --- "one" + a word for a person who acts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("One City insider called the firm a casino.", "One City insider"),
        ("One man was arrested in Malibu.", "One man"),
        ("Police said one official resigned on Monday.", None),  # a reported clause: "said" before "one"
        ("Trump wounded; gunman and one spectator dead", None),  # a victim
        ("One spectator died at the scene.", None),
        ("It is not a story about one young man.", None),  # a preposition's object
        ("One of the women was jailed.", None),
        ('"We were fooled," one Frankfurt fund manager said.', None),  # a quotation's speaker
        ('"It is over," said one road-blocker outside the town.', None),
        ("One woman sobbed: nobody came.", None),
        ("One report said the bank failed.", None),  # not a person
        ("One day later, the bank failed.", None),
    ],
)
def test_one_unnamed_person_who_acts_is_labelled(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "other" and lab.lower().startswith("one")]
    assert found == ([label] if label else []), found


# --- an age stands in for a person, never for a firm ---------------------------------------------------------


def test_an_age_stand_in_goes_to_a_person_not_to_the_firm_named_most(general):
    text = (
        "Orion Bank failed on Friday. Orion had sold bonds at a loss. Orion shares fell. "
        "Chief executive Greg Hollis asked clients to stay calm. The 55-year-old sold shares in February."
    )
    found = [(lab, act) for lab, act, _how in _found(general, text) if lab == "The 55-year-old"]
    assert found == [("The 55-year-old", "Greg Hollis")], found


def test_an_age_stand_in_still_goes_to_the_person_given_that_age(general):
    text = "Chief executive Greg Hollis spoke. Ana Ruiz, 41, a trader, left. The 41-year-old was fined."
    found = [(lab, act) for lab, act, _how in _found(general, text) if lab == "The 41-year-old"]
    assert found == [("The 41-year-old", "Ana Ruiz")], found


# --- appositions: "one of the …", after "X of PLACE", before a name as a verb's object, a rank + party --------


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        (
            "Gwede Mantashe, one of the top officials in the party, spoke.",
            "one of the top officials in the party",
            "Gwede Mantashe",
        ),
        (
            "Ana Ruiz, one of the best-known traders in the city, pulled out.",
            "one of the best-known traders in the city",
            "Ana Ruiz",
        ),
        (
            "Senator Tim Scott of South Carolina, the committee's top Republican, said no.",
            "the committee's top Republican",
            "Tim Scott",
        ),
        ("Maria Lopez, the party's most senior Democrat, spoke.", "the party's most senior Democrat", None),
        ("Peru declared Mexico's ambassador, Pablo Monroy, persona non grata.", "Mexico's ambassador", "Pablo Monroy"),
        ("The ring's leader, Orlin Roussev, spoke.", "The ring's leader", "Orlin Roussev"),
        # left alone: a count, a place's description, a preposition's object, a participle's object
        ("Markus Braun, one of 12 defendants, spoke.", None, None),
        ("She flew to Lima, the bustling Peruvian capital, on Monday.", None, None),
        ("According to the Russian Foreign Ministry, Assad left.", None, None),
        ("A rifle was fired from a roof overlooking the stage in Butler, Pennsylvania, at six.", None, None),
    ],
)
def test_more_appositions(general, text, label, actor):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "apposition"]
    assert [lab for lab, _act in found] == ([label] if label else []), found
    if actor:
        assert [act for _lab, act in found] == [actor], found


# --- a time phrase after a comma is no apposition; "the banker" stands in for the story's banker -------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("He is holed up in a penthouse above Moscow, a year after he fled from home.", None),
        ("Ana Ruiz, two weeks after the vote, resigned.", None),
        ("Ana Ruiz, days later, resigned.", None),
        ("Ana Ruiz, a trader, resigned.", "a trader"),
        ("Ana Ruiz, the day's big loser, resigned.", "the day's big loser"),
    ],
)
def test_a_time_phrase_after_a_comma_is_no_apposition(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "apposition"]
    assert found == ([label] if label else []), found


@pytest.mark.parametrize(
    ("text", "found_label"),
    [
        (
            "Greg Hollis, the former chief of Orion Bank, testified. It was the first appearance by the ousted banker.",
            True,
        ),
        ("Greg Hollis, the former chief of Orion Bank, testified. The financier declined to comment.", True),
        ("The bank said it was sound. Customers asked a banker for help.", False),  # "a banker": anyone
    ],
)
def test_the_banker_stands_in_for_the_story_s_banker(general, text, found_label):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "other"]
    hits = [act for lab, act in found if lab.lower().endswith(("banker", "financier"))]
    assert hits == (["Greg Hollis"] if found_label else []), found


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("His father Hafez, who ran the country for thirty years before him, died in 2000.", None),
        ("Sam Ortega, who ran the trading firm before her, left.", None),
        # left alone: not a past term ending on "before him"
        ("Anna Ruiz, who served before him as mayor, spoke.", "who served before him as mayor"),
        ("Anna Ruiz, who will speak before him, left.", "who will speak before him"),
        ("Sam Ortega, who ran the trading firm with her, left.", "who ran the trading firm with her"),
    ],
)
def test_a_predecessors_term_in_a_relative_clause_is_history(general, text, clause):
    found = [lab for lab, _act, how in _found(general, text) if how == "relative"]
    assert found == ([clause] if clause else []), found
