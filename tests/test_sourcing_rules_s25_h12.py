"""Sourcing rules from the real pages read for holdout 12 (contested election counts, airport snow closures, a
handset maker's dispute with an analyst, medical-device results, journal-study roundups, football injuries) and the
misses of its untuned score: each rule with look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from tests.sourcing_rows import read as _read
from tests.sourcing_rows import sources as _sources

# Election results, lawsuits and pooled studies as documents (data: document_heads).
DOCUMENT_ROWS = [
    ("Official results released on Monday said the governor took 61% of the vote.", {("document", "Official results")}),
    ("Provisional results show the ruling party ahead in six regions.", {("document", "Provisional results")}),
    ("The meta-analysis noted that two cups a day were linked with a lower risk.", {("document", "meta-analysis")}),
    ("The second suit, filed in March, alleges that the bank hid its losses.", {("document", "second suit")}),
    # ... not the same words as things, nor results with no verb of saying
    ("The results were a blow to the ruling party.", set()),
    ("He wore a grey suit to the hearing.", set()),
    ("The party celebrated the results late into the night.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_ROWS)
def test_results_suits_and_meta_analyses_are_documents(text, expected):
    assert _sources(text) == expected


# Forecasters and a study's authors or researchers as collective sources (data: anonymous_heads).
COLLECTIVE_ROWS = [
    ("Forecasters warned that the river could burst its banks by Friday.", {("anonymous", "Forecasters")}),
    ("Meteorologists said the storm would weaken overnight.", {("anonymous", "Meteorologists")}),
    ("The authors cautioned that most of the data were self-reported.", {("anonymous", "authors")}),
    ("Researchers said the effect was small.", {("anonymous", "Researchers")}),
    # ... a named researcher keeps the name, and forecasters with no speech are no source
    ("Lead researcher Dr. Ana Ruiz said the effect was small.", {("named", "Ana Ruiz")}),
    ("Forecasters expect rain in the west.", set()),
    ("The authors of the letter met the mayor on Tuesday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_ROWS)
def test_forecasters_and_study_authors_are_anonymous_collectives(text, expected):
    assert _sources(text) == expected


# A roads agency's name (data: organization_heads).
HIGHWAYS_ROWS = [
    ("The M4 is running freely, National Highways said.", {("organization", "National Highways")}),
    ("Lanes will reopen by noon, the Department of Highways said.", {("organization", "Department of Highways")}),
    # ... not a person whose surname is a road word
    ("The road is clear, Tom Lane said.", {("named", "Tom Lane")}),
]


@pytest.mark.parametrize(("text", "expected"), HIGHWAYS_ROWS)
def test_a_highways_agency_is_a_body(text, expected):
    assert _sources(text) == expected


# "the coach" / "the manager" points back to the coach named before (data: roles).
COACH_ROWS = [
    (
        'Rovers coach Ian Dale praised his side. "We were brave," the coach told reporters.',
        {("named", "Ian Dale")},
    ),
    (
        'City manager Sara Holt said the draw was fair. "We kept going," the manager said.',
        {("named", "Sara Holt")},
    ),
    # ... with no coach or manager named before, the description stays anonymous
    ('"We were brave," the coach told reporters.', {("anonymous", "coach")}),
    ("The manager said the shop would close early.", {("anonymous", "manager")}),
]


@pytest.mark.parametrize(("text", "expected"), COACH_ROWS)
def test_the_coach_points_back_to_the_coach_named_before(text, expected):
    assert _sources(text) == expected


# People "from" or "of" a body, and a second body after "and": one anonymous group (pairs.shared_preposition).
GROUP_ROWS = [
    (
        "Observers from the regional bloc and the European Union said the vote was flawed.",
        {("anonymous", "Observers from the regional bloc and the European Union")},
    ),
    (
        "Officials of the ministry and the army said the road was shut.",
        {("anonymous", "Officials of the ministry and the army")},
    ),
    # ... not two bodies, nor people who are not of a body, nor a person named before "and"
    ("The ministry and the army said the road was shut.", {("organization", "ministry"), ("organization", "army")}),
    ("Residents and officials said the road was shut.", {("anonymous", "Residents"), ("anonymous", "officials")}),
    ("Dozens of residents and the council said the road was shut.", {("organization", "council")}),
    ("Staff at the hospital and the union said the ward was full.", {("organization", "union")}),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_ROWS)
def test_people_from_two_bodies_are_one_group(text, expected):
    assert _sources(text) == expected


# A role joined by "&" before a name that closes a quotation: the quotation, re-opened after the cue, is the claim
# (quotations.past_role_words).
AMPERSAND_ROWS = [
    (
        '"Sales grew," president & CEO Anita Rowe said. "Costs fell."',
        ("named", "Anita Rowe", 'Sales grew," president & CEO Anita Rowe said. "Costs fell.', True),
    ),
    (
        '"Sales grew," chairman and CEO Anita Rowe said. "Costs fell."',
        ("named", "Anita Rowe", 'Sales grew," chairman and CEO Anita Rowe said. "Costs fell.', True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMPERSAND_ROWS)
def test_a_role_joined_by_an_ampersand_keeps_the_quotation_whole(text, expected):
    kind, source, claim, quote = expected
    rows = [(r[0], r[1], r[3], r[4]) for r in _read(text)]
    assert rows == [(kind, source, claim, quote)]


def test_an_ampersand_in_the_writer_s_clause_is_not_a_role():
    assert [(r[0], r[1], r[3]) for r in _read("Sales fell & costs rose, the company said.")] == [
        ("organization", "company", "Sales fell & costs rose")
    ]


# A channel phrase after a time word after a trailing cue ("…, the company said yesterday in a statement."): the
# claim is the clause before the speaker, not the channel (claims: past_phrases after the time words).
TIME_THEN_CHANNEL_ROWS = [
    ("Sales rose 5%, the company said yesterday in a statement.", "Sales rose 5%"),
    ("Sales rose 5%, the company said today in its annual report.", "Sales rose 5%"),
    # ... and a claim after the phrases still starts after them, a quantity still opens the claim
    ("The company said yesterday in a statement that sales rose 5%.", "sales rose 5%"),
    ("The company said today at least 30 shops would close.", "at least 30 shops would close"),
    ("Police said yesterday in Leeds a man had been arrested.", "a man had been arrested"),
]


@pytest.mark.parametrize(("text", "claim"), TIME_THEN_CHANNEL_ROWS)
def test_a_channel_after_a_time_word_is_not_the_claim(text, claim):
    assert [r[3] for r in _read(text)] == [claim]


# An outlet described, then named in apposition, is that outlet (outlet_names.named_outlet).
NAMED_OUTLET_ROWS = [
    ("The road was shut, according to a local radio station, Amani FM.", {("agency", "Amani FM")}),
    ("The state broadcaster, KBC, reported that the road was shut.", {("agency", "KBC")}),
    ("A local newspaper, the Daily Courier, reported that the road was shut.", {("agency", "Daily Courier")}),
    # ... not vague media, not people named in apposition, not a description that is no name, not a plural (left as
    # it was)
    ("The road was shut, according to local media.", {("anonymous", "local media")}),
    ("A resident, Mary Jones, said the road was shut.", {("named", "Mary Jones")}),
    ("The road was shut, according to the station, Kenya's oldest broadcaster.", {("agency", "station")}),
    ("Two Russian news agencies, Tass and RIA, reported the blast.", {("anonymous", "Two Russian news agencies")}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_OUTLET_ROWS)
def test_an_outlet_named_in_apposition_is_that_outlet(text, expected):
    assert _sources(text) == expected


# A finding cue that ends its sentence after a comma-set subject: what was found is the clause before, so a group of
# people may be its source, as with a that-clause (refinements.finding_with_clause).
TRAILING_FINDING_ROWS = [
    ("Half of the trials were unpublished, researchers found.", {("anonymous", "researchers")}),
    (
        "A team of researchers reported that the trials were late. Of those, 338 were unpublished, they found.",
        {("anonymous", "team of researchers")},
    ),
    ("Researchers found that the effect was small.", {("anonymous", "Researchers")}),
    # ... not a person or a group finding a thing, nor a finding that does not end the sentence
    ("Residents found the bodies of two men.", set()),
    ("Researchers found the fossil in a drawer.", set()),
    ("Of those, 338 were unpublished, researchers found in a review.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_FINDING_ROWS)
def test_a_trailing_finding_may_have_a_group_as_its_source(text, expected):
    assert _sources(text) == expected
