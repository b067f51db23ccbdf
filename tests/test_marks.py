"""The one model of a report's highlights and the one palette: what is marked, overlaps kept, same colours."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.export.marks import LAYERS, Mark, report_marks, segments
from analysis.export.palette import POLE_SCALE, SOURCE_LOOKS, article_colour, source_look
from analysis.model import ActorLabel, Article, Attribution, Span
from app.render import figures
from tests.reports import attribution, case_reports, make_report, term


def _verb(text: str, source: str, cue: str, cue_type: str) -> Attribution:
    s, c = text.index(source), text.index(cue)
    return Attribution(
        "named",
        source,
        cue,
        cue_type,
        False,
        Span.of(text, s, s + len(source)),
        Span.of(text, c, c + len(cue)),
        None,
        0,
    )


def test_every_layer_gives_marks_with_a_tag_and_a_title():
    text = "Smith claimed the regime fell. Jones said so.\nShare this"
    label = ActorLabel("Assad", "regime", "illegitimate", Span.of(text, 18, 24), Span.of(text, 18, 24), "x", 0)
    report = make_report(
        text,
        terms=(term(text, "fell", -1.0),),
        labels=(label,),
        attributions=(_verb(text, "Smith", "claimed", "loaded"), _verb(text, "Jones", "said", "neutral")),
        boilerplate=(Span.of(text, text.index("Share"), len(text)),),
    )
    marks = report_marks(report)
    assert [m.layer for m in marks] == ["boilerplate", "terms", "labels", "sources", "sources", "verbs"]
    assert {m.layer for m in marks} == set(LAYERS)
    verb = next(m for m in marks if m.layer == "verbs")
    assert (verb.span.text, verb.kind, verb.tag) == ("claimed", "loaded", "loaded verb"), (
        "only the loaded cue is a mark"
    )
    assert next(m for m in marks if m.layer == "terms").tag == "◀"
    assert all(m.title for m in marks) and all(m.tag for m in marks if m.layer != "boilerplate")
    assert [m.layer for m in report_marks(report, ("sources", "verbs"))] == ["sources", "sources", "verbs"]


def test_marks_outside_the_text_are_left_out():
    text = "short"
    report = make_report(
        text, attributions=(Attribution("named", "x", "said", "neutral", False, Span(2, 9, "ort"), None, None, 0),)
    )
    assert report_marks(report) == []


def test_overlapping_marks_are_all_kept_and_cut_into_segments():
    text = "the HTS militant outfit said"
    outfit = term(text, "militant outfit", -0.5)
    label = ActorLabel("HTS", "militant outfit", "armed", outfit.span, Span.of(text, 4, 7), "before", 0)
    source = attribution(text, "HTS militant outfit", "organization")
    marks = report_marks(make_report(text, terms=(outfit,), labels=(label,), attributions=(source,)))
    cut = segments(len(text), marks)
    assert [(s.start, s.end) for s in cut] == [(0, 4), (4, 8), (8, 23), (23, len(text))]
    assert [len(s.marks) for s in cut] == [0, 1, 3, 0], "the outfit is a term, a label and inside a source"
    assert [m.layer for s in cut for m in s.closing] == ["terms", "labels", "sources"], "all end together"


@settings(max_examples=100, deadline=None)
@given(length=st.integers(0, 60), cuts=st.lists(st.tuples(st.integers(0, 59), st.integers(1, 20)), max_size=8))
def test_segments_cover_the_text_and_each_mark_exactly_once(length, cuts):
    text = "x" * length
    marks = [Mark(Span.of(text, s, min(s + n, length)), "terms", "mid", "0", "t") for s, n in cuts if s < length]
    cut = segments(length, marks)
    assert [s.start for s in cut] == ([0, *(s.end for s in cut[:-1])] if cut else []), "in order, no gap"
    assert (cut[-1].end if cut else 0) == length and all(s.start < s.end for s in cut)
    for mark in marks:
        covered = [(s.start, s.end) for s in cut if mark in s.marks]
        assert covered[0][0] == mark.start and covered[-1][1] == mark.end
        assert all(a[1] == b[0] for a, b in pairwise(covered)), "no gap inside a mark"
        assert sum(s.closing.count(mark) for s in cut) == marks.count(mark), "its tag is set once"


def test_the_charts_take_their_colours_from_the_palette():
    reports = list(case_reports()[:3])
    sourcing = figures.sourcing_figure(reports)
    for trace in sourcing.data:
        look = source_look(trace.legendgroup)
        assert (trace.marker.color, trace.marker.pattern.shape) == (look.colour, look.pattern)
    arc = figures.sentiment_arc_figure(reports)
    assert [t.line.color for t in arc.data] == [article_colour(i) for i in range(len(arc.data))]
    grid = figures.family_figure(reports)
    assert [tuple(c) for c in grid.data[0].colorscale] == [tuple(c) for c in POLE_SCALE]
    assert set(SOURCE_LOOKS) >= {t.legendgroup for t in sourcing.data}


def test_a_pronoun_source_shows_whom_it_points_back_to(lexicon):
    text = "Anna Berg said the shop had flooded. She said help came late."
    report = analyze(Article(id="t", text=text), lexicon)
    she = next(m for m in report_marks(report, ["sources"]) if m.span.text == "She")
    assert she.tag.endswith(": Anna Berg") and "points back to Anna Berg" in she.title
    named = next(m for m in report_marks(report, ["sources"]) if m.span.text == "Anna Berg")
    assert ":" not in named.tag, "a name is not shown twice"
    assert report.sourcing.people["named"] == 1 and report.sourcing.counts["named"] == 2
