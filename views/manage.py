"""Streamlit UI to bring your own articles, pick and edit the lexicon, and export the results.

Session contract with dashboard.py: ``st.session_state["fl_articles"]`` is this session's list of
articles and ``st.session_state["fl_lexicon_toml"]`` the active lexicon's TOML (None: the shipped
default). Every change happens in a widget callback, so the dashboard's analysis, which runs before
these widgets are drawn, already follows it. Nothing a user gives is written to disk or to a module
global: it lives in this browser session only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from analysis.errors import InputError, LexiconError
from analysis.export.html_report import build_html_report
from analysis.export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, all_span_rows, article_row
from analysis.io import ingest
from analysis.io.case_study import load_case_study
from analysis.io.corpus_file import dump_corpus, parse_corpus, slugify
from analysis.io.files import MAX_ARTICLE_CHARS, decode
from analysis.io.tables import rows_csv
from analysis.lexicon import edit as lexicon_edit
from analysis.lexicon.load import (
    DEFAULT_LEXICON,
    Lexicon,
    available_lexicons,
    lexicon_from_dict,
    lexicon_to_toml,
    load_lexicon,
)
from analysis.model import Article, ArticleReport
from analysis.resources import LEXICON_DIR, METHODS_DIR

ARTICLES_KEY = "fl_articles"
LEXICON_KEY = "fl_lexicon_toml"
LEXICON_NAME_KEY = "fl_lexicon_name"  # what the active lexicon is, in words
PICK_KEY = "fl_lexicon_pick"
CUSTOM = "Uploaded or edited lexicon"
ARTICLE_MESSAGES = "fl_article_messages"
LEXICON_MESSAGES = "fl_lexicon_messages"
LIST_PAGE = 50  # articles listed at once, each with its Remove button; a longer list is paged
LIST_PAGE_KEY = "fl_article_page"
UPLOAD_ROUND = "fl_upload_round"  # bumped to empty the file uploaders after a successful load
MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$<>&:])")
PASTE_FIELDS = ("fl_paste_text", "fl_paste_title", "fl_paste_outlet", "fl_paste_date", "fl_paste_author")


def md(text: str) -> str:
    """User text made literal inside Streamlit markdown (no links, images, HTML or math)."""
    return MD_SPECIALS.sub(r"\\\1", str(text))


def _then(problem: Exception, outcome: str) -> str:
    """A problem and what happened because of it, as two sentences."""
    return f"{str(problem).rstrip('. ')}. {outcome}"


def _say(box: str, level: str, text: str) -> None:
    st.session_state.setdefault(box, []).append((level, text))


def _show(box: str) -> None:
    for level, text in st.session_state.pop(box, []):
        getattr(st, level)(md(text))


def _round() -> int:
    return st.session_state.get(UPLOAD_ROUND, 0)


def _next_round() -> None:
    st.session_state[UPLOAD_ROUND] = _round() + 1


def _articles() -> list[Article]:
    if ARTICLES_KEY not in st.session_state:
        st.session_state[ARTICLES_KEY] = load_case_study()
    return list(st.session_state[ARTICLES_KEY])


# --- adding and removing articles ----------------------------------------------------------------


def _add(new: Sequence[Article], problems: Sequence[str]) -> bool:
    """Merge new articles into the session's list; report what happened. True if any were added."""
    for problem in problems:
        _say(ARTICLE_MESSAGES, "warning", problem)
    if not new:
        return False
    before = _articles()
    merged, notes = ingest.merge_articles(before, new)
    added = merged[len(before) :]
    st.session_state[ARTICLES_KEY] = merged
    for note in notes:
        _say(ARTICLE_MESSAGES, "warning", note)
    if added:
        names = ", ".join(repr(a.title) for a in added[:5]) + (" …" if len(added) > 5 else "")
        _say(ARTICLE_MESSAGES, "success", f"Added {len(added)} article{'s' * (len(added) != 1)}: {names}")
    return bool(added)


