"""Strict lexicon files and safe line patterns: a teacher's typo is named with its line; no pattern or
phrase a user uploads can make matching or checking slow."""

from __future__ import annotations

import signal
from contextlib import contextmanager
from pathlib import Path

import pytest

from analysis import Article, analyze, load_lexicon
from analysis.errors import LexiconError
from analysis.lexicon.load import lexicon_from_toml
from analysis.lexicon.patterns import MAX_FORMS, LinePatterns, PatternError, forms

REPO = Path(__file__).resolve().parents[1]

BASE = """[meta]
name = "protest"
extends = "general-news"

[[families]]
id = "crowd"
label = "What the crowd is called"
poles = [{ id = "calm", label = "protesters", position = -1 }, { id = "riot", label = "rioters", position = 1 }]
terms = [
  { term = "protesters", pole = "calm" },
  { term = "rioters", pole = "riot", variants = ["mob"] },
]

[[actors]]
name = "Town police"
kind = "organization"
aliases = ["police"]

[[labels]]
label = "thugs"
pole = "riot"
applies_to = "organization"
"""


@contextmanager
def at_most(seconds: int):
    """Fail (not hang) if the block runs longer than ``seconds``: the bound is generous, the work is milliseconds."""

    def stop(*_):
        raise AssertionError(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_the_base_file_is_clean():
    lexicon = lexicon_from_toml(BASE, "protest.toml")
    assert lexicon.warnings == ()
    assert [f.id for f in lexicon.families][-1] == "crowd"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda s: s.replace("terms = [", "term = ["),
            "line 6 (family 'crowd'): unknown key 'term' (did you mean 'terms'?)",
        ),
        (lambda s: s.replace('id = "crowd"', 'id = "Crowd-Words"'), "for example 'crowd_words'"),
        (
            lambda s: s.replace('pole = "riot"\napplies', 'pole = "angry"\napplies'),
            "pole 'angry' is not a pole of any family",
        ),
        (lambda s: s.replace('applies_to = "organization"', 'applies_to = "Mayor Lee"'), "applies_to 'Mayor Lee'"),
        (
            lambda s: s.replace('pole = "riot", variants', 'pole = "rowdy", variants'),
            "line 11 (family 'crowd', term 'rioters')",
        ),
        (lambda s: s.replace("[[actors]]", "[[actor]]"), "unknown key 'actor' (did you mean 'actors'?)"),
        (
            lambda s: s.replace('kind = "organization"', 'kind = "organization"\nalias = ["cops"]'),
            "unknown key 'alias'",
        ),
        (lambda s: s.replace('variants = ["mob"]', 'variants = ["mob ' + "(x) " * 9 + '"]'), "make 512 forms"),
        (lambda s: s + '\n[boilerplate]\nline_patterns = ["{unclosed"]\n', "bad boilerplate pattern"),
        (
            lambda s: s.replace(
                'label = "What the crowd is called"', 'label = "What the crowd is called"\nkind = "crowd"'
            ),
            "line 6 (family 'crowd'): kind 'crowd' is not a kind of family ('title', 'event', 'refuge'",
        ),
    ],
    ids=[
        "term for terms",
        "bad id",
        "label pole",
        "applies_to",
        "term pole",
        "[[actor]]",
        "alias",
        "forms",
        "pattern",
        "family kind",
    ],
)
def test_each_mistake_is_an_error_naming_the_place(edit, message):
    with pytest.raises(LexiconError) as info:
        lexicon_from_toml(edit(BASE), "protest.toml")
    assert "protest.toml" in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("edit", "warning"),
    [
        (lambda s: s.replace('extends = "general-news"\n', ""), 'add extends = "general-news"'),
        (
            lambda s: s.replace(
                'terms = [\n  { term = "protesters", pole = "calm" },\n  { term = "rioters", pole = "riot", variants = ["mob"] },\n]',
                "terms = []",
            ),
            "has no terms yet",
        ),
        (lambda s: s + '\n[boilerplate]\nline_patterns = ["^(a+)+$"]\n', "looks like a regular expression"),
    ],
    ids=["no extends", "empty family", "regex pattern"],
)
def test_usable_files_with_a_problem_carry_a_warning(edit, warning):
    lexicon = lexicon_from_toml(edit(BASE), "protest.toml")
    assert any(warning in w for w in lexicon.warnings), lexicon.warnings


def test_without_extends_sourcing_finds_nothing_and_the_warning_says_why():
    text = "Police said the crowd dispersed."
    plain = lexicon_from_toml(BASE.replace('extends = "general-news"\n', ""), "protest.toml")
    assert analyze(Article(id="t", text=text), plain).sourcing.attributions == ()
    assert analyze(Article(id="t", text=text), lexicon_from_toml(BASE, "p.toml")).sourcing.attributions


