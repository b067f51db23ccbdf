"""Sourcing rules from a spot check on real published copy (21 articles: wires, public broadcasters, national
and regional dailies, a tabloid, state-aligned Gulf copy, an NGO release and blogs; UK, US, Indian, Australian,
Kenyan, Nigerian and Gulf house styles). Each rule is a construction that recurs across outlets, tested with
look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted); the people are invented.
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon

GENERAL = load_lexicon("general-news")


def _read(text: str) -> list[tuple]:
    """(kind, source, cue, claim, direct quote) of each attribution the analysis finds in ``text``."""
    found = analyze(Article(id="t", text=text), GENERAL).sourcing.attributions
    return [(a.kind, a.source, a.cue, a.claim.text if a.claim else None, a.direct_quote) for a in found]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(kind, source) for kind, source, *_ in _read(text)]


# A comma between a sentence's whole subject and its cue ("His father Phil, said: …"), a slip common in UK
# regional copy: the subject still speaks.
STRAY_COMMA_ROWS = [
    ('Her uncle Martin, said: "She loved the sea."', [("named", "Martin")]),
    ('Their neighbour Carla Moody, said: "We heard nothing."', [("named", "Carla Moody")]),
    ("His sister Joanne, said that he was always kind.", [("named", "Joanne")]),
    # ... not a fronted place or time phrase, nor a comma with no statement after the cue
    ("In the village, said the warden, the water rose fast.", [("anonymous", "warden")]),
    ('Yesterday, said: "Nothing."', []),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_COMMA_ROWS)
def test_a_stray_comma_before_the_cue_keeps_the_subject(text, expected):
    assert _sources(text) == expected


# "ORG's ROLE" is an unnamed officer of the body, so a name set off before it is the speaker ("X, Amnesty
# International's regional director said: …"); alone it is anonymous, and a job is not an outlet ("economist").
OFFICER_ROWS = [
    (
        'After the ruling, Nadia Ferreira, Amnesty International\'s Americas Director said: "It is unjust."',
        [("named", "Nadia Ferreira")],
    ),
    (
        "Amnesty International's director said the trial was unfair.",
        [("anonymous", "Amnesty International's director")],
    ),
    ("The World Bank's chief economist said growth would slow.", [("anonymous", "World Bank's chief economist")]),
    # ... not the body itself, its report, a named officer, an outlet, or a country's body
    ("Amnesty International said the trial was unfair.", [("organization", "Amnesty International")]),
    ("Amnesty International's report said the trial was unfair.", [("document", "Amnesty International")]),
    ("Amnesty International's Secretary General Lea Brandt said it was unfair.", [("named", "Lea Brandt")]),
    ("The Economist reported that growth would slow.", [("agency", "The Economist")]),
    ("Portugal's grid operator said power was back.", [("organization", "Portugal's grid operator")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICER_ROWS)
def test_an_officer_of_a_body_is_a_person(text, expected):
    assert _sources(text) == expected


# "The family of PC X", "the lawyer of Dr Y": the name after "of" is whose they are; the speaker is unnamed.
POSSESSOR_ROWS = [
    ("The family of PC Owen Marsh said he was devoted to his job.", [("anonymous", "family of PC Owen Marsh")]),
    ("The lawyer of Dr Ines Kalu said she would appeal.", [("anonymous", "lawyer of Dr Ines Kalu")]),
    ("Friends of Mr Tobias Renn said he had been unwell.", [("anonymous", "Friends of Mr Tobias Renn")]),
    # ... a title with "of" before a name still names the speaker
    ("The Minister of State for Health Ines Kalu said the wards were full.", [("named", "Ines Kalu")]),
    ("Governor of Lagos State Femi Adeyemi said the roads would reopen.", [("named", "Femi Adeyemi")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSOR_ROWS)
def test_the_family_of_a_person_is_not_the_person(text, expected):
    assert _sources(text) == expected


EYEWITNESS_ROWS = [
    ("The eye-witness told the paper that the wall fell at dawn.", [("anonymous", "eye-witness")]),
    ("Two eye-witnesses said the car did not stop.", [("anonymous", "Two eye-witnesses")]),
    ("An eyewitness said the car did not stop.", [("anonymous", "eyewitness")]),
]


@pytest.mark.parametrize(("text", "expected"), EYEWITNESS_ROWS)
def test_a_hyphenated_eye_witness_is_a_source(text, expected):
    assert _sources(text) == expected


# "The police boss said" after "regional police commander X" and a later "X said": the description's modifier
# is in the role given with the name's first mention, even when the last mention gave the surname alone.
def test_a_description_finds_the_role_of_an_earlier_mention():
    text = (
        "County police commander Rose Achieng said the roads were calm.\n\n"
        "Achieng said patrols would continue.\n\n"
        "The police boss said traders could reopen."
    )
    assert [s for _, s, *_ in _read(text)] == ["Rose Achieng"] * 3


def test_a_description_with_another_modifier_does_not_point_back():
    text = (
        "County police commander Rose Achieng said the roads were calm.\n\n"
        "Achieng said patrols would continue.\n\n"
        "The hospital boss said the wards were full."
    )
    assert _sources(text)[2] == ("anonymous", "hospital boss")


# "The spokesman of ORG, X, stated this in a statement": the role set off before the name is no claim.
FRONTED_ROLE_ROWS = [
    ("The spokesman of the state fire service, Musa Bello, stated this in a release on Monday.", None),
    ("The head of the agency, Ruth Okafor, said this on Friday.", None),
    # ... a clause before the name is its claim
    ("Ten people were hurt, Ruth Okafor said.", "Ten people were hurt"),
]


@pytest.mark.parametrize(("text", "claim"), FRONTED_ROLE_ROWS)
def test_a_fronted_role_is_not_a_claim(text, claim):
    assert [c for *_, c, _q in _read(text)] == [claim]


# A claim that opens with its own subordinate clause or concession ("said while the risk was low, …",
# "said despite a few hiccups, …") starts at the subordinator, not after it.
SUBORDINATOR_ROWS = [
    ("Ruth Okafor said while the risk was low, staff were worried.", "while the risk was low, staff were worried"),
    ("Ruth Okafor said despite some delays, most trains ran.", "despite some delays, most trains ran"),
    ("Ruth Okafor said if it rains, the final will move.", "if it rains, the final will move"),
    ("Ruth Okafor said although sales fell, profit rose.", "although sales fell, profit rose"),
    # ... not the speaker's own circumstances, nor a time phrase
    ("Ruth Okafor said while visiting the site that it was safe.", "it was safe"),
    ("Ruth Okafor said while in Lagos that it was safe.", "it was safe"),
    ("Ruth Okafor said on Tuesday that it was safe.", "it was safe"),
]


@pytest.mark.parametrize(("text", "claim"), SUBORDINATOR_ROWS)
def test_a_claim_may_open_with_a_subordinator(text, claim):
    assert [c for *_, c, _q in _read(text)] == [claim]


# An Indian wire dateline with the state in brackets ("Town, (State), Mon D (PTI)") is not part of the claim.
DATELINE_ROWS = [
    (
        "Madurai, (Tamil Nadu), Mar 3 (PTI) Two workers were hurt in a blast, police said on Monday.",
        "Two workers were hurt in a blast",
    ),
    (
        "Nashik (Maharashtra), Mar 3 (PTI) Two workers were hurt in a blast, police said on Monday.",
        "Two workers were hurt in a blast",
    ),
    (
        "Madurai, Mar 3 (PTI) Two workers were hurt in a blast, police said on Monday.",
        "Two workers were hurt in a blast",
    ),
    # ... a bracket inside the claim stays
    (
        "Two workers (both welders) were hurt in a blast, police said.",
        "Two workers (both welders) were hurt in a blast",
    ),
]


@pytest.mark.parametrize(("text", "claim"), DATELINE_ROWS)
def test_a_dateline_with_a_bracketed_state_is_not_claimed(text, claim):
    assert [c for *_, c, _q in _read(text)] == [claim]


# "… when we called the police, they confirmed X and said Y": the second cue's speaker is the nearest one before
# the "and", not the clause's opening subject.
COORDINATED_ROWS = [
    (
        "Our desk took calls from shop owners, but when we contacted the council, it confirmed the closures and "
        "said the market would reopen.",
        ("organization", "council", "said", "the market would reopen"),
    ),
    # ... one speaker with two cues keeps its own subject
    (
        "The mayor said the water had gone and added that schools would reopen.",
        ("anonymous", "mayor", "added", "schools would reopen"),
    ),
    (
        "Hana Obi said the ministry confirmed the figure and said more would follow.",
        ("named", "Hana Obi", "said", "more would follow"),
    ),
]


@pytest.mark.parametrize(("text", "row"), COORDINATED_ROWS)
def test_a_coordinated_cue_shares_the_nearest_speaker(text, row):
    assert _read(text)[-1][:4] == row


# "the fire and rescue services": two modifiers of one body's head, one noun phrase.
COMPOUND_ROWS = [
    (
        "An official of the fire and rescue services said the wall had fallen.",
        [("anonymous", "official of the fire and rescue services")],
    ),
    ("The search and rescue team said two climbers were found.", [("organization", "search and rescue team")]),
    # ... not two sources joined by "and"
    ("The family and friends said she was kind.", [("anonymous", "family"), ("anonymous", "friends")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_ROWS)
def test_two_modifiers_of_one_body_are_one_phrase(text, expected):
    assert _sources(text) == expected


# Cue and source words met in real copy: a post-mortem reveals, a body "termed" claims false.
WORD_ROWS = [
    ("A post-mortem has revealed the man drowned.", [("document", "post-mortem")]),
    ("The county has termed the reports false and reckless.", [("organization", "county")]),
    # ... "terms" as a noun is no cue
    ("Under the terms of the deal, the firm pays the cost.", []),
]


@pytest.mark.parametrize(("text", "expected"), WORD_ROWS)
def test_words_met_in_real_copy(text, expected):
    assert _sources(text) == expected


# "the banker" right after "a banker" was brought into a claim is that newcomer, not the earlier speaker.
def test_a_description_points_to_the_person_just_introduced():
    text = (
        "Lena Park, the county commander, said detectives wanted to question a banker over some clips. "
        "Writing online, the banker had claimed that thieves were targeting shops."
    )
    assert _sources(text) == [("named", "Lena Park"), ("anonymous", "banker")]


def test_a_description_of_the_speaker_still_points_back():
    text = "Lena Park, a banker, said rates would rise. The banker said she was sure."
    assert _sources(text) == [("named", "Lena Park"), ("named", "Lena Park")]


# A relative clause with "that" inside the subject ("A senior ranger responsible for a park that borders the lake
# says"): the speaker is the phrase's head, not the noun at the end of the clause.
THAT_RELATIVE_ROWS = [
    (
        "A senior ranger responsible for a park that borders the lake says she is worried.",
        ("anonymous", "senior ranger responsible for a park"),
    ),
    ("The company that owns the site said it would rebuild.", ("organization", "company")),
    # ... a that-clause after a noun is not a relative clause of the speaker
    ("He denied claims that police said were false.", ("organization", "police")),
]


@pytest.mark.parametrize(("text", "row"), THAT_RELATIVE_ROWS)
def test_a_that_relative_stays_inside_the_subject(text, row):
    assert _sources(text) == [row]


# UK copy runs a quotation over paragraphs left open and reopened before its cue ("“Q1.¶“Q2,” he said."): the
# claim starts at the first paragraph; a run that began after a cue of its own stays with that cue.
QUOTE_RUN_ROWS = [
    (
        'Ada Kwan paid tribute to her son.\n\n"He was a gentle boy.\n\n"He loved the sea," she said.',
        'He was a gentle boy.\n\n"He loved the sea',
    ),
    ('Ada Kwan spoke to us.\n\n"He loved the sea," she said.', "He loved the sea"),
    # ... not a run opened after "X said:"
    ('Ada Kwan said: "He was a gentle boy.\n\n"He loved the sea," she added.', "He loved the sea"),
]


@pytest.mark.parametrize(("text", "claim"), QUOTE_RUN_ROWS)
def test_a_quotation_left_open_over_paragraphs_before_its_cue(text, claim):
    assert _read(text)[-1][3] == claim


# "said nothing" attributes nothing, unless "nothing" is the subject of the claim's own verb.
NOTHING_ROWS = [
    ("The club's solicitor said nothing improper had taken place.", ["nothing improper had taken place"]),
    ("The coroner said little was known about the cause.", ["little was known about the cause"]),
    # ... the speaker's silence
    ("The minister said nothing and left.", []),
    ("The minister said nothing about the cause.", []),
]


@pytest.mark.parametrize(("text", "claims"), NOTHING_ROWS)
def test_said_nothing_unless_nothing_is_the_claims_subject(text, claims):
    assert [c for *_, c, _q in _read(text)] == claims


# "suggest" in the plural present: what figures, reports or experts suggest.
SUGGEST_ROWS = [
    ("Early figures suggest turnout fell.", [("document", "Early figures")]),
    ("Experts suggest the drug works.", [("anonymous", "Experts")]),
    # ... not after a modal or an infinitive marker
    ("It would suggest otherwise.", []),
    ("They want to suggest a change.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUGGEST_ROWS)
def test_suggest_in_the_plural_present(text, expected):
    assert _sources(text) == expected


# A bracketed date between the speaker and the cue ("The family today (11 March) described …") is a time phrase,
# not part of the speaker's name.
DATED_BRACKET_ROWS = [
    ("The family of Mia Stone yesterday (4 June) paid tribute to her courage.", [("anonymous", "family of Mia Stone")]),
    ("The ministry on Tuesday (June 4) said the road was shut.", [("organization", "ministry")]),
    # ... an acronym in brackets stays with the name
    (
        "The World Health Organization (WHO) said the risk was low.",
        [("organization", "World Health Organization (WHO)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_BRACKET_ROWS)
def test_a_bracketed_date_is_not_part_of_the_speaker(text, expected):
    assert _sources(text) == expected


# Press-release style: two quotations side by side after "said:" are one run of the speaker's words.
ADJACENT_QUOTE_ROWS = [
    (
        'Lea Brandt, the group\'s director, said: "Officers must let the march go ahead." "Stopping it would be unlawful."',
        [("Lea Brandt", 'Officers must let the march go ahead." "Stopping it would be unlawful.')],
    ),
    # ... not a quotation that has its own speaker
    ('Lea Brandt said: "We will go." "No," said Tom Achebe.', [("Lea Brandt", "We will go."), ("Tom Achebe", "No")]),
]


@pytest.mark.parametrize(("text", "expected"), ADJACENT_QUOTE_ROWS)
def test_adjacent_quotations_after_a_colon_are_one_claim(text, expected):
    assert [(s, c) for _, s, _, c, _ in _read(text)] == expected


# Police ranks abbreviated in Indian and Nigerian copy are titles: "the DCP said" is the officer named before.
RANK_ROWS = [
    (
        "Deputy Commissioner of Police (South) Ritu Rao said the road was shut. The DCP said two men were held.",
        [("named", "Ritu Rao"), ("named", "Ritu Rao")],
    ),
    ("The SHO said two men were held.", [("anonymous", "SHO")]),
    # ... not a party's or a place's abbreviation
    ("The SP said it would contest every seat.", [("organization", "SP")]),
]


@pytest.mark.parametrize(("text", "expected"), RANK_ROWS)
def test_an_abbreviated_police_rank_is_a_title(text, expected):
    assert _sources(text) == expected


# "According to X, ROLE, CLAIM": the role set off after the name is not part of the claim; a quotation after it
# is a direct quote.
ACCORDING_ROLE_ROWS = [
    ("According to Ritu Rao, DCP South District, the road was shut.", ("the road was shut", False)),
    ("According to Ritu Rao, the director of the trust, prices rose.", ("prices rose", False)),
    ('According to Ritu Rao, DCP South District, "A call came in. We went."', ("A call came in. We went.", True)),
    # ... a list of names is the claim's subject, not a role
    ("According to Ritu Rao, Chile, Peru and Bolivia back the deal.", ("Chile, Peru and Bolivia back the deal", False)),
]


@pytest.mark.parametrize(("text", "claim"), ACCORDING_ROLE_ROWS)
def test_a_role_after_according_to_is_not_claimed(text, claim):
    assert [(c, q) for *_, c, q in _read(text)] == [claim]


CUE_WORD_ROWS = [
    ("The driver confessed to police that he had been drinking.", [("anonymous", "driver")]),
    ("Ines Kalu expressed joy that the girls were home.", [("named", "Ines Kalu")]),
    # ... not a confession to a crime with no words given, as an act
    ("She confessed to the theft.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_WORD_ROWS)
def test_confessed_and_expressed_joy_are_cues(text, expected):
    assert _sources(text) == expected


def test_the_subject_of_the_story_is_not_the_last_speaker():
    text = (
        "A driver who hit two cyclists was arrested. Colonel Sara Eid, head of the traffic unit, said the driver "
        'was drunk. "We found his car within hours," Colonel Eid said. The driver confessed to police that he '
        "had fled."
    )
    assert _sources(text)[-1] == ("anonymous", "driver")


# "CLAIM, the Commissioner of Police, Mr X, has said": the title before the name is a role, not a one-word name,
# and it is not part of the claim.
TRAILING_TITLE_ROWS = [
    (
        "The command has arrested 30 suspects, the Commissioner of Police, Mr Musa Bello, has said.",
        ("named", "Musa Bello", "The command has arrested 30 suspects"),
    ),
    (
        "The command has arrested 30 suspects, the police commissioner, Musa Bello, said.",
        ("named", "Musa Bello", "The command has arrested 30 suspects"),
    ),
    # ... not a phrase of the claim that holds a person noun, nor a surname alone
    (
        "Ten people were hurt, including two officers, Ruth Okafor said.",
        ("named", "Ruth Okafor", "Ten people were hurt, including two officers"),
    ),
]


@pytest.mark.parametrize(("text", "row"), TRAILING_TITLE_ROWS)
def test_a_title_set_off_before_a_trailing_name(text, row):
    assert [(*r[:2], r[3]) for r in _read(text)] == [row]
