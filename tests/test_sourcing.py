"""Sourcing: who each article lets speak, through which verb, with what claim."""

from __future__ import annotations

import pytest

from analysis import analyze, load_lexicon
from analysis.lexicon.load import lexicon_from_dict
from analysis.model import SOURCE_KINDS, Article, ArticleReport, Attribution
from analysis.stages.sourcing import analyze_sourcing
from analysis.text.doc import Doc


def mentioned(report: ArticleReport, words: str) -> list[Attribution]:
    """Attributions whose normalised source or whose source mention is exactly ``words``."""
    return [a for a in report.sourcing.attributions if words in (a.source, a.span.text)]


def read(text: str, lexicon=None) -> list[Attribution]:
    return list(analyze(Article(id="t", text=text), lexicon).sourcing.attributions)


# --- the findings the issue pins on the case study ------------------------------------------------

CASE_FINDINGS = [
    ("kremlin", "Kremlin source", "anonymous"),
    ("kremlin", "TASS", "agency"),
    ("kremlin", "RIA Novosti", "agency"),
    ("kremlin", "The Economist", "agency"),
    ("kremlin", "vzglyad.ru", "agency"),
    ("kremlin", "Yuri Lyamin", "named"),
    ("kremlin", "Russian Foreign Ministry", "organization"),
    ("blog", "Reuters", "agency"),
    ("blog", "The Wall Street Journal", "agency"),
    ("blog", "sources close to the Kremlin", "anonymous"),
    ("blog", "Moscow", "organization"),
    ("enab", "Dmitry Peskov", "named"),
    ("enab", "Reuters", "agency"),
    ("enab", "Syrian Network for Human Rights (SNHR)", "organization"),
    ("substack", "a good friend in Russia", "anonymous"),
    ("substack", "a very good contact in Russia", "anonymous"),
    ("substack", "the writer", "self"),
    ("snhr", "Channel One", "agency"),
    ("snhr", "Syrian Network for Human Rights (SNHR)", "document"),
    ("snhr", "Dmitry Peskov", "named"),
]


@pytest.mark.parametrize(("case", "words", "kind"), CASE_FINDINGS)
def test_case_study_sources_have_their_kind(case_reports, case, words, kind):
    found = mentioned(case_reports[case], words)
    assert found, f"no attribution names {words!r} in {case}"
    assert {a.kind for a in found} == {kind}


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("kremlin", "Assad"),  # "Assad asked for help …": asking for help is not saying something
        ("kremlin", "Hayat Tahrir al-Sham"),  # in al-Julani's role, not the speaker
        ("enab", "Vladimir Putin"),  # inside Peskov's claim
        ("blog", "Putin"),  # inside the claim of "Sources further claimed that President Putin …"
        ("substack", "Jamarl Thomas"),  # "In my conversation with Jamarl Thomas …, I mentioned": the writer speaks
    ],
)
def test_names_beside_a_cue_that_do_not_speak(case_reports, case, words):
    assert [a.span.text for a in case_reports[case].sourcing.attributions if words in a.span.text] == []


def test_peskov_keeps_his_role_and_the_dmitry_in_his_name(case_reports):
    (peskov,) = mentioned(case_reports["enab"], "Dmitry Peskov")
    assert (peskov.role, peskov.cue, peskov.cue_type) == ("Kremlin spokesman", "announced", "neutral")
    assert peskov.claim is not None and peskov.claim.text.startswith("President Vladimir Putin decided")


def test_the_snhr_database_is_a_document_issued_by_the_snhr(case_reports):
    (database,) = [a for a in case_reports["snhr"].sourcing.attributions if a.span.text.endswith("database")]
    assert database.source == "Syrian Network for Human Rights (SNHR)"
    assert database.cue == "shows"
    assert database.claim is not None and database.claim.text.startswith("the former president is accused")


