"""FrameLens dashboard: articles about one event side by side, with the evidence behind every number.

Run with ``streamlit run dashboard.py``. Layout and caching only: the analysis lives in ``analysis/``,
the HTML and figures in ``views/``. The chosen articles, the open view and the open chart live in the URL.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable

import streamlit as st

st.set_page_config(page_title="FrameLens", page_icon="🔎", layout="wide")

from views.lazy_textblob import defer_textblob_package  # noqa: E402

defer_textblob_package()  # before analysis imports textblob.en: NLTK, scikit-learn and scipy stay unloaded

from analysis import (  # noqa: E402
    Article,
    ArticleReport,
    Lexicon,
    analyze,
    load_case_study,
    load_lexicon,
)
from analysis.io.corpus_file import MAX_ARTICLES  # noqa: E402
from analysis.lexicon.load import lexicon_from_toml  # noqa: E402
from views import figures  # noqa: E402
from views.classroom import Classroom, load_classroom, methodology_section  # noqa: E402
from views.highlight import (  # noqa: E402
    Evidence,
    article_html,
    by_sentence,
    evidence_html,
    framing_evidence,
    legend_html,
    md_escape,
    sentiment_evidence,
    signed,
    sourcing_evidence,
    transparency_evidence,
)
from views.manage import render_article_manager, render_exports, render_lexicon_editor  # noqa: E402
from views.state import (  # noqa: E402
    ARTICLES_PARAM,
    CHART_PARAM,
    CHARTS,
    DEFAULT_CHART,
    DEFAULT_VIEW,
    MAX_SELECTED,
    VIEW_PARAM,
    VIEWS,
    most_different_pair,
    parse_link,
    to_query,
    view_slug,
)
from views.tables import article_rows, claim_rows, name_ids, overview_rows, telling_claims  # noqa: E402

ARTICLES_KEY = "fl_articles"  # this session's list[Article] (shared contract with views/manage.py)
LEXICON_KEY = "fl_lexicon_toml"  # the active lexicon's TOML text, or None for the shipped default
SELECTION_KEY = "fl_selection"
VIEW_KEY = "fl_view"
CHART_KEY = "fl_chart"  # the open tab of the Charts view (its label)
LAYERS_KEY = "fl_layers"
WHY_KEY = "fl_why_article"
LINK_KEY = "fl_link_written"  # the query string this session last wrote, to notice a changed link
NOTICE_KEY = "fl_link_notice"
REPORT_ENTRIES = MAX_ARTICLES + 64  # one session's largest set of articles, and some room for others
SET_ENTRIES = 8  # whole sets of reports: a rerun looks up its set once, not each article
SPINNER_ARTICLES = 20  # from this many articles to analyse, say so while it runs
SIMILARITY_GRID_MAX = 30  # above this many articles Compare lists nearest neighbours instead of a heatmap
MAX_CLAIMS = 25
TEXT_HEIGHT = 520
CONTEXT_HEIGHT = 400
CHART_NOTES = ("labels", "framing", "sentiment", "sentiment", "sourcing", "transparency")  # the limits under each
LAYER_NAMES = {
    "terms": "framing words",
    "labels": "labels",
    "sources": "sources",
    "verbs": "loaded verbs",
    "boilerplate": "boilerplate",
}
TAGLINE = "The same event, told by different outlets: see which words each one chose, who it lets speak, and why."


# --- cached analysis ---------------------------------------------------------------------------


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_lexicon(toml_text: str | None) -> Lexicon:
    """The lexicon for a TOML text (None: the shipped default), built once per distinct text."""
    return load_lexicon() if toml_text is None else lexicon_from_toml(toml_text, "your lexicon")


@st.cache_resource(max_entries=REPORT_ENTRIES, show_spinner=False)
def cached_report(content_key: str, _article: Article, toml_text: str | None) -> ArticleReport:
    """One article's report, cached by its content (``content_key``) and the lexicon's text.

    A resource, not data: the frozen report is shared as it is, never copied (st.cache_data unpickles a
    copy on every hit, about 1 ms an article, so a second on every rerun with 1,000 articles).
    """
    return analyze(_article, cached_lexicon(toml_text))


@st.cache_resource(max_entries=SET_ENTRIES, show_spinner=False)
def cached_reports(
    keys: tuple[str, ...], _articles: tuple[Article, ...], toml_text: str | None
) -> tuple[tuple[ArticleReport, ...], tuple[str, ...]]:
    """The reports of a set of articles (by their content keys) and a message for each that failed."""
    reports, problems = [], []
    for key, article in zip(keys, _articles, strict=True):
        try:
            reports.append(cached_report(key, article, toml_text))
        except Exception as err:  # one bad article must not take the page down
            name = article.outlet or article.title or article.id
            problems.append(f"Could not analyse {name}: {err}")
    return tuple(reports), tuple(problems)


@st.cache_resource(max_entries=SET_ENTRIES, show_spinner=False)
def cached_pair(keys: tuple[str, ...], _reports: tuple[ArticleReport, ...]) -> tuple[str, ...]:
    """The two articles that differ most (the default comparison), once per set of reports."""
    return most_different_pair(_reports)


@st.cache_resource(max_entries=64 * len(CHARTS), show_spinner=False)
def cached_figure(index: int, keys: tuple[str, ...], _reports: tuple[ArticleReport, ...], toml_text: str | None):
    """One chart of a comparison, cached by the reports' content (plotly figures copy slowly); built when opened."""
    return figures.comparison_figure(index, _reports, cached_lexicon(toml_text))


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_overview_map(keys: tuple[str, ...], _reports: tuple[ArticleReport, ...], toml_text: str | None):
    lexicon = cached_lexicon(toml_text)
    return figures.overview_map(_reports, axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)


