"""What one browser session keeps: every session-state key, the active lexicon, messages, the one escaper.

Nothing a user gives is written to disk or to a module global: it lives in ``st.session_state`` only, under
the keys below. Widget keys that no code reads back (buttons, tables, charts) stay beside their widgets.
Every piece of user or lexicon text that reaches markdown, a label, a help text or a tooltip goes through
``md_escape``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import streamlit as st

from analysis.errors import SettingsError
from analysis.lexicon.load import DEFAULT_LEXICON, available_lexicons
from analysis.lexicon.model import Lexicon
from analysis.model import Article
from app import cache

# --- the session's state -------------------------------------------------------------------------

ARTICLES_KEY = "fl_articles"  # this session's list[Article]
LEXICON_KEY = "fl_lexicon_toml"  # the active lexicon's TOML text, or None for the shipped default
LEXICON_NAME_KEY = "fl_lexicon_name"  # what the active lexicon is, in words
LEXICON_PICK_KEY = "fl_lexicon_pick"  # the "Lexicon in use" picker
LEXICON_AUTO_KEY = "fl_lexicon_auto"  # choose the shipped lexicon by fit when the articles change (a toggle)
LEXICON_NOTE_KEY = "fl_lexicon_note"  # the fit test's one-line note on the lexicon it chose
SELECTION_KEY = "fl_selection"  # the chosen article ids (the "Articles to compare" multiselect)
VIEW_KEY = "fl_view"  # the open view (the view switcher)
CHART_KEY = "fl_chart"  # the open tab of the Charts view (its label)
LAYERS_KEY = "fl_layers"  # the layers marked in the side-by-side texts
WHY_KEY = "fl_why_article"  # the article whose numbers the Overview explains
LINK_KEY = "fl_link_written"  # the query string this session last wrote, to notice a changed link
UPLOAD_ROUND_KEY = "fl_upload_round"  # bumped to empty the file uploaders after a successful load
LIST_PAGE_KEY = "fl_article_page"  # the page of a long article list
URLS_KEY = "fl_urls"  # the web addresses box
ARTICLE_TABS_KEY = "fl_article_tabs"  # the Articles page's open input tab (paste, upload, web, corpus file)
CORRECTIONS_KEY = "fl_corrections"  # a teacher's corrections: list[analysis.corrections.Correction]
USER_SELECTION_KEY = "fl_user_selection"  # what the user last chose in the picker (one article is allowed)
CONFIRM_REMOVE_ALL_KEY = "fl_confirm_remove_all"  # "Remove all articles" was pressed once: ask to confirm
# File uploaders: the key is the prefix and the upload round, ``fl_upload_files_0`` (see ``upload_key``).
UPLOAD_FILES = "fl_upload_files"
CORPUS_FILE = "fl_corpus_file"
LEXICON_FILE = "fl_lexicon_file"

# Message boxes: shown once, where their view draws them (``say`` and ``show``).
LINK_MESSAGES = "fl_link_notice"
ARTICLE_MESSAGES = "fl_article_messages"
LEXICON_MESSAGES = "fl_lexicon_messages"
START_MESSAGES = "fl_start_messages"  # problems with the shipped files, shown once, when the session starts


@dataclass(frozen=True, slots=True)
class PasteKeys:
    """The paste form's fields."""

    text: str = "fl_paste_text"
    title: str = "fl_paste_title"
    outlet: str = "fl_paste_outlet"
    date: str = "fl_paste_date"
    author: str = "fl_paste_author"


@dataclass(frozen=True, slots=True)
class LexiconFormKeys:
    """The lexicon editor's fields, which its buttons read when pressed."""

    family_id: str = "fl_lex_family_id"
    family_label: str = "fl_lex_family_label"
    family_poles: str = "fl_lex_family_poles"
    family_note: str = "fl_lex_family_note"
    family_target: str = "fl_lex_family_target"
    family: str = "fl_lex_family_pick"
    term: str = "fl_lex_term"
    term_pole: str = "fl_lex_term_pole"
    term_note: str = "fl_lex_term_note"
    term_variants: str = "fl_lex_term_variants"
    term_pick: str = "fl_lex_term_pick"
    pole_id: str = "fl_lex_pole_id"
    pole_label: str = "fl_lex_pole_label"
    pole_position: str = "fl_lex_pole_position"
    pole_pick: str = "fl_lex_pole_pick"
    actor_name: str = "fl_lex_actor_name"
    actor_kind: str = "fl_lex_actor_kind"
    actor_aliases: str = "fl_lex_actor_aliases"
    actor: str = "fl_lex_actor_pick"
    alias: str = "fl_lex_alias"
    alias_pick: str = "fl_lex_alias_pick"
    label: str = "fl_lex_label"
    label_pole: str = "fl_lex_label_pole"
    label_variants: str = "fl_lex_label_variants"
    label_pick: str = "fl_lex_label_pick"
    word_list: str = "fl_lex_word_list"
    word: str = "fl_lex_word"
    word_pick: str = "fl_lex_word_pick"


