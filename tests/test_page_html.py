"""Every piece of HTML the pages draw with ``st.html`` (app/pages/*.py), built from hostile articles and a
hostile lexicon: parsed, it holds only the tags and attributes the renderers write themselves, and each
payload shows as text. A payload that became markup would add a tag (script, img, svg, iframe, a), an
``on…`` attribute or a ``javascript:`` address.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.compare import compare_articles
from analysis.export.glance import differences, glance_html, legend_html, sentences_html, word_rows
from analysis.export.marks_html import legend_html as marks_legend_html
from analysis.lexicon.load import lexicon_from_toml
from app.pages.common import SCROLL_CUE
from app.render.compare_figures import alike_html
from app.render.highlight import Evidence, article_html, evidence_html, score_html
from app.render.selection import LONG_LABEL_CHARS, article_labels
from app.render.spot import paragraphs, spot_html, spot_score, tokens
from tests.markup import parse_fragment
from tests.payloads import FIELD_PAYLOADS, PAYLOADS, payload_articles, payload_lexicon_toml

# What the renderers themselves write: anything else in their output came from the input.
OWN_TAGS = frozenset({
    "b", "br", "code", "details", "div", "em", "i", "li", "mark", "ol", "p", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
})  # fmt: skip
OWN_ATTRIBUTES = frozenset({"class", "style", "title", "aria-label", "role", "tabindex", "lang", "dir"})


def assert_inert(out: str) -> str:
    """No tag or attribute a payload could bring; returns the page text the HTML shows."""
    found = parse_fragment(out)
    attributes = {a for a in found.attrs if not a.startswith("data-")}
    assert found.tags <= OWN_TAGS, found.tags - OWN_TAGS
    assert attributes <= OWN_ATTRIBUTES, attributes - OWN_ATTRIBUTES
    # a title may hold the escaped text "javascript:…" (a tooltip is text); a style must never
    assert not any("javascript:" in v.replace(" ", "").lower() or "url(" in v for v in found.styles)
    return "".join(found.text)


@pytest.fixture(scope="module")
def hostile():
    lexicon = lexicon_from_toml(payload_lexicon_toml(), "payloads")
    reports = [analyze(a, lexicon) for a in payload_articles()]
    return lexicon, reports


def _spot(reports, lexicon):
    report = reports[0]
    out = []
    for para in paragraphs(report):
        words = tokens(report.article.text, para.start, para.end)
        out.append(spot_html(report.article.text, words, spot_score(report, words, set(range(0, len(words), 2)))))
    return "".join(out)


def _glance(reports, lexicon):  # as app.drawn builds the Overview's glance
    labels = article_labels(reports, limit=LONG_LABEL_CHARS)
    rows = word_rows(reports, lexicon)
    said = sentences_html(differences(rows, labels, reports))
    return (
        said
        + legend_html(axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)
        + glance_html(reports, labels, lexicon)
    )


def _scores(reports, lexicon):  # common.scores: the four "why?" lists
    parts = [score_html(r, lexicon) for r in reports]
    return "".join(p.framing + p.sentiment + p.sourcing + p.transparency_html() for p in parts)


def _compare(reports, lexicon):  # compare.py: the "alike" list and the sentences behind a fact
    comp = compare_articles([r.article for r in reports], lexicon=lexicon)
    by_id = {r.article.id: r for r in reports}
    labels = dict(zip(comp.ids, article_labels([by_id[i] for i in comp.ids]), strict=True))
    facts = [
        evidence_html(by_id[ev.id], [Evidence(labels[ev.id], (ev.span,))], mark=False)
        for claim in comp.claims
        for ev in claim.evidence
        if ev.id in by_id
    ]
    sentences = [s for r in reports[:2] for s in r.sentences]
    quoted = evidence_html(reports[0], [Evidence(labels[reports[0].article.id], tuple(s.span for s in sentences[:8]))])
    return alike_html(comp, labels) + "".join(facts) + quoted


PIECES = {
    "common.scroll_cue": lambda reports, lexicon: SCROLL_CUE,
    "common.scores": _scores,
    "classroom.article": lambda reports, lexicon: article_html(reports[0], layers=(), lexicon=lexicon),
    "classroom.spot": _spot,
    "classroom.glance": lambda reports, lexicon: glance_html(reports, article_labels(reports), lexicon),
    "compare": _compare,
    "side_by_side.legend": lambda reports, lexicon: marks_legend_html(
        axis_low=lexicon.axis_low, axis_high=lexicon.axis_high
    ),
    "side_by_side.article": lambda reports, lexicon: "".join(article_html(r, lexicon=lexicon) for r in reports),
    "overview.glance": _glance,
}


@pytest.mark.parametrize("piece", sorted(PIECES))
def test_page_html_holds_no_markup_from_its_input(hostile, piece):
    lexicon, reports = hostile
    assert_inert(PIECES[piece](reports, lexicon))


def test_the_article_text_shows_every_payload_as_typed(hostile):
    lexicon, reports = hostile
    shown = assert_inert(PIECES["side_by_side.article"](reports, lexicon))
    for p in PAYLOADS:
        assert p.literal in shown, p.id


def test_the_glance_and_legend_show_the_lexicons_payloads_as_text(hostile):
    lexicon, reports = hostile
    shown = assert_inert(PIECES["overview.glance"](reports, lexicon))
    assert lexicon.axis_low in shown and lexicon.families[0].label in shown


def test_article_labels_reach_the_compare_list_as_text(hostile):
    lexicon, reports = hostile
    shown = assert_inert(PIECES["compare"](reports, lexicon))
    assert any(p.text in shown for p in FIELD_PAYLOADS)


@pytest.mark.parametrize(
    "raw",
    [
        "<p>ok</p><script>alert(1)</script>",
        '<span onclick="x()">a</span>',
        '<span class="a" title="b">ok</span><a href="javascript:x()">y</a>',
        "<img src=x onerror=alert(1)>",
    ],
)
def test_the_check_itself_catches_live_markup(raw):
    with pytest.raises(AssertionError):
        assert_inert(raw)