@pytest.mark.parametrize(
    ("case", "cue", "words", "cue_type"),
    [
        ("blog", "claimed", "The Wall Street Journal", "loaded"),
        ("blog", "claimed", "Sources", "loaded"),
        ("blog", "claimed", "A section of Syrian officials", "loaded"),
        ("kremlin", "noted", "RIA Novosti", "loaded"),
        ("kremlin", "told", "a Kremlin source", "neutral"),
        ("enab", "reported", "Reuters", "neutral"),
    ],
)
def test_cue_type_comes_from_the_lexicon(case_reports, case, cue, words, cue_type):
    found = [a for a in mentioned(case_reports[case], words) if a.cue == cue]
    assert found and {a.cue_type for a in found} == {cue_type}


@pytest.mark.parametrize(
    ("case", "reference", "source", "kind"),
    [
        ("kremlin", "the political scientist", "Yuri Lyamin", "named"),
        ("kremlin", "The expert", "Yuri Lyamin", "named"),
        ("kremlin", "him", "Anas al-Abda", "named"),
        ("kremlin", "the magazine", "The Economist", "agency"),
        ("kremlin", "the publication", "The Economist", "agency"),
        ("kremlin", "the agency", "TASS", "agency"),
        ("kremlin", "the source", "Kremlin source", "anonymous"),
        ("enab", "It", "Syrian Network for Human Rights (SNHR)", "organization"),
    ],
)
def test_references_resolve_to_the_last_compatible_source(case_reports, case, reference, source, kind):
    found = [a for a in case_reports[case].sourcing.attributions if a.span.text == reference]
    assert found and {(a.source, a.kind) for a in found} == {(source, kind)}


def test_quote_across_two_sentences_is_the_claim_of_the_cue_after_it(case_reports):
    (magazine,) = [a for a in case_reports["kremlin"].sourcing.attributions if a.span.text == "the magazine"]
    assert magazine.direct_quote
    assert magazine.claim is not None
    assert magazine.claim.text.startswith("He’s telling everyone")
    assert magazine.claim.text.endswith("fight for him")


def test_indirect_speech_is_not_a_direct_quote(case_reports):
    (reuters,) = mentioned(case_reports["enab"], "Reuters")
    assert not reuters.direct_quote
    assert reuters.claim is not None and reuters.claim.text.startswith("al-Assad left Damascus")


def test_the_reader_comment_and_other_boilerplate_contribute_nothing(case_reports):
    for report in case_reports.values():
        boilerplate = {s.index for s in report.sentences if s.boilerplate}
        assert not [a for a in report.sourcing.attributions if a.sentence in boilerplate]
    comment = "I trust that the Russian authorities"
    assert not [a for a in case_reports["substack"].sourcing.attributions if comment in a.span.text]


@pytest.mark.parametrize("case", ["enab", "snhr", "substack", "kremlin", "blog"])
def test_counts_shares_and_distinct_sources_agree_with_the_attributions(case_reports, case):
    sourcing = case_reports[case].sourcing
    assert sum(sourcing.counts.values()) == len(sourcing.attributions)
    assert set(sourcing.counts) == set(SOURCE_KINDS) == set(sourcing.shares)
    assert sum(sourcing.shares.values()) == pytest.approx(1.0, abs=1e-3)
    assert set(sourcing.distinct_sources) == {a.source for a in sourcing.attributions if a.kind != "self"}


# --- patterns, one sentence each -----------------------------------------------------------------

