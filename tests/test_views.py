"""Pure view helpers: escaped highlight HTML, evidence lists, plotly figure builders, link parsing, classroom text."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze, load_case_study, load_lexicon
from analysis.model import (
    SOURCE_KINDS,
    ActorLabel,
    Article,
    ArticleReport,
    Attribution,
    FramingResult,
    Sentence,
    SentimentResult,
    Signal,
    SourcingResult,
    Span,
    TermMatch,
    TransparencyResult,
)
from views import figures
from views.classroom import load_classroom, methodology_section
from views.highlight import (
    LAYERS,
    Evidence,
    article_html,
    by_sentence,
    evidence_html,
    framing_evidence,
    legend_html,
    md_escape,
    signed,
    sourcing_evidence,
    transparency_evidence,
)
from views.state import (
    CHARTS,
    VIEWS,
    LinkState,
    difference,
    most_different_pair,
    parse_link,
    to_query,
    view_slug,
)
from views.tables import claim_rows, name_ids, telling_claims

PAYLOAD = '<script>alert("x")</script>'
TAGS = re.compile(r"<sup[^>]*>.*?</sup>|<[^>]+>")


@cache
def case_reports() -> tuple[ArticleReport, ...]:
    lexicon = load_lexicon()
    return tuple(analyze(a, lexicon) for a in load_case_study())


def make_report(
    text: str,
    *,
    title: str = "t",
    outlet: str = "o",
    terms: tuple[TermMatch, ...] = (),
    labels: tuple[ActorLabel, ...] = (),
    attributions: tuple[Attribution, ...] = (),
    boilerplate: tuple[Span, ...] = (),
    signals: tuple[Signal, ...] = (),
    article_id: str = "a",
) -> ArticleReport:
    """A hand-made report, so every layer (also sourcing and transparency) can be tested on its own."""
    article = Article(id=article_id, text=text, title=title, outlet=outlet, boilerplate=boilerplate)
    sentences = (Sentence(0, 0, len(text), text, 0),)
    counts = {k: sum(a.kind == k for a in attributions) for k in SOURCE_KINDS}
    shares = {k: v / max(1, len(attributions)) for k, v in counts.items()}
    return ArticleReport(
        article,
        sentences,
        FramingResult(terms, labels, (), None),
        SentimentResult(0.0, 0.0, (), ()),
        SourcingResult(attributions, counts, shares, ()),
        TransparencyResult(50.0, signals),
    )


def term(text: str, word: str, position: float, pole: str = "p") -> TermMatch:
    start = text.index(word)
    return TermMatch("fam", word, pole, position, Span.of(text, start, start + len(word)), 0)


def attribution(text: str, source: str, kind: str) -> Attribution:
    start = text.index(source)
    return Attribution(kind, source, "said", "neutral", False, Span.of(text, start, start + len(source)), None, None, 0)


def visible_text(markup: str) -> str:
    """What a reader sees: tags and the small [tag] superscripts removed, entities decoded."""
    return html.unescape(TAGS.sub("", markup.replace("<br>", "\n")))


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


def test_script_in_title_and_outlet_is_escaped_in_figures():
    report = analyze(
        Article(id="x", text="Assad fled. The regime fell.", title=PAYLOAD, outlet=PAYLOAD), load_lexicon()
    )
    other = case_reports()[0]
    figs = [figures.overview_map([report, other], axis_low=PAYLOAD, axis_high="b")]
    figs += figures.comparison_figures([report, other], load_lexicon())
    for fig in figs:
        assert "<script" not in fig.to_json()


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
    assert "[+1]" in out and "[−1]" in out, "term tags show the position"
    assert "fl-src-anonymous" in out and "dashed" in out and "[anon]" in out
    assert 'class="fl-boiler"' in out and "not scored" in out
    assert out.count("<br>") == 1 and "\n" not in out, "one line of HTML, so markdown never re-parses it"
    assert visible_text(out) == text


@pytest.mark.parametrize(("kind", "tag", "line"), [("named", "[named]", "solid"), ("agency", "[agency]", "double")])
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
    assert out.count("[label]") == 1 and out.count("[org]") == 1 and out.count("[−0.5]") == 1


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
    assert "anonymous: Officials" in sourcing_evidence(report)[0].note
    ((head, items),) = transparency_evidence(report)
    assert "Byline" in head and "No author is named." in head
    assert "<mark" in evidence_html(report, items)


def test_empty_evidence_says_so():
    out = evidence_html(make_report("Nothing."), [], empty=PAYLOAD)
    assert "<script" not in out and "&lt;script&gt;" in out


@pytest.mark.parametrize(("value", "shown"), [(1.0, "+1"), (-0.5, "−0.5"), (0.0, "0"), (0.001, "0"), (0.25, "+0.25")])
def test_signed(value, shown):
    assert signed(value) == shown


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
    assert {t.name: list(t.y) for t in fig.data} == {"named": [1, 0], "anonymous": [1, 0], "agency": [1, 0]}
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


def test_article_labels_are_unique_and_short():
    reports = [make_report("x", outlet="Same", article_id=str(i)) for i in range(3)]
    reports.append(make_report("x", outlet="A very long outlet name that goes on and on", article_id="l"))
    labels = figures.article_labels(reports)
    assert labels[:3] == ["Same", "Same (2)", "Same (3)"]
    assert len(labels[3]) <= figures.LABEL_CHARS and labels[3].endswith("…")


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


def test_one_chart_per_tab_in_the_order_of_the_report():
    reports, lexicon = list(case_reports()[:2]), load_lexicon()
    assert len(CHARTS) == figures.COMPARISON_CHARTS
    alone = [figures.comparison_figure(i, reports, lexicon).to_json() for i in range(len(CHARTS))]
    assert alone == [fig.to_json() for fig in figures.comparison_figures(reports, lexicon)]
    assert len(set(alone)) == len(CHARTS)
    for index in (-1, len(CHARTS)):
        with pytest.raises(IndexError):
            figures.comparison_figure(index, reports, lexicon)


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


# --- classroom ---------------------------------------------------------------------------------


def test_classroom_text_covers_every_view_and_the_glossary():
    classroom = load_classroom()
    for view in VIEWS:
        assert classroom.intro(view_slug(view).replace("-", "_")), f"no explanation for {view}"
    terms = {t.lower() for t, _ in classroom.glossary}
    for needed in ("framing", "attribution", "anonymous source", "hedging", "loaded language", "subjectivity",
                   "polarity", "transparency score", "boilerplate"):  # fmt: skip
        assert needed in terms
    assert len(classroom.questions) >= 5
    for method in ("framing", "sentiment", "sourcing", "transparency"):
        assert classroom.limit(method).caption


def test_classroom_missing_file_is_empty(tmp_path):
    classroom = load_classroom(tmp_path / "none.toml")
    assert classroom.glossary == () and classroom.intro("overview") == ""


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("Sentiment", "TextBlob body."), ("sentiment", "TextBlob body."), ("Sourcing", "Last section."), ("Nope", None)],
)
def test_methodology_section(tmp_path, heading, expected):
    doc = tmp_path / "methodology.md"
    doc.write_text("# Methods\n\n## Framing\nWords.\n\n## Sentiment\nTextBlob body.\n\n## Sourcing\nLast section.\n")
    assert methodology_section(heading, path=doc) == expected
    assert methodology_section(heading, path=tmp_path / "missing.md", parts=tmp_path / "none") is None


def test_methodology_section_falls_back_to_the_parts(tmp_path):
    parts = tmp_path / "methods"
    parts.mkdir()
    (parts / "sentiment.md").write_text("## Sentiment\nFrom the part.\n")
    assert methodology_section("Sentiment", path=tmp_path / "missing.md", parts=parts) == "From the part."
    assert methodology_section("Sourcing", path=tmp_path / "missing.md", parts=parts) is None


# --- compare helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeClaim:
    summary: str
    articles: dict[str, str]


@dataclass(frozen=True)
class FakeTerm:
    term: str
    z: float
    count: int


def test_claim_rows_use_symbols_as_well_as_words():
    claims = [FakeClaim(PAYLOAD, {"a": "reported", "b": "absent", "c": "different"})]
    rows = claim_rows(claims, {"a": "A", "b": "B", "c": "C"})
    assert rows == [{"Fact": PAYLOAD, "A": "✓ reports it", "B": "— not there", "C": "≠ tells it differently"}]


def test_telling_claims_put_disagreements_and_partial_coverage_first():
    everywhere = FakeClaim("all", {"a": "reported", "b": "reported", "c": "reported"})
    split = FakeClaim("split", {"a": "reported", "b": "absent", "c": "absent"})
    differs = FakeClaim("differs", {"a": "reported", "b": "different", "c": "absent"})
    assert [c.summary for c in telling_claims([everywhere, split, differs], limit=2)] == ["differs", "split"]


def test_name_ids_replaces_ids_with_names():
    assert name_ids("a1 says 8; a10 says 9", {"a1": "One", "a10": "Ten"}) == "One says 8; Ten says 9"


def test_similarity_and_map_figures_escape_names():
    names = [PAYLOAD, "b"]
    sim = figures.similarity_figure(names, [[1.0, 0.25], [0.25, 1.0]])
    assert sim.data[0].z[0][1] == 0.25 and "<script" not in sim.to_json()
    flat = figures.map_figure(names, [(0.0, 0.0), (0.0, 0.0)])
    assert "<script" not in flat.to_json() and flat.layout.xaxis.range[0] < 0 < flat.layout.xaxis.range[1]


def test_distinctive_figure_bars_and_empty_note():
    fig = figures.distinctive_figure("A", [FakeTerm("crimes", 3.5, 8), FakeTerm("refugee", 2.5, 4)])
    assert list(fig.data[0].x) == [3.5, 2.5] and list(fig.data[0].customdata) == [8, 4]
    assert "Nothing to show" in figures.distinctive_figure(PAYLOAD, []).layout.annotations[0].text


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


# --- many articles (a session holds up to 1,000) -----------------------------------------------


def _scored(article_id: str, position: float | None, transparency: float) -> ArticleReport:
    base = make_report("x", article_id=article_id)
    return replace(base, framing=FramingResult((), (), (), position), transparency=TransparencyResult(transparency, ()))


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
    reports = [_scored(str(i), p, t) for i, (p, t) in enumerate(values)]
    best = max(combinations(reports, 2), key=lambda pair: difference(*pair))  # every pair, earliest of equals
    assert most_different_pair(reports) == (best[0].article.id, best[1].article.id)


def test_article_labels_stay_unique_with_hundreds_from_one_outlet():
    reports = [make_report("x", outlet="Same", article_id=str(i)) for i in range(300)]
    reports.insert(1, make_report("x", outlet="Same (3)", article_id="literal"))
    labels = figures.article_labels(reports)
    assert len(set(labels)) == len(labels)
    assert labels[:4] == ["Same", "Same (3)", "Same (2)", "Same (4)"], "a name already taken is skipped"
    assert labels[-1] == "Same (301)"


def test_overview_map_of_many_articles_is_one_trace_with_names_on_hover():
    reports = [_scored(str(i), (i % 21) / 10 - 1, i % 101) for i in range(figures.MAX_NAMED + 1)]
    fig = figures.overview_map(reports, axis_low="a", axis_high="b")
    assert len(fig.data) == 1 and len(fig.data[0].x) == len(reports)
    assert fig.data[0].mode == "markers", "no names written on the plot"
    labels = figures.article_labels(reports)
    assert all(f"<b>{figures.esc(lab)}</b>" in hover for lab, hover in zip(labels, fig.data[0].customdata))
    assert f"{len(reports):,} articles" in fig.layout.title.text
    few = figures.overview_map(reports[: figures.MAX_NAMED], axis_low="a", axis_high="b")
    assert len(few.data) == figures.MAX_NAMED, "up to MAX_NAMED, one named trace per article"


def test_wording_map_of_many_articles_is_one_trace():
    n = figures.MAX_NAMED + 1
    fig = figures.map_figure([f"A{i}" for i in range(n)], [(i / n, (i * 7 % n) / n) for i in range(n)])
    assert len(fig.data) == 1 and len(fig.data[0].x) == n


def test_textblob_en_imports_without_nltk_and_the_package_still_works():
    code = (
        "import sys\n"
        "from views.lazy_textblob import defer_textblob_package\n"
        "assert defer_textblob_package()\n"
        "from analysis import analyze, load_case_study\n"
        "analyze(load_case_study()[0])\n"
        "assert not {'nltk', 'sklearn', 'scipy'} & set(sys.modules), 'analysis loads textblob.en only'\n"
        "from textblob import TextBlob\n"
        "assert TextBlob('A good day.').sentiment.polarity > 0, 'the package itself loads on first use'\n"
        "assert not defer_textblob_package(), 'already imported: left alone'\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