def comparison_figure(index: int, reports: list[ArticleReport], toml_text: str | None):
    return cached_figure(index, tuple(content_key(r.article) for r in reports), tuple(reports), toml_text)


def report_figures(reports: list[ArticleReport], toml_text: str | None) -> Callable[[], list]:
    """The HTML report's six charts, built (or taken from the Charts cache) only when it is downloaded."""
    return lambda: [comparison_figure(i, reports, toml_text) for i in range(len(CHARTS))]


@st.cache_resource(max_entries=8, show_spinner=False)
def cached_comparison(keys: tuple[str, ...], _articles: tuple[Article, ...], toml_text: str | None):
    """Similarity, distinctive words and claims across the articles, cached by their content.

    A resource (shared, never copied): with 1,000 articles the similarity matrix alone is a million floats,
    which st.cache_data would unpickle on every rerun of the Compare view.
    """
    from analysis.compare.comparison import compare_articles

    return compare_articles(_articles, lexicon=cached_lexicon(toml_text))


@st.cache_data(show_spinner=False)
def cached_classroom() -> Classroom:
    return load_classroom()


@functools.lru_cache(maxsize=REPORT_ENTRIES)
def content_key(article: Article) -> str:
    """A digest of everything in the article (frozen, so it is hashed once per object, not on every rerun)."""
    return hashlib.sha256(repr(article).encode("utf-8", "replace")).hexdigest()


def active_lexicon() -> tuple[Lexicon, str | None]:
    """The session's lexicon and its TOML (None when the shipped one is used, also after an error)."""
    toml_text = st.session_state.get(LEXICON_KEY)
    try:
        return cached_lexicon(toml_text), toml_text
    except Exception as err:  # LexiconError, or any file shape the checks did not foresee: never a crash
        st.error(f"Your lexicon cannot be used, so the shipped one is in use: {md_escape(str(err))}")
        return cached_lexicon(None), None


def analyse_all(articles: list[Article], toml_text: str | None) -> list[ArticleReport]:
    keys = tuple(content_key(a) for a in articles)
    if len(articles) >= SPINNER_ARTICLES:
        with st.spinner(f"Analysing {len(articles):,} articles…", show_time=True):  # shown only if it takes a while
            reports, problems = cached_reports(keys, tuple(articles), toml_text)
    else:
        reports, problems = cached_reports(keys, tuple(articles), toml_text)
    for problem in problems:
        st.warning(md_escape(problem))
    return list(reports)


def default_pair(reports: list[ArticleReport]) -> tuple[str, ...]:
    return cached_pair(tuple(content_key(r.article) for r in reports), tuple(reports))


# --- the link: selection and view in the query string -----------------------------------------


def current_link() -> dict[str, str]:
    return {k: v[-1] for k in (ARTICLES_PARAM, VIEW_PARAM, CHART_PARAM) if (v := st.query_params.get_all(k))}


