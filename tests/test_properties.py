"""Property-based tests (hypothesis): no text crashes the analysis, and every span points at its words.

Random Unicode (control and format characters, line and paragraph separators, right-to-left scripts,
emoji), sentences built from lexicon words with unbalanced and nested quotes, and explicit edge cases
(empty, white space only, one 100,000-character line without punctuation) go through ``analyze``:
it never raises, every span in ``report.to_dict()`` satisfies ``text[start:end] == span text``, the
report is JSON, and the highlighted HTML built from it contains no markup that came from the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import Article, analyze, load_lexicon
from analysis.export.html_report import highlighted_text
from tests.markup import parse_fragment
from tests.payloads import PAYLOADS, payload_text

LEXICON = load_lexicon()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies ----------------------------------------------------------------------------------

ANY_CHAR = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Co"))
QUOTES = ("'", '"', "‘", "’", "“", "”", "«", "»", "‹", "›", "„", "‚", "「", "」", "``", "''")
PUNCT = (".", ",", "!", "?", "…", ";", ":", "—", "-", "(", ")", "[", "]", "...", "?!", ".\u200b", "\u061f", "\u06d4")
WORDS = (
    "Assad",
    "Bashar al-Assad",
    "al-Assad",
    "HTS",
    "Hayat Tahrir al-Sham",
    "fled",
    "resigned",
    "ousted",
    "toppled",
    "regime",
    "government",
    "rebels",
    "terrorists",
    "jihadists",
    "liberation",
    "these terrorists",
    "said",
    "told",
    "claimed",
    "according to",
    "a source said",
    "officials said",
    "Reuters",
    "the Syrian Observatory for Human Rights",
    "Mr.",
    "U.S.",
    "e.g.",
    "Dr.",
    "not",
    "very",
    "good",
    "terrible",
    "the",
    "a",
    "of",
    "in",
    "Moscow",
    "Damascus",
)
RTL = ("مرحبا", "الأسد", "هيئة تحرير الشام", "שלום", "דמשק", "\u200fسوريا\u200f", "\u202eevil\u202c", "\u2067x\u2069")
EMOJI = ("😀", "🇸🇾", "👩\u200d👩\u200d👧", "✊🏽", "❤️", "🔥", "\U0001f9ea")
CONTROLS = ("\x00", "\x07", "\x1b[31m", "\x7f", "\u0085", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\ufffd")
SEPARATORS = (" ", " ", " ", "", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\u2029", "\r\n", "\r", "\u3000")

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCT),
    st.sampled_from(RTL),
    st.sampled_from(EMOJI),
    st.sampled_from(CONTROLS),
    st.text(ANY_CHAR, max_size=6),
)
composed_text = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=90).map(
    lambda parts: "".join(p + s for p, s in parts)
)
random_text = st.text(ANY_CHAR, max_size=400)
field = st.text(ANY_CHAR, max_size=40)


# --- checks --------------------------------------------------------------------------------------


def spans(obj: Any, path: str = "") -> Iterator[tuple[str, int, int, str]]:
    """Every (path, start, end, text) in a report's JSON: plain spans and the actor span of a label."""
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and obj["start"] is not None:
            yield path, obj["start"], obj["end"], obj["text"]
        if {"actor_text", "actor_start", "actor_end"} <= obj.keys():
            yield f"{path}.actor", obj["actor_start"], obj["actor_end"], obj["actor_text"]
        for key, value in obj.items():
            yield from spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from spans(value, f"{path}[{i}]")


def check_report(article: Article) -> dict[str, Any]:
    """Analyse and check every invariant; returns the report's dict."""
    report = analyze(article, LEXICON)
    data = report.to_dict()
    json.dumps(data, ensure_ascii=False, allow_nan=False)  # the CLI's output must always be valid JSON
    text = article.text
    for path, start, end, span_text in spans(data):
        assert 0 <= start <= end <= len(text), (path, start, end, len(text))
        assert text[start:end] == span_text, (path, start, end)
    for s in report.sentences:
        assert text[s.start : s.end] == s.text
    ordered = [(s.start, s.end) for s in report.sentences]
    assert ordered == sorted(ordered)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(ordered))
    assert [s.index for s in report.sentences] == list(range(len(report.sentences)))
    for value in (report.sentiment.polarity, report.sentiment.subjectivity, report.transparency.score):
        assert value == value  # not NaN
    assert -1 <= report.sentiment.polarity <= 1
    assert 0 <= report.transparency.score <= 100
    if report.framing.position is not None:
        assert -1 <= report.framing.position <= 1
    return data


SAFE_TAGS = {"div", "mark", "span", "sup", "br"}
SAFE_ATTRS = {"class", "style", "title"}


