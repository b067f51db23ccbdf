"""Compare: distinctive words (weighted log-odds), similarity, the entry point and the command line."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.compare import Comparison, body_text, compare_articles, load_compare_settings
from analysis.compare.distinctive import TermAnalyzer, count_terms, log_odds_z
from analysis.compare.similarity import article_similarity, map_2d, tfidf_rows
from analysis.errors import InputError
from analysis.io.case_study import load_case_study
from analysis.model import Article, Span

SETTINGS = load_compare_settings()
STOP = SETTINGS.distinctive.stop_words

# Three reports of one storm; only the first speaks of a "levee", five times.
STORM = (
    Article(
        id="levee",
        text=(
            "The storm hit the coast on Monday. The levee broke near the harbour. Water poured through "
            "the levee into the town. Engineers had warned that the levee was weak. The levee is now closed. "
            "Crews will rebuild the levee."
        ),
    ),
    Article(
        id="wind",
        text=(
            "The storm hit the coast on Monday. Strong wind tore roofs from houses in the town. "
            "The wind knocked down power lines. Officials said the storm was the worst in years."
        ),
    ),
    Article(
        id="rain",
        text=(
            "The storm hit the coast on Monday. Heavy rain flooded streets in the town. "
            "Officials said the rain would continue. Schools stayed closed because of the storm."
        ),
    ),
)
# A reprint: the same text under two ids, and a different story beside it.
REPRINT_TEXT = "Parliament passed the budget on Tuesday after a long debate about taxes and schools."
REPRINT = (
    Article(id="wire", text=REPRINT_TEXT),
    Article(id="reprint", text=REPRINT_TEXT),
    Article(id="other", text="A football club from the north won the cup final with a late goal."),
)


@pytest.fixture(scope="module")
def case_study() -> Comparison:
    return compare_articles(load_case_study(), claims=False)


# --- the words counted ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("the fall of Damascus", ["fall", "damascus"], ["fall of", "fall damascus", "of damascus", "the"]),
        ("Russian military bases.", ["military bases", "russian military"], ["bases."]),
        ("They reached Damascus. Russia said", ["damascus", "russia"], ["damascus russia"]),
        ("Damascus, Russia", ["damascus", "russia"], ["damascus russia"]),
        ("line one Damascus\nRussia line", ["damascus", "russia"], ["damascus russia"]),
        ("Assad's family", ["assad", "family", "assad family"], ["assad's"]),
        ("Al-Assad’s wife", ["al-assad", "al-assad wife"], ["al", "assad"]),
        ("killed 15 civilians", ["killed", "civilians"], ["killed civilians", "15"]),
        ("a b c", [], ["a", "b", "c"]),
    ],
)
def test_analyzer_terms(text: str, present: list[str], absent: list[str]) -> None:
    terms = set(TermAnalyzer(STOP)(text))
    assert set(present) <= terms
    assert not set(absent) & terms


WORDS = st.sampled_from(["Assad", "assad's", "al-Assad", "the", "of", "bases", "Military", "x", "2024", "’s"])
GLUE = st.sampled_from([" ", "  ", ". ", ", ", "\n", "-", "'", "’", " (", ") "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(WORDS, GLUE), max_size=30))
def test_occurrences_match_counts(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in pieces)
    analyzer = TermAnalyzer(STOP)
    counted = Counter(analyzer(text))
    found = Counter()
    for term, span in analyzer.occurrences(text, list(counted)):
        assert text[span.start : span.end] == span.text
        found[term] += 1
    assert found == counted


# --- distinctive words ----------------------------------------------------------------------------


def test_a_word_only_one_article_uses_ranks_first_for_it() -> None:
    result = compare_articles(STORM, claims=False)
    top = result.distinctive["levee"][0]
    assert (top.term, top.count) == ("levee", 5)
    assert top.z >= SETTINGS.distinctive.min_z
    assert [s.text for s in top.spans] == ["levee"] * 5
    assert "harbour" not in {t.term for t in result.distinctive["levee"]}  # once is not "far more"
    assert all("levee" not in {t.term for t in result.distinctive[i]} for i in ("wind", "rain"))


@pytest.mark.parametrize(("article_id", "first"), [("levee", "levee"), ("wind", "wind"), ("rain", "rain")])
def test_ranking_without_the_screen(article_id: str, first: str) -> None:
    unscreened = replace(SETTINGS, distinctive=replace(SETTINGS.distinctive, min_z=0.0))
    result = compare_articles(STORM, claims=False, settings=unscreened)
    assert result.distinctive[article_id][0].term == first


def test_terms_are_highest_first_and_spans_point_into_the_text(case_study: Comparison) -> None:
    texts = {a.id: a.text for a in load_case_study()}
    for article_id, terms in case_study.distinctive.items():
        assert [t.z for t in terms] == sorted((t.z for t in terms), reverse=True)
        for term in terms:
            assert len(term.spans) == min(term.count, SETTINGS.distinctive.max_spans)
            assert all(texts[article_id][s.start : s.end] == s.text for s in term.spans)
    for terms in case_study.distinctive_less.values():
        assert all(t.z <= -SETTINGS.distinctive.min_z for t in terms)


def test_boilerplate_words_are_not_counted() -> None:
    text = "Share on Zebra\nThe storm hit the coast on Monday. The levee broke."
    boilerplate = (Span.of(text, 0, 14),)
    article = Article(id="a", text=text, boilerplate=boilerplate)
    assert "zebra" not in body_text(article).lower()
    result = compare_articles([article, STORM[1]], claims=False)
    assert all(t.term != "zebra" for t in result.distinctive["a"])


def test_two_groups_get_mirror_z_scores() -> None:
    counts, terms = count_terms([STORM[0].text, STORM[1].text], stop_words=STOP)
    dense = counts.toarray().astype(float)
    totals, sizes = dense.sum(axis=0), dense.sum(axis=1)
    z = log_odds_z(dense, sizes[:, None], totals[None, :], n_total=totals.sum(), prior_scale=0.1)
    np.testing.assert_allclose(z[0], -z[1])
    assert z[0][list(terms).index("levee")] > 0 > z[1][list(terms).index("levee")]


def test_outlets_with_several_articles_get_their_own_terms() -> None:
    articles = [replace(STORM[0], outlet="Coast News"), replace(STORM[1], outlet="Coast News"), STORM[2]]
    result = compare_articles(articles, claims=False)
    assert set(result.distinctive_outlets) == {"Coast News"}
    for term in result.distinctive_outlets["Coast News"]:
        assert set(term.span_ids) <= {"levee", "wind"} and len(term.span_ids) == len(term.spans)


# --- similarity -----------------------------------------------------------------------------------


def test_identical_articles_have_similarity_one() -> None:
    result = compare_articles(REPRINT, claims=False)
    matrix = dict(zip(result.ids, result.similarity, strict=True))
    assert matrix["wire"][1] == 1.0 and matrix["reprint"][0] == 1.0
    assert matrix["wire"][2] < 0.1
    assert result.near_duplicates == (("wire", "reprint", 1.0),)
    assert result.neighbours["wire"][0] == ("reprint", 1.0)


def test_case_study_has_no_near_duplicates(case_study: Comparison) -> None:
    assert case_study.near_duplicates == ()
    matrix = np.array(case_study.similarity)
    np.testing.assert_allclose(matrix, matrix.T)
    assert np.all(np.diag(matrix) == 1.0)


@pytest.mark.parametrize("dense_max_articles", [1, 2, 10])
def test_neighbours_are_the_same_with_or_without_the_dense_matrix(dense_max_articles: int) -> None:
    articles = [*STORM, *REPRINT]
    counts, _ = count_terms([a.text for a in articles], stop_words=STOP)
    full = article_similarity(counts, settings=SETTINGS.similarity)
    bounded = replace(SETTINGS.similarity, dense_max_articles=dense_max_articles, chunk_rows=2, dense_columns=3)
    result = article_similarity(counts, settings=bounded)
    assert (result.matrix is None) == (len(articles) > dense_max_articles)
    for mine, theirs in zip(result.neighbours, full.neighbours, strict=True):
        assert [j for j, _ in mine] == [j for j, _ in theirs]
        np.testing.assert_allclose([s for _, s in mine], [s for _, s in theirs], atol=1e-6)
    assert [p[:2] for p in result.near_duplicates] == [p[:2] for p in full.near_duplicates]


def test_exact_and_iterative_maps_agree() -> None:
    articles = [a.text for a in load_case_study()] + [a.text for a in STORM] + [a.text for a in REPRINT]
    counts, _ = count_terms(articles, stop_words=STOP)
    tfidf = tfidf_rows(counts)
    gram = (tfidf @ tfidf.T).toarray()
    np.testing.assert_allclose(map_2d(tfidf, gram=gram), map_2d(tfidf), atol=1e-8)


# --- the entry point ------------------------------------------------------------------------------


@pytest.mark.parametrize("articles", [[], [STORM[0]]])
def test_fewer_than_two_articles_is_a_clear_error(articles: list[Article]) -> None:
    with pytest.raises(InputError, match=f"Compare needs at least 2 articles; got {len(articles)}"):
        compare_articles(articles)


@pytest.mark.parametrize(
    ("articles", "top", "message"),
    [
        ([STORM[0], STORM[0]], 15, "share the id 'levee'"),
        (list(STORM), 0, "top must be at least 1"),
    ],
)
def test_bad_input_is_refused(articles: list[Article], top: int, message: str) -> None:
    with pytest.raises(InputError, match=message):
        compare_articles(articles, top=top)


def test_articles_without_words_compare_to_nothing() -> None:
    result = compare_articles([Article(id="a", text="2024 — 15"), Article(id="b", text="...")], claims=False)
    assert result.similarity == ((0.0, 0.0), (0.0, 0.0))
    assert result.distinctive == {"a": (), "b": ()}
    assert any("No words to compare" in n for n in result.notes)


def test_to_dict_is_the_json_contract(case_study: Comparison) -> None:
    data = json.loads(json.dumps(case_study.to_dict()))
    ids = [a.id for a in load_case_study()]
    assert data["similarity"]["ids"] == ids and len(data["similarity"]["matrix"]) == 5
    assert set(data["similarity"]["map_2d"]) == set(ids)
    first = data["distinctive"][ids[0]][0]
    assert {"term", "z", "count", "spans"} <= set(first)
    assert data["claims"] == []


# --- command line ---------------------------------------------------------------------------------


def test_cli_compare_json_on_the_case_study(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--format", "json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"similarity", "distinctive", "claims"} <= set(data)
    assert all(len(terms) <= 3 for terms in data["distinctive"].values())
    texts = {a.id: a.text for a in load_case_study()}
    for claim in data["claims"]:
        assert set(claim["articles"].values()) <= {"reported", "absent", "different"}
        for ev in claim["evidence"]:
            assert texts[ev["id"]][ev["start"] : ev["end"]] == ev["text"]


def test_cli_compare_table_and_files(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    for article in STORM:
        (tmp_path / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    assert main(["compare", str(tmp_path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Similarity" in out and "levee" in out


def test_cli_compare_one_file_fails_cleanly(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "only.txt"
    path.write_text(STORM[0].text, encoding="utf-8")
    assert main(["compare", str(path)]) == 2
    assert "Compare needs at least 2 articles; got 1" in capsys.readouterr().err
