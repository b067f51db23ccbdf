"""Articles: bring your own (paste, upload, web addresses, corpus files), list and remove them, reset.

Every change happens in a widget callback, so the analysis, which runs before these widgets are drawn,
already follows it. Nothing a user gives is written to disk or to a module global (``app.session``).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analysis.errors import InputError
from analysis.io import ingest
from analysis.io.corpus_file import parse_corpus
from analysis.io.files import MAX_ARTICLE_CHARS
from analysis.model import Article
from app import exports, session
from app.context import Context
from app.pages.common import scroll_cue
from app.render.tables import article_rows
from app.session import ARTICLE_MESSAGES, ARTICLE_TABS_KEY, LIST_PAGE_KEY, PASTE, URLS_KEY, md_escape, outcome, say

LIST_PAGE = 50  # articles listed at once, each with its Remove button; a longer list is paged


# --- callbacks: adding and removing articles -----------------------------------------------------


def _add(new: Sequence[Article], problems: Sequence[str]) -> bool:
    """Merge new articles into the session's list; report what happened. True if any were added."""
    for problem in problems:
        say(ARTICLE_MESSAGES, "warning", problem)
    if not new:
        return False
    before = session.articles()
    merged, notes = ingest.merge_articles(before, new)
    added = merged[len(before) :]
    session.set_articles(merged)
    for note in notes:
        say(ARTICLE_MESSAGES, "warning", note)
    if added:
        names = ", ".join(repr(a.title) for a in added[:5]) + (" …" if len(added) > 5 else "")
        say(ARTICLE_MESSAGES, "success", f"Added {len(added)} article{'s' * (len(added) != 1)}: {names}")
    return bool(added)


def _on_paste() -> None:
    state = st.session_state
    try:
        article = ingest.pasted_article(
            state.get(PASTE.text, ""),
            title=state.get(PASTE.title, ""),
            outlet=state.get(PASTE.outlet, ""),
            date=state.get(PASTE.date, ""),
            author=state.get(PASTE.author, ""),
        )
    except InputError as exc:
        say(ARTICLE_MESSAGES, "error", outcome(exc, "Nothing was added."))
        return
    if _add([article], []):
        for key in (PASTE.text, PASTE.title, PASTE.outlet, PASTE.date, PASTE.author):
            state[key] = ""


def _on_upload() -> None:
    files = st.session_state.get(session.upload_key(session.UPLOAD_FILES)) or []
    if not files:
        say(ARTICLE_MESSAGES, "error", "Choose one or more files first.")
        return
    if len(files) > ingest.MAX_FILES:
        say(ARTICLE_MESSAGES, "error", f"{len(files)} files chosen; add at most {ingest.MAX_FILES} at once.")
        return
    new: list[Article] = []
    problems: list[str] = []
    for file in files:
        try:
            articles, warnings = ingest.read_upload(file.name, file.getvalue())
        except InputError as exc:
            say(ARTICLE_MESSAGES, "error", outcome(exc, "This file was not added."))
            continue
        new += articles
        problems += warnings
    if _add(new, problems):
        session.next_upload_round()


def fetch_urls(text: str) -> None:
    """Fetch each address in ``text`` and add the articles found; messages say what failed and why."""
    try:
        urls = ingest.split_urls(text)
    except InputError as exc:
        say(ARTICLE_MESSAGES, "error", str(exc))
        return
    if not urls:
        say(ARTICLE_MESSAGES, "error", "Type or paste one or more web addresses first.")
        return
    new = []
    for _url, article, problem in ingest.fetch_articles(urls):  # each address's own outcome, in order
        if article is None:
            say(ARTICLE_MESSAGES, "error", str(problem))
        else:
            new.append(article)
    if _add(new, []):
        st.session_state[URLS_KEY] = ""


def _on_fetch() -> None:
    fetch_urls(st.session_state.get(URLS_KEY, ""))


def _on_remove(article_id: str) -> None:
    articles = session.articles()
    gone = [a for a in articles if a.id == article_id]
    session.set_articles([a for a in articles if a.id != article_id])
    if gone:
        say(ARTICLE_MESSAGES, "success", f"Removed {gone[0].title!r}.")


def _on_remove_all() -> None:
    """The first press only asks: removing every article cannot be undone (only reset to the case study)."""
    st.session_state[session.CONFIRM_REMOVE_ALL_KEY] = True


def _on_remove_all_confirmed() -> None:
    st.session_state[session.CONFIRM_REMOVE_ALL_KEY] = False
    session.set_articles([])
    say(ARTICLE_MESSAGES, "success", "All articles were removed. Add your own, or reset to the case study.")


def _on_remove_all_cancelled() -> None:
    st.session_state[session.CONFIRM_REMOVE_ALL_KEY] = False


def _on_reset() -> None:
    session.reset_to_case_study()
    say(ARTICLE_MESSAGES, "success", "The five case-study articles are back (the lexicon was not changed).")


def _on_open_corpus() -> None:
    file = st.session_state.get(session.upload_key(session.CORPUS_FILE))
    if file is None:
        say(ARTICLE_MESSAGES, "error", "Choose a corpus file (.json) first.")
        return
    try:
        corpus = parse_corpus(file.getvalue(), name=file.name)
    except InputError as exc:
        say(ARTICLE_MESSAGES, "error", outcome(exc, "Your articles were not changed."))
        return
    articles, notes = ingest.merge_articles([], corpus.articles)
    session.set_articles(articles)
    ids = {a.id for a in articles}
    session.set_corrections([c for c in corpus.corrections if c.article_id in ids])
    for note in (*corpus.warnings, *notes):
        say(ARTICLE_MESSAGES, "warning", note)
    said = f"Opened {file.name}: {len(articles)} articles (they replace the ones you had)"
    if corpus.lexicon_toml is not None:
        session.set_lexicon(corpus.lexicon_toml, f"the lexicon saved in {file.name}")
        said += ", and the lexicon saved with them"
    if corpus.corrections:
        said += f", with {len(corpus.corrections)} teacher correction{'s' * (len(corpus.corrections) != 1)}"
    say(ARTICLE_MESSAGES, "success", said + ".")
    session.next_upload_round()