PATTERNS = [
    # text, (kind, source, cue, direct quote, role)
    (
        "Kremlin spokesman Dmitry Peskov announced that the talks had ended.",
        ("named", "Dmitry Peskov", "announced", False, "Kremlin spokesman"),
    ),
    (
        '"We will stay," said Jane Doe, the mayor of Springfield.',
        ("named", "Jane Doe", "said", True, "the mayor of Springfield"),
    ),
    (
        "“The road is closed,” the police chief said.",
        ("anonymous", "police chief", "said", True, ""),
    ),
    (
        "According to sources close to the ministry, the talks failed.",
        ("anonymous", "sources close to the ministry", "according to", False, ""),
    ),
    (
        "The talks failed, according to two senior diplomats.",
        ("anonymous", "two senior diplomats", "according to", False, ""),
    ),
    ("The ministry's report shows that prices rose.", ("document", "ministry", "shows", False, "")),
    ("Prices rose sharply, Interfax reported.", ("agency", "Interfax", "reported", False, "")),
    ("The Wall Street Journal claimed that prices rose.", ("agency", "The Wall Street Journal", "claimed", False, "")),
    ("I mentioned the strike to my editor.", ("self", "the writer", "mentioned", False, "")),
    (
        "A local teacher, who asked not to be named, said the school had closed.",
        ("anonymous", "local teacher", "said", False, ""),
    ),
    (
        "Maria Lopez, a nurse at the city hospital, told reporters that supplies were short.",
        ("named", "Maria Lopez", "told", False, "a nurse at the city hospital"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_attribution_patterns(text, expected):
    found = read(text)
    got = {(a.kind, a.source, a.cue, a.direct_quote, a.role) for a in found}
    assert expected in got
    for a in found:
        assert text[a.span.start : a.span.end] == a.span.text
        assert a.claim is None or text[a.claim.start : a.claim.end] == a.claim.text


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Reuters, citing two regional sources, reported that ships had left.",
            {("agency", "Reuters"), ("anonymous", "two regional sources")},
        ),
        (
            "RT quoted a Russian military source as saying the base was calm.",
            {("agency", "RT"), ("anonymous", "Russian military source")},
        ),
        (
            "I asked a good friend in Berlin about the vote.",
            {("self", "the writer"), ("anonymous", "good friend in Berlin")},
        ),
    ],
)
def test_one_cue_can_name_two_sources(text, sources):
    assert {(a.kind, a.source) for a in read(text)} == sources


@pytest.mark.parametrize(
    "text",
    [
        "The United States and the European Union were silent.",  # "States" is a name, not a verb
        "Assad asked for help from the leaders of Egypt.",  # "asked for" is not a verb of saying
        "The plane is said to be lost.",  # no one says it
        "The report card arrived late.",  # "report" as a noun
        "He declined to say where the money went.",  # an infinitive after "declined"
        "Syrian state sovereignty matters to Damascus.",  # "state" as a noun
        "The coming weeks will show whether the truce holds.",  # "weeks" cannot speak
        "None of this is mentioned in the coverage.",  # a passive with no speaker
    ],
)
def test_sentences_without_an_attribution(text):
    assert read(text) == []


def test_first_person_inside_a_quotation_is_not_the_writer():
    text = "“We announce today the end of this dark era,” the Military Council stated."
    found = read(text)
    assert [(a.kind, a.source, a.direct_quote) for a in found] == [("organization", "Military Council", True)]


def test_claim_stops_before_the_next_source_of_the_sentence():
    text = "Deputy Minister Ivan Petrov said Russia was ready, the Interfax news agency reported."
    by_source = {a.source: a for a in read(text)}
    assert by_source["Ivan Petrov"].claim.text == "Russia was ready"
    assert by_source["Interfax"].kind == "agency"


def test_surname_alone_is_given_the_full_name_used_before():
    text = "Foreign Minister Hakan Fidan said talks would go on. Later, Fidan said the border was open."
    assert [a.source for a in read(text)] == ["Hakan Fidan", "Hakan Fidan"]


def test_kinds_come_from_the_lexicon_not_the_code():
    data = load_lexicon("general-news").data
    without_reuters = {**data, "agencies": [a for a in data["agencies"] if a["name"] != "Reuters"]}
    text = "Prices rose, Reuters reported."
    with_list = analyze(Article(id="t", text=text), load_lexicon("general-news")).sourcing.attributions
    without_list = analyze(Article(id="t", text=text), lexicon_from_dict(without_reuters)).sourcing.attributions
    assert [a.kind for a in with_list] == ["agency"]
    assert [a.kind for a in without_list] != ["agency"]


def test_sourcing_on_a_text_with_no_sentences_is_empty(lexicon):
    result = analyze_sourcing(Doc(Article(id="empty", text="")), lexicon)
    assert result.attributions == () and sum(result.counts.values()) == 0 and result.distinct_sources == ()
