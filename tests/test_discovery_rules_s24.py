"""Discovery rules added after the labels-blind2 set (helper labels-s24), each with the cases it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_discovery_rules import _found

# --- a word of political position before a party's or a person's name --------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("The centre-right Democratic Alliance came second.", "centre-right", "Democratic Alliance"),
        ("The far-right Vanguard Party surged in the east.", "far-right", "Vanguard Party"),
        ("Smaller groups include the socially conservative Unity Front.", "socially conservative", "Unity Front"),
        ("The country's governing National Congress lost its majority.", "governing", "National Congress"),
        ("He joined the pro-business Liberal Party in May.", "pro-business", "Liberal Party"),
        ("Voters threw out conservative Tories across the region.", None, None),  # a verb's object, no opener
        ("The Conservative Party won the seat.", None, None),  # capitalised: part of the name
        ("The ruling was appealed by Mark Dunn.", None, None),  # a noun, not before a name
    ],
)
def test_a_position_word_before_a_name_is_its_label(general, text, label, actor):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "premodifier"]
    assert found == ([(label, actor)] if label else []), found


# --- relative clauses that tell history or another actor's relation ----------------------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The Alliance, which led the country out of minority rule in 1994, won 40 percent.", None),
        ("Jacob Zuma, who was forced to resign as head of state in 2018, has campaigned.", None),
        ("The Taliban, which took the capital in 2021, spoke.", None),
        ("Julius Malema, whose Freedom Front slipped to fourth, said his party would talk.", None),
        ("The Patriotic Alliance, whose leader Gayton McKenzie is a newcomer, signed.", None),
        # left alone: a state since a year, a future, a "whose" clause about the person's own
        ("Markus Braun, who has been in custody since 2020, denies it.", "who has been in custody"),
        ("Ahmed Said, who is expected to visit the capital in 2026, spoke.", "who is expected to visit the capital"),
        ("Umm Khaled, whose two sons vanished into prison in 2012, spoke.", "whose two sons vanished into prison"),
    ],
)
def test_a_dated_past_or_another_actors_clause_is_not_a_label(general, text, clause):
    found = [lab for lab, _act, how in _found(general, text) if how == "relative"]
    assert found == ([clause] if clause else []), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Economic Freedom Fighters won 39 seats.", None),  # the party's name ends on a group word
        ("Julius Malema said the Economic Freedom Fighters would talk.", None),
        ("Hundreds of rebel fighters entered the city.", "Hundreds of rebel fighters"),
        ("Rebel fighters entered the city on Sunday.", "Rebel fighters"),  # the sentence's first word
    ],
)
def test_a_group_word_that_ends_a_name_is_not_a_category_label(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "other"]
    assert found == ([label] if label else []), found


# --- appositions: "The ring's leader, X,", "X, then chancellor,", "Its commander-in-chief, X," ---------------


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("The ring's leader, Orlin Roussev, had already pleaded guilty.", "The ring's leader", "Orlin Roussev"),
        ("The party's treasurer, Ann Lee, resigned on Friday.", "The party's treasurer", "Ann Lee"),
        ("Angela Merkel, then chancellor, had raised the bid.", "then chancellor", "Angela Merkel"),
        ("Dora Vale, now ambassador, declined to comment.", "now ambassador", "Dora Vale"),
        ("Its commander-in-chief, Julius Malema, wants land reform.", "Its commander-in-chief", "Julius Malema"),
        ("He told the party's treasurer, Ann Lee, to go.", None, None),  # a verb's object, not the clause's start
        ("Angela Merkel, then, said nothing.", None, None),  # "then" alone: no office
    ],
)
def test_appositions_with_an_owner_a_date_or_an_in_chief_title(general, text, label, actor):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "apposition"]
    assert found == ([(label, actor)] if label else []), found


# --- predicates after an adverb ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Alliance is now the weaker partner in the government.", "the weaker partner in the government"),
        ("Mark Dunn is still a member of the board.", "a member of the board"),
        ("Critics say Moscow is now a safe haven for fallen strongmen.", None),  # a place
        ("Mark Dunn is not the weaker partner.", None),  # negated
    ],
)
def test_a_predicate_after_now_or_still_is_a_label(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "predicate"]
    assert found == ([label] if label else []), found


# --- stand-ins: "The Austrian, …", "The 82-year-old's …" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Markus Braun went on trial. The Austrian, who has been in custody since 2020, denies it.", "The Austrian"),
        ("Markus Braun went on trial. The Austrian denies the charges.", "The Austrian"),
        ("Markus Braun went on trial. The Austrian government denies it.", None),  # a modifier
        ("Markus Braun went on trial, and the Austrian lawyer Ann Lee spoke.", None),
        ("Jacob Zuma was pushed out. The 82-year-old's new party stunned the country.", "The 82-year-old's"),
        ("Jacob Zuma was pushed out. An 82-year-old's car was hit.", None),  # someone else
    ],
)
def test_a_nationality_or_a_possessive_age_stands_in_for_the_main_person(general, text, label):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "other"]
    main = "Markus Braun" if "Braun" in text else "Jacob Zuma"
    assert found == ([(label, main)] if label else []), found


# --- "Its leader, X, is a …"; "ORG, led by X,"; rivals and fugitives ------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Its leader, President Cyril Ramaphosa, is a trade unionist turned businessman.", "a trade unionist"),
        ("The firm's founder, Ann Lee, is a former banker.", "a former banker"),
        ("Ann Lee, Mark Dunn and Tom Reyes, is a list.", None),  # a list, not an apposition before the name
        ("Ann Lee is, by most accounts, a former banker.", None),  # the comma is not after an apposition
    ],
)
def test_a_predicate_after_an_apposition_before_the_name(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "predicate"]
    assert [f[: len(label)] for f in found] == [label] if label else found == [], found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Democratic Alliance, led by John Steenhuisen, won 87 seats.", None),  # who leads it
        ("The Unity Front, headed by Ann Lee, signed first.", None),
        ("The Northern Brigade, backed by Ankara, took the town.", "backed by Ankara"),  # still a label
        ("The Northern Brigade, led by former officers, took the town.", "led by former officers"),  # no name
    ],
)
def test_led_by_a_named_person_is_not_a_label_on_the_body(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "apposition"]
    assert found == ([label] if label else []), found


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("His old enemy Ramaphosa must now cut a deal.", "His old enemy", "Ramaphosa"),
        ("Her arch-rival Ann Lee conceded on Sunday.", "arch-rival", "Ann Lee"),  # "Her" read as a pronoun
        ("Mark Dunn met the enemy at dawn.", None, None),  # no name after it
        ("Mark Dunn praised his old friend Ann Lee.", None, None),  # a friend is a relation, not listed
    ],
)
def test_a_rival_noun_before_a_name_is_a_label(general, text, label, actor):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "premodifier"]
    assert found == ([(label, actor)] if label else []), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jan Marsalek fled in June. Police say the fugitive is in Moscow.", "the fugitive"),
        ("Jan Marsalek fled in June. Police say a fugitive is in Moscow.", None),  # anyone
    ],
)
def test_the_fugitive_stands_in_for_the_main_person(general, text, label):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "other"]
    assert found == ([(label, "Jan Marsalek")] if label else []), found


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("Writing for the majority, Justice Leona Theron found the ban lawful.", "Justice", "Leona Theron"),
        ("Justice Minister Ann Lee resigned.", "Justice Minister", "Ann Lee"),
        ("The Justice Department said it would appeal.", None, None),  # a body named after an office
        ("The Defence Ministry said it would appeal.", None, None),
        ("He called for justice for the victims.", None, None),
    ],
)
def test_justice_is_a_judges_title_but_not_before_a_body(general, text, label, actor):
    found = [(lab, act) for lab, act, how in _found(general, text) if how == "title"]
    assert found == ([(label, actor)] if label else []), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jan Marsalek, an Austrian wanted by German police since 2020, fled.", "an Austrian wanted by German police"),
        ("Ann Lee, an American based in Kyiv, said nothing.", "an American based in Kyiv"),
        ("Rosa Diaz, a Spaniard, waved.", "a Spaniard"),
        ("The talks, a Russian initiative, failed.", None),  # a thing, not a named actor
        ("Ali Khan, an Israeli official confirmed, was held.", None),  # a new clause with its own subject
        ("Kyiv, a Ukrainian city, was hit.", None),  # a place
    ],
)
def test_a_nationality_opens_an_apposition_on_a_person(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "apposition"]
    assert found == ([label] if label else []), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Alliance, long dismissed by rivals as a party of the suburbs, voted.", "a party of the suburbs"),
        ("Ann Lee was described by colleagues as a tireless organiser.", "a tireless organiser"),
        ("Ann Lee, widely regarded as a reformer, spoke.", "regarded as a reformer"),
        ("The group, listed by Washington, is banned.", None),  # an agent and no "as": nothing to pin
        ("Ann Lee was dismissed by the board on Friday.", None),  # fired, not designated
    ],
)
def test_a_designation_with_its_agent_before_as(general, text, label):
    found = [lab for lab, _act, how in _found(general, text) if how == "designation"]
    assert found == ([label] if label else []), found
