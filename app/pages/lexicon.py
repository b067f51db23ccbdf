"""Lexicon: pick a shipped lexicon, read it, change it, download it or load your own; the analysis follows at once.

A changed or uploaded lexicon lives in this session only (its TOML under ``session.LEXICON_KEY``).
"""

from __future__ import annotations

import streamlit as st

from analysis.errors import InputError, LexiconError
from analysis.io.files import decode
from analysis.lexicon import edit as lexicon_edit
from analysis.lexicon.load import DEFAULT_LEXICON, MAX_LEXICON_BYTES, available_lexicons, lexicon_to_toml
from app import cache, exports, session
from app.context import Context
from app.pages.lexicon_forms import actor_forms, family_forms, label_forms, suggestion_forms
from app.session import CUSTOM_LEXICON, LEXICON_KEY, LEXICON_MESSAGES, LEXICON_PICK_KEY, md_escape, outcome, say


def _on_pick() -> None:
    choice = st.session_state.get(LEXICON_PICK_KEY)
    if choice == CUSTOM_LEXICON or choice not in available_lexicons():
        return
    text = None if choice == DEFAULT_LEXICON else cache.shipped_lexicon_text(choice)
    if text is None and choice != DEFAULT_LEXICON:
        say(
            LEXICON_MESSAGES,
            "error",
            f"data/lexicons/{choice}.toml cannot be read. The lexicon in use was not changed.",
        )
        return
    session.set_lexicon(text, choice)
    say(LEXICON_MESSAGES, "success", f"The lexicon {choice!r} is now in use.")


def _on_upload_lexicon() -> None:
    file = st.session_state.get(session.upload_key(session.LEXICON_FILE))
    if file is None:
        say(LEXICON_MESSAGES, "error", "Choose a lexicon file (.toml) first.")
        return
    try:
        text, warnings = decode(file.getvalue(), file.name)
        lexicon = lexicon_edit.user_lexicon(text, file.name)
    except (InputError, LexiconError) as exc:
        say(LEXICON_MESSAGES, "error", outcome(exc, "The lexicon in use was not changed."))
        return
    for warning in warnings:
        say(LEXICON_MESSAGES, "warning", warning)
    session.set_lexicon(lexicon_to_toml(lexicon), f"{file.name} (uploaded)")
    say(LEXICON_MESSAGES, "success", f"The lexicon from {file.name} is now in use.")
    session.next_upload_round()


def _on_auto() -> None:
    if st.session_state.get(session.LEXICON_AUTO_KEY):
        session.choose_lexicon_by_fit()
        say(LEXICON_MESSAGES, "success", f"The lexicon is chosen by fit: {session.lexicon_name()!r}.")


def _picker() -> None:
    state = st.session_state
    shipped = available_lexicons()
    custom = state.get(LEXICON_KEY) is not None and state.get(LEXICON_PICK_KEY) not in shipped
    if LEXICON_PICK_KEY not in state or (state[LEXICON_PICK_KEY] == CUSTOM_LEXICON and not custom):
        state[LEXICON_PICK_KEY] = session.lexicon_name()
    state.setdefault(session.LEXICON_AUTO_KEY, session.lexicon_auto())
    st.toggle(
        "Choose the lexicon by fit",
        key=session.LEXICON_AUTO_KEY,
        on_change=_on_auto,
        help="On: when the articles change, the shipped event lexicon whose people and groups they name is used, "
        "or the general one when none fits. Picking, editing or uploading a lexicon turns this off.",
    )
    st.selectbox(
        "Lexicon in use",
        [*shipped, *([CUSTOM_LEXICON] if custom else [])],
        key=LEXICON_PICK_KEY,
        on_change=_on_pick,
        help="The shipped files in data/lexicons, or one you uploaded or edited here (kept in this session only).",
    )


def render(ctx: Context) -> None:
    lexicon = ctx.lexicon
    _picker()
    session.show(LEXICON_MESSAGES)
    st.caption(f"{md_escape(lexicon.title)} — {md_escape(session.lexicon_name())}")
    if session.lexicon_note():
        st.caption(md_escape(session.lexicon_note()))
    tables = lexicon_edit.lexicon_tables(lexicon)
    tabs = st.tabs([t.capitalize() for t in tables], key="fl_lexicon_tables")
    for tab, (kind, rows) in zip(tabs, tables.items(), strict=True):
        with tab:
            st.dataframe(rows, hide_index=True, width="stretch", key=f"fl_lex_table_{kind.replace(' ', '_')}")
    with st.expander("Change the lexicon"):
        families, actors, labels, suggested = st.tabs(
            ["Families, terms and poles", "Actors and aliases", "Labels and word lists", "Suggested families"],
            key="fl_lexicon_forms",
        )
        with families:
            family_forms(lexicon)
        with actors:
            actor_forms(lexicon)
        with labels:
            label_forms(lexicon)
        with suggested:
            suggestion_forms(lexicon, ctx.articles)
    left, right = st.columns(2)
    exports.lexicon_download(left, lexicon)
    with right:
        st.file_uploader(
            "Load a lexicon file (.toml)",
            type=["toml"],
            key=session.upload_key(session.LEXICON_FILE),
            max_upload_size=max(1, MAX_LEXICON_BYTES // 1_000_000),  # what the widget says is what is read
            help=f"At most {MAX_LEXICON_BYTES // 1000:,} kB.",
        )
        st.button("Use this lexicon", key="fl_lexicon_upload", on_click=_on_upload_lexicon)
