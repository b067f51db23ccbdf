"""Lexicon editing: each edit gives a new checked lexicon, the analysis follows, bad edits say what is wrong."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from analysis import analyze
from analysis.errors import LexiconError
from analysis.io.ingest import pasted_article
from analysis.lexicon import edit as le
from analysis.lexicon.load import lexicon_from_dict, lexicon_from_toml, lexicon_to_toml, load_lexicon

FLOOD = pasted_article(
    "Officials said the levee failed overnight. Residents claimed the deluge came without warning, "
    "and Mayor Jane Doe called the flooding a catastrophe.",
    title="Flood",
)


@pytest.fixture(params=["syria-2024", "general-news"])
def data(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load_lexicon(request.param).data


def _flood_family(data: dict[str, Any]) -> dict[str, Any]:
    return le.add_family(
        data,
        family_id="water",
        label="What the water is called",
        poles=[("plain", "plain words", 0.0), ("dramatic", "dramatic words", 1.0)],
        note="Plain or dramatic?",
    )


def test_a_new_family_and_term_are_found_in_an_article_at_once(data: dict[str, Any]) -> None:
    edited = le.add_term(_flood_family(data), "water", term="deluge", pole="dramatic", variants=["torrent"])
    edited = le.add_term(edited, "water", term="flooding", pole="plain")
    report = analyze(FLOOD, lexicon_from_dict(edited))
    found = {(t.family, t.term, t.pole, t.span.text) for t in report.framing.terms if t.family == "water"}
    assert found == {("water", "deluge", "dramatic", "deluge"), ("water", "flooding", "plain", "flooding")}
    family = next(f for f in report.framing.families if f.family == "water")
    assert family.position == pytest.approx(0.5)


def test_a_new_actor_and_alias_are_recognised(data: dict[str, Any]) -> None:
    edited = le.add_alias(le.add_actor(data, name="Jane Doe", kind="person"), "Jane Doe", "Mayor Doe")
    report = analyze(FLOOD, lexicon_from_dict(edited))
    assert "Jane Doe" in {a.actor for a in report.sentiment.actors}


def test_loaded_and_hedge_words_can_be_added_and_removed(data: dict[str, Any]) -> None:
    edited = le.add_word(data, "loaded", "catastrophe-ish")
    assert "catastrophe-ish" in lexicon_from_dict(edited).loaded
    assert le.remove_word(edited, "loaded", "catastrophe-ish") == data


def test_every_edit_round_trips_through_toml_and_leaves_the_input_alone(data: dict[str, Any]) -> None:
    before = copy.deepcopy(data)
    edited = _flood_family(data)
    edited = le.add_pole(edited, "water", pole_id="euphemism", label="softened", position=-1)
    edited = le.add_term(edited, "water", term="high water", pole="euphemism")
    edited = le.add_actor(edited, name="County office", kind="organization", aliases=["the county"])
    edited = le.add_label(edited, label="negligent", pole="euphemism", variants=["careless"])
    edited = le.add_word(edited, "hedges", "reportedly-ish")
    assert data == before
    lexicon = lexicon_from_dict(edited)
    again = lexicon_from_toml(lexicon_to_toml(lexicon), "download.toml")
    assert again.fingerprint == lexicon.fingerprint
    undone = le.remove_word(edited, "hedges", "reportedly-ish")
    undone = le.remove_label(undone, "negligent")
    undone = le.remove_alias(undone, "County office", "the county")
    undone = le.remove_actor(undone, "County office")
    undone = le.remove_term(undone, "water", "high water")
    undone = le.remove_pole(undone, "water", "euphemism")
    undone = le.remove_family(undone, "water")
    assert undone == before


def test_removing_a_shipped_family_removes_its_matches() -> None:
    syria = load_lexicon("syria-2024")
    article = pasted_article("Rebels ousted the regime in Damascus, officials said.", title="x")
    assert {t.family for t in analyze(article, syria).framing.terms} >= {"state"}
    without = lexicon_from_dict(le.remove_family(syria.data, "state"))
    assert "state" not in {t.family for t in analyze(article, without).framing.terms}


Edit = Callable[[dict[str, Any]], dict[str, Any]]
BAD_EDITS: list[tuple[str, Edit, str]] = [
    ("unknown family", lambda d: le.add_term(d, "nope", term="x", pole="p"), "there is no family 'nope'"),
    (
        "label with a pole no family has",
        lambda d: le.add_label(_flood_family(d), label="negligent", pole="critical"),
        "pole 'critical' is not a pole of any family",
    ),
    (
        "term of 29 optional words (2**29 forms)",
        lambda d: le.add_term(_flood_family(d), "water", term="f " + " ".join(["(x)"] * 29), pole="plain"),
        "optional (…) parts that make 536,870,912 forms",
    ),
    (
        "duplicate family",
        lambda d: le.add_family(_flood_family(d), family_id="water", label="x", poles=[("a", "a", 0)]),
        "already a family 'water'",
    ),
    (
        "bad family id",
        lambda d: le.add_family(d, family_id="Water words!", label="x", poles=[("a", "a", 0)]),
        "may use only a-z, 0-9 and _",
    ),
    (
        "family without poles",
        lambda d: le.add_family(d, family_id="empty", label="x", poles=[]),
        "family 'empty'): a family needs at least one pole",
    ),
    (
        "pole out of range",
        lambda d: le.add_family(d, family_id="f", label="x", poles=[("a", "a", 2)]),
        "position of pole 'a' must be between -1 and 1",
    ),
    (
        "pole not a number",
        lambda d: le.add_pole(_flood_family(d), "water", pole_id="z", label="z", position="high"),
        "position of pole 'z' is not a number",
    ),
    (
        "term with unknown pole",
        lambda d: le.add_term(_flood_family(d), "water", term="flood", pole="nope"),
        "pole 'nope' is not one of the family's poles",
    ),
    (
        "duplicate term",
        lambda d: le.add_term(
            le.add_term(_flood_family(d), "water", term="flood", pole="plain"), "water", term="Flood", pole="plain"
        ),
        "already has the term 'Flood'",
    ),
    (
        "variant in two terms",
        lambda d: le.add_term(
            le.add_term(_flood_family(d), "water", term="flood", pole="plain", variants=["surge"]),
            "water",
            term="wave",
            pole="dramatic",
            variants=["surge"],
        ),
        "'surge' is also a variant of 'flood'",
    ),
    ("empty term", lambda d: le.add_term(_flood_family(d), "water", term="  ", pole="plain"), "the term is empty"),
    (
        "long term",
        lambda d: le.add_term(_flood_family(d), "water", term="x" * 200, pole="plain"),
        "longer than 120 characters",
    ),
    (
        "pole in use",
        lambda d: le.remove_pole(le.add_term(_flood_family(d), "water", term="flood", pole="plain"), "water", "plain"),
        "used by the terms ['flood']",
    ),
    (
        "last pole",
        lambda d: le.remove_pole(le.add_family(d, family_id="one", label="x", poles=[("a", "a", 0)]), "one", "a"),
        "needs at least one pole",
    ),
    (
        "unknown pole",
        lambda d: le.remove_pole(_flood_family(d), "water", "nope"),
        "there is no pole in family 'water' called 'nope'",
    ),
    (
        "unknown term",
        lambda d: le.remove_term(_flood_family(d), "water", "nope"),
        "there is no term in family 'water' called 'nope'",
    ),
    (
        "duplicate actor",
        lambda d: le.add_actor(le.add_actor(d, name="Jane Doe"), name="jane doe"),
        "already an actor 'jane doe'",
    ),
    ("unknown actor", lambda d: le.add_alias(d, "Nobody", "N"), "there is no actor 'Nobody'"),
    (
        "duplicate alias",
        lambda d: le.add_alias(le.add_actor(d, name="Jane Doe"), "Jane Doe", "Jane Doe"),
        "already an alias of 'Jane Doe'",
    ),
    (
        "missing alias",
        lambda d: le.remove_alias(le.add_actor(d, name="Jane Doe"), "Jane Doe", "JD"),
        "'JD' is not an alias of 'Jane Doe'",
    ),
    (
        "duplicate label",
        lambda d: le.add_label(le.add_label(d, label="extremists"), label="Extremists"),
        "already a label 'Extremists'",
    ),
    ("unknown label", lambda d: le.remove_label(d, "nope"), "there is no label 'nope'"),
    ("unknown word list", lambda d: le.add_word(d, "verbs", "x"), "word lists are ['hedges', 'loaded']"),
    (
        "duplicate word",
        lambda d: le.add_word(le.add_word(d, "loaded", "zany"), "loaded", "Zany"),
        "'Zany' is already in the loaded words",
    ),
    ("missing word", lambda d: le.remove_word(d, "hedges", "not-a-hedge"), "'not-a-hedge' is not in the hedges"),
    ("unknown family to remove", lambda d: le.remove_family(d, "nope"), "there is no family 'nope'"),
]


@pytest.mark.parametrize(("case", "edit", "message"), BAD_EDITS, ids=[b[0] for b in BAD_EDITS])
def test_bad_edits_say_what_is_wrong_and_change_nothing(
    data: dict[str, Any], case: str, edit: Edit, message: str
) -> None:
    before = copy.deepcopy(data)
    with pytest.raises(LexiconError) as err:
        edit(data)
    assert message in str(err.value) and str(err.value).startswith("edited lexicon")
    assert data == before


def test_removing_an_actor_a_family_is_about_is_refused() -> None:
    with pytest.raises(LexiconError, match=r"the families \['assad_departure', 'assad_title'\] are about"):
        le.remove_actor(load_lexicon("syria-2024").data, "Bashar al-Assad")


@pytest.mark.parametrize(
    ("box", "expected"),
    [("a, b;c\n d ", ["a", "b", "c", "d"]), ("a,,a, ", ["a"]), ("", []), ("  two  words ", ["two words"])],
)
def test_split_variants(box: str, expected: list[str]) -> None:
    assert le.split_variants(box) == expected


def test_lexicon_tables_list_every_part() -> None:
    lexicon = load_lexicon("syria-2024")
    tables = le.lexicon_tables(lexicon)
    assert len(tables["families"]) == len(lexicon.families)
    assert len(tables["terms"]) == sum(len(f.terms) for f in lexicon.families)
    assert len(tables["actors"]) == len(lexicon.actors) and len(tables["labels"]) == len(lexicon.labels)
    assert len(tables["verbs of saying"]) == len(lexicon.cues)
    assert len(tables["words"]) == len(lexicon.hedges) + len(lexicon.loaded)
    assert all(-1 <= row["position"] <= 1 for row in tables["terms"])


@pytest.mark.parametrize(
    "source",
    ['hedges = "x"', "meta = []", '[[families]]\nid = "f"\npoles = 1', "loaded = 1", "a = "],
)
def test_user_lexicon_turns_any_bad_shape_into_a_message(source: str) -> None:
    with pytest.raises(LexiconError) as err:
        le.user_lexicon(source, "mine.toml")
    assert str(err.value).startswith("mine.toml")


def test_user_lexicon_reads_a_good_file() -> None:
    text = lexicon_to_toml(load_lexicon("general-news"))
    assert le.user_lexicon(text, "news.toml").fingerprint == load_lexicon("general-news").fingerprint
