"""AppTest flows of the Articles and Lexicon views and the exports: paste, upload, fetch, remove, corpus files,
lexicon, exports, sessions (app/pages/articles.py, lexicon.py, lexicon_forms.py, app/exports.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from analysis.io.case_study import load_case_study
from analysis.io.corpus_file import dump_corpus
from analysis.io.files import MAX_ARTICLE_CHARS
from analysis.io.ingest import pasted_article
from analysis.io.netsafe import allow_private_hosts_for_tests
from analysis.lexicon.load import lexicon_from_toml
from analysis.resources import LEXICON_DIR
from app.session import ARTICLE_TABS_KEY
from tests.test_ingest import FIXTURES, Server, fixture_routes, local_server

CASE_IDS = [a.id for a in load_case_study()]


def _app() -> None:
    """Like dashboard.py: start the session, analyse, then draw the Articles and Lexicon views and the exports."""
    import streamlit as st

    from analysis import analyze_all
    from analysis.lexicon.load import lexicon_from_toml, load_lexicon
    from app import cache, exports, session
    from app.context import make_context
    from app.pages import articles, lexicon

    session.start()
    toml_text = st.session_state["fl_lexicon_toml"]
    active = lexicon_from_toml(toml_text, "active") if toml_text else load_lexicon()
    reports = analyze_all(st.session_state["fl_articles"], active)
    st.text("ids: " + " ".join(r.article.id for r in reports))
    st.text("terms: " + "|".join(sorted({t.term for r in reports for t in r.framing.terms})))
    ctx = make_context(
        session.articles(), reports, lexicon=active, toml_text=toml_text, classroom=cache.cached_classroom()
    )
    articles.render_manager()
    lexicon.render(ctx)
    exports.render_exports(reports, [])


def plain(markdown: str) -> str:
    """A message as the user reads it (backslash escapes removed)."""
    return re.sub(r"\\(.)", r"\1", markdown)


def ids(at: AppTest) -> list[str]:
    return at.text[0].value.split()[1:]


def terms(at: AppTest) -> set[str]:
    return set(at.text[1].value.removeprefix("terms:").strip().split("|"))


def messages(at: AppTest, kind: str) -> list[str]:
    return [plain(m.value) for m in getattr(at, kind)]


def uploader(at: AppTest, prefix: str):  # an AppTest FileUploader, its tab opened first
    tab = {"fl_upload_files": "Upload files", "fl_corpus_file": "Corpus file"}.get(prefix)
    if tab is not None:
        open_tab(at, tab)
    return next(u for u in at.get("file_uploader") if u.proto.id.endswith(tuple(f"{prefix}_{n}" for n in range(50))))


def open_tab(at: AppTest, label: str) -> AppTest:
    """Open one of the Articles page's input tabs, as a click on it does (only the open tab's form is drawn)."""
    at.session_state[ARTICLE_TABS_KEY] = label
    at.run()
    assert label in [t.label for t in at.tabs], [t.label for t in at.tabs]
    return at


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_function(_app, default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    return app


def paste(at: AppTest, text: str, **fields: str) -> AppTest:
    at.text_area(key="fl_paste_text").input(text)
    for name, value in fields.items():
        at.text_input(key=f"fl_paste_{name}").input(value)
    at.button(key="fl_paste_add").click().run()
    assert not at.exception, at.exception
    return at


# --- paste ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tab", "drawn", "not_drawn"),
    [
        ("Paste text", "fl_paste_text", "fl_urls"),
        ("From the web", "fl_urls", "fl_corpus_open"),
        ("Upload files", "fl_upload_add", "fl_fetch"),
        ("Corpus file", "fl_corpus_open", "fl_fetch"),
    ],
)
def test_only_the_open_input_tab_is_drawn(at: AppTest, tab: str, drawn: str, not_drawn: str) -> None:
    open_tab(at, tab)
    keys = {getattr(e, "key", None) for kind in ("text_area", "button") for e in at.get(kind)}
    assert drawn in keys and not_drawn not in keys


def test_typed_text_survives_a_visit_to_another_tab(at: AppTest) -> None:
    open_tab(at, "From the web").text_area(key="fl_urls").input("https://example.com/a").run()
    keys = {b.key for b in open_tab(at, "Corpus file").get("button")}
    assert "fl_paste_add" in keys and "fl_fetch" not in keys  # the paste form (typed text in the browser) stays
    assert open_tab(at, "From the web").text_area(key="fl_urls").value == "https://example.com/a"


def test_paste_adds_an_article_with_its_metadata(at: AppTest) -> None:
    paste(
        at,
        "The regime fell, officials said.\nRebels entered the capital.",
        title="My story",
        outlet="Wire",
        date="2025-01-02",
    )
    assert ids(at)[:5] == CASE_IDS and ids(at)[5].startswith("my-story-")
    assert messages(at, "success") == ["Added 1 article: 'My story'"]
    added = at.session_state["fl_articles"][-1]
    assert (added.title, added.outlet, added.date, added.origin) == ("My story", "Wire", "2025-01-02", "pasted")
    assert at.text_area(key="fl_paste_text").value == "" and at.text_input(key="fl_paste_title").value == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "Pasted text: the text is empty. Nothing was added."),
        ("x" * (MAX_ARTICLE_CHARS + 1), "Pasted text: the text has 200,001 characters; the limit is 200,000"),
    ],
)
def test_bad_paste_is_refused_and_keeps_the_articles_and_the_text(at: AppTest, text: str, message: str) -> None:
    paste(at, text, title="Kept")
    assert ids(at) == CASE_IDS
    assert messages(at, "error")[0].startswith(message)
    assert at.text_input(key="fl_paste_title").value == "Kept"  # nothing typed is lost


def test_duplicate_title_is_renamed_and_duplicate_text_skipped(at: AppTest) -> None:
    case = load_case_study()
    paste(at, "A different text about the same event.", title=case[0].title)
    assert at.session_state["fl_articles"][-1].title == f"{case[0].title} (2)"
    assert any("was added as" in w and "(2)" in w for w in messages(at, "warning"))
    paste(at, case[1].text)
    assert len(ids(at)) == 6
    assert any("already loaded (the same text)" in w for w in messages(at, "warning"))


def test_non_english_paste_is_added_with_a_warning(at: AppTest) -> None:
    german = (
        "Der frühere Präsident ist nach Moskau geflohen, berichten mehrere Nachrichtenagenturen am Sonntag "
        "übereinstimmend aus Damaskus. Die Regierung in Russland hat ihm nach eigenen Angaben Asyl gewährt."
    )
    paste(at, german, title="Deutsch")
    assert len(ids(at)) == 6
    assert any("'Deutsch' does not look like English" in w for w in messages(at, "warning"))


# --- upload --------------------------------------------------------------------------------------


def test_upload_several_files_at_once_and_report_the_bad_ones(at: AppTest) -> None:
    files = [
        ("one.txt", b"Text file headline\nOfficials said so.", "text/plain"),
        ("set.csv", b"title,outlet,text\nCSV one,BBC,First text\nCSV two,CNN,Second text\n", "text/csv"),
        ("items.json", json.dumps([{"title": "JSON one", "text": "Json text"}]).encode(), "application/json"),
        ("page.html", (FIXTURES / "council-vote.html").read_bytes(), "text/html"),
        ("latin.txt", "Café headline\nLe maire a dit.".encode("latin-1"), "text/plain"),
        ("nocol.csv", b"name,age\nAnn,3\n", "text/csv"),
        ("broken.json", b'{"text": ', "application/json"),
        ("binary.txt", b"\x00\x01\x02\x03", "text/plain"),
    ]
    uploader(at, "fl_upload_files").set_value(files)
    at.button(key="fl_upload_add").click().run()
    assert not at.exception
    titles = [a.title for a in at.session_state["fl_articles"][5:]]
    assert titles == [
        "Text file headline",
        "CSV one",
        "CSV two",
        "JSON one",
        "Council approves contested housing plan after heated meeting",
        "Caf\ufffd headline",
    ]
    errors = messages(at, "error")
    assert [e.split(":")[0] for e in errors] == ["nocol.csv", "broken.json", "binary.txt"]
    assert "no text column (columns found: 'name', 'age')" in errors[0] and errors[0].endswith(
        "This file was not added."
    )
    assert "not valid JSON (line 1, column 10" in errors[1]
    assert "looks like a binary file" in errors[2]
    assert "latin.txt: not valid UTF-8" in messages(at, "warning")[0]
    assert messages(at, "success") == [
        "Added 6 articles: 'Text file headline', 'CSV one', 'CSV two', 'JSON one', "
        "'Council approves contested housing plan after heated meeting' …"
    ]


def test_upload_of_only_bad_files_changes_nothing(at: AppTest) -> None:
    uploader(at, "fl_upload_files").set_value([("empty.txt", b"", "text/plain")])
    at.button(key="fl_upload_add").click().run()
    assert ids(at) == CASE_IDS and messages(at, "error") == ["empty.txt: the file is empty. This file was not added."]


def test_upload_button_without_files_says_so(at: AppTest) -> None:
    open_tab(at, "Upload files").button(key="fl_upload_add").click().run()
    assert messages(at, "error") == ["Choose one or more files first."] and ids(at) == CASE_IDS


# --- remove and reset ----------------------------------------------------------------------------


def test_remove_reset_and_remove_all(at: AppTest) -> None:
    paste(at, "Officials said the bridge reopened.", title="Bridge")
    new_id = ids(at)[5]
    at.button(key=f"fl_remove_{CASE_IDS[0]}").click().run()
    assert ids(at) == [*CASE_IDS[1:], new_id]
    assert messages(at, "success")[0].startswith("Removed '")
    at.button(key="fl_remove_all").click().run()
    assert ids(at) == [*CASE_IDS[1:], new_id], "the first press only asks"
    at.button(key="fl_remove_all_cancel").click().run()
    assert ids(at) == [*CASE_IDS[1:], new_id]
    at.button(key="fl_remove_all").click().run()
    at.button(key="fl_remove_all_confirm").click().run()
    assert ids(at) == [] and not at.exception
    at.button(key="fl_reset_case_study").click().run()
    assert ids(at) == CASE_IDS


# --- web addresses -------------------------------------------------------------------------------


@pytest.fixture
def pages() -> Iterator[Server]:
    with local_server(fixture_routes()) as server, allow_private_hosts_for_tests():
        yield server


def test_fetch_adds_pages_and_explains_refusals(at: AppTest, pages: Server) -> None:
    box = f"{pages.base}/riverside-flood.html\nhttp://169.254.169.254/latest/meta-data/\nftp://example.com/x"
    open_tab(at, "From the web").text_area(key="fl_urls").input(box)
    at.button(key="fl_fetch").click().run()
    assert not at.exception
    added = at.session_state["fl_articles"][5:]
    assert [(a.title, a.author, a.date, a.outlet) for a in added] == [
        ("Riverside flood: thousands evacuated as levee fails", "Maria Okafor", "2025-03-14", "The Valley Courier")
    ]
    errors = messages(at, "error")
    assert len(errors) == 2 and all(e.endswith("You can paste the text instead.") for e in errors)
    assert "169.254.169.254 is a link-local address" in errors[0] and "not 'ftp:' addresses" in errors[1]


# --- corpus files --------------------------------------------------------------------------------


def test_open_a_corpus_file_replaces_the_articles_and_brings_its_lexicon(at: AppTest) -> None:
    own = [
        pasted_article("Officials said the dam held.", title="Dam"),
        pasted_article("Rebels claimed the town.", title="Town"),
    ]
    lexicon = (LEXICON_DIR / "general-news.toml").read_text(encoding="utf-8")
    uploader(at, "fl_corpus_file").set_value(
        ("lesson.json", dump_corpus(own, lexicon_toml=lexicon).encode(), "application/json")
    )
    at.button(key="fl_corpus_open").click().run()
    assert at.session_state["fl_articles"] == own
    assert at.session_state["fl_lexicon_toml"] == lexicon
    assert messages(at, "success") == [
        "Opened lesson.json: 2 articles (they replace the ones you had), and the lexicon saved with them."
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{oops", "lesson.json: not valid JSON (line 1, column 2"),
        (b'{"articles": []}', "lesson.json: not a FrameLens corpus file"),
    ],
)
def test_broken_corpus_file_leaves_everything_as_it_was(at: AppTest, raw: bytes, message: str) -> None:
    uploader(at, "fl_corpus_file").set_value(("lesson.json", raw, "application/json"))
    at.button(key="fl_corpus_open").click().run()
    assert ids(at) == CASE_IDS and at.session_state["fl_lexicon_toml"] is None
    assert messages(at, "error")[0].startswith(message) and messages(at, "error")[0].endswith(
        "Your articles were not changed."
    )


# --- lexicon -------------------------------------------------------------------------------------


def test_lexicon_picker_switches_to_the_general_lexicon_and_back(at: AppTest) -> None:
    assert "regime" in terms(at)
    at.selectbox(key="fl_lexicon_pick").select("general-news").run()
    assert at.session_state["fl_lexicon_toml"] == (LEXICON_DIR / "general-news.toml").read_text(encoding="utf-8")
    assert "regime" not in terms(at)
    at.selectbox(key="fl_lexicon_pick").select("syria-2024").run()
    assert at.session_state["fl_lexicon_toml"] is None and "regime" in terms(at)


def test_adding_a_family_and_term_in_the_app_changes_the_analysis_at_once(at: AppTest) -> None:
    paste(at, "The deluge swept through the valley, officials said.", title="Flood")
    at.text_input(key="fl_lex_family_id").input("water")
    at.text_input(key="fl_lex_family_label").input("What the water is called")
    at.text_area(key="fl_lex_family_poles").input("plain, plain words, 0\ndramatic, dramatic words, 1")
    at.button(key="fl_lex_add_family").click().run()
    assert messages(at, "success")[-1] == "Added the family 'water'. Now add terms to it."
    at.selectbox(key="fl_lex_family_pick").select("water").run()
    at.text_input(key="fl_lex_term").input("deluge")
    at.selectbox(key="fl_lex_term_pole").select("dramatic")
    at.button(key="fl_lex_add_term").click().run()
    assert not at.exception
    assert "deluge" in terms(at)
    assert at.selectbox(key="fl_lexicon_pick").value == "Uploaded or edited lexicon"
    at.button(key="fl_lex_remove_family").click().run()
    assert "deluge" not in terms(at)


def test_bad_edit_and_bad_lexicon_file_say_where_and_change_nothing(at: AppTest) -> None:
    at.text_input(key="fl_lex_family_id").input("water")
    at.text_input(key="fl_lex_family_label").input("Water")
    at.text_area(key="fl_lex_family_poles").input("plain, plain words")
    at.button(key="fl_lex_add_family").click().run()
    assert messages(at, "error") == [
        "poles, line 1: write 'id, label, position' (for example 'calm, calm words, -1'). The lexicon was not changed."
    ]
    bad = b'[meta]\nname = "mine"\n\n[[families]]\nid = "f"\nlabel = "F"\npoles = [{ id = "a", label = "A", position = 0 }]\nterms = [{ term = "x", pole = "b" }]\n'
    uploader(at, "fl_lexicon_file").set_value(("mine.toml", bad, "application/toml"))
    at.button(key="fl_lexicon_upload").click().run()
    assert messages(at, "error") == [
        "mine.toml, line 8 (family 'f', term 'x'): pole 'b' is not one of the family's poles ['a']. "
        "The lexicon in use was not changed."
    ]
    assert at.session_state["fl_lexicon_toml"] is None


def test_a_good_lexicon_file_is_used(at: AppTest) -> None:
    good = (LEXICON_DIR / "general-news.toml").read_bytes()
    uploader(at, "fl_lexicon_file").set_value(("news.toml", good, "application/toml"))
    at.button(key="fl_lexicon_upload").click().run()
    assert messages(at, "success") == ["The lexicon from news.toml is now in use."]
    assert at.session_state["fl_lexicon_toml"] is not None and "regime" not in terms(at)


def test_actor_alias_and_label_forms(at: AppTest) -> None:
    at.text_input(key="fl_lex_actor_name").input("Jane Doe")
    at.text_input(key="fl_lex_actor_aliases").input("Doe, Mayor Doe")
    at.button(key="fl_lex_add_actor").click().run()
    at.selectbox(key="fl_lex_actor_pick").select("Jane Doe").run()
    at.text_input(key="fl_lex_alias").input("Ms Doe")
    at.button(key="fl_lex_add_alias").click().run()
    at.text_input(key="fl_lex_label").input("firebrand")
    at.button(key="fl_lex_add_label").click().run()
    assert not at.exception and messages(at, "error") == []
    toml_text = at.session_state["fl_lexicon_toml"]
    assert '"Ms Doe"' in toml_text and '"Mayor Doe"' in toml_text and '"firebrand"' in toml_text


# --- exports and sessions ------------------------------------------------------------------------


def test_export_buttons_are_offered(at: AppTest) -> None:
    open_tab(at, "Corpus file")
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"Articles (CSV)", "Evidence spans (CSV)", "Report (HTML, opens offline)"} <= labels
    assert "Download these articles as a corpus file" in labels and "Download the lexicon (TOML)" in labels


def test_two_sessions_do_not_see_each_others_articles_or_lexicon() -> None:
    first = AppTest.from_function(_app, default_timeout=60).run()
    second = AppTest.from_function(_app, default_timeout=60).run()
    paste(first, "Only the first session has this text, officials said.", title="Private")
    first.selectbox(key="fl_lexicon_pick").select("general-news").run()
    second.run()
    assert len(ids(first)) == 6 and ids(second) == CASE_IDS
    assert second.session_state["fl_lexicon_toml"] is None
    assert all(a.title != "Private" for a in second.session_state["fl_articles"])
    assert all(a.title != "Private" for a in load_case_study())


def test_every_remove_button_and_the_pole_and_word_forms(at: AppTest) -> None:
    at.text_input(key="fl_lex_actor_name").input("Jane Doe")
    at.text_input(key="fl_lex_actor_aliases").input("Doe")
    at.button(key="fl_lex_add_actor").click().run()
    at.selectbox(key="fl_lex_actor_pick").select("Jane Doe").run()
    at.selectbox(key="fl_lex_alias_pick").select("Doe")
    at.button(key="fl_lex_remove_alias").click().run()
    at.button(key="fl_lex_remove_actor").click().run()
    at.selectbox(key="fl_lex_family_pick").select("state").run()
    at.text_input(key="fl_lex_pole_id").input("neutral")
    at.text_input(key="fl_lex_pole_label").input("neutral words")
    at.number_input(key="fl_lex_pole_position").set_value(0.25)
    at.button(key="fl_lex_add_pole").click().run()
    at.selectbox(key="fl_lex_pole_pick").select("neutral")
    at.button(key="fl_lex_remove_pole").click().run()
    at.selectbox(key="fl_lex_term_pick").select("regime")
    at.button(key="fl_lex_remove_term").click().run()
    at.selectbox(key="fl_lex_word_list").select("loaded").run()
    at.text_input(key="fl_lex_word").input("zany")
    at.button(key="fl_lex_add_word").click().run()
    at.selectbox(key="fl_lex_word_pick").select("zany")
    at.button(key="fl_lex_remove_word").click().run()
    label = at.selectbox(key="fl_lex_label_pick").options[0]
    at.button(key="fl_lex_remove_label").click().run()
    assert not at.exception and messages(at, "error") == []
    assert messages(at, "success") == [f"Removed the label {label!r}."]
    lexicon = lexicon_from_toml(at.session_state["fl_lexicon_toml"], "session")
    assert "Jane Doe" not in {a.name for a in lexicon.actors} and "zany" not in lexicon.loaded
    assert [p.id for p in lexicon.family("state").poles] == ["government", "regime"]
    assert label not in {lab.label for lab in lexicon.labels}
    assert "regime" not in terms(at) and "government" in terms(at)
    at.selectbox(key="fl_lex_pole_pick").select("regime")
    at.button(key="fl_lex_remove_pole").click().run()
    assert messages(at, "error") == []  # no term uses the pole any more
    at.selectbox(key="fl_lex_pole_pick").select("government")
    at.button(key="fl_lex_remove_pole").click().run()
    assert messages(at, "error") == [
        "edited lexicon: family 'state', pole 'government' is used by the terms ['government']; remove or move "
        "them first. The lexicon was not changed."
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'hedges = "x"', "odd.toml: "),  # the wording is lexicon.py's; it must name the file
        (b"a = ", "odd.toml: not valid TOML"),
        (b"\x00\x01\x02", "odd.toml: looks like a binary file"),
    ],
)
def test_odd_lexicon_files_get_a_message_not_a_crash(at: AppTest, raw: bytes, message: str) -> None:
    uploader(at, "fl_lexicon_file").set_value(("odd.toml", raw, "application/toml"))
    at.button(key="fl_lexicon_upload").click().run()
    assert not at.exception
    assert messages(at, "error")[0].startswith(message) and at.session_state["fl_lexicon_toml"] is None


def test_report_figures_are_built_only_when_the_report_is_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import plotly.graph_objects as go

    from analysis import analyze
    from app import exports

    buttons: dict[str, Any] = {}

    class Column:
        def download_button(self, label: str, *, data: Any, **_: Any) -> None:
            buttons[label] = data

    monkeypatch.setattr(exports, "st", SimpleNamespace(columns=lambda n: [Column() for _ in range(n)]))
    built: list[int] = []

    def make_figures() -> list[go.Figure]:
        built.append(1)
        return [go.Figure(layout={"title": {"text": "Drawn on demand"}})]

    exports.render_exports([analyze(a) for a in load_case_study()[:2]], make_figures)
    assert built == [], "drawing the buttons builds no figure"
    html = buttons["Report (HTML, opens offline)"]()
    assert built == [1] and "Drawn on demand" in html


def test_a_long_article_list_is_paged() -> None:
    many = [pasted_article(f"Article number {i} says little.", title=f"Item {i}") for i in range(60)]
    at = AppTest.from_function(_app, default_timeout=60)
    at.session_state["fl_articles"] = many
    at.run()
    assert not at.exception, at.exception
    removes = [b for b in at.button if b.key.startswith("fl_remove_") and b.key != "fl_remove_all"]
    assert len(removes) == 50
    at.number_input(key="fl_article_page").set_value(2).run()
    removes = [b.key for b in at.button if b.key.startswith("fl_remove_") and b.key != "fl_remove_all"]
    assert removes == [f"fl_remove_{a.id}" for a in many[50:]]
    at.button(key=removes[0]).click().run()  # the last page shrinks; the list stays on it
    assert len([b for b in at.button if b.key.startswith("fl_remove_") and b.key != "fl_remove_all"]) == 9


# --- the lexicon chosen by fit ---------------------------------------------------------------------

FLOOD = (
    "Floodwater swept through Lower Dunmore on Tuesday, and the river authority said three bridges were shut.\n"
    "Residents blamed the council for a year of delays, a spokesman for the mayor said."
)
FLOOD_TOO = "Rescue crews reached the last farms cut off by the flood, the fire service said on Wednesday."


def _lexicon_state(at: AppTest) -> tuple[str, bool, str]:
    state = at.session_state
    note = state.get("fl_lexicon_note", "")
    return state["fl_lexicon_name"], bool(state["fl_lexicon_auto"]), note


def test_the_lexicon_follows_the_articles_by_fit_until_the_user_chooses(at: AppTest) -> None:
    name, auto, note = _lexicon_state(at)
    assert (name, auto) == ("syria-2024", True) and "fits" in note, note
    at.button(key="fl_remove_all").click().run()
    at.button(key="fl_remove_all_confirm").click().run()
    paste(at, FLOOD, title="Flood one")
    paste(at, FLOOD_TOO, title="Flood two")
    name, auto, note = _lexicon_state(at)
    assert (name, auto) == ("general-news", True), (name, note)
    assert note.startswith("No event lexicon fits these articles") and at.session_state["fl_lexicon_toml"]
    assert terms(at) == {""}, "no Syria family is applied to a flood story"
    assert any("No event lexicon fits" in plain(c.value) for c in at.caption)  # said on the Lexicon view
    at.button(key="fl_reset_case_study").click().run()
    assert _lexicon_state(at)[:2] == ("syria-2024", True)
    at.selectbox(key="fl_lexicon_pick").select("general-news").run()  # the user's choice: fit is off
    at.button(key="fl_reset_case_study").click().run()
    assert _lexicon_state(at)[:2] == ("general-news", False)
    at.toggle(key="fl_lexicon_auto").set_value(True).run()  # on again: chosen by fit at once
    assert _lexicon_state(at)[:2] == ("syria-2024", True)


def test_the_lexicon_uploader_says_the_limit_the_reader_applies(at: AppTest) -> None:
    from analysis.lexicon.load import MAX_LEXICON_BYTES

    proto = uploader(at, "fl_lexicon_file").proto
    assert proto.max_upload_size_mb * 1_000_000 == MAX_LEXICON_BYTES, "not the 5 MB of .streamlit/config.toml"
    assert f"{MAX_LEXICON_BYTES // 1000:,} kB" in proto.help