def _on_paste() -> None:
    state = st.session_state
    try:
        article = ingest.pasted_article(
            state.get("fl_paste_text", ""),
            title=state.get("fl_paste_title", ""),
            outlet=state.get("fl_paste_outlet", ""),
            date=state.get("fl_paste_date", ""),
            author=state.get("fl_paste_author", ""),
        )
    except InputError as exc:
        _say(ARTICLE_MESSAGES, "error", _then(exc, "Nothing was added."))
        return
    if _add([article], []):
        for key in PASTE_FIELDS:
            state[key] = ""


def _on_upload() -> None:
    files = st.session_state.get(f"fl_upload_files_{_round()}") or []
    if not files:
        _say(ARTICLE_MESSAGES, "error", "Choose one or more files first.")
        return
    if len(files) > ingest.MAX_FILES:
        _say(ARTICLE_MESSAGES, "error", f"{len(files)} files chosen; add at most {ingest.MAX_FILES} at once.")
        return
    new: list[Article] = []
    problems: list[str] = []
    for file in files:
        try:
            articles, warnings = ingest.read_upload(file.name, file.getvalue())
        except InputError as exc:
            _say(ARTICLE_MESSAGES, "error", _then(exc, "This file was not added."))
            continue
        new += articles
        problems += warnings
    if _add(new, problems):
        _next_round()


def fetch_urls(text: str) -> None:
    """Fetch each address in ``text`` and add the articles found; messages say what failed and why."""
    try:
        urls = ingest.split_urls(text)
    except InputError as exc:
        _say(ARTICLE_MESSAGES, "error", str(exc))
        return
    if not urls:
        _say(ARTICLE_MESSAGES, "error", "Type or paste one or more web addresses first.")
        return
    new = []
    for url in urls:
        try:
            new.append(ingest.url_article(url))
        except InputError as exc:
            _say(ARTICLE_MESSAGES, "error", str(exc))
    if _add(new, []):
        st.session_state["fl_urls"] = ""


def _on_fetch() -> None:
    fetch_urls(st.session_state.get("fl_urls", ""))


def _on_remove(article_id: str) -> None:
    articles = _articles()
    gone = [a for a in articles if a.id == article_id]
    st.session_state[ARTICLES_KEY] = [a for a in articles if a.id != article_id]
    if gone:
        _say(ARTICLE_MESSAGES, "success", f"Removed {gone[0].title!r}.")


def _on_remove_all() -> None:
    st.session_state[ARTICLES_KEY] = []
    _say(ARTICLE_MESSAGES, "success", "All articles were removed. Add your own, or reset to the case study.")


def _on_reset() -> None:
    st.session_state[ARTICLES_KEY] = load_case_study()
    _say(ARTICLE_MESSAGES, "success", "The five case-study articles are back (the lexicon was not changed).")


def _on_open_corpus() -> None:
    file = st.session_state.get(f"fl_corpus_file_{_round()}")
    if file is None:
        _say(ARTICLE_MESSAGES, "error", "Choose a corpus file (.json) first.")
        return
    try:
        corpus = parse_corpus(file.getvalue(), name=file.name)
    except InputError as exc:
        _say(ARTICLE_MESSAGES, "error", _then(exc, "Your articles were not changed."))
        return
    articles, notes = ingest.merge_articles([], corpus.articles)
    st.session_state[ARTICLES_KEY] = articles
    for note in (*corpus.warnings, *notes):
        _say(ARTICLE_MESSAGES, "warning", note)
    said = f"Opened {file.name}: {len(articles)} articles (they replace the ones you had)"
    if corpus.lexicon_toml is not None:
        _set_lexicon(corpus.lexicon_toml, f"the lexicon saved in {file.name}")
        said += ", and the lexicon saved with them"
    _say(ARTICLE_MESSAGES, "success", said + ".")
    _next_round()


def _corpus_maker(articles: list[Article], lexicon_toml: str | None) -> Callable[[], str]:
    """The corpus file, written only when the button is pressed (from values fixed now)."""
    return lambda: dump_corpus(articles, lexicon_toml=lexicon_toml)


