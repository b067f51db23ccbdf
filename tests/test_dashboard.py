"""The dashboard through Streamlit's AppTest: views, selection, shared links, bad input, escaping."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
import tomli_w
from streamlit.testing.v1 import AppTest

from analysis import Article, load_case_study, load_lexicon
from analysis.lexicon import lexicon_to_toml
from views.highlight import md_escape
from views.state import VIEWS, view_slug

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
TIMEOUT = 60
PAYLOAD = '<script>alert("x")</script>'
UNESCAPED_TAG = re.compile(r"(?<!\\)<script")  # markdown shows "\<script" and "&lt;script" as text


@cache
def case_ids() -> tuple[str, ...]:
    return tuple(a.id for a in load_case_study())


def app(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def texts(at: AppTest) -> list[str]:
    """The highlighted article texts on the page."""
    return [h.value for h in at.get("html") if 'class="fl-article"' in h.value]


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_opens_on_the_overview_of_the_case_study():
    at = app().run()
    no_exception(at)
    assert at.title[0].value == "FrameLens"
    assert at.session_state["fl_view"] == "Overview"
    assert len(at.dataframe[0].value) == len(case_ids())
    assert len(at.get("plotly_chart")) == 1
    assert not at.warning
    assert at.query_params["view"] == "overview"
    assert len(at.query_params["articles"].split(",")) == 2, "the default pair is in the link"


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_runs(view):
    at = app().run()
    at.segmented_control(key="fl_view").set_value(view).run()
    no_exception(at)
    assert at.query_params["view"] == view_slug(view)
    assert at.markdown, "each view opens with an explanation"


def test_side_by_side_shows_one_highlighted_column_per_article():
    at = app(view="side-by-side").run()
    no_exception(at)
    selection = at.session_state["fl_selection"]
    assert len(texts(at)) == len(selection) == 2
    assert all("fl-term" in t for t in texts(at))
    assert len(at.expander) >= 4 * len(selection), "every score has a why?"


def test_changing_the_selection_changes_columns_and_charts():
    ids = case_ids()
    at = app(view="side-by-side").run()
    before = texts(at)
    at.multiselect(key="fl_selection").set_value(list(ids[2:5])).run()
    no_exception(at)
    after = texts(at)
    assert len(after) == 3 and after != before
    outlets = {a.id: md_escape(a.outlet) for a in load_case_study()}
    assert [h.value for h in at.subheader][:3] == [outlets[i] for i in ids[2:5]], "one column per chosen article"
    assert at.query_params["articles"] == ",".join(ids[2:5])

    at.segmented_control(key="fl_view").set_value("Charts").run()
    first = chart_specs(at)
    assert len(first) == 6
    assert all(len(trace["x"]) == 3 for trace in first[1]["data"] if "x" in trace)
    at.multiselect(key="fl_selection").set_value(list(ids[:2])).run()
    second = chart_specs(at)
    assert second[1]["data"][0]["x"] != first[1]["data"][0]["x"]


def test_query_parameters_open_the_requested_comparison():
    ids = case_ids()
    wanted = [ids[1], ids[3], ids[4]]
    at = app(articles=",".join(wanted), view="charts").run()
    no_exception(at)
    assert at.session_state["fl_selection"] == wanted
    assert at.session_state["fl_view"] == "Charts"
    assert not at.warning
    assert len(at.get("plotly_chart")) == 6


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"articles": "nope,also-nope"}, "not loaded"),
        ({"articles": "ONE_ONLY"}, "not loaded"),
        ({"articles": "{0}"}, "names 1"),
        ({"articles": "{0},{1},{2},{3},{4}"}, "names 5"),
        ({"view": "nowhere"}, "does not exist"),
        ({"view": PAYLOAD, "articles": PAYLOAD}, "not loaded"),
    ],
)
def test_a_bad_link_shows_a_message_and_the_default(query, message):
    ids = case_ids()
    default = app().run().session_state["fl_selection"]
    at = app(**{k: v.format(*ids) for k, v in query.items()}).run()
    no_exception(at)
    assert any(message in w.value for w in at.warning)
    assert all("<script" not in w.value for w in at.warning)
    assert at.session_state["fl_selection"] == default
    if "view" in query:
        assert at.session_state["fl_view"] == "Overview"


def test_the_message_goes_away_after_the_next_click():
    at = app(view="nowhere").run()
    assert at.warning
    at.segmented_control(key="fl_view").set_value("Classroom").run()
    assert not at.warning


def test_a_changed_link_in_a_running_session_is_followed():
    ids = case_ids()
    at = app().run()
    at.query_params["articles"] = f"{ids[0]},{ids[4]}"
    at.query_params["view"] = "side-by-side"
    at.run()
    assert at.session_state["fl_selection"] == [ids[0], ids[4]]
    assert at.session_state["fl_view"] == "Side by side"


def test_open_the_pair_that_differs_most_from_the_overview():
    at = app().run()
    at.button(key="fl_open_pair").click().run()
    no_exception(at)
    assert at.session_state["fl_view"] == "Side by side"
    assert len(texts(at)) == 2


@pytest.mark.parametrize("view", VIEWS)
def test_user_text_is_escaped_everywhere(view):
    evil = Article(id="evil", text=f"Assad fled. {PAYLOAD} The regime fell.", title=PAYLOAD, outlet=PAYLOAD)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["fl_articles"] = [evil, *load_case_study()[:2]]
    at.query_params["articles"] = f"evil,{case_ids()[0]}"
    at.query_params["view"] = view_slug(view)
    at.run()
    no_exception(at)
    if view == "Side by side":
        assert any("&lt;script&gt;" in t for t in texts(at))
    assert all("<script" not in h.value for h in at.get("html"))
    markdown = [e.value for e in (*at.markdown, *at.subheader, *at.caption, *at.warning, *at.info)]
    markdown += [b.proto.label for b in at.button] + [e.label for e in at.expander]  # labels are markdown too
    assert not [m for m in markdown if UNESCAPED_TAG.search(m)]
    assert all("<script" not in c.proto.spec for c in at.get("plotly_chart"))


def test_a_removed_article_falls_back_to_a_valid_selection():
    ids = case_ids()
    at = app(articles=f"{ids[0]},{ids[1]}", view="side-by-side").run()
    at.session_state["fl_articles"] = [a for a in load_case_study() if a.id != ids[0]]
    at.run()
    no_exception(at)
    assert ids[0] not in at.session_state["fl_selection"]
    assert len(at.session_state["fl_selection"]) == 2


def test_no_articles_shows_a_hint_not_an_error():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["fl_articles"] = []
    at.run()
    no_exception(at)
    assert any("No articles" in i.value for i in at.info)


def test_a_broken_lexicon_is_reported_and_the_shipped_one_used():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["fl_lexicon_toml"] = "[[families]\nbroken ="
    at.run()
    no_exception(at)
    assert any("lexicon" in e.value for e in at.error)
    assert len(at.dataframe[0].value) == len(case_ids())


def test_an_edited_lexicon_changes_the_numbers():
    lexicon = load_lexicon()
    data = json.loads(json.dumps(lexicon.data))
    for family in data["families"]:
        for pole in family["poles"]:
            pole["position"] = 0.0
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["fl_lexicon_toml"] = tomli_w.dumps(data)
    at.run()
    no_exception(at)
    positions = at.dataframe[0].value["Framing position"].dropna().tolist()
    assert positions and all(p == 0.0 for p in positions)
    assert lexicon_to_toml(lexicon)  # the shipped lexicon still serialises for the editor


def test_compare_view_shows_similarity_words_and_facts():
    ids = case_ids()
    at = app(view="compare").run()
    no_exception(at)
    specs = chart_specs(at)
    assert len(specs) == 3, "similarity heatmap, wording map, distinctive words"
    assert len(specs[0]["data"][0]["z"]) == len(ids)
    facts = at.dataframe[-1].value
    assert "Fact" in facts.columns and len(facts) > 0
    assert facts.drop(columns="Fact").map(lambda v: v[:1] in {"✓", "—", "≠"}).all().all()
    word_context = [h.value for h in at.get("html") if "fl-evidence" in h.value]
    assert word_context and "<mark" in word_context[0]

    at.selectbox(key="fl_compare_article").set_value(ids[2]).run()
    no_exception(at)
    assert chart_specs(at)[2] != specs[2], "another article, other words"
    at.selectbox(key="fl_claim_pick").set_value(1).run()
    no_exception(at)


def test_compare_needs_two_articles():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["fl_articles"] = load_case_study()[:1]
    at.query_params["view"] = "compare"
    at.run()
    no_exception(at)
    assert any("at least two" in i.value for i in at.info)
