"""Reports held in memory are bounded in bytes, per session and for the process (app/cache.py, issue 14).

The stores are plain objects, tested without a server; that Streamlit drops a session's store when the session
disconnects (``scope="session"``) is measured with a real server in benchmarks/bench_memory.py.
"""

from __future__ import annotations

import gc

import pytest

from analysis import Article, analyze, load_case_study, load_lexicon
from app.cache import (
    REPORT_BYTES_PER_PROCESS,
    REPORT_BYTES_PER_SESSION,
    ReportBudget,
    ReportStore,
    report_size,
)
from benchmarks.bench_memory import long_text


@pytest.fixture(scope="module")
def reports():
    lexicon = load_lexicon()
    return [analyze(a, lexicon) for a in load_case_study()]


def test_a_report_is_measured_without_the_lexicon_or_classes(reports):
    for report in reports:
        size = report_size(report)
        chars = len(report.article.text)
        assert 10 * chars < size < 60 * chars, (report.article.id, size, chars)


def test_a_long_article_report_is_measured_in_proportion():
    report = analyze(Article(id="long", text=long_text(3, 100_000)), load_lexicon())
    assert 10 * 100_000 < report_size(report) < 40 * 100_000


def test_one_session_keeps_at_most_its_bytes_newest_first(reports):
    budget = ReportBudget(limit=10**12)
    sizes = [report_size(r) for r in reports]
    store = ReportStore(budget, limit=sizes[-1] + sizes[-2])
    for i, report in enumerate(reports):
        store.put((str(i), None), report)
    assert store.bytes <= store.limit
    assert store.get(("4", None)) is reports[4] and store.get(("3", None)) is reports[3]
    assert store.get(("0", None)) is None, "the oldest went first"


def test_one_report_larger_than_the_bound_is_still_kept_alone(reports):
    store = ReportStore(ReportBudget(limit=10**12), limit=1)
    store.put(("a", None), reports[0])
    assert len(store) == 1


def test_the_process_bound_lets_go_of_the_least_recently_used_of_any_session(reports):
    budget = ReportBudget(limit=sum(report_size(reports[i]) for i in (0, 2, 3)))
    first, second = ReportStore(budget), ReportStore(budget)
    first.put(("a", None), reports[0])
    second.put(("b", None), reports[1])
    first.put(("c", None), reports[2])
    assert first.get(("a", None)) is reports[0]  # used again: now "b" is the oldest
    second.put(("d", None), reports[3])
    assert budget.bytes <= budget.limit
    assert second.get(("b", None)) is None, "the least recently used, in another session, went first"
    assert first.get(("a", None)) is reports[0] and second.get(("d", None)) is reports[3]


def test_a_closed_session_leaves_the_budget(reports):
    budget = ReportBudget()
    store = ReportStore(budget)
    store.put(("a", None), reports[0])
    assert budget.bytes > 0
    store.clear()  # what Streamlit's on_release does when the session disconnects
    assert budget.bytes == 0
    other = ReportStore(budget)
    other.put(("b", None), reports[1])
    del other
    gc.collect()
    assert budget.bytes == 0, "a store nobody holds any more is not counted"


def test_digests_are_remembered_for_the_current_articles_only():
    store = ReportStore(ReportBudget())
    one, two = Article(id="1", text="One text."), Article(id="2", text="Two text.")
    first = store.remember([one, two])
    assert store.remember([one]) == first[:1]
    assert store.key(one) == first[0]
    assert store.key(two) == first[1], "a forgotten article's digest is worked out again, the same"
    assert len(store._digests) == 1


def test_the_bounds_fit_the_largest_session_the_limits_allow():
    from analysis.io.ingest import MAX_SESSION_CHARS

    # prose costs about 18-23 bytes a character in a report (test above); the session's text limit fits its bound
    assert MAX_SESSION_CHARS * 23 <= REPORT_BYTES_PER_SESSION <= REPORT_BYTES_PER_PROCESS
