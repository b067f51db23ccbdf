"""Discovery rules of the labels-s20 pass (issue 12): a candidate's epithets as stand-ins, a surname alone
counting for its full name, a headline naming the main person, an adjective-tagged epithet in an apposition;
each with a case it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_discovery_rules import _found

LEAD = "Ana Vidal won the vote on Sunday. Vidal, a senator, thanked her staff. Vidal spoke at midnight. "


@pytest.mark.parametrize(
    "stand_in",
    ["the president-elect", "the rock-loving economist", "the newcomer", "the political outsider", "the libertarian"],
)
def test_a_candidates_epithet_stands_in_for_the_main_person(general, stand_in):
    found = _found(general, LEAD + f"Markets cheered {stand_in} on Monday.")
    assert (stand_in, "Ana Vidal") in [(label, actor) for label, actor, _how in found], found


def test_an_epithet_given_to_a_named_person_before_is_that_person(general):
    text = LEAD + "Prices will fall, said economist Tom Reyes. The economist expects a rally."
    found = [(label, actor) for label, actor, _how in _found(general, text)]
    assert ("The economist", "Tom Reyes") in found, found


def test_an_epithet_inside_a_quotation_is_no_label(general):
    found = _found(general, LEAD + '"The newcomer has no plan," said Tom Reyes.')
    assert not any(label == "The newcomer" for label, _actor, _how in found), found


def test_a_surname_alone_counts_for_its_full_name(general):
    # Ana Vidal is named in full once and by surname twice; Mark Stone in full twice: she is the main person.
    text = (
        "Ana Vidal won. Mark Stone conceded. Mark Stone left. Vidal thanked her staff. Vidal spoke. "
        "The newcomer promised cuts."
    )
    found = [(label, actor) for label, actor, _how in _found(general, text)]
    assert ("The newcomer", "Ana Vidal") in found, found


def test_a_place_in_the_possessive_is_not_counted_as_a_person(general):
    text = "Ana Vidal won. Chile's voters cheered. Chile's markets rose. Chile's banks gained. The newcomer spoke."
    found = [(label, actor) for label, actor, _how in _found(general, text)]
    assert ("The newcomer", "Ana Vidal") in found, found


def test_a_headline_names_the_main_person(general):
    text = (
        "Vidal freed on bail as aides admit fraud\n\n"
        "Ana Vidal was freed on Thursday. The former bank chief said nothing. "
        "Prosecutor Tom Reyes spoke. Reyes urged witnesses to come forward.\n\n"
        "Lawyers described the defendant as calm."
    )
    found = [(label, actor) for label, actor, _how in _found(general, text)]
    assert ("the defendant", "Ana Vidal") in found, found


def test_an_adjective_tagged_epithet_after_a_name_is_an_apposition(general):
    found = _found(general, "Tom Reyes won. For Ana Vidal, the beleaguered incumbent, the timing is bad.")
    assert ("the beleaguered incumbent", "Ana Vidal", "apposition") in found, found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ana Vidal, the self-styled anarcho-capitalist, won.", "the self-styled anarcho-capitalist"),
        ("Ana Vidal, the ex-minister, won.", "the ex-minister"),
    ],
)
def test_an_untagged_hyphenated_person_noun_makes_an_apposition(general, text, label):
    assert (label, "Ana Vidal", "apposition") in _found(general, text)


@pytest.mark.parametrize(
    "text",
    ["Ana Vidal, the much-delayed stop-start, was shut.", "Ana Vidal, the tree-lined state-run, was shut."],
)
def test_a_hyphenated_word_that_is_no_person_makes_no_apposition(general, text):
    assert not any(how == "apposition" for _label, _actor, how in _found(general, text))


def test_a_role_beside_a_politician_is_a_label(general):
    found = _found(general, "Markets fell.\n\nVidal's running mate, Tom Reyes, will preside over the Senate.")
    assert ("Vidal's running mate", "Tom Reyes", "apposition") in found, found


def test_a_compound_noun_tagged_as_a_verb_does_not_end_an_apposition(general):
    text = "Markets fell.\n\nPrices will fall, warned Tom Reyes, a Latin America expert at a London think tank."
    found = [label for label, _actor, _how in _found(general, text)]
    assert "a Latin America expert at a London think tank" in found, found


def test_a_verb_after_a_name_inside_an_apposition_still_ends_it(general):
    found = _found(general, "Jo Ruiz, a man police say fled, was held.")
    assert not any(label.startswith("a man police") for label, _actor, _how in found), found


def test_a_bare_office_after_the_same_unheld_office_is_its_holder(general):
    text = "Fires spread.\n\nThe senator traded insults with the state governor; the governor blamed the wind."
    found = [(label, actor) for label, actor, _how in _found(general, text)]
    assert ("the governor", "the state governor") in found, found


def test_a_bare_office_with_no_holder_is_still_no_label(general):
    found = _found(general, "Fires spread.\n\nThe governor blamed the wind.")
    assert not any(label.lower() == "the governor" for label, _actor, _how in found), found


def test_a_nationality_before_a_person_noun_is_no_designated_name(general):
    text = 'Ana Vidal spoke. Tom Reyes had called the Brazilian leader a "crook" before the vote.'
    found = _found(general, text)
    assert not any(how == "designation" and actor == "Brazilian" for _label, actor, how in found), found


def test_a_name_after_a_date_and_a_preposition_takes_its_apposition(general):
    text = "Bonds jumped on Monday after Ana Vidal, the radical free-market candidate, won the run-off."
    assert ("the radical free-market candidate", "Ana Vidal", "apposition") in _found(general, text)


def test_a_name_after_a_noun_and_a_preposition_still_leaves_the_clause_to_the_noun(general):
    found = _found(general, "One man from Tom Reyes, who was hurt, spoke.")
    assert not any(actor == "Tom Reyes" and how == "relative" for _label, actor, how in found), found


@pytest.mark.parametrize(("text", "label"), [("Flag-waving fans cheered.", "Flag-waving fans")])
def test_a_hyphenated_participle_characterises_a_plain_group(general, text, label):
    assert label in [lab for lab, _actor, _how in _found(general, "Markets rose.\n\n" + text)]


def test_an_uncharacterised_plain_group_is_still_no_label(general):
    found = _found(general, "Markets rose.\n\nFans cheered.")
    assert not any(label == "Fans" for label, _actor, _how in found), found


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Former president Tom Reyes, who governed from 2015 to 2019, did the rest.", False),
        ("Tom Reyes, who served as mayor between 2002 and 2009, spoke.", False),
        ("Ana Vidal, who has led the party since 2019, spoke.", True),
        ("Ana Vidal, who won in 2019, spoke.", True),
    ],
)
def test_a_term_of_office_with_both_years_is_history_one_year_is_not(general, text, relative):
    hows = [how for _label, _actor, how in _found(general, text)]
    assert ("relative" in hows) is relative, hows


@pytest.mark.parametrize(
    ("text", "found_it"),
    [
        ("Markets fell.\n\nTwo former colleagues pleaded guilty on Monday.", True),
        ("Markets fell.\n\nColleagues pleaded guilty on Monday.", False),
    ],
)
def test_colleagues_counted_or_characterised_and_acting_are_a_group(general, text, found_it):
    labels = [label.lower() for label, _actor, _how in _found(general, text)]
    assert any("colleagues" in label for label in labels) is found_it, labels


LULA = "Brazilian President Ana Vidal spoke on Sunday. "


@pytest.mark.parametrize(
    ("text", "label", "labelled"),
    [
        (LULA + 'Tom Reyes had called the Brazilian leader a "crook" in the campaign.', "the Brazilian leader", True),
        (LULA + "Tom Reyes was called a thug in the campaign.", "a thug", False),
    ],
)
def test_the_object_of_a_naming_verb_is_a_label_its_complement_is_not_a_category(general, text, label, labelled):
    found = [(lab, how) for lab, _actor, how in _found(general, text)]
    assert any(lab == label and how != "designation" for lab, how in found) is labelled, found


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        (LULA + 'Tom Reyes, who had called the Brazilian leader a "crook", left.', False),
        (LULA + "Tom Reyes, who was branded a traitor by the party, left.", True),
    ],
)
def test_a_relative_clause_naming_someone_else_is_no_label_on_its_subject(general, text, relative):
    found = _found(general, text)
    assert any(actor == "Tom Reyes" and how == "relative" for _lab, actor, how in found) is relative, found