def check_highlighted_html(article: Article) -> None:
    """The side-by-side HTML and the export's text: only FrameLens's own tags, and the text comes back whole."""
    report = analyze(article, LEXICON)
    try:
        from app.render.highlight import article_html
    except ImportError:  # app/ not there: only the export is checked
        article_html = None
    if article_html is not None:
        shown = parse_fragment(article_html(report))
        assert shown.tags <= SAFE_TAGS, shown.tags - SAFE_TAGS
        assert shown.attrs <= SAFE_ATTRS, shown.attrs - SAFE_ATTRS
        # the <sup> tags are FrameLens's own; everything else is the article's text, verbatim
        assert "".join(shown.text) == article.text.replace("\r\n", "\n")
    exported = parse_fragment(highlighted_text(report))
    assert exported.tags <= SAFE_TAGS, exported.tags - SAFE_TAGS
    assert exported.attrs <= SAFE_ATTRS, exported.attrs - SAFE_ATTRS
    assert "".join(exported.text) == article.text


# --- properties ----------------------------------------------------------------------------------

HUNDRED_K_WORDS = ("the quick brown fox jumps over the lazy dog near Damascus " * 1800)[:100_000]


@SETTINGS
@given(text=random_text)
@example(text="")
@example(text=" \n\t\u00a0\u2028\u2029\u3000 ")
@example(text="x" * 100_000)
@example(text=HUNDRED_K_WORDS)
@example(text='"' * 5001)
@example(text="“He said «she said ‘no’ » and left" * 3)
@example(text="\u202e" * 50 + "Assad fled" + "\u202c")
@example(text="\r\r\n\n\r")
def test_random_unicode_never_raises_and_spans_round_trip(text: str) -> None:
    check_report(Article(id="prop", text=text))


@SETTINGS
@given(text=composed_text, title=field, outlet=field, author=field)
@example(text="“Assad fled,” said «a source said ‘rebels toppled the regime", title="", outlet="", author="")
@example(text='"' * 3 + "Assad" + "”" * 7 + " said Reuters.", title="\x00", outlet="\u202e", author="😀")
@example(text="These terrorists fled. These terrorists said «the regime».", title="t", outlet="o", author="a")
def test_sentences_with_quotes_never_raise_and_spans_round_trip(
    text: str, title: str, outlet: str, author: str
) -> None:
    check_report(Article(id="prop", text=text, title=title, outlet=outlet, author=author))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(composed_text, random_text))
@example(text=payload_text())
@example(text="<b>Assad</b> fled & the regime <i>fell</i> &lt;script&gt;")
def test_highlighted_html_has_only_framelens_markup_and_the_whole_text(text: str) -> None:
    check_highlighted_html(Article(id="prop", text=text))


# --- the checks above really check something -----------------------------------------------------


def test_span_walker_finds_every_kind_of_span(case_reports) -> None:
    """On a real article the walker reaches sentences, framing terms and sentiment sentences."""
    found = {path.split("[")[0] for r in case_reports.values() for path, *_ in spans(r.to_dict())}
    assert {".sentences", ".framing.terms", ".sentiment.sentences"} <= found, found


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.id for p in PAYLOADS])
def test_payload_spans_round_trip(payload) -> None:
    text = f"Assad fled. {payload.text} the regime fell, Reuters said."
    data = check_report(Article(id="pw", text=text))
    start = text.index(payload.text)
    covered = {i for s in data["sentences"] for i in range(s["start"], s["end"])}
    assert all(i in covered for i in range(start, start + len(payload.text)) if not text[i].isspace())


@pytest.mark.parametrize(
    ("fragment", "tags"),
    [
        ("<mark class='a' title='x'>t</mark>", {"mark"}),
        ("&lt;script&gt;", set()),
        ("<script>x</script>", {"script"}),
        ("<img src=x onerror=y>", {"img"}),
    ],
)
def test_markup_collector_sees_tags(fragment: str, tags: set[str]) -> None:
    """Negative control: the HTML check would notice markup that got through."""
    assert parse_fragment(fragment).tags == tags


def test_span_check_catches_a_bad_offset() -> None:
    """Negative control: a span whose offsets do not index its text is caught."""
    bad = {"framing": {"terms": [{"text": "fled", "start": 0, "end": 4}]}}
    text = "Assad fled"
    mismatched = [(p, s, e) for p, s, e, t in spans(bad) if text[s:e] != t]
    assert mismatched == [(".framing.terms[0]", 0, 4)]


# --- everything a user can hand in: a result or a clear message, never another exception --------

