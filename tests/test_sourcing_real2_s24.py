"""Sourcing rules from a second spot check on real published copy (10 articles: health, court, business, sport
governance and disaster copy from Nigerian, Zambian, South African, Malaysian, Russian, Pakistani, US and UK
outlets). Each rule is a construction that recurs in such copy, tested with look-alikes it must leave alone.

Every sentence here is written for these tests (no article is quoted); the people are invented.
"""

from __future__ import annotations

import pytest

from analysis import Article, analyze, load_lexicon

GENERAL = load_lexicon("general-news")


def _sources(text: str) -> list[tuple[str, str, str]]:
    """(kind, source, cue) of each attribution the analysis finds in ``text``."""
    found = analyze(Article(id="t", text=text), GENERAL).sourcing.attributions
    return [(a.kind, a.source, a.cue) for a in found]


# A court's verdict ("found the pair guilty", "found the council liable") is a decision, not a finding reported
# as said; "found that …" and a finding with its own verb stay attributions.
VERDICT_ROWS = [
    ("An appeals panel found the two builders and their foreman guilty of fraud last year.", []),
    ("The tribunal found the council liable for the flooding.", []),
    ("A jury found Ms Okafor, a retired nurse, innocent of all charges.", []),
    # ... not a finding with a that-clause or a verb of its own
    ("The audit found the books were in order.", [("document", "audit", "found")]),
    ("The review found that two wards were understaffed.", [("document", "review", "found")]),
]


@pytest.mark.parametrize(("text", "expected"), VERDICT_ROWS)
def test_a_verdict_is_no_attribution(text: str, expected: list) -> None:
    assert _sources(text) == expected


# A cue word that is also a document's noun ("estimates", "forecasts") used as that noun: before "of", or after
# a gerund and a name ("beating Wall Street estimates"); the name is no speaker.
FORECAST_NOUN_ROWS = [
    ("The firm earned 30 cents a share, beating Wall Street estimates.", []),
    ("The bank forecasts of growth were cut twice.", []),
    ("The ministry estimates of the toll rose overnight.", []),
    # ... not the verb, nor a cue after a name at a sentence's end
    ("The ministry estimates the toll at 40.", [("organization", "ministry", "estimated")]),
    ("Prices rose again in May, Interfax reports.", [("agency", "Interfax", "reported")]),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_NOUN_ROWS)
def test_a_forecast_noun_is_no_cue(text: str, expected: list) -> None:
    assert _sources(text) == expected


# "reminded X that …" reports what a judge or an official said to the one addressed (a time word before it stays
# out of the name); "reminded X of Y" says no clause and is no attribution.
REMINDED_ROWS = [
    ("Magistrate Ruth Obi today reminded the accused that bail was a privilege.", ("named", "reminded")),
    ("Judge Ann Lee reminded the jury that the burden lay with the state.", ("named", "reminded")),
    ('The mayor reminded residents: "Stay indoors tonight."', ("anonymous", "reminded")),
    # ... not a memory or a duty named with "of"
    ("The coach reminded his players of the stakes.", None),
    ("Officials reminded drivers of the new limits.", None),
]


@pytest.mark.parametrize(("text", "expected"), REMINDED_ROWS)
def test_reminded_that_is_a_cue(text: str, expected: tuple | None) -> None:
    found = _sources(text)
    if expected is None:
        assert found == []
    else:
        assert [(kind, cue) for kind, _, cue in found] == [expected]
        assert "today" not in found[0][1]


# "MEC" (a South African provincial minister) is a title: before a name it is the name's role, and "the MEC"
# alone points back to the minister named before; it never makes the title a body.
MEC_ROWS = [
    (
        "Education MEC Tumi Ndlovu says 40 schools are closed. The MEC also warned of more closures.",
        [("named", "Tumi Ndlovu", "said"), ("named", "Tumi Ndlovu", "warned")],
    ),
    ("Transport MEC Sipho Dlamini said the road was closed.", [("named", "Sipho Dlamini", "said")]),
    # ... not a body, and no one named before: an unnamed official
    ("The MEC said the budget was cut.", [("anonymous", "MEC", "said")]),
    (
        "The provincial health department said 12 clinics were shut.",
        [("organization", "provincial health department", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEC_ROWS)
def test_mec_is_a_title(text: str, expected: list) -> None:
    assert _sources(text) == expected


# "asked" before a colon and a quotation is a question put in the speaker's own words: an attribution, like
# "said:"; "asked" alone stays the writer's contact or a request.
ASKED_ALOUD_ROWS = [
    ('A resident asked: "Who will pay for this?"', [("anonymous", "resident", "asked")]),
    ('Ann Cole asked: "Who will pay for this?"', [("named", "Ann Cole", "asked")]),
    # ... not a question with no words given, nor a request
    ("Ann Cole asked the minister about the plan.", []),
    ("Ann Cole asked for help.", []),
    ("Officials asked residents to stay home.", [("anonymous", "Officials", "urged")]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_ALOUD_ROWS)
def test_asked_before_a_quotation(text: str, expected: list) -> None:
    assert _sources(text) == expected
