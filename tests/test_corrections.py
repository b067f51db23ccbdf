"""A teacher's corrections: removing a wrong highlight, adding a missed one, numbers computed again, files."""

from __future__ import annotations

import json

import pytest

from analysis import analyze, load_case_study, load_lexicon
from analysis.corrections import Correction, apply_corrections, check_corrections, correction_from_dict
from analysis.errors import InputError
from analysis.io.corpus_file import dump_corpus, parse_corpus
from analysis.model import Span


@pytest.fixture(scope="module")
def kremlin(case_reports):
    return case_reports["kremlin"]


def _span(report, words: str) -> Span:
    start = report.article.text.index(words)
    return Span.of(report.article.text, start, start + len(words))


def test_no_corrections_returns_the_same_report(kremlin, lexicon):
    assert apply_corrections(kremlin, [], lexicon) is kremlin
    other = Correction("someone-else", "remove", "terms", kremlin.framing.terms[0].span)
    assert apply_corrections(kremlin, [other], lexicon) is kremlin


def test_removing_a_framing_word_recomputes_the_family_and_the_position(kremlin, lexicon):
    term = next(t for t in kremlin.framing.terms if t.family == "event")
    fixed = apply_corrections(kremlin, [Correction(kremlin.article.id, "remove", "terms", term.span)], lexicon)
    assert term not in fixed.framing.terms
    assert len(fixed.framing.terms) == len(kremlin.framing.terms) - 1
    before = next(f for f in kremlin.framing.families if f.family == "event")
    after = next(f for f in fixed.framing.families if f.family == "event")
    assert sum(after.counts.values()) == sum(before.counts.values()) - 1
    assert kremlin.framing.position is not None and fixed.framing.position is not None
    # the report itself is frozen and shared: never changed
    assert term in kremlin.framing.terms


def test_adding_a_missed_framing_word_takes_the_poles_position(kremlin, lexicon):
    span = _span(kremlin, "Assad")
    add = Correction(kremlin.article.id, "add", "terms", span, family="assad_title", pole="delegitimizing")
    fixed = apply_corrections(kremlin, [add], lexicon)
    added = [t for t in fixed.framing.terms if t.span == span]
    assert len(added) == 1 and added[0].position == 1.0 and added[0].term == "Assad"
    title = next(f for f in fixed.framing.families if f.family == "assad_title")
    assert title.counts["delegitimizing"] == 1
    assert fixed.framing.position != kremlin.framing.position


def test_an_unknown_family_or_pole_is_left_out(kremlin, lexicon):
    span = _span(kremlin, "Assad")
    bad = Correction(kremlin.article.id, "add", "terms", span, family="nope", pole="x")
    assert apply_corrections(kremlin, [bad], lexicon).framing.terms == kremlin.framing.terms


def test_removing_and_adding_sources_changes_counts_and_transparency(kremlin, lexicon):
    anonymous = [a for a in kremlin.sourcing.attributions if a.kind == "anonymous"]
    removes = [Correction(kremlin.article.id, "remove", "sources", a.span) for a in anonymous]
    fixed = apply_corrections(kremlin, removes, lexicon)
    assert fixed.sourcing.counts["anonymous"] == 0
    assert fixed.sourcing.distinct_counts["anonymous"] == 0, "the people counted again, not only the mentions"
    assert fixed.sourcing.distinct_counts["agency"] == kremlin.sourcing.distinct_counts["agency"] > 0
    assert fixed.sourcing.counts["named"] == kremlin.sourcing.counts["named"]
    assert fixed.framing.loaded == kremlin.framing.loaded, "a source correction keeps the loaded words"
    assert fixed.transparency.score > kremlin.transparency.score, "fewer anonymous sources: a higher score"
    span = _span(kremlin, "Peskov") if "Peskov" in kremlin.article.text else kremlin.sentences[1].span
    again = apply_corrections(fixed, [Correction(kremlin.article.id, "add", "sources", span, kind="named")], lexicon)
    assert again.sourcing.counts["named"] == kremlin.sourcing.counts["named"] + 1


def test_adding_a_label(kremlin, lexicon):
    span = _span(kremlin, "Assad")
    add = Correction(kremlin.article.id, "add", "labels", span, actor="Bashar al-Assad", pole="legitimate")
    fixed = apply_corrections(kremlin, [add], lexicon)
    assert len(fixed.framing.actor_labels) == len(kremlin.framing.actor_labels) + 1


def test_a_correction_describes_itself_in_plain_words(kremlin, lexicon):
    span = _span(kremlin, "Assad")
    add = Correction(kremlin.article.id, "add", "terms", span, family="assad_title", pole="delegitimizing", note="x")
    said = add.describe(lexicon)
    assert "What Assad is called" in said and "regime leader / dictator" in said and "assad_title" not in said
    assert "removed" in Correction("a", "remove", "sources", span).describe()


def test_corrections_travel_in_the_corpus_file(kremlin, lexicon):
    articles = load_case_study()
    span = _span(kremlin, "Assad")
    corrections = (
        Correction(kremlin.article.id, "add", "terms", span, family="assad_title", pole="legitimate", note="why"),
        Correction(kremlin.article.id, "remove", "sources", kremlin.sourcing.attributions[0].span),
    )
    text = dump_corpus(articles, corrections=corrections)
    corpus = parse_corpus(text.encode())
    assert corpus.corrections == corrections
    assert corpus.articles == tuple(articles)
    # an older file, without the field, still loads; and the field is a plain list an older reader skips
    assert parse_corpus(dump_corpus(articles).encode()).corrections == ()
    assert "corrections" not in json.loads(dump_corpus(articles))
    assert json.loads(text)["version"] == 1


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("x", "must be a list"),
        ([{"article_id": "nope", "action": "remove", "layer": "terms", "start": 0, "end": 1}], "names no article"),
        ([{"article_id": "A", "action": "zap", "layer": "terms", "start": 0, "end": 1}], "'action'"),
        ([{"article_id": "A", "action": "remove", "layer": "terms", "start": 3, "end": 1}], "offsets"),
        ([{"article_id": "A", "action": "remove", "layer": "terms", "start": 0, "end": 99}], "outside"),
        ([{"article_id": "A", "action": "add", "layer": "terms", "start": 0, "end": 1}], "'family'"),
        ([{"article_id": "A", "action": "add", "layer": "sources", "start": 0, "end": 1, "kind": "x"}], "'kind'"),
    ],
)
def test_bad_corrections_in_a_file_say_where(raw, problem):
    with pytest.raises(InputError, match=problem):
        check_corrections(raw, {"A": "Assad fled."})


def test_the_words_are_taken_from_the_text_not_the_file():
    c = correction_from_dict(
        {"article_id": "A", "action": "remove", "layer": "terms", "start": 0, "end": 5, "text": "<b>x</b>"},
        text="Assad fled.",
    )
    assert c.span.text == "Assad"


def test_corrections_change_the_numbers_of_a_fresh_analysis():
    lexicon = load_lexicon()
    article = load_case_study()[0]
    report = analyze(article, lexicon)
    removes = [Correction(article.id, "remove", "terms", t.span) for t in report.framing.terms]
    fixed = apply_corrections(report, removes, lexicon)
    assert fixed.framing.terms == () and fixed.framing.position is None
