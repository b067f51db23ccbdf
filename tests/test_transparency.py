"""Transparency signals: values, scores, weights from the data file, explanations and evidence."""

from __future__ import annotations

import tomllib

import pytest

from analysis import analyze
from analysis.errors import SettingsError
from analysis.model import Article, ArticleReport, Signal
from analysis.stages.transparency import TRANSPARENCY_FILE, Measure, SignalSpec, fill, load_settings, scale_score
from analysis.text.quotes import quote_at, quote_spans

SETTINGS = tomllib.loads(TRANSPARENCY_FILE.read_text(encoding="utf-8"))


def signal(report: ArticleReport, name: str) -> Signal:
    return next(s for s in report.transparency.signals if s.name == name)


def report_of(text: str, **meta: str) -> ArticleReport:
    return analyze(Article(id="t", text=text, **meta))


# --- the whole score ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["enab", "snhr", "substack", "kremlin", "blog"])
def test_signals_follow_the_data_file(case_reports, case):
    result = case_reports[case].transparency
    assert [s.name for s in result.signals] == list(SETTINGS["signals"])
    for s in result.signals:
        assert s.weight in (SETTINGS["signals"][s.name]["weight"], 0.0)
        assert 0.0 <= s.score <= 1.0
        assert s.label == SETTINGS["signals"][s.name]["label"]
        assert "{" not in s.explanation and "|" not in s.explanation
    weighted = sum(s.weight * s.score for s in result.signals) / sum(s.weight for s in result.signals)
    assert result.score == pytest.approx(100 * weighted, abs=0.06)


@pytest.mark.parametrize("case", ["enab", "snhr", "substack", "kremlin", "blog"])
def test_every_piece_of_evidence_is_the_text_it_points_to(case_reports, case):
    report = case_reports[case]
    for s in report.transparency.signals:
        for ev in s.evidence:
            assert report.article.text[ev.start : ev.end] == ev.text


def test_the_score_orders_sourced_reporting_above_the_personal_newsletter(case_reports):
    scores = {case: r.transparency.score for case, r in case_reports.items()}
    assert scores["kremlin"] > scores["blog"] > scores["substack"]
    assert scores["enab"] > scores["substack"]


# --- one signal at a time, on the case study -------------------------------------------------------


def test_byline_evidence_is_the_author_in_the_byline_line(case_reports):
    byline = signal(case_reports["kremlin"], "byline")
    assert (byline.value, byline.score) == (1.0, 1.0)
    assert [e.text for e in byline.evidence] == ["Andrey Mihayloff"]
    assert "Andrey Mihayloff" in byline.explanation
    assert signal(case_reports["blog"], "byline").value == 0.0


@pytest.mark.parametrize(
    ("case", "value", "evidence"),
    [
        ("snhr", 1.0, "2024-12-11"),  # dated in the metadata and in the text
        ("enab", 1.0, "December 11"),  # dated in the metadata (inferred); evidence is the first date written
        ("blog", 0.5, "December 9, 2024"),  # only a date in the text: perhaps the events' date
        ("substack", 0.5, "December 2024"),
    ],
)
def test_date_from_metadata_or_text(case_reports, case, value, evidence):
    date = signal(case_reports[case], "date")
    assert date.value == value
    assert date.evidence and date.evidence[0].text == evidence


def test_exclamations_in_the_blog(case_reports):
    marks = signal(case_reports["blog"], "exclamations")
    assert marks.value == 3 and marks.score == 0.0
    assert all(e.text.endswith("!") for e in marks.evidence)
    assert signal(case_reports["kremlin"], "exclamations").value == 0


def test_first_person_counts_the_writer_not_the_reader_comment(case_reports):
    first = signal(case_reports["substack"], "first_person")
    assert first.value >= 3
    comment = next(s for s in case_reports["substack"].sentences if s.text.startswith("I trust"))
    assert not any(comment.start <= e.start < comment.end for e in first.evidence)
    assert signal(case_reports["enab"], "first_person").value == 0


@pytest.mark.parametrize(
    ("case", "name"), [(c, n) for c in ("enab", "snhr", "kremlin", "blog") for n in ("hedging", "loaded_language")]
)
def test_hedges_and_loaded_words_are_outside_quotation_marks(case_reports, case, name):
    report = case_reports[case]
    quotes = quote_spans(report.article.text)
    for ev in signal(report, name).evidence:
        assert quote_at(quotes, ev.start) is None


def test_loaded_words_in_the_writers_voice(case_reports):
    loaded = signal(case_reports["blog"], "loaded_language")
    assert {"war-torn", "dictator", "infamous"} <= {e.text.lower() for e in loaded.evidence}
    # "oppression", "criminality", "tyranny" stand inside the quoted statement of the enab article
    enab = {e.text.lower() for e in signal(case_reports["enab"], "loaded_language").evidence}
    assert not enab & {"oppression", "criminality", "tyranny", "dark era"}


def test_loaded_verbs_of_saying(case_reports):
    verbs = signal(case_reports["blog"], "loaded_verbs")
    assert "claimed" in {e.text for e in verbs.evidence}
    assert 0 < verbs.value < 1 and verbs.score == pytest.approx(1 - verbs.value, abs=1e-4)


def test_named_share_and_its_anonymous_evidence(case_reports):
    named = signal(case_reports["blog"], "named_sources")
    anonymous = [a for a in case_reports["blog"].sourcing.attributions if a.kind == "anonymous"]
    assert {e.text for e in named.evidence} == {a.span.text for a in anonymous}
    assert f"{len(anonymous)} are anonymous" in named.explanation