def _page(articles: list[Article]) -> list[Article]:
    """The articles listed now: all of them, or one page of LIST_PAGE when there are more (a page picker above)."""
    if len(articles) <= LIST_PAGE:
        return articles
    pages = -(-len(articles) // LIST_PAGE)
    if st.session_state.get(LIST_PAGE_KEY, 1) > pages:  # after removals the page may no longer exist
        st.session_state[LIST_PAGE_KEY] = pages
    page = st.number_input(
        f"Page of the list ({pages} pages of {LIST_PAGE})", min_value=1, max_value=pages, step=1, key=LIST_PAGE_KEY
    )
    return articles[(page - 1) * LIST_PAGE : page * LIST_PAGE]


def _article_list() -> None:
    articles = _articles()
    st.markdown(f"**{len(articles):,} article{'s' * (len(articles) != 1)} loaded** (at most {ingest.MAX_ARTICLES:,})")
    for article in _page(articles):
        left, right = st.columns([6, 1], vertical_alignment="center")
        meta = " · ".join(x for x in (article.outlet, article.date, article.origin) if x)
        left.markdown(f"{md(article.title or article.id)}  \n:gray[{md(meta)} · {len(article.text):,} characters]")
        right.button("Remove", key=f"fl_remove_{article.id}", on_click=_on_remove, args=(article.id,))


def render_article_manager() -> None:
    """Paste, upload or fetch articles; list them with remove buttons; reset; corpus files."""
    _articles()
    _show(ARTICLE_MESSAGES)
    # keyed: the open tab stays open when a message appears above it (an unkeyed tab set is rebuilt and resets)
    paste, upload, web, corpus = st.tabs(
        ["Paste text", "Upload files", "From the web", "Corpus file"], key="fl_article_tabs"
    )
    with paste, st.form("fl_paste_form"):
        st.text_input("Title (optional: the first line is used)", key="fl_paste_title", max_chars=300)
        cols = st.columns(3)
        cols[0].text_input("Outlet", key="fl_paste_outlet", max_chars=300)
        cols[1].text_input("Date", key="fl_paste_date", max_chars=300, placeholder="2024-12-09")
        cols[2].text_input("Author", key="fl_paste_author", max_chars=300)
        st.text_area("Article text", key="fl_paste_text", height=220)
        st.form_submit_button("Add this article", key="fl_paste_add", on_click=_on_paste)
    with upload:
        st.file_uploader(
            "Files: .txt, .md, .html, or .csv / .json with a 'text' column or field (several at once)",
            type=list(ingest.UPLOAD_TYPES),
            accept_multiple_files=True,
            key=f"fl_upload_files_{_round()}",
        )
        st.caption(
            f"Up to {ingest.MAX_FILES} files at once, {ingest.MAX_UPLOAD_BYTES // 1_000_000} MB each; "
            f"{MAX_ARTICLE_CHARS:,} characters per article; {ingest.MAX_ARTICLES} articles in all."
        )
        st.button("Add the chosen files", key="fl_upload_add", on_click=_on_upload)
    with web:
        st.text_area(
            f"Web addresses, one per line (at most {ingest.MAX_URLS})",
            key="fl_urls",
            placeholder="https://www.example.com/news/story.html",
        )
        st.caption("Pages are fetched from public sites only, with a time limit and a size limit.")
        st.button("Fetch and add", key="fl_fetch", on_click=_on_fetch)
    with corpus:
        st.caption("A corpus file holds a set of articles (and the lexicon, if you changed it): prepare one, share it.")
        st.download_button(
            "Download these articles as a corpus file",
            data=_corpus_maker(_articles(), st.session_state.get(LEXICON_KEY)),
            file_name="framelens-corpus.json",
            mime="application/json",
            key="fl_corpus_download",
            on_click="ignore",
        )
        st.file_uploader("Open a corpus file", type=["json"], key=f"fl_corpus_file_{_round()}")
        st.button("Open it (replaces the current articles)", key="fl_corpus_open", on_click=_on_open_corpus)
    _article_list()
    left, right = st.columns(2)
    left.button("Reset to the case study", key="fl_reset_case_study", on_click=_on_reset)
    right.button("Remove all articles", key="fl_remove_all", on_click=_on_remove_all)


# --- lexicon -------------------------------------------------------------------------------------


def active_lexicon() -> Lexicon:
    """The session's lexicon: its TOML if set and valid, else the shipped default."""
    toml_text = st.session_state.get(LEXICON_KEY)
    if toml_text is None:
        return load_lexicon()
    try:
        return lexicon_edit.user_lexicon(toml_text, "the active lexicon")
    except LexiconError as exc:
        _say(LEXICON_MESSAGES, "error", _then(exc, "The shipped lexicon is used instead."))
        st.session_state[LEXICON_KEY] = None
        return load_lexicon()


def _set_lexicon(toml_text: str | None, name: str) -> None:
    st.session_state[LEXICON_KEY] = toml_text
    st.session_state[LEXICON_NAME_KEY] = name
    st.session_state[PICK_KEY] = name if name in available_lexicons() else CUSTOM


def _on_pick() -> None:
    choice = st.session_state.get(PICK_KEY)
    if choice == CUSTOM or choice not in available_lexicons():
        return
    text = None if choice == DEFAULT_LEXICON else (LEXICON_DIR / f"{choice}.toml").read_text(encoding="utf-8")
    _set_lexicon(text, choice)
    _say(LEXICON_MESSAGES, "success", f"The lexicon {choice!r} is now in use.")


def _on_upload_lexicon() -> None:
    file = st.session_state.get(f"fl_lexicon_file_{_round()}")
    if file is None:
        _say(LEXICON_MESSAGES, "error", "Choose a lexicon file (.toml) first.")
        return
    try:
        text, warnings = decode(file.getvalue(), file.name)
        lexicon = lexicon_edit.user_lexicon(text, file.name)
    except (InputError, LexiconError) as exc:
        _say(LEXICON_MESSAGES, "error", _then(exc, "The lexicon in use was not changed."))
        return
    for warning in warnings:
        _say(LEXICON_MESSAGES, "warning", warning)
    _set_lexicon(lexicon_to_toml(lexicon), f"{file.name} (uploaded)")
    _say(LEXICON_MESSAGES, "success", f"The lexicon from {file.name} is now in use.")
    _next_round()


def _edit(action: Callable[[dict[str, Any]], dict[str, Any]], done: str) -> None:
    """Apply one edit to the active lexicon; on a problem keep the lexicon and say what is wrong."""
    lexicon = active_lexicon()
    try:
        new = lexicon_from_dict(action(lexicon.data), lexicon_edit.ORIGIN)
    except (LexiconError, ValueError) as exc:
        _say(LEXICON_MESSAGES, "error", _then(exc, "The lexicon was not changed."))
        return
    base = st.session_state.get(LEXICON_NAME_KEY) or DEFAULT_LEXICON
    name = base if base.endswith(", edited") else f"{base}, edited"
    _set_lexicon(lexicon_to_toml(new), name)
    _say(LEXICON_MESSAGES, "success", done)


def _poles(text: str) -> list[tuple[str, str, float]]:
    """Poles typed one per line as "id, label, position"."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            raise LexiconError(
                f"poles, line {number}: write 'id, label, position' (for example 'calm, calm words, -1')"
            )
        try:
            position = float(parts[2])
        except ValueError:
            raise LexiconError(f"poles, line {number}: the position {parts[2]!r} is not a number") from None
        out.append((parts[0], parts[1], position))
    return out


Field = str | tuple[str, Callable[[Any], Any]]  # a widget key, or a key and how to read its value


def _read(field: Field) -> Any:
    key, convert = (field, None) if isinstance(field, str) else field
    value = st.session_state.get(key)
    return convert(value) if convert else str(value or "")


def _on_edit(edit: Callable[..., dict[str, Any]], done: str, fields: dict[str, Field]) -> None:
    """Read the form's widgets, apply ``edit`` to the active lexicon, say ``done`` (formatted with them)."""
    try:
        values = {name: _read(field) for name, field in fields.items()}
    except LexiconError as exc:
        _say(LEXICON_MESSAGES, "error", _then(exc, "The lexicon was not changed."))
        return
    _edit(lambda data: edit(data, **values), done.format(**values))


def _edit_button(
    where: Any, label: str, key: str, edit: Callable[..., dict[str, Any]], done: str, /, **fields: Field
) -> None:
    """A button that applies one lexicon edit with the values of the named widgets."""
    where.button(label, key=key, on_click=_on_edit, args=(edit, done, fields))


FAMILY = "fl_lex_family_pick"
ACTOR = "fl_lex_actor_pick"
VARIANTS = lexicon_edit.split_variants


def _family_forms(lexicon: Lexicon) -> None:
    family_ids = [f.id for f in lexicon.families]
    st.markdown("**Add a term family**")
    cols = st.columns(2)
    cols[0].text_input("Id (a-z, 0-9, _)", key="fl_lex_family_id", placeholder="protest_words")
    cols[1].text_input("Label", key="fl_lex_family_label", placeholder="What the protesters are called")
    st.text_area(
        "Poles, one per line: id, label, position from -1 to +1",
        key="fl_lex_family_poles",
        placeholder="protesters, protesters, 0\nrioters, rioters / mob, -1\nactivists, activists, 0.5",
    )
    cols = st.columns(2)
    cols[0].text_input("Note (optional)", key="fl_lex_family_note")
    cols[1].selectbox(
        "About one actor (optional)", ["(none)", *(a.name for a in lexicon.actors)], key="fl_lex_family_target"
    )
    _edit_button(
        st,
        "Add family",
        "fl_lex_add_family",
        lexicon_edit.add_family,
        "Added the family {family_id!r}. Now add terms to it.",
        family_id="fl_lex_family_id",
        label="fl_lex_family_label",
        poles=("fl_lex_family_poles", lambda v: _poles(v or "")),
        note="fl_lex_family_note",
        target=("fl_lex_family_target", lambda v: "" if v in (None, "(none)") else v),
    )
    if not family_ids:
        return
    st.divider()
    family = st.selectbox(
        "Family", family_ids, key="fl_lex_family_pick", format_func=lambda f: f"{f}: {lexicon.family(f).label}"
    )
    fam = lexicon.family(family or family_ids[0])
    _edit_button(
        st,
        "Remove this family",
        "fl_lex_remove_family",
        lexicon_edit.remove_family,
        "Removed the family {family_id!r}.",
        family_id=FAMILY,
    )
    st.markdown("**Terms in this family**")
    cols = st.columns(3)
    cols[0].text_input("Term", key="fl_lex_term", placeholder="rioters")
    cols[1].selectbox("Pole", [p.id for p in fam.poles], key="fl_lex_term_pole")
    cols[2].text_input("Note (optional)", key="fl_lex_term_note")
    st.text_input(
        "Variants that also count, separated by commas", key="fl_lex_term_variants", placeholder="rioter, mob"
    )
    _edit_button(
        st,
        "Add term",
        "fl_lex_add_term",
        lexicon_edit.add_term,
        "Added the term {term!r} to {family_id!r}.",
        family_id=FAMILY,
        term="fl_lex_term",
        pole="fl_lex_term_pole",
        variants=("fl_lex_term_variants", lambda v: VARIANTS(v or "")),
        note="fl_lex_term_note",
    )
    if fam.terms:
        st.selectbox("Term to remove", [t.term for t in fam.terms], key="fl_lex_term_pick")
        _edit_button(
            st,
            "Remove term",
            "fl_lex_remove_term",
            lexicon_edit.remove_term,
            "Removed the term {term!r} from {family_id!r}.",
            family_id=FAMILY,
            term="fl_lex_term_pick",
        )
    st.markdown("**Poles of this family**")
    cols = st.columns(3)
    cols[0].text_input("Pole id", key="fl_lex_pole_id")
    cols[1].text_input("Pole label", key="fl_lex_pole_label")
    cols[2].number_input("Position", -1.0, 1.0, 0.0, 0.25, key="fl_lex_pole_position")
    _edit_button(
        st,
        "Add pole",
        "fl_lex_add_pole",
        lexicon_edit.add_pole,
        "Added the pole {pole_id!r} to {family_id!r}.",
        family_id=FAMILY,
        pole_id="fl_lex_pole_id",
        label="fl_lex_pole_label",
        position=("fl_lex_pole_position", lambda v: 0.0 if v is None else v),
    )
    st.selectbox("Pole to remove (only if no term uses it)", [p.id for p in fam.poles], key="fl_lex_pole_pick")
    _edit_button(
        st,
        "Remove pole",
        "fl_lex_remove_pole",
        lexicon_edit.remove_pole,
        "Removed the pole {pole_id!r} from {family_id!r}.",
        family_id=FAMILY,
        pole_id="fl_lex_pole_pick",
    )


def _actor_forms(lexicon: Lexicon) -> None:
    st.markdown("**Add an actor**")
    cols = st.columns(3)
    cols[0].text_input("Name", key="fl_lex_actor_name", placeholder="Jane Doe")
    cols[1].text_input("Kind", key="fl_lex_actor_kind", placeholder="person")
    cols[2].text_input("Other names, separated by commas", key="fl_lex_actor_aliases", placeholder="Doe, Ms Doe")
    _edit_button(
        st,
        "Add actor",
        "fl_lex_add_actor",
        lexicon_edit.add_actor,
        "Added the actor {name!r}.",
        name="fl_lex_actor_name",
        kind="fl_lex_actor_kind",
        aliases=("fl_lex_actor_aliases", lambda v: VARIANTS(v or "")),
    )
    if not lexicon.actors:
        return
    st.divider()
    name = st.selectbox("Actor", [a.name for a in lexicon.actors], key="fl_lex_actor_pick")
    actor = next((a for a in lexicon.actors if a.name == name), lexicon.actors[0])
    _edit_button(
        st,
        "Remove this actor",
        "fl_lex_remove_actor",
        lexicon_edit.remove_actor,
        "Removed the actor {name!r}.",
        name=ACTOR,
    )
    cols = st.columns(2)
    cols[0].text_input("New alias", key="fl_lex_alias")
    _edit_button(
        cols[0],
        "Add alias",
        "fl_lex_add_alias",
        lexicon_edit.add_alias,
        "{alias!r} now also names {actor!r}.",
        actor=ACTOR,
        alias="fl_lex_alias",
    )
    cols[1].selectbox("Alias to remove", list(actor.aliases), key="fl_lex_alias_pick")
    _edit_button(
        cols[1],
        "Remove alias",
        "fl_lex_remove_alias",
        lexicon_edit.remove_alias,
        "{alias!r} no longer names {actor!r}.",
        actor=ACTOR,
        alias="fl_lex_alias_pick",
    )


def _label_forms(lexicon: Lexicon) -> None:
    st.markdown("**Add a label** (a name an article pins on an actor)")
    cols = st.columns(3)
    cols[0].text_input("Label", key="fl_lex_label", placeholder="extremist group")
    cols[1].text_input("Pole (optional)", key="fl_lex_label_pole")
    cols[2].text_input("Variants, separated by commas", key="fl_lex_label_variants")
    _edit_button(
        st,
        "Add label",
        "fl_lex_add_label",
        lexicon_edit.add_label,
        "Added the label {label!r}.",
        label="fl_lex_label",
        pole="fl_lex_label_pole",
        variants=("fl_lex_label_variants", lambda v: VARIANTS(v or "")),
    )
    if lexicon.labels:
        st.selectbox("Label to remove", [lab.label for lab in lexicon.labels], key="fl_lex_label_pick")
        _edit_button(
            st,
            "Remove label",
            "fl_lex_remove_label",
            lexicon_edit.remove_label,
            "Removed the label {label!r}.",
            label="fl_lex_label_pick",
        )
    st.divider()
    st.markdown("**Hedges and loaded words**")
    section = st.selectbox("List", list(lexicon_edit.WORD_SECTIONS), key="fl_lex_word_list")
    cols = st.columns(2)
    cols[0].text_input("Word or phrase", key="fl_lex_word")
    _edit_button(
        cols[0],
        "Add word",
        "fl_lex_add_word",
        lexicon_edit.add_word,
        "Added {word!r} to the {section} list.",
        section="fl_lex_word_list",
        word="fl_lex_word",
    )
    words = lexicon.hedges if section == "hedges" else lexicon.loaded
    if words:
        cols[1].selectbox("Word to remove", list(words), key="fl_lex_word_pick")
        _edit_button(
            cols[1],
            "Remove word",
            "fl_lex_remove_word",
            lexicon_edit.remove_word,
            "Removed {word!r} from the {section} list.",
            section="fl_lex_word_list",
            word="fl_lex_word_pick",
        )


def render_lexicon_editor() -> None:
    """Pick, view, edit, download and upload the lexicon; the analysis follows at once."""
    lexicon = active_lexicon()
    shipped = available_lexicons()
    custom = st.session_state.get(LEXICON_KEY) is not None and st.session_state.get(PICK_KEY) not in shipped
    if PICK_KEY not in st.session_state or (st.session_state[PICK_KEY] == CUSTOM and not custom):
        st.session_state[PICK_KEY] = st.session_state.get(LEXICON_NAME_KEY) or DEFAULT_LEXICON
    options = [*shipped, *([CUSTOM] if custom else [])]
    st.selectbox(
        "Lexicon in use",
        options,
        key=PICK_KEY,
        on_change=_on_pick,
        help="The shipped files in data/lexicons, or one you uploaded or edited here (kept in this session only).",
    )
    _show(LEXICON_MESSAGES)
    name = st.session_state.get(LEXICON_NAME_KEY) or DEFAULT_LEXICON
    st.caption(f"{md(lexicon.title)} — {md(name)}")
    tables = lexicon_edit.lexicon_tables(lexicon)
    tabs = st.tabs([t.capitalize() for t in tables], key="fl_lexicon_tables")
    for tab, (kind, rows) in zip(tabs, tables.items(), strict=True):
        with tab:
            st.dataframe(rows, hide_index=True, width="stretch", key=f"fl_lex_table_{kind.replace(' ', '_')}")
    with st.expander("Change the lexicon"):
        families, actors, labels = st.tabs(
            ["Families, terms and poles", "Actors and aliases", "Labels and word lists"], key="fl_lexicon_forms"
        )
        with families:
            _family_forms(lexicon)
        with actors:
            _actor_forms(lexicon)
        with labels:
            _label_forms(lexicon)
    left, right = st.columns(2)
    left.download_button(
        "Download the lexicon (TOML)",
        data=lexicon_to_toml(lexicon),
        file_name=f"{slugify(lexicon.name)}.toml",
        mime="application/toml",
        key="fl_lexicon_download",
        on_click="ignore",
    )
    with right:
        st.file_uploader("Load a lexicon file (.toml)", type=["toml"], key=f"fl_lexicon_file_{_round()}")
        st.button("Use this lexicon", key="fl_lexicon_upload", on_click=_on_upload_lexicon)


# --- exports -------------------------------------------------------------------------------------


def method_notes() -> str:
    """The method notes shipped in docs/methods (for the HTML report)."""
    files = sorted(p for p in (METHODS_DIR).glob("*.md") if p.stem not in {"ingest", "batch"})
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def render_exports(reports: Sequence[ArticleReport], figures: Sequence[Any] | Callable[[], Sequence[Any]] = ()) -> None:
    """Download buttons: one row per article (CSV), one row per evidence span (CSV), the HTML report.

    ``figures`` may be a zero-argument callable: it is called only when the HTML report is downloaded, so
    a page that shows no charts does not build them on every run.
    """
    reports = list(reports)
    fixed = () if callable(figures) else tuple(figures)
    make_figures = figures if callable(figures) else lambda: fixed
    if not reports:
        st.info("No articles to export.")
        return
    cols = st.columns(3)
    cols[0].download_button(
        "Articles (CSV)",
        data=lambda: rows_csv((article_row(r) for r in reports), ARTICLE_COLUMNS),
        file_name="framelens-articles.csv",
        mime="text/csv",
        key="fl_export_articles_csv",
        on_click="ignore",
    )
    cols[1].download_button(
        "Evidence spans (CSV)",
        data=lambda: rows_csv(all_span_rows(reports), SPAN_COLUMNS),
        file_name="framelens-spans.csv",
        mime="text/csv",
        key="fl_export_spans_csv",
        on_click="ignore",
    )
    cols[2].download_button(
        "Report (HTML, opens offline)",
        data=lambda: build_html_report(reports, figures=list(make_figures()), method_notes_markdown=method_notes()),
        file_name="framelens-report.html",
        mime="text/html",
        key="fl_export_html",
        on_click="ignore",
    )
