"""The case study's key findings (issue 2) and span round-trips on every article."""

import pytest

from analysis import load_case_study


def _terms(report, family=None):
    return {t.term for t in report.framing.terms if family is None or t.family == family}


def _texts(report, family):
    return {t.span.text.lower() for t in report.framing.terms if t.family == family}


def test_five_articles_with_metadata():
    articles = load_case_study()
    assert len(articles) == 5
    kinds = {a.outlet_kind for a in articles}
    assert kinds == {"news site", "NGO", "newsletter", "state-aligned outlet", "blog"}
    assert all(a.text.strip() and a.title for a in articles)


@pytest.mark.parametrize(
    ("short", "family", "term"),
    [
        ("kremlin", "assad_departure", "resigned"),
        ("blog", "assad_departure", "ousted"),
        ("snhr", "assad_departure", "deposed"),
        ("enab", "assad_title", "regime leader"),
        ("substack", "assad_title", "President"),
        ("substack", "assad_title", "legitimate president"),
    ],
)
def test_key_framing_choices(case_reports, short, family, term):
    assert term in _terms(case_reports[short], family)


@pytest.mark.parametrize(
    ("short", "family", "term"),
    [
        ("kremlin", "assad_title", "dictator"),
        ("kremlin", "assad_departure", "fled"),
        ("enab", "assad_title", "President"),  # "President Vladimir Putin" is Putin's title
        ("blog", "assad_departure", "resigned"),
    ],
)
def test_choices_not_made(case_reports, short, family, term):
    assert term not in _terms(case_reports[short], family)


def test_other_peoples_flight_is_not_assads(case_reports):
    """002: "Syrians fleeing conflict", "people fleeing war" are not about how Assad left."""
    assert not {t for t in _texts(case_reports["substack"], "assad_departure") if t.startswith("flee")}


@pytest.mark.parametrize(
    ("short", "label", "expected"),
    [
        ("kremlin", "terrorist organization", True),
        ("blog", "militant outfit", True),
        ("blog", "rebels", True),
        ("blog", "Islamist group", True),
        ("blog", "terrorist organization", False),
        ("enab", "terrorist organization", False),
        ("substack", "terrorist organization", False),
    ],
)
def test_hts_labels(case_reports, short, label, expected):
    labels = {a.label for a in case_reports[short].framing.actor_labels if "HTS" in a.actor}
    assert (label in labels) is expected


def test_assad_labels(case_reports):
    enab = {a.span.text for a in case_reports["enab"].framing.actor_labels if a.actor == "Bashar al-Assad"}
    assert "ousted Syrian regime leader" in enab


def test_reader_comment_is_left_out(case_reports):
    report = case_reports["substack"]
    comment = report.article.text.index("I trust that the Russian authorities")
    assert any(b.start <= comment < b.end for b in report.article.boilerplate)
    scored = [s for s in report.sentiment.sentences if s.span.start <= comment < s.span.end]
    assert scored == []
    for layer in (report.framing.terms, report.framing.actor_labels, report.sourcing.attributions):
        assert all(not (x.span.start >= comment) for x in layer)


def test_framing_positions_order_the_outlets(case_reports):
    """The Kremlin-aligned piece and the newsletter lean to the Kremlin's wording; the NGO and Enab Baladi do not."""
    pos = {k: r.framing.position for k, r in case_reports.items()}
    assert pos["kremlin"] < 0 and pos["substack"] < 0
    assert pos["snhr"] > 0 and pos["enab"] > 0


def _all_spans(report):
    yield from (t.span for t in report.framing.terms)
    for a in report.framing.actor_labels:
        yield a.span
        yield a.actor_span
    for s in report.sentiment.sentences:
        yield s.span
        yield from (a.span for a in s.assessments if a.span is not None)
    for a in report.sentiment.actors:
        yield from a.mention_spans
    for at in report.sourcing.attributions:
        yield at.span
        if at.cue_span:
            yield at.cue_span
        if at.claim:
            yield at.claim
    for sig in report.transparency.signals:
        yield from sig.evidence
    yield from report.article.boilerplate


@pytest.mark.parametrize("short", ["enab", "snhr", "substack", "kremlin", "blog"])
def test_every_span_round_trips(case_reports, short):
    report = case_reports[short]
    text = report.article.text
    spans = list(_all_spans(report))
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("short", ["enab", "snhr", "substack", "kremlin", "blog"])
def test_json_spans_round_trip(case_reports, short):
    report = case_reports[short]
    text = report.article.text
    data = report.to_dict()
    for term in data["framing"]["terms"] + data["framing"]["actor_labels"]:
        assert text[term["start"] : term["end"]] == term["text"]
    for at in data["sourcing"]["attributions"]:
        assert text[at["start"] : at["end"]] == at["text"]
        if at["claim"]:
            assert text[at["claim"]["start"] : at["claim"]["end"]] == at["claim"]["text"]


def test_russias_president_in_the_substack_table_is_not_assads_title(case_reports):
    """002's table row "The President (via the Ministry of Foreign Affairs ...)" is Russia's president."""
    report = case_reports["substack"]
    row = report.article.text.index("The President (via")
    assert not [t for t in report.framing.terms if t.family == "assad_title" and t.span.start == row + 4]
