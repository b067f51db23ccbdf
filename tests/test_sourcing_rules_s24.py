"""Sourcing rules from the real pages read for holdout 9 (a vape ban, a NATO summit, a football federation
president's kiss, a phone recall) and the misses of its untuned score: each rule with look-alikes it must leave
alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon
from analysis.text.quotes import quote_spans
from analysis.text.tokens import tokenize

GENERAL = load_lexicon("general-news")


def _read(text: str, outlet: str = "") -> list[tuple]:
    """(kind, source, cue, claim, direct quote) of each attribution the analysis finds in ``text``."""
    found = analyze(Article(id="t", text=text, outlet=outlet), GENERAL).sourcing.attributions
    return [(a.kind, a.source, a.cue, a.claim.text if a.claim else None, a.direct_quote) for a in found]


def _sources(text: str, outlet: str = "", but: str = "") -> set[tuple[str, str]]:
    """(kind, source) of each attribution, leaving out those with the cue ``but``."""
    return {(row[0], row[1]) for row in _read(text, outlet) if row[2] != but}


# A capitalised "May" after a preposition, a day's number or before a number is the month (the tag lexicon reads
# it as the modal verb, and a finite verb ends the search for a quotation after the cue).
MAY_ROWS = [
    ("He spoke in May about it.", "NNP"),
    ("It opened on 3 May last year.", "NNP"),
    ("May 12 was the date.", "NNP"),
    ("They left last May.", "NNP"),
    # ... not the modal verb, lower case or opening a clause
    ("They may go home.", "MD"),
    ("Ministers May Delay The Ban", "MD"),
]


@pytest.mark.parametrize(("text", "tag"), MAY_ROWS)
def test_may_is_the_month_after_a_preposition(text, tag):
    toks = tokenize(text)
    k = next(i for i in range(len(toks)) if toks.lows[i] == "may")
    assert toks[k].tag == tag


def test_a_quote_after_a_month_is_direct():
    found = _read("The minister said on the radio in May: 'I worry about it too.'")
    assert [(s, q) for _, s, _, _, q in found] == [("minister", True)]


# A single mark right after "said:" or opening a paragraph may stay open to the end of its paragraph: British
# copy goes on with the quotation in the next paragraph, reopened with another mark.
LEFT_OPEN_ROWS = [
    ("She said: 'We have looked at this.\n\n'We will act.'", ["'We have looked at this.", "'We will act.'"]),
    ("'We have looked at this.\n\n'We will act,' she said.", ["'We have looked at this.", "'We will act,'"]),
    # ... not an apostrophe inside a line, nor a line that does not end a sentence
    ("The '90s were good.", []),
    ("He said: 'maybe later", []),
    ("Shops in the members' area shut.", []),
]


@pytest.mark.parametrize(("text", "quotes"), LEFT_OPEN_ROWS)
def test_single_quote_left_open_to_the_paragraph_end(text, quotes):
    assert [q.text for q in quote_spans(text)] == quotes


def test_a_quote_reopened_on_the_next_paragraph_is_one_claim():
    text = "Dev Shah added: 'This is still a tight schedule.\n\n'Many shops hold stock.'"
    found = [(s, c, q) for _, s, cue, c, q in _read(text) if cue == "added"]
    assert found == [("Dev Shah", "This is still a tight schedule.\n\n'Many shops hold stock.", True)]


# '"Q," X said, according to Y': the relaying source's claim, cut before the speaker, is the whole quotation, so
# it is a direct quote as the speaker's is (its marks left out).
RELAYED_QUOTE_ROWS = [
    ('"We will not back down," the spokesman said, according to state media.', "We will not back down", True),
    # ... a reported clause cut before the speaker stays reported speech, and so does one ending in a partial quote
    ("The toll will rise, the spokesman told reporters, according to state media.", "The toll will rise", False),
    (
        'The toll will rise "sharply," the spokesman said, according to state media.',
        'The toll will rise "sharply,"',
        False,
    ),
]


@pytest.mark.parametrize(("text", "claim", "quote"), RELAYED_QUOTE_ROWS)
def test_a_relayed_quotation_is_a_direct_quote(text, claim, quote):
    found = [(c, q) for kind, s, cue, c, q in _read(text) if cue == "according to"]
    assert found == [(claim, quote)]


# A bare "per" names a source after a comma, also when a quotation closes after the comma ('"…," per ESPN');
# ESPN is an outlet.
PER_ROWS = [
    ('The coach said the result was "not good enough," per ESPN.', {("agency", "ESPN")}),
    ("The coach said the result was poor, per Reuters.", {("agency", "Reuters")}),
    # ... not "per" as a rate, nor after a quotation with no comma before its mark
    ('Tickets cost $20 per "seat" at the ground.', set()),
    ("Fans paid $20 per ticket, the club said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PER_ROWS)
def test_per_after_a_closing_quote(text, expected):
    assert {(k, s) for k, s in _sources(text) if k == "agency"} == expected


# A family name first with a hyphenated given name after it ("Park Ji-hoon", "Koh Dong-jin") is the surname that
# later stands alone, though the tagger reads it as a common word ("park", "young").
FAMILY_NAME_FIRST_ROWS = [
    (
        "Park Ji-hoon, head of the phone unit, spoke in Seoul. Park assured reporters that few phones were at risk.",
        {("named", "Park Ji-hoon")},
    ),
    (
        "Song Min-ho, a chemist, told reporters the lab was clean. Song said the samples were clean too.",
        {("named", "Song Min-ho")},
    ),
    # ... not the common word with no such name before it, nor a hyphenated word that is not a name
    ("The mayor opened a new park. Park visitors said it was lovely.", {("anonymous", "Park visitors")}),
    ("Young voters left early. Young said the queues were long.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_NAME_FIRST_ROWS)
def test_family_name_first_then_alone(text, expected):
    assert _sources(text, but="spoke") == expected


# A reported claim stops at ", before/after V-ing": the writer goes on to the speaker's next act.
NEXT_ACT_ROWS = [
    ("Ibarra told radio that his critics were idiots, before apologising in a video.", "his critics were idiots"),
    ("The club said the fee was fair, after rejecting two bids.", "the fee was fair"),
    # ... not without the comma, nor "before" with a noun after it
    (
        "The club said the team would rest before returning to training.",
        "the team would rest before returning to training",
    ),
    ("The club said the fee was fair, before the window closed.", "the fee was fair, before the window closed"),
]


@pytest.mark.parametrize(("text", "claim"), NEXT_ACT_ROWS)
def test_claim_stops_before_the_speakers_next_act(text, claim):
    assert [c for _, _, cue, c, _ in _read(text) if cue in ("told", "said")] == [claim]


# "X hailed Y as Z" describes Y as "described" does; "hailed" with no name given to its object, "hailed from"
# and "hailed a taxi" are not speech.
HAILED_ROWS = [
    ('The envoy Lars Vinter hailed the decision as "a historic step".', {("named", "Lars Vinter")}),
    ('The minister hailed the deal as "a win for workers".', {("anonymous", "minister")}),
    # ... not a cheer, an origin or a taxi
    ("Fans hailed the striker after the game.", set()),
    ("The coach hailed from Ohio.", set()),
    ("She hailed a taxi as it passed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HAILED_ROWS)
def test_hailed_as_describes(text, expected):
    assert _sources(text) == expected


# A reported claim that is one whole quotation ('adding that "…"', "warned of '…'") is a direct quote, its marks
# left out; a claim with a partial quote inside it stays reported speech.
WHOLE_QUOTE_ROWS = [
    ('The minister said that "nobody should doubt our loyalty."', "nobody should doubt our loyalty.", True),
    ("The company warned of 'unintended consequences', noting that sales would fall.", "unintended consequences", True),
    # ... not a claim with words of the writer's around the quotation
    ('The minister said that "nobody" doubted them.', '"nobody" doubted them', False),
    ('The company warned of "unintended consequences" for shops.', '"unintended consequences" for shops', False),
]


@pytest.mark.parametrize(("text", "claim", "quote"), WHOLE_QUOTE_ROWS)
def test_a_claim_that_is_one_quotation_is_direct(text, claim, quote):
    assert [(c, q) for _, _, cue, c, q in _read(text) if cue in ("said", "warned")] == [(claim, quote)]


# A participle right before a body's head noun that ends the phrase is a modifier ("the world governing body",
# "the organising committee"), not a clause after the noun before it ("one person briefed on the talks").
BODY_MODIFIER_ROWS = [
    ("The world governing body said it would act.", {("organization", "world governing body")}),
    (
        "The tournament organising committee said tickets had sold out.",
        {("organization", "tournament organising committee")},
    ),
    # ... not a participle with its own object or complement after it
    ("One person briefed on the talks said they had stalled.", {("anonymous", "One person briefed on the talks")}),
    ("Staff running council services said pay was low.", {("anonymous", "Staff running council services")}),
]


@pytest.mark.parametrize(("text", "expected"), BODY_MODIFIER_ROWS)
def test_participle_before_a_body_head(text, expected):
    assert _sources(text) == expected


# An -ed form the tag lexicon reads as a past tense but that has "by" after it is a passive participle: the
# phrase before it is the source ("A statement signed by the allies said"), as with "compiled by".
PASSIVE_BY_ROWS = [
    ("A statement signed by the allies said they would submit plans.", "document"),
    ("A joint statement agreed by the 32 allies said they would submit plans.", "document"),
    # ... not a past tense with no "by" after it
    ("The minister signed the deal and said it was fair.", "anonymous"),
]


@pytest.mark.parametrize(("text", "kind"), PASSIVE_BY_ROWS)
def test_passive_participle_before_by(text, kind):
    assert [k for k, _, cue, _, _ in _read(text) if cue == "said"] == [kind]


# A participle with an object or a place after a person, a group or a body is a reduced relative clause: the
# phrase before it speaks ("A lawyer representing the family said", "Residents gathering in the square said"),
# also when the tag lexicon reads the -ing form as a noun ("gathering").
ACTING_ROWS = [
    ("A lawyer representing the family said the verdict was fair.", {("anonymous", "lawyer representing the family")}),
    (
        "A union representing the players says the kiss must be punished.",
        {("organization", "union representing the players")},
    ),
    (
        "Residents gathering in the square said the water was dirty.",
        {("anonymous", "Residents gathering in the square")},
    ),
    # ... not a cue's own participle, nor an -ing noun after a thing
    ("The family, citing the verdict, said it was relieved.", {("anonymous", "family")}),
    ("The building in the square said nothing.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACTING_ROWS)
def test_reduced_relative_with_an_object(text, expected):
    assert _sources(text, but="citing") == expected


# A source an outlet cites relays the statement as the outlet does: the speaker inside the claim keeps its own
# attribution ("X have claimed …, Reuters reported, citing diplomatic sources").
CITED_RELAY_ROWS = [
    (
        "Leaders at the summit have claimed that the talks failed, Reuters reported, citing diplomatic sources.",
        {("anonymous", "Leaders at the summit"), ("agency", "Reuters"), ("anonymous", "diplomatic sources")},
    ),
    # ... while a statement reported inside a body's claim is still part of what the body said
    ("The mayor said the road was shut, officials said.", {("anonymous", "officials")}),
]


@pytest.mark.parametrize(("text", "expected"), CITED_RELAY_ROWS)
def test_a_cited_source_relays(text, expected):
    assert _sources(text) == expected


# "ORG has done X, it said": a trailing "it" after a comma is the body the sentence opens with, also when no
# body has spoken before it.
IT_SAID_ROWS = [
    (
        "FIFA has suspended the federation president for 90 days, it said on Saturday.",
        [("organization", "FIFA", "FIFA has suspended the federation president for 90 days")],
    ),
    # ... not "it" without the comma, where it may point anywhere, nor a subject that is no body
    ("The federation president was suspended for 90 days, it said.", []),
]


@pytest.mark.parametrize(("text", "expected"), IT_SAID_ROWS)
def test_it_said_after_a_body_subject(text, expected):
    assert [(k, s, c) for k, s, _, c, _ in _read(text)] == expected


# A cue of putting out ("posted", "published") in an object relative clause puts out the thing before "which":
# nothing is said ("messages, which the US leader later posted online").
RELATIVE_POST_ROWS = [
    ("The messages, which the US leader later posted online, caused a stir.", set()),
    # ... a cue of saying there takes the thing as its claim, and a post with a verb after it says something
    ("The firm was preparing a recall, which Korvia confirmed the next day.", {("organization", "Korvia")}),
    ("The minister posted online that the road was shut.", {("anonymous", "minister")}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_POST_ROWS)
def test_posted_in_an_object_relative(text, expected):
    assert _sources(text) == expected