def apply_link(known: list[str], default_ids: tuple[str, ...]) -> None:
    """Before the widgets: open what a new or changed link asks for; otherwise keep the selection valid."""
    link = current_link()
    if SELECTION_KEY in st.session_state and link == st.session_state.get(LINK_KEY):
        selection = [i for i in st.session_state[SELECTION_KEY] if i in known][:MAX_SELECTED]
        if len(selection) < min(2, len(known)):
            selection = list(default_ids)
        st.session_state[SELECTION_KEY] = selection
        # Saved again on every run: Streamlit forgets a widget's state after a run that does not draw it, and
        # the chart tabs are drawn only in Charts, so the open chart would not outlive a visit to another view.
        st.session_state[CHART_KEY] = st.session_state.get(CHART_KEY, DEFAULT_CHART)
        return
    state = parse_link(link, known=known, default_ids=default_ids)
    st.session_state[SELECTION_KEY] = list(state.ids)
    st.session_state[VIEW_KEY] = state.view
    st.session_state[CHART_KEY] = state.chart
    st.session_state[NOTICE_KEY] = state.problems


def write_link(selection: list[str], view: str) -> None:
    query = to_query(selection, view, st.session_state.get(CHART_KEY, DEFAULT_CHART))
    if current_link() != query:
        for param in (ARTICLES_PARAM, VIEW_PARAM, CHART_PARAM):
            if param in query:
                st.query_params[param] = query[param]
            else:
                st.query_params.pop(param, None)
    st.session_state[LINK_KEY] = query


def open_side_by_side(ids: tuple[str, ...]) -> None:
    st.session_state[SELECTION_KEY] = list(ids)
    st.session_state[VIEW_KEY] = "Side by side"


# --- small pieces ------------------------------------------------------------------------------


def intro(classroom: Classroom, view: str) -> None:
    text = classroom.intro(view_slug(view).replace("-", "_"))
    if text:
        st.markdown(md_escape(text))


def limit_note(classroom: Classroom, method: str, *, details: bool = True) -> None:
    """The method's limits as a caption, and its methodology section when docs/methodology.md has one."""
    limit = classroom.limit(method)
    if limit.caption:
        st.caption("Limits: " + md_escape(limit.caption))
    section = methodology_section(limit.heading) if details else None
    if section:
        with st.expander(f"How {method} is measured"):
            st.markdown(section)


def sources_summary(report: ArticleReport) -> str:
    counts = {k: v for k, v in report.sourcing.counts.items() if v}
    return ", ".join(f"{v} {k}" for k, v in counts.items()) or "none found"


def render_scores(report: ArticleReport, classroom: Classroom) -> None:
    """Each score with a "why?" listing the sentences behind it."""
    position = report.framing.position
    shown = "n/a" if position is None else signed(round(position, 2))
    with st.expander(f"Framing position {shown} ({len(report.framing.terms)} words) — why?"):
        st.html(evidence_html(report, framing_evidence(report), empty="No framing words from the lexicon."))
        st.caption("Limits: " + md_escape(classroom.limit("framing").caption))
    s = report.sentiment
    with st.expander(f"Sentiment: polarity {s.polarity:+.2f}, subjectivity {s.subjectivity:.2f} — why?"):
        st.caption("The sentences with the strongest polarity, and the words TextBlob scored in them.")
        st.html(evidence_html(report, sentiment_evidence(report), empty="No scored sentences."))
        st.caption("Limits: " + md_escape(classroom.limit("sentiment").caption))
    with st.expander(f"Sources: {sources_summary(report)} — why?"):
        st.html(evidence_html(report, sourcing_evidence(report), empty="No attributed sources found."))
        st.caption("Limits: " + md_escape(classroom.limit("sourcing").caption))
    with st.expander(f"Transparency {report.transparency.score:.0f}/100 — why?"):
        signals = transparency_evidence(report)
        if not signals:
            st.caption("No transparency signals were computed.")
        for head, items in signals:
            st.markdown(md_escape(head))
            if items:
                st.html(evidence_html(report, items))
        st.caption("Limits: " + md_escape(classroom.limit("transparency").caption))


# --- views -------------------------------------------------------------------------------------


def render_overview(
    reports: list[ArticleReport], lexicon: Lexicon, toml_text: str | None, classroom: Classroom
) -> None:
    intro(classroom, "Overview")
    number = st.column_config.NumberColumn
    st.dataframe(
        overview_rows(reports),
        hide_index=True,
        width="stretch",
        column_config={
            "Framing position": number(format="%+.2f", help="−1 " + lexicon.axis_low + " … +1 " + lexicon.axis_high),
            "Polarity": number(format="%+.2f", help="TextBlob polarity, −1 … +1"),
            "Subjectivity": number(format="%.2f", help="TextBlob subjectivity, 0 … 1"),
            "Transparency": st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
        },
        key="fl_overview_table",
    )
    keys = tuple(content_key(r.article) for r in reports)
    st.plotly_chart(cached_overview_map(keys, tuple(reports), toml_text), key="fl_overview_map")
    limit_note(classroom, "framing", details=False)
    limit_note(classroom, "transparency", details=False)
    pair = default_pair(reports)
    if len(pair) == 2:
        names = figures.article_labels([r for r in reports if r.article.id in pair])
        st.button(
            f"Compare the two that differ most: {md_escape(names[0])} and {md_escape(names[1])}",
            key="fl_open_pair",
            on_click=open_side_by_side,
            args=(pair,),
            type="primary",
        )
    st.subheader("Why these numbers?")
    labels = dict(zip([r.article.id for r in reports], figures.article_labels(reports), strict=True))
    chosen = st.selectbox("Article", list(labels), format_func=labels.__getitem__, key=WHY_KEY)
    report = next((r for r in reports if r.article.id == chosen), reports[0])
    render_scores(report, classroom)


