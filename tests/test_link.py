"""The link (parse and write the query string), the articles' names and the default pair; pure functions."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.model import ArticleReport, FramingResult, TransparencyResult
from app.link import CHARTS, VIEWS, LinkState, parse_link, to_query, view_slug
from app.render.selection import LABEL_CHARS, article_labels, difference, most_different_pair
from tests.reports import PAYLOAD, case_reports, make_report, scored


def test_article_labels_are_unique_and_short():
    reports = [make_report("x", outlet="Same", article_id=str(i)) for i in range(3)]
    reports.append(make_report("x", outlet="A very long outlet name that goes on and on", article_id="l"))
    labels = article_labels(reports)
    assert labels[:3] == ["Same", "Same (2)", "Same (3)"]
    assert len(labels[3]) <= LABEL_CHARS and labels[3].endswith("…")


# --- link state --------------------------------------------------------------------------------

KNOWN = ("a", "b", "c", "d", "e")
DEFAULT = ("a", "b")


@pytest.mark.parametrize(
    ("params", "ids", "view", "problem"),
    [
        ({}, DEFAULT, "Overview", None),
        ({"articles": "c,d", "view": "charts"}, ("c", "d"), "Charts", None),
        ({"articles": "c, d ,e", "view": "Side by side"}, ("c", "d", "e"), "Side by side", None),
        ({"view": "SIDE-BY-SIDE"}, DEFAULT, "Side by side", None),
        ({"articles": ["a,b", "c,d"]}, ("c", "d"), "Overview", None),
        ({"articles": "c,zzz"}, DEFAULT, "Overview", "not loaded"),
        ({"articles": "c"}, DEFAULT, "Overview", "names 1"),
        ({"articles": "c,c"}, DEFAULT, "Overview", "names 1"),
        ({"articles": "a,b,c,d,e"}, DEFAULT, "Overview", "names 5"),
        ({"articles": ",,,"}, DEFAULT, "Overview", "names 0"),
        ({"view": "nowhere"}, DEFAULT, "Overview", "does not exist"),
        ({"view": PAYLOAD, "articles": PAYLOAD}, DEFAULT, "Overview", "not loaded"),
    ],
)
def test_parse_link(params, ids, view, problem):
    state = parse_link(params, known=KNOWN, default_ids=DEFAULT)
    assert (state.ids, state.view) == (ids, view)
    if problem is None:
        assert state.problems == ()
    else:
        assert any(problem in p for p in state.problems)


def test_long_bad_values_are_shortened_in_messages():
    state = parse_link({"view": "x" * 500}, known=KNOWN, default_ids=DEFAULT)
    assert isinstance(state, LinkState) and len(state.problems[0]) < 200


def test_query_round_trip():
    for view in VIEWS:
        query = to_query(("c", "d"), view)
        assert parse_link(query, known=KNOWN, default_ids=DEFAULT) == LinkState(("c", "d"), view)
    assert view_slug("Side by side") == "side-by-side"
    for chart in CHARTS:
        query = to_query(("c", "d"), "Charts", chart)
        assert parse_link(query, known=KNOWN, default_ids=DEFAULT) == LinkState(("c", "d"), "Charts", (), chart)
    assert to_query(("c", "d"), "Charts", "Sources")["chart"] == "sources"
    assert "chart" not in to_query(("c", "d"), "Overview", "Sources"), "the open chart only in the Charts view's link"


@pytest.mark.parametrize(
    ("raw", "chart", "problem"),
    [
        (None, CHARTS[0], None),
        ("", CHARTS[0], None),
        ("term-choices", "Term choices", None),
        ("SENTIMENT toward Actors", "Sentiment toward actors", None),
        (["sources", "transparency"], "Transparency", None),
        ("nowhere", CHARTS[0], "a chart called 'nowhere', which does not exist; showing Who is called what"),
        ("x" * 500, CHARTS[0], "does not exist"),
    ],
)
def test_parse_link_chart(raw, chart, problem):
    params = {"view": "charts"} if raw is None else {"view": "charts", "chart": raw}
    state = parse_link(params, known=KNOWN, default_ids=DEFAULT)
    assert (state.view, state.chart) == ("Charts", chart)
    if problem is None:
        assert state.problems == ()
    else:
        assert len(state.problems) == 1 and problem in state.problems[0] and len(state.problems[0]) < 200


def test_default_pair_is_the_two_that_differ_most():
    reports = case_reports()
    by_id = {r.article.id: r for r in reports}
    chosen = difference(*(by_id[i] for i in most_different_pair(reports)))
    assert all(chosen >= difference(a, b) for a, b in combinations(reports, 2))


def test_transparency_breaks_a_tie_in_word_choice():
    def report(article_id: str, position: float, transparency: float) -> ArticleReport:
        base = make_report("x", article_id=article_id)
        framing = FramingResult((), (), (), position)
        return replace(base, framing=framing, transparency=TransparencyResult(transparency, ()))

    reports = [report("a", -0.5, 50), report("b", 0.5, 50), report("c", 0.5, 95)]
    assert most_different_pair(reports) == ("a", "c")


@pytest.mark.parametrize("count", [0, 1])
def test_default_pair_with_fewer_than_two(count):
    assert len(most_different_pair(case_reports()[:count])) == count


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.sampled_from([-1.0, -0.5, 0.0, 0.5, 1.0]), st.floats(-1, 1)),
            st.one_of(st.sampled_from([0.0, 50.0, 100.0]), st.floats(0, 100)),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_default_pair_is_the_first_of_all_pairs_that_differ_most(values):
    reports = [scored(str(i), p, t) for i, (p, t) in enumerate(values)]
    best = max(combinations(reports, 2), key=lambda pair: difference(*pair))  # every pair, earliest of equals
    assert most_different_pair(reports) == (best[0].article.id, best[1].article.id)


def test_article_labels_stay_unique_with_hundreds_from_one_outlet():
    reports = [make_report("x", outlet="Same", article_id=str(i)) for i in range(300)]
    reports.insert(1, make_report("x", outlet="Same (3)", article_id="literal"))
    labels = article_labels(reports)
    assert len(set(labels)) == len(labels)
    assert labels[:4] == ["Same", "Same (3)", "Same (2)", "Same (4)"], "a name already taken is skipped"
    assert labels[-1] == "Same (301)"
