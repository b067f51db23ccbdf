"""The side-by-side text's marks, the "why?" evidence lists and the one markdown escaper: escaped, complete."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze, load_lexicon
from analysis.export.marks import LAYERS, signed
from analysis.export.marks_html import legend_html
from analysis.model import ActorLabel, Article, Signal, Span, TermMatch
from app.render.highlight import (
    Evidence,
    article_html,
    by_sentence,
    evidence_html,
    framing_evidence,
    score_html,
    sourcing_evidence,
    transparency_evidence,
)
from app.session import md_escape
from tests.reports import PAYLOAD, attribution, case_reports, make_report, term, visible_text

# --- escaping ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "forbidden", "expected"),
    [
        (PAYLOAD, "<script", "&lt;script&gt;"),
        ("*bold* and _it_", "*bold*", r"\*bold\*"),
        ("costs $5 or $6", "$5", r"\$5"),
        ("[click](javascript:alert(1))", "[click]", r"\[click\]"),
        ("# heading", "# ", r"\# heading"),
        ("a & b", " & ", "&amp;"),
    ],
)
def test_md_escape(raw, forbidden, expected):
    out = md_escape(raw)
    assert re.search(r"(?<!\\)" + re.escape(forbidden), out) is None, "no unescaped special left"
    assert expected in out


def test_script_in_article_text_renders_escaped():
    text = f"Assad fled. {PAYLOAD} The regime fell."
    report = analyze(Article(id="x", text=text, title=PAYLOAD, outlet=PAYLOAD), load_lexicon())
    out = article_html(report)
    assert "<script" not in out
    assert "&lt;script&gt;" in out
    assert 'class="fl-term' in out, "the framing words around the payload are still marked"
    assert visible_text(out) == text


def test_legend_escapes_axis_names():
    out = legend_html(axis_low=PAYLOAD, axis_high="<b>x</b>")
    assert "<script" not in out and "<b>x" not in out


# --- highlight layers --------------------------------------------------------------------------


def test_every_layer_has_colour_and_a_second_cue():
    text = "Officials said the regime fled.\nShare this"
    report = make_report(
        text,
        terms=(term(text, "regime", 1.0), term(text, "fled", -1.0)),
        attributions=(attribution(text, "Officials", "anonymous"),),
        boilerplate=(Span.of(text, text.index("Share"), len(text)),),
    )
    out = article_html(report)
    assert out.count('class="fl-term') == 2
    assert "fl-high" in out and "fl-low" in out
    assert ">▶</sup>" in out and ">◀</sup>" in out, "term tags show the direction, not an internal number"
    assert "fl-src-anonymous" in out and "dashed" in out and ">anonymous</sup>" in out
    assert 'class="fl-boiler"' in out and "not scored" in out
    assert out.count("<br>") == 1 and "\n" not in out, "one line of HTML, so markdown never re-parses it"
    assert visible_text(out) == text


@pytest.mark.parametrize(
    ("kind", "tag", "line"), [("named", ">named</sup>", "solid"), ("agency", ">agency</sup>", "double")]
)
def test_source_kinds_differ_in_tag_and_underline(kind, tag, line):
    text = "Reuters said it."
    out = article_html(make_report(text, attributions=(attribution(text, "Reuters", kind),)))
    assert tag in out and f"underline {line}" in out


def test_overlapping_spans_are_combined_not_duplicated():
    text = "the HTS militant outfit said"
    outfit = term(text, "militant outfit", -0.5)
    start = text.index("HTS")
    label = ActorLabel("HTS", "militant outfit", "armed", outfit.span, Span.of(text, start, start + 3), "before", 0)
    source = attribution(text, "HTS militant outfit", "organization")
    out = article_html(make_report(text, terms=(outfit,), labels=(label,), attributions=(source,)))
    assert visible_text(out) == text
    assert out.count(">label</sup>") == 1 and out.count(">organisation</sup>") == 1 and out.count(">◀</sup>") == 1


def test_layers_can_be_switched_off():
    text = "Officials said the regime fell."
    report = make_report(
        text, terms=(term(text, "regime", 1.0),), attributions=(attribution(text, "Officials", "named"),)
    )
    assert "fl-term" not in article_html(report, layers=("sources",))
    assert "fl-src" not in article_html(report, layers=("terms",))
    assert "<mark" not in article_html(report, layers=())


def test_spans_outside_the_text_are_ignored():
    text = "short"
    bad = TermMatch("fam", "x", "p", 1.0, Span(3, 99, "rt"), 0)
    assert visible_text(article_html(make_report(text, terms=(bad,)))) == text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20), st.floats(-1, 1)), max_size=6),
)
def test_highlighting_never_changes_the_text(text, cuts):
    terms = tuple(
        TermMatch("f", "t", "p", pos, Span.of(text, s, min(s + n, len(text))), 0) for s, n, pos in cuts if s < len(text)
    )
    out = article_html(make_report(text, terms=terms), layers=LAYERS)
    assert visible_text(out) == text


def test_windows_line_ends_become_one_break():
    text = "One regime.\r\nTwo."
    out = article_html(make_report(text, terms=(term(text, "regime", 1.0),)))
    assert out.count("<br>") == 1 and "\r" not in out


# --- evidence ----------------------------------------------------------------------------------


def test_framing_evidence_lists_each_word_in_its_sentence():
    report = case_reports()[0]
    items = framing_evidence(report)
    assert len(items) == len(report.framing.terms) + len(report.framing.actor_labels)
    out = evidence_html(report, items)
    assert out.count("<li") == len(items)
    assert "regime leader" in out


def test_sourcing_and_transparency_evidence():
    text = "Officials said the plan failed."
    signal = Signal("byline", "Byline", 0.0, 0.0, 1.0, "No author is named.", (Span.of(text, 0, 9),))
    report = make_report(text, attributions=(attribution(text, "Officials", "anonymous"),), signals=(signal,))
    assert "a source the reader cannot identify: Officials" in sourcing_evidence(report)[0].note
    ((head, items),) = transparency_evidence(report)
    assert "Byline" in head and "No author is named." in head
    assert "<mark" in evidence_html(report, items)


def test_transparency_html_escapes_signal_lines_and_evidence():
    text = f"Officials said {PAYLOAD} the plan failed."
    start = text.index(PAYLOAD)
    signals = (
        Signal("byline", f"Byline {PAYLOAD}", 0.0, 0.0, 1.0, "No author <b>named</b>.", (Span.of(text, 0, 9),)),
        Signal("sources", "Sources", 1.0, 1.0, 1.0, "One source.", (Span.of(text, start, start + len(PAYLOAD)),)),
    )
    out = score_html(make_report(text, signals=signals)).transparency_html()
    assert "<script" not in out and "<b>" not in out
    assert out.count('class="fl-signal"') == 2 and out.count("&lt;script&gt;") == 3  # a line, two sentences
    assert out.index("Byline") < out.index("Officials") < out.index("One source.")  # each line above its evidence


def test_empty_evidence_says_so():
    out = evidence_html(make_report("Nothing."), [], empty=PAYLOAD)
    assert "<script" not in out and "&lt;script&gt;" in out


@pytest.mark.parametrize(("value", "shown"), [(1.0, "+1"), (-0.5, "−0.5"), (0.0, "0"), (0.001, "0"), (0.25, "+0.25")])
def test_signed(value, shown):
    assert signed(value) == shown


def test_by_sentence_lists_each_sentence_once():
    report = case_reports()[0]
    text = report.article.text
    first = report.sentences[0]
    spans = [Span.of(text, first.start, first.start + 3), Span.of(text, first.start + 4, first.start + 7)]
    spans.append(report.sentences[1].span)
    groups = by_sentence(report, spans)
    assert [len(g.spans) for g in groups] == [2, 1]
    assert evidence_html(report, groups).count("<li") == 2


def test_unmarked_evidence_shows_the_sentence_plainly():
    report = case_reports()[0]
    item = Evidence("note", (report.sentences[0].span,))
    assert "<mark" in evidence_html(report, [item])
    assert "<mark" not in evidence_html(report, [item], mark=False)
