"""Corpus files: export → import gives identical articles; every broken file gets a message saying where."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze_all
from analysis.errors import InputError
from analysis.export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, all_span_rows, article_row
from analysis.io.case_study import load_case_study
from analysis.io.corpus_file import MAX_ARTICLES, dump_corpus, parse_corpus
from analysis.io.files import MAX_ARTICLE_CHARS, MAX_JSON_DEPTH
from analysis.io.ingest import pasted_article
from analysis.io.tables import rows_csv
from analysis.model import Article, Span
from analysis.resources import LEXICON_DIR


def test_case_study_round_trip_is_identical() -> None:
    case = load_case_study()
    assert any(a.boilerplate for a in case)
    text = dump_corpus(case)
    corpus = parse_corpus(text.encode("utf-8"), name="case.json")
    assert list(corpus.articles) == case
    assert (corpus.lexicon_toml, corpus.warnings) == (None, ())
    assert dump_corpus(corpus.articles) == text


def test_round_trip_keeps_the_lexicon_and_odd_text() -> None:
    lexicon = (LEXICON_DIR / "general-news.toml").read_text(encoding="utf-8")
    odd = pasted_article(
        "Ünïcödé “quotes” 🙂\n\n\tTabbed line\u00a0nbsp\nA </script> tag & more", title="Odd <b>one</b>"
    )
    text = dump_corpus([odd], lexicon_toml=lexicon)
    corpus = parse_corpus(text)
    assert corpus.articles == (odd,) and corpus.lexicon_toml == lexicon


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300).filter(str.strip)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(_texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=4, unique=True)))
    spans = tuple(Span.of(text, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b)
    meta = st.text(max_size=30).map(str.strip)
    return Article(
        id=draw(st.from_regex(r"[a-z0-9_-]{1,20}", fullmatch=True)),
        text=text,
        title=draw(meta),
        outlet=draw(meta),
        outlet_kind=draw(meta),
        author=draw(meta),
        date=draw(meta),
        url=draw(meta),
        language=draw(st.sampled_from(["en", "de", "fr"])),
        boilerplate=spans,
        origin=draw(st.sampled_from(["pasted", "file:a.txt", "url:example.com"])),
        notes=draw(meta),
    )


@settings(max_examples=80, deadline=None)
@given(st.lists(articles(), min_size=1, max_size=5, unique_by=lambda a: a.id))
def test_any_articles_round_trip_identically(items: list[Article]) -> None:
    assert list(parse_corpus(dump_corpus(items)).articles) == items


def _corpus(**article: object) -> str:
    return json.dumps(
        {"format": "framelens-corpus", "version": 1, "articles": [{"id": "a", "text": "Text.", **article}]}
    )


BAD = [
    ("{", "not valid JSON (line 1, column 2"),
    ("[]", "not a FrameLens corpus file"),
    ('{"articles": []}', "not a FrameLens corpus file"),
    ('{"format": "framelens-corpus", "version": 2, "articles": [{"text": "x"}]}', "corpus version 2 is newer"),
    ('{"format": "framelens-corpus", "version": "1", "articles": [{"text": "x"}]}', "corpus version '1'"),
    ('{"format": "framelens-corpus", "version": 1, "articles": []}', "'articles' must be a non-empty list"),
    ('{"format": "framelens-corpus", "version": 1, "articles": ["text"]}', "article 1: each article must be an object"),
    (_corpus(text=None), "article 1: 'text' must be a string"),
    (_corpus(text="  "), "article 1: the text is empty"),
    (_corpus(text="x" * (MAX_ARTICLE_CHARS + 1)), "the limit is 200,000"),
    (_corpus(title=3), "article 1: 'title' must be a string"),
    (_corpus(boilerplate=[[3, 99]]), "boilerplate entries must be [start, end] offsets inside the text"),
    (_corpus(boilerplate=[[2, 1]]), "boilerplate entries"),
    (_corpus(boilerplate=["0-3"]), "boilerplate entries"),
    (
        json.dumps(
            {
                "format": "framelens-corpus",
                "version": 1,
                "articles": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}],
            }
        ),
        "two articles share the id 'a'",
    ),
    (
        json.dumps(
            {
                "format": "framelens-corpus",
                "version": 1,
                "articles": [{"text": f"t{i}"} for i in range(MAX_ARTICLES + 1)],
            }
        ),
        f"{MAX_ARTICLES + 1} articles; at most {MAX_ARTICLES}",
    ),
    (
        json.dumps(
            {
                "format": "framelens-corpus",
                "version": 1,
                "articles": [{"text": "x"}],
                "lexicon_toml": '[[families]]\nid = "f"\n',
            }
        ),
        "set.json (lexicon_toml), line 2 (family 'f'): a family needs at least one pole",
    ),
    (
        json.dumps({"format": "framelens-corpus", "version": 1, "articles": [{"text": "x"}], "lexicon_toml": "a = "}),
        "set.json (lexicon_toml): not valid TOML",
    ),
    (
        json.dumps(
            {"format": "framelens-corpus", "version": 1, "articles": [{"text": "x"}], "lexicon_toml": 'hedges = "x"'}
        ),
        "set.json (lexicon_toml): ",
    ),
]


@pytest.mark.parametrize(("source", "message"), BAD)
def test_broken_corpus_files_say_what_is_wrong(source: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_corpus(source, name="set.json")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [(b"\x00\x01\x02binary", "looks like a binary file"), (b"x" * 5_000_001, "corpus files up to 5,000,000 bytes")],
)
def test_binary_or_huge_corpus_bytes_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_corpus(raw, name="set.json")


DEEP = 100_000


@pytest.mark.parametrize(
    "source",
    [
        "[" * DEEP + "]" * DEEP,
        '{"a":' * DEEP + "1" + "}" * DEEP,
        '{"format": "framelens-corpus", "version": 1, "articles": [{"text": "x", "notes": '
        + "[" * DEEP
        + "]" * DEEP
        + "}]}",
        "[{}," * DEEP + "[]" + "]" * DEEP,  # deep, but never more than two openers in a row
        "[" * DEEP,  # unclosed
    ],
    ids=["arrays", "objects", "inside an article", "interleaved", "unclosed"],
)
def test_a_corpus_file_nested_100000_deep_is_refused_with_a_message(source: str) -> None:
    with pytest.raises(InputError, match=rf"nested 100,00\d levels deep; at most {MAX_JSON_DEPTH} are read"):
        parse_corpus(source.encode(), name="deep.json")


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = "[[[[ " * 1000 + 'a quoted \\" bracket ]]]'
    corpus = parse_corpus(_corpus(text=text), name="ok.json")
    assert corpus.articles[0].text == text


def test_a_lexicon_nested_deeply_inside_a_corpus_file_is_a_message() -> None:
    toml = "a = " + "[" * DEEP + "]" * DEEP
    source = json.dumps({"format": "framelens-corpus", "version": 1, "articles": [{"text": "x"}], "lexicon_toml": toml})
    with pytest.raises(InputError, match="nested too deeply"):
        parse_corpus(source, name="set.json")


def test_missing_or_odd_ids_are_made_from_title_and_text() -> None:
    corpus = parse_corpus(_corpus(id="../../etc", title="My Story"))
    assert corpus.articles[0].id.startswith("my-story-")
    assert corpus.articles[0].origin == "corpus:corpus file"


# --- CSV -----------------------------------------------------------------------------------------


def test_rows_csv_neutralises_formulas_and_reads_back() -> None:
    rows = [
        {"id": "a", "title": '=HYPERLINK("http://x")', "outlet": "+1", "author": "@me", "date": "-", "x": "ignored"}
    ]
    text = rows_csv(rows, ("id", "title", "outlet", "author", "date", "url"))
    back = list(csv.DictReader(io.StringIO(text)))
    assert back == [
        {"id": "a", "title": '\'=HYPERLINK("http://x")', "outlet": "'+1", "author": "'@me", "date": "'-", "url": ""}
    ]


def test_results_csv_has_one_row_per_article_and_per_span() -> None:
    reports = analyze_all(load_case_study())
    articles = list(csv.DictReader(io.StringIO(rows_csv((article_row(r) for r in reports), ARTICLE_COLUMNS))))
    spans = list(csv.DictReader(io.StringIO(rows_csv(all_span_rows(reports), SPAN_COLUMNS))))
    assert [a["id"] for a in articles] == [r.article.id for r in reports]
    assert list(articles[0]) == list(ARTICLE_COLUMNS)
    assert len(spans) == sum(1 for _ in all_span_rows(reports)) > 0
    texts = {r.article.id: r.article.text for r in reports}
    for row in spans[:50]:
        assert texts[row["id"]][int(row["start"]) : int(row["end"])] == row["text"].removeprefix("'")