# --- the line-pattern language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "line", "matches"),
    [
        ("skip to {main ,}content", "Skip to  main content", True),
        ("skip to {main ,}content", "Skip to content", True),
        ("skip to {main ,}content", "Skip to the content", False),
        ("share on *", "Share on Facebook", True),
        ("share on *", "Share", False),
        ("* on {facebook,x}", "Follow us on X", True),
        ("* on {facebook,x}", "He said so on Facebook yesterday", False),
        ("*@*.*", "news@example.org", True),
        ("{http,https}://*", "https://example.org/a", True),
        ("{0,1,2,3,4,5,6,7,8,9}* comment{,s}", "12 comments", True),
        ("{0,1,2,3,4,5,6,7,8,9}* comment{,s}", "No comments", False),
        ("^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", False),  # a regular expression is just text here
        ("^(a+)+$", "^(a+)+$", True),
    ],
)
def test_line_patterns(pattern, line, matches):
    assert LinePatterns([pattern]).matches(line) is matches


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "empty"),
        ("{a,b", "in pairs"),
        ("{{a}}", "in pairs"),
        ("x" * 300, "at most 200 characters"),
        ("*a*b*c*d*e*", "at most 4 '*'"),
        ("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}", f"at most {MAX_FORMS}"),
    ],
)
def test_bad_line_patterns_say_why(pattern, message):
    with pytest.raises(PatternError, match=message.replace("*", r"\*")):
        forms(pattern)


def test_hostile_patterns_and_lines_stay_fast():
    """The issue's attack: a catastrophic pattern against long lines of a's; and every wildcard there is."""
    patterns = LinePatterns(["^(a+)+$", "*a*a*a*b", "{a,aa,aaa}*{a,aa,aaa}*b"])
    lines = ["a" * 28 + "!"] * 2_000 + ["a" * 199] * 2_000
    with at_most(10):
        assert not any(patterns.matches(line) for line in lines)


def test_a_big_lexicon_checks_in_time_linear_in_its_size():
    """About 1 MB and 23,500 terms (the issue's file took 241 s): checked in one pass over its lines."""
    terms = ",\n".join(f'  {{ term = "w{i}", pole = "calm" }}' for i in range(23_500))
    source = BASE.replace('terms = [\n  { term = "protesters", pole = "calm" },', "terms = [\n" + terms + ",")
    assert 850_000 < len(source.encode()) < 1_000_000
    with at_most(60):
        lexicon = lexicon_from_toml(source, "big.toml")
    assert len(lexicon.families[-1].terms) == 23_501


SHELTER = """[meta]
name = "shelter"
extends = "general-news"

[[actors]]
name = "Harbour Town"
kind = "state"
aliases = ["Harbour Town"]

[[families]]
id = "what_the_town_gave"
label = "What the town gave them"
{kind}poles = [{{ id = "refuge", label = "refuge", position = 0 }}]
terms = [{{ term = "asylum", pole = "refuge" }}]
"""


@pytest.mark.parametrize(("kind", "expected"), [('kind = "refuge"\n', ["asylum"]), ("", ["asylum", "asylum"])])
def test_a_family_kind_not_its_id_says_how_its_words_are_read(kind, expected):
    """A "refuge" family of any id leaves out the modifier use ("asylum seekers"); a plain family keeps it."""
    lexicon = lexicon_from_toml(SHELTER.format(kind=kind), "shelter.toml")
    text = "Harbour Town granted them asylum. Asylum seekers queued at the Harbour Town hall."
    terms = analyze(Article(id="t", text=text), lexicon).framing.terms
    assert [t.span.text.lower() for t in terms] == expected


def _syria_without(line_start: str):
    text = (REPO / "data" / "lexicons" / "syria-2024.toml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith(line_start)]
    return lexicon_from_toml("\n".join(kept), "syria-2024.toml")


@pytest.mark.parametrize(
    ("key", "text", "family"),
    [
        ("title_qualifiers", "Syria's President Bashar al-Assad left the country.", "assad_title"),
        ("event_subjects", "Bashar al-Assad fled as Damascus finally fell to the rebels.", "event"),
    ],
)
def test_event_knowledge_in_the_framing_table_is_data(key, text, family):
    """The nationality that leaves a title his and the place whose fall is the event come from the lexicon's
    [framing] table: without the line, the same words are read as someone else's or as no event."""
    with_line = load_lexicon("syria-2024")
    without = _syria_without(key)
    article = Article(id="t", text=text)
    assert family in {t.family for t in analyze(article, with_line).framing.terms}
    assert family not in {t.family for t in analyze(article, without).framing.terms}