def render_side_by_side(
    selected: list[ArticleReport], lexicon: Lexicon, toml_text: str | None, classroom: Classroom
) -> None:
    intro(classroom, "Side by side")
    layers = st.pills(
        "Mark in the text",
        list(LAYER_NAMES),
        selection_mode="multi",
        default=list(LAYER_NAMES),
        format_func=LAYER_NAMES.__getitem__,
        key=LAYERS_KEY,
    )
    st.html(legend_html(axis_low=lexicon.axis_low, axis_high=lexicon.axis_high))
    for n, (column, report) in enumerate(zip(st.columns(len(selected)), selected, strict=True)):
        with column:
            a = report.article
            st.subheader(md_escape(a.outlet or a.id))
            st.markdown("**" + md_escape(a.title) + "**" if a.title else "")
            details = " · ".join(x for x in (a.outlet_kind, a.author, a.date) if x)
            if details:
                st.caption(md_escape(details))
            for warning in report.warnings:
                st.warning(md_escape(warning))
            with st.container(height=TEXT_HEIGHT, border=True, key=f"fl_text_{n}"):
                st.html(article_html(report, layers=layers or ()))
            render_scores(report, classroom)
    st.subheader("Download this comparison")
    render_exports(selected, report_figures(selected, toml_text))  # this view shows no charts


def render_charts(selected: list[ArticleReport], toml_text: str | None, classroom: Classroom) -> None:
    intro(classroom, "Charts")
    # Lazy tabs: only the open tab's chart is built and sent, so a new selection redraws one chart, not six.
    tabs = st.tabs(list(CHARTS), key=CHART_KEY, on_change="rerun")
    for i, (tab, method) in enumerate(zip(tabs, CHART_NOTES, strict=True)):
        if tab.open:
            with tab:
                st.plotly_chart(comparison_figure(i, selected, toml_text), key=f"fl_chart_{i}")
                limit_note(classroom, method, details=False)
    st.subheader("Download this comparison")
    render_exports(selected, report_figures(selected, toml_text))  # the five charts not open, too


def render_compare(
    articles: list[Article], by_id: dict[str, ArticleReport], toml_text: str | None, classroom: Classroom
) -> None:
    intro(classroom, "Compare")
    if len(articles) < 2:
        st.info("Comparing needs at least two articles.")
        return
    try:
        with st.spinner("Comparing the articles…"):
            comp = cached_comparison(tuple(content_key(a) for a in articles), tuple(articles), toml_text)
    except Exception as err:  # InputError for too few or duplicate ids; anything else must not crash the page
        st.warning("These articles cannot be compared: " + md_escape(str(err)))
        return
    labels = dict(zip(comp.ids, figures.article_labels([by_id[i] for i in comp.ids]), strict=True))
    for note in comp.notes:
        st.caption(md_escape(note))
    left, right = st.columns(2)
    with left:
        if comp.similarity is not None and len(comp.ids) <= SIMILARITY_GRID_MAX:
            st.plotly_chart(figures.similarity_figure(list(labels.values()), comp.similarity), key="fl_similarity")
        else:
            rows = [
                {"Article": labels[i], "Most alike": ", ".join(labels[j] for j, _ in n)}
                for i, n in comp.neighbours.items()
            ]
            st.dataframe(rows, hide_index=True, key="fl_neighbours")
    with right:
        points = [comp.map_2d[i] for i in comp.ids]
        st.plotly_chart(figures.map_figure(list(labels.values()), points), key="fl_map")
    for a, b, score in comp.near_duplicates:
        st.info(f"{md_escape(labels[a])} and {md_escape(labels[b])} are near copies of each other ({score:.2f}).")
    limit_note(classroom, "compare")

    st.subheader("Words each article uses far more than the others")
    chosen = st.selectbox("Article", list(comp.ids), format_func=labels.__getitem__, key="fl_compare_article")
    terms = comp.distinctive.get(chosen, ())
    fig_col, words_col = st.columns([3, 2])
    with fig_col:
        st.plotly_chart(figures.distinctive_figure(labels[chosen], terms), key="fl_distinctive")
    with words_col:
        if terms:
            word = st.selectbox("Open a word in its sentences", [t.term for t in terms], key="fl_compare_word")
            term = next(t for t in terms if t.term == word)
            items = by_sentence(by_id[chosen], term.spans)
            with st.container(height=CONTEXT_HEIGHT, border=True, key="fl_word_context"):
                st.html(evidence_html(by_id[chosen], items))

    st.subheader("Facts: who reports what")
    claims = telling_claims(comp.claims, limit=MAX_CLAIMS)
    if not claims:
        st.caption("No shared facts were found.")
        return
    st.dataframe(claim_rows(claims, labels), hide_index=True, width="stretch", key="fl_claims")
    pick = st.selectbox(
        "Read the sentences behind a fact",
        range(len(claims)),
        format_func=lambda k: claims[k].summary[:150],
        key="fl_claim_pick",
    )
    claim = claims[pick]
    for reason in claim.reasons:
        st.caption(md_escape(name_ids(reason, labels)))
    sentences = [
        evidence_html(by_id[ev.id], [Evidence(labels[ev.id], (ev.span,))], mark=False)
        for ev in claim.evidence
        if ev.id in by_id
    ]
    st.html("".join(sentences))


