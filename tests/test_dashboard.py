"""The dashboard through Streamlit's AppTest: views, selection, shared links, bad input, escaping."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
import tomli_w
from streamlit.testing.v1 import AppTest

from analysis import Article, analyze, load_case_study, load_lexicon
from analysis.lexicon.load import lexicon_to_toml
from app.link import CHARTS, VIEWS, view_slug
from app.render import figures
from app.session import md_escape

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


def chart_titles(at: AppTest) -> list[str]:
    return [spec["layout"]["title"]["text"] for spec in chart_specs(at)]


def expected_title(index: int, ids: list[str]) -> str:
    """The title of chart ``index`` for these articles, built outside the app."""
    lexicon = load_lexicon()
    by_id = {a.id: a for a in load_case_study()}
    return figures.comparison_figure(index, [analyze(by_id[i], lexicon) for i in ids], lexicon).layout.title.text


def open_chart(at: AppTest, label: str) -> AppTest:
    """What a click on a chart's tab does (AppTest cannot click a tab): set the tabs' state and rerun."""
    at.session_state["fl_chart"] = label
    return at.run()


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
    assert [h.value for h in at.header][:3] == [outlets[i] for i in ids[2:5]], "one column per chosen article"
    assert at.query_params["articles"] == ",".join(ids[2:5])

    at.segmented_control(key="fl_view").set_value("Charts").run()
    first = chart_specs(at)
    assert len(first) == 1, "only the open tab's chart is drawn"
    assert len(first[0]["data"][0]["x"]) == 3, "who is called what: one column per article"
    at.multiselect(key="fl_selection").set_value(list(ids[:2])).run()
    second = chart_specs(at)
    assert len(second) == 1
    assert second[0]["data"][0]["x"] != first[0]["data"][0]["x"]


def test_charts_draws_only_the_open_tab_and_keeps_it():
    ids = case_ids()
    at = app(view="charts").run()
    no_exception(at)
    pair = list(at.session_state["fl_selection"])
    assert [t.label for t in at.tabs] == list(CHARTS)
    assert at.session_state["fl_chart"] == CHARTS[0]
    assert chart_titles(at) == [expected_title(0, pair)]
    assert at.query_params["chart"] == "who-is-called-what"

    titles = []
    for index, label in enumerate(CHARTS):
        titles += chart_titles(open_chart(at, label))
        no_exception(at)
        assert titles[-1] == expected_title(index, pair), label
        assert at.query_params["chart"] == view_slug(label)
        assert sum(c.value.startswith("Limits: ") for c in at.caption) == 1, "the chart's limits under it"
    assert len(titles) == len(set(titles)) == len(CHARTS), "each tab draws its own chart, one at a time"

    open_chart(at, "Sources")
    chosen = [*pair, next(i for i in ids if i not in pair)]
    at.multiselect(key="fl_selection").set_value(chosen).run()
    no_exception(at)
    assert at.session_state["fl_chart"] == "Sources", "a new selection keeps the open chart"
    assert chart_titles(at) == [expected_title(CHARTS.index("Sources"), chosen)]
    assert len(chart_specs(at)[0]["data"][0]["x"]) == 3

    at.segmented_control(key="fl_view").set_value("Overview").run()
    assert "chart" not in at.query_params, "the link names a chart only in the Charts view"
    at.segmented_control(key="fl_view").set_value("Charts").run()
    assert at.session_state["fl_chart"] == "Sources", "the open chart outlives a visit to another view"
    assert chart_titles(at) == [expected_title(CHARTS.index("Sources"), chosen)]


def test_charts_builds_the_open_chart_only_and_the_report_draws_its_own(monkeypatch: pytest.MonkeyPatch):
    import streamlit as st

    from app import exports as app_exports

    real_figure, real_exports = figures.comparison_figure, app_exports.render_exports
    built: list[int] = []
    exported: list[object] = []

    def figure(index, reports, lexicon, slots=None):
        built.append(index)
        return real_figure(index, reports, lexicon, slots)

    def exports(reports, figs=(), *args, **kwargs):
        exported.append(figs)
        real_exports(reports, figs, *args, **kwargs)

    monkeypatch.setattr(figures, "comparison_figure", figure)
    monkeypatch.setattr(app_exports, "render_exports", exports)
    st.cache_resource.clear()  # earlier tests may have built these charts already
    at = app(view="charts").run()
    no_exception(at)
    assert built == [0], "the open chart only"
    open_chart(at, "Sources")
    assert built == [0, 4]
    open_chart(at, CHARTS[0])
    assert built == [0, 4], "a chart opened before comes from the cache"
    assert exported[-1] == (), "the report draws its own static charts: no plotly figure, no plotly script"


@pytest.mark.parametrize("raw", ["nowhere", PAYLOAD])
def test_a_bad_chart_in_the_link_opens_the_first_chart_with_a_message(raw):
    at = app(view="charts", chart=raw).run()
    no_exception(at)
    assert any("chart called" in w.value and "does not exist" in w.value for w in at.warning)
    assert all("<script" not in w.value for w in at.warning)
    assert at.session_state["fl_chart"] == CHARTS[0]
    assert chart_titles(at) == [expected_title(0, list(at.session_state["fl_selection"]))]
    assert at.query_params["chart"] == "who-is-called-what", "the link now names the chart shown"


def test_query_parameters_open_the_requested_comparison():
    ids = case_ids()
    wanted = [ids[1], ids[3], ids[4]]
    at = app(articles=",".join(wanted), view="charts", chart="term-choices").run()
    no_exception(at)
    assert at.session_state["fl_selection"] == wanted
    assert at.session_state["fl_view"] == "Charts"
    assert at.session_state["fl_chart"] == "Term choices"
    assert not at.warning
    assert chart_titles(at) == [expected_title(1, wanted)]


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
    markdown = [e.value for e in (*at.markdown, *at.header, *at.subheader, *at.caption, *at.warning, *at.info)]
    markdown += [b.proto.label for b in at.button] + [e.label for e in at.expander]  # labels are markdown too
    assert not [m for m in markdown if UNESCAPED_TAG.search(m)]
    specs = [c.proto.spec for c in at.get("plotly_chart")]
    if view == "Charts":  # one chart at a time: open every tab
        specs += [c.proto.spec for label in CHARTS[1:] for c in open_chart(at, label).get("plotly_chart")]
        assert len(specs) == len(CHARTS)
    assert all("<script" not in spec for spec in specs)


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
