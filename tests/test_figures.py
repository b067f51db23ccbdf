"""The plotly figures: built from the reports, every name escaped, a second cue beside each colour."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from analysis import analyze, load_lexicon
from analysis.model import Article, Signal
from app.link import CHARTS
from app.render import figures
from app.render.compare_figures import alike_html, distinctive_figure, map_figure, similarity_figure
from app.render.plot import MAX_NAMED, esc
from app.render.selection import article_labels
from tests.reports import PAYLOAD, attribution, case_reports, make_report, scored


@dataclass(frozen=True)
class FakeTerm:
    term: str
    z: float
    count: int


def test_script_in_title_and_outlet_is_escaped_in_figures():
    report = analyze(
        Article(id="x", text="Assad fled. The regime fell.", title=PAYLOAD, outlet=PAYLOAD), load_lexicon()
    )
    other = case_reports()[0]
    figs = [figures.overview_map([report, other], axis_low=PAYLOAD, axis_high="b")]
    figs += figures.comparison_figures([report, other], load_lexicon())
    for fig in figs:
        assert "<script" not in fig.to_json()


# --- figures -----------------------------------------------------------------------------------


def test_family_figure_cells_are_the_family_positions():
    reports = case_reports()[:3]
    fig = figures.family_figure(reports)
    heat = fig.data[0]
    for col, report in enumerate(reports):
        for row, fam in enumerate(report.framing.families):
            assert heat.z[row][col] == fam.position
    assert "regime" in json.dumps(heat.text)


def test_sentiment_arc_has_one_point_per_sentence_with_the_sentence_on_hover():
    reports = case_reports()[:2]
    fig = figures.sentiment_arc_figure(reports)
    assert [len(t.y) for t in fig.data] == [len(r.sentiment.sentences) for r in reports]
    first = reports[0].sentiment.sentences[0].span.text
    assert html.escape(first.split()[0]) in fig.data[0].customdata[0][1]


def test_selection_changes_the_figures():
    reports = case_reports()
    a = figures.family_figure(reports[:2])
    b = figures.family_figure(reports[2:5])
    assert list(a.data[0].x) != list(b.data[0].x)
    assert len(b.data[0].x) == 3


def test_sourcing_figure_stacks_counts_by_kind():
    text = "Reuters said officials said Smith said."
    report = make_report(
        text,
        attributions=(
            attribution(text, "Reuters", "agency"),
            attribution(text, "officials", "anonymous"),
            attribution(text, "Smith", "named"),
        ),
    )
    fig = figures.sourcing_figure([report, make_report("x", article_id="b")])
    assert fig.layout.barmode == "stack"
    assert {t.legendgroup: list(t.y) for t in fig.data} == {"named": [1, 0], "anonymous": [1, 0], "agency": [1, 0]}
    assert [t.name for t in fig.data] == ["named people", "anonymous sources", "news agencies"], "kinds in words"
    assert all(t.marker.pattern.shape is not None for t in fig.data), "a pattern as well as a colour"


def test_transparency_figure_one_bar_per_signal_and_article():
    text = "x"
    sig = Signal("dateline", "Date given", 1.0, 1.0, 2.0, "A date.", ())
    fig = figures.transparency_figure([make_report(text, signals=(sig,)), make_report(text, article_id="b")])
    assert len(fig.data) == 2 and list(fig.data[0].x) == [1.0] and list(fig.data[1].x) == [None]


@pytest.mark.parametrize(
    "builder",
    [
        figures.sourcing_figure,
        figures.transparency_figure,
        figures.sentiment_arc_figure,
        figures.actor_sentiment_figure,
    ],
)
def test_empty_results_give_a_note_not_an_error(builder):
    fig = builder([make_report("Nothing here.")])
    assert fig.layout.annotations and "Nothing to show" in fig.layout.annotations[0].text


@pytest.mark.parametrize(
    ("actor", "pole", "expected"),
    [
        ("Bashar al-Assad", "legitimate", -1.0),
        ("Bashar al-Assad", "removed", 0.5),  # the title family, not "How Assad left" (+1)
        ("Hayat Tahrir al-Sham (HTS)", "terrorist", -1.0),
        ("Russia (Kremlin)", "legitimate", None),  # "President" Putin does not borrow Assad's title scale
        ("Bashar al-Assad", "no-such-pole", None),
    ],
)
def test_label_position(actor, pole, expected):
    assert figures.label_position(load_lexicon(), actor, pole) == expected


def test_one_chart_per_tab_in_the_order_of_the_report():
    reports, lexicon = list(case_reports()[:2]), load_lexicon()
    assert len(CHARTS) == figures.COMPARISON_CHARTS
    alone = [figures.comparison_figure(i, reports, lexicon).to_json() for i in range(len(CHARTS))]
    assert alone == [fig.to_json() for fig in figures.comparison_figures(reports, lexicon)]
    assert len(set(alone)) == len(CHARTS)
    for index in (-1, len(CHARTS)):
        with pytest.raises(IndexError):
            figures.comparison_figure(index, reports, lexicon)


def test_similarity_and_map_figures_escape_names():
    names = [PAYLOAD, "b"]
    sim = similarity_figure(names, [[1.0, 0.25], [0.25, 1.0]])
    assert sim.data[0].z[0][1] == 0.25 and "<script" not in sim.to_json()
    flat = map_figure(names, [(0.0, 0.0), (0.0, 0.0)])
    assert "<script" not in flat.to_json() and flat.layout.xaxis.range[0] < 0 < flat.layout.xaxis.range[1]


def test_distinctive_figure_bars_and_empty_note():
    fig = distinctive_figure("A", [FakeTerm("crimes", 3.5, 8), FakeTerm("refugee", 2.5, 4)])
    assert list(fig.data[0].x) == [3.5, 2.5] and list(fig.data[0].customdata) == [8, 4]
    assert "Nothing to show" in distinctive_figure(PAYLOAD, []).layout.annotations[0].text


def test_overview_map_of_many_articles_is_one_trace_with_names_on_hover():
    reports = [scored(str(i), (i % 21) / 10 - 1, i % 101) for i in range(MAX_NAMED + 1)]
    fig = figures.overview_map(reports, axis_low="a", axis_high="b")
    assert len(fig.data) == 1 and len(fig.data[0].x) == len(reports)
    assert fig.data[0].mode == "markers", "no names written on the plot"
    labels = article_labels(reports)
    assert all(f"<b>{esc(lab)}</b>" in hover for lab, hover in zip(labels, fig.data[0].customdata))
    assert f"{len(reports):,} articles" in fig.layout.title.text
    few = figures.overview_map(reports[:MAX_NAMED], axis_low="a", axis_high="b")
    assert len(few.data) == MAX_NAMED, "up to MAX_NAMED, one named trace per article"


def test_wording_map_of_many_articles_is_one_trace():
    n = MAX_NAMED + 1
    fig = map_figure([f"A{i}" for i in range(n)], [(i / n, (i * 7 % n) / n) for i in range(n)])
    assert len(fig.data) == 1 and len(fig.data[0].x) == n


def test_alike_list_escapes_article_labels():
    comp = SimpleNamespace(ids=("a", "b", "c"), similarity=((1.0, 0.6, 0.2), (0.6, 1.0, 0.4), (0.2, 0.4, 1.0)))
    labels = {"a": PAYLOAD, "b": "<img src=x onerror=alert(1)>", "c": "Plain & simple"}
    out = alike_html(comp, labels)
    assert "<script" not in out and "<img" not in out and "&lt;script&gt;" in out and "&amp; simple" in out
    assert out.count("<li>") == 3 and "60% shared wording" in out