def test_unattributed_accusations(case_reports):
    unattributed = signal(case_reports["snhr"], "unattributed")
    assert unattributed.value >= 1
    assert "crimes against humanity" in {e.text.lower() for e in unattributed.evidence}


# --- small articles ------------------------------------------------------------------------------


def test_an_article_with_no_sources():
    report = report_of("The army shelled the town.\n\nIt was a heinous act, perhaps the worst yet!")
    assert signal(report, "sourcing_density").value == 0
    assert "never says" in signal(report, "sourcing_density").explanation
    assert signal(report, "named_sources").score == 0
    assert signal(report, "loaded_verbs").weight == 0.0  # nothing to judge: left out of the score
    assert [e.text for e in signal(report, "hedging").evidence] == ["perhaps"]
    assert [e.text for e in signal(report, "loaded_language").evidence] == ["heinous"]
    assert signal(report, "exclamations").value == 1
    assert signal(report, "unattributed").value == 1  # "shelled" is an accusation with no source


@pytest.mark.parametrize(
    ("text", "count", "facts"),
    [
        ("Police said 40 people died. The army killed 12 protesters.", 0, 2),  # the sentence before has a source
        ("The army killed 12 protesters.\n\nRebels executed 30 prisoners.", 2, 2),
        ("On December 8, 2024, the capital fell. In 2011 the war began.", 0, 0),  # dates and years are no figures
        ("1. The first point.\n2. The second point.", 0, 0),  # list numbers are no figures
        ("Thousands fled the city, the UN said.", 0, 1),
    ],
)
def test_figures_and_accusations_need_a_source(text, count, facts):
    unattributed = signal(report_of(text), "unattributed")
    assert unattributed.value == count
    if facts:
        assert unattributed.weight > 0 and "no sentences" not in unattributed.explanation
    else:
        assert unattributed.weight == 0.0 and "no sentences" in unattributed.explanation


def test_subheading_questions_are_not_rhetorical():
    text = "What happened?\n\nThe rebels entered the city. Who could blame them? Nobody, the mayor said."
    marks = signal(report_of(text), "exclamations")
    assert [e.text for e in marks.evidence] == ["Who could blame them?"]


def test_byline_line_when_the_metadata_has_none():
    report = report_of("Rebels enter the capital\nBy Jane Smith\n\nRebels entered the capital on Sunday.")
    assert [e.text for e in signal(report, "byline").evidence] == ["Jane Smith"]
    assert signal(report, "byline").value == 1.0


def test_the_writer_inside_a_quotation_is_not_first_person():
    report = report_of("“I think we will win,” the general said.")
    assert signal(report, "first_person").value == 0


# --- templates and scales ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("{count} {count|word|words}", {"count": 1}, "1 word"),
        ("{count} {count|word|words}", {"count": 3}, "3 words"),
        ("{n|the one sentence|all # sentences}", {"n": 1}, "the one sentence"),
        ("{n|the one sentence|all # sentences}", {"n": 4}, "all 4 sentences"),
        ("{author} wrote it", {"author": "Jane Smith"}, "Jane Smith wrote it"),
        ("{missing} stays", {}, "{missing} stays"),
        ("{x.__class__}", {"x": 1}, "{x.__class__}"),  # no attribute access: templates are data
    ],
)
def test_fill(template, values, expected):
    assert fill(template, values) == expected


def spec(scale: str, **params: float) -> SignalSpec:
    return SignalSpec("s", "S", 1.0, scale, dict(params), {"explain": ""}, "")


@pytest.mark.parametrize(
    ("scale", "params", "value", "values", "score"),
    [
        ("presence", {}, 1.0, {}, 1.0),
        ("presence", {}, 0.5, {}, 0.5),
        ("at_least", {"target": 2}, 1, {}, 0.5),
        ("at_least", {"target": 2}, 5, {}, 1.0),
        ("share", {}, 0.25, {}, 0.25),
        ("at_most", {"free": 0.5, "limit": 2.5}, 0.4, {}, 1.0),
        ("at_most", {"free": 0.5, "limit": 2.5}, 1.5, {}, 0.5),
        ("at_most", {"free": 0.5, "limit": 2.5}, 9.0, {}, 0.0),
        ("unchecked", {"prior": 2}, 1, {"facts": 2}, 0.75),
        ("unchecked", {"prior": 2}, 0, {"facts": 5}, 1.0),
        ("diversity", {"target_sources": 4, "target_kinds": 2}, 2, {"kinds": 2}, 0.75),
    ],
)
def test_scales(scale, params, value, values, score):
    assert scale_score(spec(scale, **params), Measure(value, values=values)) == pytest.approx(score)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[signals.x]\nlabel = "X"\nweight = 1\nscale = "sometimes"\nexplain = "x"\n', "scale must be one of"),
        ('[signals.x]\nlabel = "X"\nweight = -1\nscale = "share"\nexplain = "x"\n', "weight must be"),
        ('[signals.x]\nlabel = "X"\nweight = 1\nscale = "share"\n', "explain template"),
        ("[signals\n", "not valid TOML"),
    ],
)
def test_a_broken_settings_file_says_what_is_wrong(tmp_path, body, message):
    path = tmp_path / "transparency.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_every_signal_documents_where_its_constants_come_from():
    for name, raw in SETTINGS["signals"].items():
        assert raw.get("source"), f"{name} has no source note"
