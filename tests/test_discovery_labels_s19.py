"""Discovery rules of the labels-s19 pass (issue 12): offices of law, party appositions, pronoun predicates,
casting designations, reported relative clauses and denied labels, each with a case it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.test_discovery_rules import _found, _labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("County Sheriff Dana Holt said the road was closed.", "County Sheriff"),
        ("District Attorney Lena Ruiz filed the charges.", "District Attorney"),
        ("Parliament Speaker Omar Bello adjourned the session.", "Parliament Speaker"),
        ("President-elect Maria Tov met the envoys.", "President-elect"),
    ],
)
def test_offices_of_law_and_legislature_are_titles(general, text, label):
    assert label in _labels(general, text)


def test_a_party_noun_and_an_office_phrase_are_appositions(general):
    found = _labels(general, "Ruiz, a Democrat, said the Attorney's office would appeal.")
    assert "a Democrat" in found, found
    found = _labels(general, "Lena Ruiz, the U.S. Attorney for the Eastern District, said it was sealed.")
    assert "the U.S. Attorney for the Eastern District" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale, who has said he never saw the accounts, declined to comment.",
        "Mayor Ana Pires, who was in Lisbon when the storm hit, flew back.",
    ],
)
def test_a_relative_clause_that_reports_a_statement_or_a_whereabouts_is_no_label(general, text):
    assert not any(how == "relative" for _label, _actor, how in _found(general, text))


def test_a_denied_category_is_no_label(general):
    assert "a mob" not in _labels(general, "The people in the square were not a mob.")


def test_a_predicate_after_a_pronoun_is_a_label_on_the_person(general):
    text = "Banker Tom Vale, 41, ran the fund. He was a disciple of an old creed. He was a long way from home."
    found = _found(general, text)
    assert ("a disciple of an old creed", "Tom Vale", "predicate") in found, found
    assert not any(label.startswith("a long way") for label, _a, _h in found), found


def test_casting_a_stand_in_or_a_pronoun_is_a_designation(general):
    text = (
        "Banker Tom Vale, 41, ran the fund. Critics portrayed the tycoon as a reckless gambler. "
        "He was presented by the press as a genius. Some outlets described the incident as a misunderstanding."
    )
    found = {(label, how) for label, _a, how in _found(general, text)}
    assert ("as a reckless gambler", "designation") in found, found
    assert ("as a genius", "designation") in found, found
    assert not any(label == "as a misunderstanding" for label, _h in found), found  # a thing, not a person


def test_a_qualified_lower_case_office_with_no_holder_is_its_own_mention(general):
    found = _found(general, "Residents booed the state governor on Friday.")
    assert ("the state governor", "the state governor", "other") in found, found
    assert not any(label == "the king" for label, _a, _h in _found(general, "Residents booed the king on Friday."))


def test_a_role_pretended_is_no_label(general):
    found = _labels(general, "Police caught a man dressed as a firefighter and charged him with impersonating a nurse.")
    assert "a firefighter" not in found and "a nurse" not in found, found


def test_a_stand_in_naming_the_body_of_a_title_given_earlier_is_that_person(general):
    text = "Acme founder Rita Lowe was charged. The former Acme chief denies fraud. The Kremlin spokesman said nothing."
    found = _found(general, text)
    assert ("The former Acme chief", "Rita Lowe", "other") in found, found
    assert not any(label.startswith("The Kremlin") for label, _a, _h in found), found


def test_an_apposition_before_a_labelled_name(general):
    found = _found(general, "Its best-known thinker, the philosopher Ian Marsh, had steered him there.")
    assert ("Its best-known thinker", "Ian Marsh", "apposition") in found, found
