"""Sourcing rules from a spot check on real pages (government press pages and dailies, stop 24): a title that
joins two portfolios with "and", a name followed by an adverbial, and a "that" that is a pronoun rather than the
start of what was said. Each rule with look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted).
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze


def _read(text, lexicon):
    return [
        (a.kind, a.span.text, a.source, a.role, a.claim.text if a.claim else None)
        for a in analyze(Article(id="t", text=text), lexicon).sourcing.attributions
    ]


TITLE_ROWS = [
    # two portfolios joined by "and" in one title before the name: the whole title is the role
    (
        "Justice and Police Minister Kenneth Amoksi said the plan was sound.",
        ("named", "Justice and Police Minister Kenneth Amoksi", "Kenneth Amoksi", "Justice and Police Minister"),
    ),
    (
        "Health and Social Care Secretary Wes Streeting said the plan was sound.",
        (
            "named",
            "Health and Social Care Secretary Wes Streeting",
            "Wes Streeting",
            "Health and Social Care Secretary",
        ),
    ),
    (
        "“The plan is sound,” said Trade and Industry Minister Lena Ostrova.",
        ("named", "Trade and Industry Minister Lena Ostrova", "Lena Ostrova", "Trade and Industry Minister"),
    ),
    # the "of" form was read whole already
    (
        "Minister of Industry and Commerce Rafiq Dawood said the plan was sound.",
        (
            "named",
            "Minister of Industry and Commerce Rafiq Dawood",
            "Rafiq Dawood",
            "Minister of Industry and Commerce",
        ),
    ),
    # ... not two people: a full name before "and" is someone else
    (
        "John Smith and Foreign Minister Sergei Lavrov said the plan was sound.",
        ("named", "Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Foreign Minister"),
    ),
    # ... nor "and" before a role with no name after it
    (
        "Police and Fire Chief officers said the road was closed.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_ROWS)
def test_a_title_of_two_portfolios_is_one_role(general, text, expected):
    found = [(kind, span, source, role) for kind, span, source, role, _ in _read(text, general)]
    if expected is None:
        assert not any(" and " in span and role for _, span, _, role in found), found
    else:
        assert expected in found, found
        assert all(" and " not in span or span == expected[1] for _, span, _, _ in found), found


ADVERBIAL_ROWS = [
    # a name, then an adverbial: the source's span ends on the name
    (
        "“The plan is sound,” said Foreign Minister Sergei Lavrov in response to the crimes.",
        "Foreign Minister Sergei Lavrov",
    ),
    ("“We will rebuild,” said Mayor Ana Torres at midday.", "Mayor Ana Torres"),
    # ... a common noun's prepositional phrase stays in the span, and so does one that names a place or body
    ("“It is sound,” said a spokesman for the ministry.", "a spokesman for the ministry"),
    ("“It is sound,” said Ana Torres of the Harbour Trust.", "Ana Torres of the Harbour Trust"),
]


@pytest.mark.parametrize(("text", "span"), ADVERBIAL_ROWS)
def test_a_name_then_an_adverbial(general, text, span):
    assert span in [s for _, s, _, _, _ in _read(text, general)]


THAT_ROWS = [
    # "that" with a verb of its own right after it is a pronoun: the claim is not what follows it
    (
        "Mayor Ana Torres urged residents to report any parcel that looks suspicious.",
        "residents to report any parcel that looks suspicious",
    ),
    ("A regional paper reported the arrest and that caused the minister to leave the briefing.", "the arrest"),
    # ... a that-clause starts with its own subject, even a plural the tag list could call a verb
    ("Mayor Ana Torres said that talks would resume on Friday.", "talks would resume on Friday"),
    ("Mayor Ana Torres said that cuts were needed.", "cuts were needed"),
    (
        "Mayor Ana Torres said that wounded officers were treated at the scene.",
        "wounded officers were treated at the scene",
    ),
    ("Police said on Monday that the road had reopened.", "the road had reopened"),
    # ... and "and that" goes on with the same statement when a subject follows
    ("Mayor Ana Torres said the plan was sound and that it would pass.", "the plan was sound and that it would pass"),
]


@pytest.mark.parametrize(("text", "claim"), THAT_ROWS)
def test_a_pronoun_that_does_not_open_the_claim(general, text, claim):
    assert claim in [c for *_, c in _read(text, general)]


INITIAL_ROWS = [
    # a middle initial belongs to the name (US house style): the whole name is the source, the role before it
    ("Mary K. Butler said the term was fair.", ("Mary K. Butler", "Mary K. Butler", "")),
    ("A prosecutor, Mary K. Butler, said the term was fair.", ("Mary K. Butler", "Mary K. Butler", "A prosecutor")),
    ("“It was fair,” said prosecutor Mary K. Butler.", ("prosecutor Mary K. Butler", "Mary K. Butler", "prosecutor")),
    (
        "US District Judge Amy B. Jackson said the sentence was fair.",
        ("US District Judge Amy B. Jackson", "Amy B. Jackson", "US District Judge"),
    ),
    # ... an abbreviated rank is still a role, not a name
    ("Rear Adm. Karen Voss said the ship was safe.", ("Rear Adm. Karen Voss", "Karen Voss", "Rear Adm.")),
    ("Col. Andre Whitfield said the base was calm.", ("Col. Andre Whitfield", "Andre Whitfield", "Col.")),
]


@pytest.mark.parametrize(("text", "expected"), INITIAL_ROWS)
def test_a_middle_initial_stays_in_the_name(general, text, expected):
    assert expected in [(span, source, role) for _, span, source, role, _ in _read(text, general)]


def test_a_later_surname_points_to_the_name_with_its_initial(general):
    text = "US District Judge Amy B. Jackson said the sentence was fair. Later, Ms. Jackson said the motion was open."
    assert [source for _, _, source, _, _ in _read(text, general)] == ["Amy B. Jackson", "Amy B. Jackson"]


def test_discovered_labels_name_the_person_with_the_initial(general):
    text = "Federal prosecutor Mary K. Butler argued for a lighter term. Judge Amy B. Jackson agreed."
    labels = analyze(Article(id="t", text=text), general).framing.actor_labels
    assert {(a.actor, a.label) for a in labels} >= {
        ("Mary K. Butler", "Federal prosecutor"),
        ("Amy B. Jackson", "Judge"),
    }


SURNAME_ROWS = [
    # a surname alone is the person the text named in full before, even in a possessive
    (
        "Roger Vane, US President Donald Trump's longtime adviser, left. Trump said the plan was sound.",
        ("named", "Donald Trump"),
    ),
    ("Russia's Sergei Lavrov arrived first. Lavrov said the plan was sound.", ("named", "Sergei Lavrov")),
    # ... a body's possessive gives it no first name
    ("Pfizer's chief, Albert Bourla, arrived. Pfizer said the drug was safe.", ("organization", "Pfizer")),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_ROWS)
def test_a_surname_alone_after_a_possessive_full_name(general, text, expected):
    assert expected in [(kind, source) for kind, _, source, _, _ in _read(text, general)]


ADVERB_ROWS = [
    # an adverb before the source in its own clause is not what was said
    ("Roger Vane left. Later Trump had tweeted about his displeasure.", ""),
    ("However, other residents told the BBC about their frustrations.", ""),
    # ... a clause set off by a comma is, and so is a count
    ("The plan is sound, Trump said.", "The plan is sound"),
    ("Five dead, police said.", "Five dead"),
]


@pytest.mark.parametrize(("text", "claim"), ADVERB_ROWS)
def test_an_adverb_before_the_source_is_no_claim(general, text, claim):
    claims = [c or "" for *_, c in _read(text, general)]
    assert claims and claims[-1] == claim


VAGUE_DOCUMENT_ROWS = [
    # a plural document word alone names no document: no source a reader could check
    ("Officials left. Estimates suggest fewer than 1,000 people received asylum.", set()),
    ("Officials left. Only a few stayed, and studies show most returned.", set()),
    # ... a document with an article, an owner or an issuer is one
    ("The report said 1,000 people received asylum.", {("document", "report")}),
    ("Figures released by the ministry show 1,000 people received asylum.", {("document", "ministry")}),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_DOCUMENT_ROWS)
def test_a_plural_document_word_alone_names_no_document(general, text, expected):
    assert {(kind, source) for kind, _, source, _, _ in _read(text, general) if kind == "document"} == expected