# --- the widgets ---------------------------------------------------------------------------------


def _paste_form() -> None:
    with st.form("fl_paste_form"):
        st.text_input("Title (optional: the first line is used)", key=PASTE.title, max_chars=ingest.MAX_FIELD_CHARS)
        cols = st.columns(3)
        cols[0].text_input("Outlet", key=PASTE.outlet, max_chars=ingest.MAX_FIELD_CHARS)
        cols[1].text_input("Date", key=PASTE.date, max_chars=ingest.MAX_FIELD_CHARS, placeholder="2024-12-09")
        cols[2].text_input("Author", key=PASTE.author, max_chars=ingest.MAX_FIELD_CHARS)
        st.text_area("Article text", key=PASTE.text, height=220)
        st.form_submit_button("Add this article", key="fl_paste_add", on_click=_on_paste)


def _upload_form() -> None:
    st.file_uploader(
        "Files: .txt, .md, .html, or .csv / .json with a 'text' column or field (several at once)",
        type=list(ingest.UPLOAD_TYPES),
        accept_multiple_files=True,
        key=session.upload_key(session.UPLOAD_FILES),
    )
    st.caption(
        f"Up to {ingest.MAX_FILES} files at once, {ingest.MAX_UPLOAD_BYTES // 1_000_000} MB each; "
        f"{MAX_ARTICLE_CHARS:,} characters per article; {ingest.MAX_ARTICLES} articles in all."
    )
    st.button("Add the chosen files", key="fl_upload_add", on_click=_on_upload)


def _web_form() -> None:
    st.text_area(
        f"Web addresses, one per line (at most {ingest.MAX_URLS})",
        key=URLS_KEY,
        placeholder="https://www.example.com/news/story.html",
    )
    st.caption("Pages are fetched from public sites only, with a time limit and a size limit.")
    st.button("Fetch and add", key="fl_fetch", on_click=_on_fetch)


def _corpus_form() -> None:
    st.caption(
        "A corpus file holds a set of articles (and the lexicon, if you changed it, and your corrections): "
        "prepare one, share it."
    )
    exports.corpus_download(session.articles(), st.session_state.get(session.LEXICON_KEY), session.corrections())
    st.file_uploader("Open a corpus file", type=["json"], key=session.upload_key(session.CORPUS_FILE))
    st.button("Open it (replaces the current articles)", key="fl_corpus_open", on_click=_on_open_corpus)


INPUT_TABS = {
    "Paste text": _paste_form,
    "Upload files": _upload_form,
    "From the web": _web_form,
    "Corpus file": _corpus_form,
}


def keep_typed_text() -> None:
    """The web addresses typed while another tab is open are kept for when it comes back: Streamlit forgets
    the value of a widget that a run does not draw, unless the run sets it."""
    if URLS_KEY in st.session_state:
        st.session_state[URLS_KEY] = st.session_state[URLS_KEY]


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
    articles = session.articles()
    st.markdown(f"**{len(articles):,} article{'s' * (len(articles) != 1)} loaded** (at most {ingest.MAX_ARTICLES:,})")
    for article in _page(articles):
        left, right = st.columns([6, 1], vertical_alignment="center")
        meta = " · ".join(x for x in (article.outlet, article.date, article.origin) if x)
        left.markdown(
            f"{md_escape(article.title or 'Untitled article')}  \n:gray[{md_escape(meta)} · {len(article.text):,} characters]"
        )
        right.button("Remove", key=f"fl_remove_{article.id}", on_click=_on_remove, args=(article.id,))


def render_manager() -> None:
    """Paste, upload or fetch articles; list them with remove buttons; reset; corpus files."""
    # The messages live in a container that is always drawn, so the tabs below keep their place in the page
    # (and their open tab) whether or not a message is shown; the open tab is kept by the server too.
    with st.container(key="fl_article_messages"):
        session.show(ARTICLE_MESSAGES)
    tabs = st.tabs(list(INPUT_TABS), key=ARTICLE_TABS_KEY, on_change="rerun")
    keep_typed_text()
    for tab, form in zip(tabs, INPUT_TABS.values(), strict=True):
        # The paste form is always drawn: what is typed in a form lives in the browser until it is sent, and a
        # form that is not drawn loses it. The other tabs are drawn only when open (one form per rerun, not three).
        if tab.open or form is _paste_form:
            with tab:
                form()
    _article_list()
    left, right = st.columns(2)
    left.button("Reset to the case study", key="fl_reset_case_study", on_click=_on_reset)
    if not st.session_state.get(session.CONFIRM_REMOVE_ALL_KEY):
        right.button("Remove all articles…", key="fl_remove_all", on_click=_on_remove_all)
        return
    with right.container(border=True):
        st.warning(f"Remove all {len(session.articles()):,} articles? Only the case study can be brought back.")
        yes, no = st.columns(2)
        yes.button(
            "Yes, remove them all", key="fl_remove_all_confirm", on_click=_on_remove_all_confirmed, type="primary"
        )
        no.button("Keep them", key="fl_remove_all_cancel", on_click=_on_remove_all_cancelled)


def render(ctx: Context) -> None:
    render_manager()
    st.dataframe(article_rows(ctx.reports), hide_index=True, width="stretch", key="fl_articles_table")
    scroll_cue()
