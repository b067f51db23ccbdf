"""Sourcing rules from a third check on real published copy (15 articles: AP, AFP-style and Reuters wire copy, a
state broadcaster's and a state group's copy, US public radio and TV sites, UK regional court reports, a Taiwanese
and a Hong Kong daily). Each rule is a construction that recurs in such copy or is plainly general, tested with
look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted); the people are invented.
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon

GENERAL = load_lexicon("general-news")


def _found(text: str):
    return analyze(Article(id="t", text=text), GENERAL).sourcing.attributions


def _sources(text: str) -> list[tuple[str, str, str]]:
    """(kind, source, cue) of each attribution the analysis finds in ``text``."""
    return [(a.kind, a.source, a.cue) for a in _found(text)]


# Crews "responded to the scene / a call / a house fire": sent out, not an answer given. An answer to words
# ("responded to the criticism", "responded to a call for calm") stays one.
SCENE_ROWS = [
    ("Police and firefighters responded to the scene shortly after noon.", []),
    ("Deputies responded to a call at a farmhouse near Elmbrook.", []),
    ("Two crews responded to a house fire on Dunmore Road.", []),
    # ... not an answer to words
    ("The mayor responded to a call for calm, saying the town was safe.", [("anonymous", "mayor", "replied")]),
    ("Ms Adeyemi responded that the contract had been signed in good faith.", [("named", "Adeyemi", "replied")]),
]


@pytest.mark.parametrize(("text", "expected"), SCENE_ROWS)
def test_responding_to_a_scene_is_no_cue(text: str, expected: list) -> None:
    assert [(k, s.split()[-1], c) for k, s, c in _sources(text)][: len(expected)] == expected
    if not expected:
        assert _sources(text) == []


# A bare "per" (a rate or a manner: "$2 per share", "per the law") ends no claim; "…, per Reuters" still cites.
PER_ROWS = [
    (
        "Lin said the group would work with the liquidators per the law and keep building homes.",
        "the group would work with the liquidators per the law and keep building homes",
    ),
    (
        "Okoro said the fare would rise by 40 cents per ride from March.",
        "the fare would rise by 40 cents per ride from March",
    ),
]


@pytest.mark.parametrize(("text", "claim"), PER_ROWS)
def test_a_bare_per_ends_no_claim(text: str, claim: str) -> None:
    (at,) = _found(text)
    assert at.claim is not None and at.claim.text == claim


def test_per_after_a_comma_still_cites() -> None:
    assert _sources("Freight rates doubled in a week, per Reuters.") == [("agency", "Reuters", "according to")]


# A lower-case title or an honorific before a name that ends like a plural of people ("Masters", "Summers")
# makes it a person; a body's name of that shape ("NSW Farmers") stays a body.
TITLED_NAME_ROWS = [
    ("The men fought outside the bar, said prosecutor Helen Masters.", ("named", "Helen Masters")),
    ("Barrister Owen Walters said his client would appeal.", ("named", "Owen Walters")),
    ("NSW Farmers said the drought had cut yields.", ("organization", "NSW Farmers")),
    ("Grain Growers said the harvest was late.", ("organization", "Grain Growers")),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAME_ROWS)
def test_a_title_makes_a_plural_looking_name_a_person(text: str, expected: tuple) -> None:
    (kind, source, _cue), *_ = _sources(text)
    assert kind == expected[0] and source.endswith(expected[1])


# A bare "authorities" names no body, like "officials": anonymous. A qualified one stays a body.
AUTHORITIES_ROWS = [
    ("Authorities said the bridge would stay shut overnight.", "anonymous"),
    ("The authorities said the curfew was lifted.", "anonymous"),
    ("Local authorities said bins would be collected on Friday.", "organization"),
    ("Syrian authorities said the crossing had reopened.", "organization"),
]


@pytest.mark.parametrize(("text", "kind"), AUTHORITIES_ROWS)
def test_bare_authorities_are_anonymous(text: str, kind: str) -> None:
    assert _sources(text)[0][0] == kind


# A plea in court ("who admitted affray", "admitted two counts of theft") is a deed of the case, not a claim; so
# the place in the defendant's address is no speaker. "admitted that …" still says something.
PLEA_ROWS = [
    ("He jailed Tom Price, 31, of Mill Lane, Hollins, who admitted affray.", []),
    ("Ms Dale admitted two counts of theft at the hearing.", []),
    ("Ms Dale admitted that she had kept the money.", [("named", "Dale", "admitted")]),
]


@pytest.mark.parametrize(("text", "expected"), PLEA_ROWS)
def test_a_plea_is_no_attribution(text: str, expected: list) -> None:
    assert [(k, s.split()[-1], c) for k, s, c in _sources(text)] == expected


# A bracketed acronym after a name in the opening lines ("China Media Group (CMG) reported") defines the acronym:
# it is no dateline credit, so that outlet is a source, not the writer's own; a real credit still is.
ACRONYM_ROWS = [
    ("The developer was ordered to wind up on Monday, China Media Group (CMG) reported.", [("agency", "reported")]),
    ("The World Health Organization (WHO) said it was ready to help.", [("organization", "said")]),
    ("BEIJING (Xinhua) - Output rose, Xinhua reported.", []),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_ROWS)
def test_an_acronym_in_brackets_is_no_dateline_credit(text: str, expected: list) -> None:
    assert [(k, c) for k, _s, c in _sources(text)] == expected


# A quotation interrupted by its attribution goes on after a sentence holding a time, a date or a country written
# with full stops in AP style ('," X said at a 5 a.m. briefing. "'); two speakers stay apart.
INTERRUPTED_ROWS = [
    (
        '"About 90 people were inside," Ruiz said at a 6 a.m. briefing. "We fear the worst."',
        'About 90 people were inside," Ruiz said at a 6 a.m. briefing. "We fear the worst.',
    ),
    (
        '"The line is down," a U.S. official said. "Repairs will take days."',
        'The line is down," a U.S. official said. "Repairs will take days.',
    ),
]


@pytest.mark.parametrize(("text", "claim"), INTERRUPTED_ROWS)
def test_an_interrupted_quote_runs_past_a_dotted_abbreviation(text: str, claim: str) -> None:
    (at,) = _found(text)
    assert at.direct_quote and at.claim is not None and at.claim.text == claim


def test_a_second_speaker_after_a_dotted_abbreviation_is_apart() -> None:
    text = '"We are ready," Ruiz said at a 6 a.m. briefing. "We are not," Hale said.'
    assert [(a.source, a.claim.text) for a in _found(text)] == [("Ruiz", "We are ready"), ("Hale", "We are not")]


# "He" after a person just introduced as a sentence's subject, an adverb before the verb ("X also declined to
# comment. He told …"), points to that person rather than to an older speaker.
JUST_NAMED_ROWS = [
    (
        '"We do not comment," Paul Grant said in an email. Deputy Minister Rosa Lind also declined to comment. '
        "She told reporters the bid would be reviewed.",
        "Rosa Lind",
    ),
    ('"We do not comment," Paul Grant said in an email. He told reporters the bid would be reviewed.', "Paul Grant"),
]


@pytest.mark.parametrize(("text", "referent"), JUST_NAMED_ROWS)
def test_a_pronoun_points_to_the_person_just_introduced(text: str, referent: str) -> None:
    assert _found(text)[-1].source == referent


# "X was cited / quoted by OUTLET as saying CLAIM": the outlet relays and X speaks, one claim for both; a plain
# "cited by" agent ("officials cited by the agency said") keeps no claim of its own.
PASSIVE_ROWS = [
    (
        "Chief executive Mei Tan was cited by the Harbour Daily as saying the firm would keep building.",
        [("named", "said"), ("agency", "citing")],
        "the firm would keep building",
    ),
    (
        'Analyst Joel Park was quoted by the news agency as saying:\n"It takes years. Some cases take longer."',
        [("named", "said"), ("agency", "citing")],
        "It takes years. Some cases take longer.",
    ),
]


@pytest.mark.parametrize(("text", "kinds", "claim"), PASSIVE_ROWS)
def test_a_passive_citation_gives_speaker_and_outlet(text: str, kinds: list, claim: str) -> None:
    found = _found(text)
    assert [(a.kind, a.cue) for a in found] == kinds
    assert all(a.claim is not None and a.claim.text == claim for a in found)


def test_a_plain_cited_by_agent_still_has_the_speaker_after_it() -> None:
    found = _sources("Two envoys cited by the agency said the talks had stalled.")
    assert ("anonymous", "Two envoys", "said") in found and not any(k == "named" for k, _s, _c in found)


# "professional(s)" is an unnamed person or group, like "experts": "health professionals said".
PROFESSIONAL_ROWS = [
    ("Health professionals said the ward was full.", [("anonymous", "Health professionals", "said")]),
    ("Professional bodies said the rules were unclear.", [("organization", "Professional bodies", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), PROFESSIONAL_ROWS)
def test_professionals_are_anonymous(text: str, expected: list) -> None:
    assert _sources(text) == expected


# A comma that closes an age (and address) set off after a name ends the speaker's description: the cue after it
# is not inverted, so what follows is no speaker. A quotation's "…," said X, 45' stays inverted.
APPOSITION_ROWS = [
    ("Kevin Moss, 29, of Larch Close, Denby, denied the second element of the charge.", []),
    ("Kevin Moss, 29, of Larch Close, denied that he had been driving.", [("named", "Kevin Moss", "denied")]),
    ("Kevin Moss, 29, told the court he had been at home.", [("named", "Kevin Moss", "told")]),
    ('"We lost everything," said Ann Lee, 45.', [("named", "Ann Lee", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_ROWS)
def test_an_age_apposition_keeps_the_name_as_speaker(text: str, expected: list) -> None:
    assert _sources(text) == expected


# Pleading not guilty is a deed of the case: "denied the charge(s)", "denied two counts of …"; "denied that …" and
# "denied claims that …" still say something.
DENIED_PLEA_ROWS = [
    ("Ms Reyes denied two counts of fraud.", []),
    ("Ms Reyes denied the charge.", []),
    ("Ms Reyes denied claims that the charge was invented.", [("named", "Reyes", "denied")]),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_PLEA_ROWS)
def test_denying_a_charge_is_a_plea(text: str, expected: list) -> None:
    assert [(k, s.split()[-1], c) for k, s, c in _sources(text)] == expected


# "the school" points back to the body named with that head ("Covenant School released a statement"), even where
# that body did not speak, when it was named after the last body that spoke; otherwise it falls back as before.
NAMED_BODY_ROWS = [
    (
        'Police said the road was shut. Later, Elm Grove School released a statement. "We are grieving," the school said.',
        "Elm Grove School",
    ),
    (
        "Regulators said prices were steep. The Ridgeway Water Company then raised them again. The company said costs "
        "had doubled.",
        "Ridgeway Water Company",
    ),
    ("Harbour Police said the road was shut. The police said it would reopen by noon.", "Harbour Police"),
]


@pytest.mark.parametrize(("text", "referent"), NAMED_BODY_ROWS)
def test_a_description_points_to_the_body_named_with_its_head(text: str, referent: str) -> None:
    assert _found(text)[-1].source == referent


def test_a_body_named_before_the_last_speaker_is_not_preferred() -> None:
    text = (
        "The Ridgeway Water Company raised its prices. The Consumer Council said the rise was steep. The company said "
        "costs had doubled."
    )
    assert _found(text)[-1].source != "Ridgeway Water Company"


# The outlet told ends at its name when the claim follows with no "that" ("told the Tidewater Herald rescuers
# believe …"), and a programme's quoted name and noun are no claim ('told KXR's "Sunrise" show that …'); an
# outlet's own nouns stay in its phrase ("told the Reuters news agency").
ADDRESSEE_ROWS = [
    (
        "Chief Ray Ortiz told the Tidewater Herald rescuers believe nobody is left inside.",
        "rescuers believe nobody is left inside",
    ),
    ("Chief Ray Ortiz told Reuters rescuers believe nobody is left inside.", "rescuers believe nobody is left inside"),
    ('The mayor told KXR\'s "Sunrise" show that the bridge "just folded."', 'the bridge "just folded."'),
    ("The dam held overnight, Chief Ray Ortiz told the Reuters news agency.", "The dam held overnight"),
]


@pytest.mark.parametrize(("text", "claim"), ADDRESSEE_ROWS)
def test_the_outlet_told_ends_at_its_name(text: str, claim: str) -> None:
    first = _found(text)[0]
    assert first.claim is not None and first.claim.text == claim


# A one-word name the text never gives a first name is a person's when the text treats it as one right after it
# (", who …", "condemned what he called …"); a body ("which …") stays a body.
PERSON_SIGN_ROWS = [
    ('Varga condemned what he called "smears". Varga also denied that the deal had collapsed.', "named"),
    ("Varga, who chairs the panel, said the deal had collapsed.", "named"),
    ("Norvela, which supplies the city, said prices would rise. Norvela said the rise was small.", "organization"),
]


@pytest.mark.parametrize(("text", "kind"), PERSON_SIGN_ROWS)
def test_a_personal_sign_makes_a_lone_name_a_person(text: str, kind: str) -> None:
    assert _found(text)[-1].kind == kind


# UK court copy: "CLAIM, Leeds Crown Court heard", "the inquest has heard that …": the court is the source; a
# sound heard ("Police heard screams") and a case heard ("heard the appeal") are not.
HEARD_ROWS = [
    ("The pair had argued over a parking space, Leeds Crown Court heard.", [("organization", "heard")]),
    ("The inquest has heard that the brakes had been checked a week before.", [("organization", "heard")]),
    ("Police heard screams from the flat and forced the door.", []),
    ("Neighbours heard a loud bang shortly after midnight.", []),
    ("The High Court heard the appeal on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEARD_ROWS)
def test_a_court_heard_is_a_source(text: str, expected: list) -> None:
    assert [(k, c) for k, _s, c in _sources(text)] == expected


# A wire lede's "…, the governor said" with no one named before points forward to the person given that title
# (spelt out or abbreviated, "Gov.") in the next sentences; a person with another title, or a description after a
# named person, is left as it was.
CATAPHORA_ROWS = [
    (
        "The bridge will reopen on Friday, the governor said. Gov. Ann Ruiz told reporters the repairs were done.",
        ("named", "Ann Ruiz"),
    ),
    (
        "Talks will resume next week, the senator said. Sen. Paul Hale said both sides were tired.",
        ("named", "Paul Hale"),
    ),
    (
        "The bridge will reopen on Friday, the governor said. Mayor Ann Ruiz told reporters the repairs were done.",
        ("anonymous", "governor"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CATAPHORA_ROWS)
def test_a_lede_title_points_to_the_person_named_next(text: str, expected: tuple) -> None:
    first = _found(text)[0]
    assert (first.kind, first.source) == expected


# A lone dash before a phrase with no verb of its own ends a reported claim: the writer's aside on it. Paired
# dashes inside the claim, and a dash before "and …" or a clause, do not.
DASH_ROWS = [
    (
        "Ann Lee said two barns were lost when the river rose on Friday — part of what may be the worst flood in "
        "decades.",
        "two barns were lost when the river rose on Friday",
    ),
    (
        "Ann Lee said the plan — first drawn up in 2019 — would cost $2bn.",
        "the plan — first drawn up in 2019 — would cost $2bn",
    ),
    ("Ann Lee said profits rose — and that costs fell.", "profits rose — and that costs fell"),
    ("Ann Lee said sales fell — shops were empty all week.", "sales fell — shops were empty all week"),
]


@pytest.mark.parametrize(("text", "claim"), DASH_ROWS)
def test_a_dash_aside_is_the_writers(text: str, claim: str) -> None:
    (at,) = _found(text)
    assert at.claim is not None and at.claim.text == claim


# "According to the complaint, one of 188 …, CLAIM": a description set off after a document ("one of …", "filed
# on …", "released …") is not its claim when a clause follows it; a claim that opens with such a word stays.
DESCRIBED_DOCUMENT_ROWS = [
    (
        "According to the complaint, one of 40 the agency released last week, the firm owes its staff two months' pay.",
        "the firm owes its staff two months' pay",
    ),
    ("According to the affidavit, filed on Monday, the officer saw two men run.", "the officer saw two men run"),
    ("According to the report, one man died in the blast.", "one man died in the blast"),
]


@pytest.mark.parametrize(("text", "claim"), DESCRIBED_DOCUMENT_ROWS)
def test_a_description_after_a_document_is_not_its_claim(text: str, claim: str) -> None:
    (at,) = _found(text)
    assert at.kind == "document" and at.claim is not None and at.claim.text == claim
