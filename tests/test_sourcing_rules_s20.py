"""Sourcing rules from real pages read this session: objects named together, and a pronoun object's claim.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon


@pytest.fixture(scope="module")
def general():
    return load_lexicon("general-news")


def _read(text, lexicon):
    return [
        (a.kind, a.span.text, a.claim.text if a.claim else None)
        for a in analyze(Article(id="t", text=text), lexicon).sourcing.attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second source named after "and" at the end of the clause is a source of its own, with no claim
        (
            "The paper is citing state media outlets and two Iranian officials.",
            {("anonymous", "state media outlets", None), ("anonymous", "two Iranian officials", None)},
        ),
        (
            "The fire spread fast, according to police and witnesses.",
            {("organization", "police", "The fire spread fast"), ("anonymous", "witnesses", "The fire spread fast")},
        ),
        # an addressee named together is no source, and the that-clause stays the claim
        (
            "The minister told Reuters and the BBC that the talks had failed.",
            {("anonymous", "The minister", "the talks had failed")},
        ),
        # a pronoun object with only a channel or a time after it: what was said is elsewhere
        ("The spokesman confirmed this to reporters.", {("anonymous", "The spokesman", None)}),
        (
            "The agency reported it on Monday, citing two officials.",
            {("organization", "The agency", None), ("anonymous", "two officials", None)},
        ),
        # ... but a pronoun that opens a clause is the claim
        ("The minister said it would rain on Monday.", {("anonymous", "The minister", "it would rain on Monday")}),
        (
            "The mayor said these were the worst floods in decades.",
            {("anonymous", "The mayor", "these were the worst floods in decades")},
        ),
    ],
)
def test_objects_named_together_and_pronoun_objects(general, text, expected):
    assert set(_read(text, general)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in quotation marks after the one spoken to is no claim
        (
            "The news came from a source close to the ministry, who spoke anonymously to the news agency “Ria Novosti.”",
            {("anonymous", "a source close to the ministry", None)},
        ),
        ("The official told the paper “Ukrainska Pravda.”", {("anonymous", "The official", None)}),
        (
            "A source told the agency “Ria Novosti” that talks were under way.",
            {("anonymous", "A source", "talks were under way")},
        ),
        # words said in quotation marks stay the claim
        ("The minister told reporters: “We will win.”", {("anonymous", "The minister", "We will win.")}),
        (
            "Police told residents “Stay Inside Now” as the storm neared.",
            {("organization", "Police", "Stay Inside Now")},
        ),
    ],
)
def test_a_quoted_name_after_the_addressee(general, text, expected):
    assert set(_read(text, general)) == expected