PASTE = PasteKeys()
LEX = LexiconFormKeys()
CUSTOM_LEXICON = "Uploaded or edited lexicon"  # the picker's entry for a lexicon that is not a shipped file


def start() -> None:
    """A new session starts with the case study and the shipped lexicon; a broken shipped file is said once."""
    if ARTICLES_KEY not in st.session_state:
        articles, problems = cache.case_study()
        st.session_state[ARTICLES_KEY] = list(articles)
        if problems:
            lead = (
                "The case study could not be loaded" if not articles else "Part of the case study could not be loaded"
            )
            say(START_MESSAGES, "warning", f"{lead}: {'; '.join(problems)}. You can add your own articles in Articles.")
        for problem in (cache.classroom()[1], cache.transparency_problem()):
            if problem:
                say(START_MESSAGES, "warning", problem)
    st.session_state.setdefault(LEXICON_KEY, None)
    if LEXICON_AUTO_KEY not in st.session_state:
        if st.session_state.get(LEXICON_KEY) is None:
            choose_lexicon_by_fit()  # the case study: its event lexicon, with the fit test's note
        else:
            st.session_state[LEXICON_AUTO_KEY] = False  # a lexicon the session brought (a link, a test) stays


def reset_to_case_study() -> None:
    """The session's articles become the shipped case study again (what could be read of it)."""
    set_articles(list(cache.case_study()[0]))


def articles() -> list[Article]:
    """This session's articles (the case study until the user changes them)."""
    start()
    return list(st.session_state[ARTICLES_KEY])


def set_articles(new: list[Article]) -> None:
    st.session_state[ARTICLES_KEY] = list(new)
    if lexicon_auto():
        choose_lexicon_by_fit()
    ids = {a.id for a in new}
    kept = [c for c in corrections() if c.article_id in ids]  # a removed article takes its corrections along
    st.session_state[CORRECTIONS_KEY] = kept


def corrections() -> list:
    """This session's corrections (analysis.corrections.Correction), oldest first."""
    return list(st.session_state.get(CORRECTIONS_KEY, []))


def set_corrections(new: list) -> None:
    st.session_state[CORRECTIONS_KEY] = list(new)


def upload_round() -> int:
    return st.session_state.get(UPLOAD_ROUND_KEY, 0)


def upload_key(prefix: str) -> str:
    """A file uploader's key in this round: a new round draws an empty uploader."""
    return f"{prefix}_{upload_round()}"


def next_upload_round() -> None:
    st.session_state[UPLOAD_ROUND_KEY] = upload_round() + 1


# --- the one escaper -----------------------------------------------------------------------------

# Two passes. (1) Every ASCII punctuation character gets a backslash, which CommonMark reads as "this character,
# literally": links and images ``[…](…)``, emphasis, headings (``#``, setext ``===`` / ``---`` lines), lists,
# tables, code, math ``$``, Streamlit's ``:red[…]`` directives; < > & become entities (no raw HTML) and a line's
# leading spaces too (no indented code block). (2) Some of Streamlit's markdown works on the text *after* escapes
# are read (GFM's bare links ``https://…``, ``www.…`` and e-mail addresses; ``:smile:`` and ``:material/…:``
# shortcodes), so an invisible WORD JOINER goes where such a pattern would start: after the ``:`` of ``://``, the
# ``@`` of an address, a ``:`` that opens a shortcode, and between ``www`` and ``.``. The text reads, wraps and
# copies the same (but for that invisible character), and no pattern matches it.
MD_PUNCTUATION = re.compile(r"([!\"#$%'()*+,\-./:;=?@\[\\\]^_`{|}~])")
LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)
WORD_JOINER = "\u2060"
TEXT_PATTERNS = re.compile(r"(?<=:)(?=//|[\w+/-]+:)|(?<=@)(?=[\w-])|(?<=www)(?=\.)", re.IGNORECASE)


