"""Teacher corrections under each side-by-side text: mark a highlight as wrong, add one FrameLens missed, undo.

Every change happens in a callback, before the analysis of the next run, so every number on every view
follows at once. Corrections live in the session (``app.session.corrections``), travel in the corpus file
and are listed in the report.
"""

from __future__ import annotations

import streamlit as st

from analysis.corrections import Correction
from analysis.export.palette import KIND_DESCRIPTIONS
from analysis.lexicon.model import Lexicon
from analysis.model import SOURCE_KINDS, ArticleReport, Span
from app import session
from app.session import md_escape

WHAT = {"terms": "a framing word", "labels": "a label pinned on someone", "sources": "a source"}
FOUND_MESSAGES = "fl_fix_messages"


def _findings(report: ArticleReport, lexicon: Lexicon) -> list[tuple[str, Span, str]]:
    """(layer, span, how it is named in the picker) for every highlight a teacher can mark as wrong."""
    families = {f.family: f.label for f in report.framing.families}
    out = [("terms", t.span, f"“{t.term}” — framing word ({families.get(t.family, '')})") for t in report.framing.terms]
    out += [("labels", lab.span, f"“{lab.span.text}” — label for {lab.actor}") for lab in report.framing.actor_labels]
    out += [
        ("sources", a.span, f"“{a.span.text}” — source ({KIND_DESCRIPTIONS.get(a.kind, a.kind)})")
        for a in report.sourcing.attributions
    ]
    return sorted(out, key=lambda f: f[1].start)


def _keys(article_id: str) -> dict[str, str]:
    return {
        name: f"fl_fix_{name}_{article_id}"
        for name in ("open", "wrong", "words", "layer", "family", "pole", "actor", "kind", "note")
    }


def _add(correction: Correction) -> None:
    session.set_corrections([*session.corrections(), correction])


def _on_remove(report: ArticleReport, findings: list[tuple[str, Span, str]]) -> None:
    keys = _keys(report.article.id)
    pick = st.session_state.get(keys["wrong"])
    if pick is None or not 0 <= pick < len(findings):
        return
    layer, span, _ = findings[pick]
    _add(Correction(report.article.id, "remove", layer, span, note=st.session_state.get(keys["note"], "")[:300]))
    session.say(FOUND_MESSAGES, "success", f"Removed the highlight on '{span.text}'. Every number now leaves it out.")


def _on_add(report: ArticleReport) -> None:
    state, keys, text = st.session_state, _keys(report.article.id), report.article.text
    words = " ".join((state.get(keys["words"]) or "").split())
    start = text.find(words) if words else -1
    if start < 0:
        session.say(FOUND_MESSAGES, "error", "Type the words exactly as they stand in the text (copy and paste them).")
        return
    span = Span.of(text, start, start + len(words))
    layer = state.get(keys["layer"]) or "terms"
    family, pole = state.get(keys["family"]) or "", ""
    if layer == "terms":
        family, _, pole = family.partition("\u241f")
    extra = {"family": family, "pole": pole} if layer == "terms" else {}
    if layer == "labels":
        extra = {"actor": state.get(keys["actor"]) or ""}
    if layer == "sources":
        extra = {"kind": state.get(keys["kind"]) or "named"}
    note = (state.get(keys["note"]) or "")[:300]
    _add(Correction(report.article.id, "add", layer, span, note=note, **extra))
    state[keys["words"]] = ""
    session.say(FOUND_MESSAGES, "success", f"Added '{span.text}' as {WHAT[layer]}. Every number now counts it.")


def _on_undo(index: int) -> None:
    fixes = session.corrections()
    if 0 <= index < len(fixes):
        del fixes[index]
        session.set_corrections(fixes)


def _pole_options(lexicon: Lexicon) -> dict[str, str]:
    return {f"{f.id}\u241f{p.id}": f"{f.label}: {p.label}" for f in lexicon.families for p in f.poles}


def render_corrections(report: ArticleReport, lexicon: Lexicon) -> None:
    """The teacher's tools for one article, in an expander under its text, drawn only while it is open (opening
    it reruns the page): eight widgets per article would otherwise cost every rerun of every student's page."""
    aid, keys = report.article.id, _keys(report.article.id)
    box = st.expander("Teacher: correct FrameLens here", key=keys["open"], on_change="rerun")
    if not box.open:
        return
    with box:
        findings = _findings(report, lexicon)
        if findings:
            st.selectbox(
                "A highlight that is wrong",
                range(len(findings)),
                format_func=lambda k: findings[k][2],
                key=keys["wrong"],
            )
            st.button("Remove this highlight", key=f"fl_fix_remove_{aid}", on_click=_on_remove, args=(report, findings))
        st.text_input("Words FrameLens missed (exactly as in the text)", key=keys["words"], max_chars=200)
        layer = st.radio("They are", list(WHAT), format_func=WHAT.__getitem__, key=keys["layer"], horizontal=True)
        if layer == "terms":
            poles = _pole_options(lexicon)
            st.selectbox(
                "Which thing, and which way it leans", list(poles), format_func=poles.__getitem__, key=keys["family"]
            )
        elif layer == "labels":
            st.selectbox("Pinned on", [a.name for a in lexicon.actors] or ["someone"], key=keys["actor"])
        else:
            st.selectbox("Kind of source", SOURCE_KINDS, format_func=KIND_DESCRIPTIONS.__getitem__, key=keys["kind"])
        st.text_input("Why (optional, shown in the report)", key=keys["note"], max_chars=300)
        st.button("Add what FrameLens missed", key=f"fl_fix_add_{aid}", on_click=_on_add, args=(report,))
        mine = [(i, c) for i, c in enumerate(session.corrections()) if c.article_id == aid]
        for i, c in mine:
            left, right = st.columns([5, 1], vertical_alignment="center")
            left.markdown(md_escape(c.describe(lexicon)))
            right.button("Undo", key=f"fl_fix_undo_{aid}_{i}", on_click=_on_undo, args=(i,))
