"""Compare: how alike the articles' wording is, the words each uses far more, and who reports which facts.

scikit-learn is imported when this view first opens (``cache.comparison``), never at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from analysis.export.glance import cut
from app import cache
from app.context import Context
from app.pages.common import limit_note, scroll_cue
from app.render.compare_figures import alike_html, distinctive_figure, map_figure, similarity_figure
from app.render.highlight import Evidence, by_sentence, evidence_html
from app.render.selection import article_labels
from app.render.tables import claim_rows, name_ids, telling_claims
from app.session import md_escape

SIMILARITY_GRID_MAX = 30  # above this many articles, nearest neighbours are listed instead of a heatmap
MAX_CLAIMS = 25


def _wording(comp, labels: Mapping[str, str]) -> None:
    """Shared wording (a heatmap, or nearest neighbours for many articles) beside a map of wording."""
    grid = comp.similarity is not None and len(comp.ids) <= SIMILARITY_GRID_MAX
    if grid:  # on a phone the heatmap's cells are too small to read: the same numbers as a list instead
        with st.container(key="fl_narrow_similarity"):
            st.html(alike_html(comp, labels))
    left, right = st.container(key="fl_wide_similarity").columns(2) if grid else st.columns(2)
    with left:
        if grid:
            st.plotly_chart(similarity_figure(list(labels.values()), comp.similarity), key="fl_similarity")
        else:
            rows = [
                {"Article": labels[i], "Most alike": ", ".join(labels[j] for j, _ in n)}
                for i, n in comp.neighbours.items()
            ]
            st.dataframe(rows, hide_index=True, key="fl_neighbours")
    with right:
        points = [comp.map_2d[i] for i in comp.ids]
        st.plotly_chart(map_figure(list(labels.values()), points), key="fl_map")
    for a, b, score in comp.near_duplicates:
        st.info(f"{md_escape(labels[a])} and {md_escape(labels[b])} are near copies of each other ({score:.2f}).")


def _distinctive(comp, ctx: Context, labels: Mapping[str, str]) -> None:
    st.header("Words each article uses far more than the others")
    chosen = st.selectbox("Article", list(comp.ids), format_func=labels.__getitem__, key="fl_compare_article")
    terms = comp.distinctive.get(chosen, ())
    fig_col, words_col = st.columns([3, 2])
    with fig_col:
        st.plotly_chart(distinctive_figure(labels[chosen], terms), key="fl_distinctive")
    with words_col:
        if terms:
            word = st.selectbox("Open a word in its sentences", [t.term for t in terms], key="fl_compare_word")
            term = next(t for t in terms if t.term == word)
            items = by_sentence(ctx.by_id[chosen], term.spans)
            with st.container(border=True, key="fl_word_context"):  # no fixed height: keyboard users read it all
                st.html(evidence_html(ctx.by_id[chosen], items))


def _claims(comp, ctx: Context, labels: Mapping[str, str]) -> None:
    st.header("Facts: who reports what")
    claims = telling_claims(comp.claims, limit=MAX_CLAIMS)
    if not claims:
        st.caption("No shared facts were found.")
        return
    st.dataframe(claim_rows(claims, labels), hide_index=True, width="stretch", key="fl_claims")
    scroll_cue()
    pick = st.selectbox(
        "Read the sentences behind a fact",
        range(len(claims)),
        format_func=lambda k: cut(claims[k].summary, 150),
        key="fl_claim_pick",
    )
    claim = claims[pick]
    for reason in claim.reasons:
        st.caption(md_escape(name_ids(reason, labels)))
    sentences = [
        evidence_html(ctx.by_id[ev.id], [Evidence(labels[ev.id], (ev.span,))], mark=False)
        for ev in claim.evidence
        if ev.id in ctx.by_id
    ]
    st.html("".join(sentences))


def render(ctx: Context) -> None:
    if len(ctx.articles) < 2:
        st.info("Comparing needs at least two articles.")
        return
    try:
        with st.spinner("Comparing the articles…"):
            comp = cache.comparison(ctx.articles, ctx.toml_text)
    except Exception as err:  # InputError for too few or duplicate ids; anything else must not crash the page
        st.warning("These articles cannot be compared: " + md_escape(err))
        return
    labels = dict(zip(comp.ids, article_labels([ctx.by_id[i] for i in comp.ids]), strict=True))
    st.caption(
        f"Compare looks at all {len(comp.ids)} loaded articles at once, not only the ones chosen for Side by side "
        "and Charts: how alike their wording is only means something against the whole set."
    )
    for note in comp.notes:
        st.caption(md_escape(note))
    st.header("How alike the wording is")
    _wording(comp, labels)
    limit_note(ctx.classroom, "compare")
    _distinctive(comp, ctx, labels)
    _claims(comp, ctx, labels)