def md_escape(text: object) -> str:
    """Text shown literally by Streamlit's markdown: no links, images, HTML, math, headings, colours or icons."""
    joined = TEXT_PATTERNS.sub(WORD_JOINER, str(text))
    escaped = html.escape(MD_PUNCTUATION.sub(r"\\\1", joined), quote=False)
    return LEADING_SPACE.sub(lambda m: "&#32;" * len(m.group()), escaped)


# --- messages ------------------------------------------------------------------------------------


def say(box: str, level: str, text: str) -> None:
    """Queue a message (``level`` is st.success, warning, error…) until its box is shown."""
    st.session_state.setdefault(box, []).append((level, text))


def show(box: str) -> None:
    """Show the box's queued messages, escaped, once."""
    for level, text in st.session_state.pop(box, []):
        getattr(st, level)(md_escape(text))


def outcome(problem: Exception, then: str) -> str:
    """A problem and what happened because of it, as two sentences."""
    return f"{str(problem).rstrip('. ')}. {then}"


# --- the active lexicon --------------------------------------------------------------------------


def active_lexicon(*, quiet: bool = False) -> tuple[Lexicon, str | None]:
    """The session's lexicon and its TOML (None when the shipped default is used, also after an error).

    A lexicon that cannot be used (any problem, even a shape the checks did not foresee) is said in an error,
    unless ``quiet`` (in a callback), and the shipped default is used: never a crash. A fault in a file FrameLens
    ships is said to be that file's, not the user's; if the default itself is broken, a fallback is used and said.
    """
    toml_text = st.session_state.get(LEXICON_KEY)
    try:
        lexicon = cache.cached_lexicon(toml_text)
    except Exception as err:
        if not quiet and isinstance(err, SettingsError):
            st.error(f"A lexicon FrameLens ships cannot be used, so the default one is in use: {md_escape(err)}")
        elif not quiet:
            st.error(f"Your lexicon cannot be used, so the shipped one is in use: {md_escape(err)}")
        lexicon, toml_text = cache.cached_lexicon(None), None
    if toml_text is None and not quiet:
        for problem in cache.default_lexicon()[1]:
            st.warning(md_escape(problem))
    return lexicon, toml_text


def set_lexicon(toml_text: str | None, name: str, *, by_fit: bool = False) -> None:
    """Make ``toml_text`` (None: the shipped default) the session's lexicon, called ``name``. A lexicon the user
    chose (``by_fit`` False) stays when the articles change; one the fit test chose follows them."""
    st.session_state[LEXICON_KEY] = toml_text
    st.session_state[LEXICON_NAME_KEY] = name
    st.session_state[LEXICON_PICK_KEY] = name if name in available_lexicons() else CUSTOM_LEXICON
    if not by_fit:
        st.session_state[LEXICON_AUTO_KEY] = False
        st.session_state.pop(LEXICON_NOTE_KEY, None)


def lexicon_auto() -> bool:
    """Is the lexicon chosen by fit (the default, until the user picks, edits or uploads one)?"""
    return bool(st.session_state.get(LEXICON_AUTO_KEY, True))


def choose_lexicon_by_fit() -> None:
    """Apply the shipped lexicon that fits the session's articles (analysis.lexicon.fit), with its note."""
    loaded = st.session_state.get(ARTICLES_KEY) or []
    if cache.default_lexicon()[1]:  # a shipped lexicon is broken: its fallback stands, with its message
        set_lexicon(None, DEFAULT_LEXICON, by_fit=True)
        st.session_state[LEXICON_NOTE_KEY] = ""
        return
    try:
        name, note = cache.lexicon_by_fit(loaded) if loaded else (DEFAULT_LEXICON, "")
    except Exception as err:  # a broken shipped lexicon: the default stays, and the fit test says why not
        name, note = DEFAULT_LEXICON, f"The lexicon could not be chosen by fit: {err}"
    text = None if name == DEFAULT_LEXICON else cache.shipped_lexicon_text(name)
    set_lexicon(text, name if text is not None else DEFAULT_LEXICON, by_fit=True)
    st.session_state[LEXICON_AUTO_KEY] = True
    st.session_state[LEXICON_NOTE_KEY] = note


def lexicon_note() -> str:
    """What the fit test said about the lexicon it chose ("" when the user chose the lexicon)."""
    return st.session_state.get(LEXICON_NOTE_KEY, "") if lexicon_auto() else ""


def lexicon_name() -> str:
    return st.session_state.get(LEXICON_NAME_KEY) or DEFAULT_LEXICON