def render_articles(reports: list[ArticleReport], classroom: Classroom) -> None:
    intro(classroom, "Articles")
    render_article_manager()
    rows = article_rows(reports)
    st.dataframe(rows, hide_index=True, width="stretch", key="fl_articles_table")


def render_lexicon(classroom: Classroom) -> None:
    intro(classroom, "Lexicon")
    render_lexicon_editor()


def render_classroom(classroom: Classroom) -> None:
    intro(classroom, "Classroom")
    st.subheader("Discussion questions")
    st.markdown("\n".join(f"{i}. {md_escape(q)}" for i, q in enumerate(classroom.questions, start=1)))
    st.subheader("Glossary")
    st.markdown("\n".join(f"- **{md_escape(t)}**: {md_escape(d)}" for t, d in classroom.glossary))
    st.subheader("What each method can and cannot tell you")
    for method in classroom.limits:
        st.markdown(f"**{md_escape(method.capitalize())}**")
        limit_note(classroom, method)


# --- the page ----------------------------------------------------------------------------------


def main() -> None:
    if ARTICLES_KEY not in st.session_state:
        st.session_state[ARTICLES_KEY] = load_case_study()
    st.session_state.setdefault(LEXICON_KEY, None)
    classroom = cached_classroom()

    st.title("FrameLens")
    st.caption(TAGLINE)
    lexicon, toml_text = active_lexicon()
    articles = list(st.session_state[ARTICLES_KEY])
    reports = analyse_all(articles, toml_text)
    by_id = {r.article.id: r for r in reports}
    labels = dict(zip(by_id, figures.article_labels(list(by_id.values())), strict=True))
    apply_link(list(by_id), default_pair(list(by_id.values())))
    for notice in st.session_state.pop(NOTICE_KEY, ()):
        st.warning(md_escape(notice))

    view = (
        st.segmented_control("View", VIEWS, key=VIEW_KEY, required=True, label_visibility="collapsed") or DEFAULT_VIEW
    )
    selection = st.multiselect(
        f"Articles to compare (2 to {MAX_SELECTED})",
        list(by_id),
        format_func=labels.__getitem__,
        max_selections=MAX_SELECTED,
        key=SELECTION_KEY,
    )
    write_link(selection, view)
    selected = [by_id[i] for i in selection if i in by_id]

    if not reports and view not in ("Articles", "Lexicon", "Classroom"):
        st.info("No articles are loaded. Open Articles to add some, or reset to the case study.")
    elif view == "Overview":
        render_overview(reports, lexicon, toml_text, classroom)
    elif view in ("Side by side", "Charts") and not selected:
        st.info("Choose at least one article above (two to four to compare).")
    elif view == "Side by side":
        render_side_by_side(selected, lexicon, toml_text, classroom)
    elif view == "Charts":
        render_charts(selected, toml_text, classroom)
    elif view == "Compare":
        render_compare(articles, by_id, toml_text, classroom)
    elif view == "Articles":
        render_articles(reports, classroom)
    elif view == "Lexicon":
        render_lexicon(classroom)
    else:
        render_classroom(classroom)


main()