UPLOAD_NAMES = ("a.txt", "b.md", "c.html", "d.htm", "e.csv", "f.json", "g.pdf", "noext", "<img src=x>.txt", "")
bytes_like_a_file = st.one_of(
    st.binary(max_size=600),
    random_text.map(lambda t: t.encode("utf-8")),
    composed_text.map(lambda t: t.encode("utf-8")),
    st.sampled_from(
        [
            b'{"text": "Assad fled."}',
            b'[{"text": ""}, {"headline": "x"}]',
            b'{"format": "framelens-corpus", "articles": 5}',
            b'text,title\n"Assad fled",<script>\n',
            b"text\n" + b'"' * 50,
            b"<html><body><p>Assad fled.</p></body></html>",
            b"\xef\xbb\xbf\xff\xfe Assad",
            b"[]",
            b"null",
            b"1e999",
            b'{"text": ["a", "b"]}',
            b'{"text": {"nested": 1}}',
        ]
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(UPLOAD_NAMES), raw=bytes_like_a_file)
def test_any_upload_gives_articles_or_a_message(name: str, raw: bytes) -> None:
    from analysis.errors import InputError
    from analysis.io.ingest import read_upload

    try:
        articles, warnings = read_upload(name, raw)
    except InputError as err:
        assert str(err).strip() and "\n" not in str(err).strip().splitlines()[0]
        return
    assert articles and all(a.text.strip() for a in articles)
    assert all(isinstance(w, str) for w in warnings)
    for article in articles:
        check_report(article)


@pytest.mark.parametrize("length", [100, 130, 300])
def test_a_long_file_name_keeps_its_kind(length: int) -> None:
    """A long (but ordinary) file name is read by its extension, not refused as "not this kind"."""
    from analysis.io.ingest import read_upload

    name = "syria-" + "x" * (length - len("syria-.txt")) + ".txt"
    articles, _ = read_upload(name, b"Bashar al-Assad fled to Moscow, Reuters reported on Sunday.")
    assert len(articles) == 1 and articles[0].text.startswith("Bashar")


@SETTINGS
@given(text=st.one_of(random_text, composed_text), title=field, outlet=field)
@example(text="", title="", outlet="")
@example(text=" \n ", title="<script>", outlet="")
def test_any_paste_gives_an_article_or_a_message(text: str, title: str, outlet: str) -> None:
    from analysis.errors import InputError
    from analysis.io.ingest import pasted_article

    try:
        article = pasted_article(text, title=title, outlet=outlet)
    except InputError as err:
        assert "the text is empty" in str(err) or "the limit is" in str(err)
        assert not text.strip() or len(text) > 200_000
        return
    assert "\r" not in article.text and len(article.title) <= 300 and "\n" not in article.title
    check_report(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.one_of(random_text, composed_text, st.sampled_from(["[meta]\nextends = '../../etc/passwd'", "a = ["])))
def test_any_lexicon_text_gives_a_lexicon_or_a_message(source: str) -> None:
    from analysis.errors import LexiconError
    from analysis.lexicon.load import lexicon_from_toml

    try:
        lexicon_from_toml(source, "your lexicon")
    except LexiconError as err:
        assert str(err).startswith("your lexicon")


toml_scalar = st.one_of(field, st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False), st.booleans())
toml_value = st.recursive(
    toml_scalar, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(field, inner, max_size=3), max_leaves=8
)
pole = st.fixed_dictionaries({}, optional={"id": toml_value, "label": toml_value, "position": toml_value})
term = st.fixed_dictionaries({}, optional={"term": toml_value, "pole": toml_value, "variants": toml_value})
family = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.sampled_from(["f", "g"]), toml_value),
        "label": toml_value,
        "target": toml_value,
        "poles": st.one_of(st.lists(pole, max_size=3), toml_value),
        "terms": st.one_of(st.lists(term, max_size=3), toml_value),
    },
)
lexicon_dict = st.fixed_dictionaries(
    {},
    optional={
        "meta": st.one_of(st.fixed_dictionaries({}, optional={"name": toml_value, "extends": toml_value}), toml_value),
        "axis": st.one_of(st.fixed_dictionaries({}, optional={"low": toml_value, "high": toml_value}), toml_value),
        "families": st.one_of(st.lists(family, max_size=3), toml_value),
        "actors": st.one_of(
            st.lists(st.fixed_dictionaries({}, optional={"name": toml_value, "aliases": toml_value}), max_size=2),
            toml_value,
        ),
        "labels": st.one_of(
            st.lists(st.dictionaries(st.sampled_from(["label", "pole", "variants"]), toml_value)), toml_value
        ),
        "cues": st.one_of(st.lists(st.dictionaries(st.sampled_from(["cue", "type", "forms"]), toml_value)), toml_value),
        "sources": toml_value,
        "agencies": st.one_of(st.lists(st.dictionaries(st.sampled_from(["name", "aliases"]), toml_value)), toml_value),
        "hedges": toml_value,
        "loaded": toml_value,
        "boilerplate": toml_value,
        "framing": toml_value,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=lexicon_dict)
def test_any_lexicon_structure_gives_a_lexicon_or_a_message(data: dict[str, Any]) -> None:
    """A TOML file of the wrong shape (a number where a list goes, a missing key) is a LexiconError."""
    from analysis.errors import LexiconError
    from analysis.lexicon.load import lexicon_from_dict

    try:
        lexicon = lexicon_from_dict(data, "your lexicon")
    except LexiconError as err:
        assert str(err).startswith("your lexicon")
        return
    check_report_with(lexicon, Article(id="lx", text="Assad fled. Rebels toppled the regime, Reuters said."))


def check_report_with(lexicon: Any, article: Article) -> None:
    report = analyze(article, lexicon)
    for path, start, end, span_text in spans(report.to_dict()):
        assert article.text[start:end] == span_text, path
