"""The charts of the Overview and of the Charts view: reports in, ``go.Figure`` out (pure).

Every text piece is HTML-escaped for plotly; colours (from the palette) pair with a second cue, a marker
symbol or a bar pattern, for colour-blind readers. An article keeps its colour and marker in every chart:
``slots`` gives each report its place among all loaded articles (default: its place in ``reports``). Every axis
says which way is "more"; an article with no data is named beside the chart, never drawn at zero; sentiment
always uses the whole −1 … +1 scale.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import plotly.graph_objects as go

from analysis.export.glance import label_position as label_position
from analysis.export.palette import (
    KIND_NAMES,
    POLE_SCALE,
    article_colour,
    article_pattern,
    article_symbol,
    source_look,
)
from analysis.export.plain import SHORT_CAUTION, signal_direction
from analysis.lexicon.model import Lexicon
from analysis.model import SOURCE_KINDS, ArticleReport
from app.render.plot import MAX_NAMED, TEXT_POSITIONS, crowd, empty, esc, figure, hline, vline, wrap
from app.render.selection import article_labels

Slots = Sequence[int] | None


def _slots(reports: Sequence[ArticleReport], slots: Slots) -> list[int]:
    return list(slots) if slots is not None else list(range(len(reports)))


def missing_note(names: Sequence[str], what: str) -> str:
    """A line under the title naming the articles left out because they have no data (never drawn as zero)."""
    if not names:
        return ""
    return "<br><sup>" + wrap(f"Not drawn — {what}: " + ", ".join(names), width=70, limit=300) + "</sup>"


TOP_AXIS_MARGIN = 100


def _map_hover(r: ArticleReport, label: str) -> str:
    position = r.framing.position
    return (
        f"<b>{esc(label)}</b><br>{wrap(r.article.title, width=50, limit=120)}<br>{esc(r.article.outlet_kind)}<br>"
        f"framing position: {'n/a' if position is None else f'{position:+.2f}'}<br>"
        f"transparency: {r.transparency.score:.0f}/100<br>polarity: {r.sentiment.polarity:+.2f}"
    )


def overview_map(reports: Sequence[ArticleReport], *, axis_low: str, axis_high: str, slots: Slots = None) -> go.Figure:
    """Each article placed by framing position (x) and transparency score (y); above MAX_NAMED, one trace.

    Articles without framing words have no position: they are named under the chart, not drawn at 0.
    """
    traces = []
    all_labels = article_labels(reports)
    all_slots = _slots(reports, slots)
    placed = [i for i, r in enumerate(reports) if r.framing.position is not None]
    unplaced = [all_labels[i] for i, r in enumerate(reports) if r.framing.position is None]
    title = "Where each article stands: word choice × transparency"
    if len(reports) > MAX_NAMED:
        xs = [reports[i].framing.position for i in placed]
        ys = [reports[i].transparency.score for i in placed]
        traces.append(crowd(xs, ys, [_map_hover(reports[i], all_labels[i]) for i in placed]))
        title += f" ({len(reports):,} articles: hover a point for its name)"
    else:
        order = sorted(placed, key=lambda k: (reports[k].framing.position, k))
        rank = {k: n for n, k in enumerate(order)}
        for i in placed:
            r, label, position = reports[i], all_labels[i], reports[i].framing.position
            traces.append(
                go.Scatter(
                    x=[position],
                    y=[r.transparency.score],
                    mode="markers+text",
                    name=esc(label),
                    text=[esc(label)],
                    textposition=TEXT_POSITIONS[rank[i] % len(TEXT_POSITIONS)],
                    cliponaxis=False,
                    marker={"size": 16, "symbol": article_symbol(all_slots[i]), "color": article_colour(all_slots[i])},
                    hovertemplate=_map_hover(r, label) + "<extra></extra>",
                )
            )
    return figure(
        traces,
        title,
        title_suffix=f"<br><sup>transparency {esc(SHORT_CAUTION)}</sup>"
        + missing_note(unplaced, "no framing words, so no position"),
        xaxis={
            "range": [-1.15, 1.15],
            "zeroline": True,
            "title": {"text": f"◀ more {esc(axis_low)} · more {esc(axis_high)} ▶"},
        },
        yaxis={"range": [-14, 110], "title": {"text": "transparency (0–100) ▲ more visible craft"}},
        showlegend=False,
    )


def colour_key(axis_low: str, axis_high: str) -> str:
    """A subtitle that says what the diverging colours mean."""
    return f"<br><sup>◀ orange: {esc(axis_low)} · ▶ purple: {esc(axis_high)} · white: in the middle or mixed</sup>"


Cell = tuple[float | None, str, str]  # position, text shown in the cell, hover text


def _position_grid(
    rows: Sequence[str], columns: Sequence[str], cells: Sequence[Sequence[Cell]], *, title: str, key: str
) -> go.Figure:
    """A rows × articles heatmap coloured by position (−1 … +1), with the words in each cell."""
    heatmap = go.Heatmap(
        z=[[c[0] for c in row] for row in cells],
        x=[esc(c) for c in columns],
        y=[esc(r) for r in rows],
        text=[[c[1] or "—" for c in row] for row in cells],
        texttemplate="%{text}",
        customdata=[[c[2] for c in row] for row in cells],
        hovertemplate="%{customdata}<extra></extra>",
        colorscale=POLE_SCALE,
        zmin=-1,
        zmax=1,
        colorbar={"title": "◀ ▶", "tickvals": [-1, 0, 1], "ticktext": ["◀", "•", "▶"]},
        xgap=2,
        ygap=2,
        textfont={"size": 12},  # fixed, so plotly never shrinks a crowded cell's words below legibility
    )
    lines = [max((c[1] or "—").count("<br>") + 1 for c in row) for row in cells]
    return figure(
        [heatmap],
        title,
        height=180 + sum(max(70, 20 * n) for n in lines),
        top=TOP_AXIS_MARGIN,
        title_suffix=key,
        xaxis={"side": "top"},
        yaxis={"autorange": "reversed"},
    )


def _counted(counter: Counter[str], most: int | None = None, sep: str = "<br>") -> str:
    return sep.join(f"{esc(k)} ×{v}" if v > 1 else esc(k) for k, v in counter.most_common(most))


def actor_labels_figure(reports: Sequence[ArticleReport], lexicon: Lexicon) -> go.Figure:
    """Who is called what: actors × articles, each cell the labels used, coloured by their mean position."""
    labels = article_labels(reports)
    actors = sorted({lab.actor for r in reports for lab in r.framing.actor_labels})
    if not actors:
        return empty("Who is called what", "labels pinned on actors")

    def cell(actor: str, r: ArticleReport, label: str) -> Cell:
        found = [lab for lab in r.framing.actor_labels if lab.actor == actor]
        positions = [p for lab in found if (p := label_position(lexicon, actor, lab.pole)) is not None]
        examples = "<br>".join(f"“{wrap(lab.span.text, limit=80)}”" for lab in found[:4])
        return (
            sum(positions) / len(positions) if positions else None,
            _counted(Counter(lab.label for lab in found), 3),
            f"<b>{esc(actor)}</b> in {esc(label)}<br>{examples or 'no label'}",
        )

    cells = [[cell(actor, r, label) for r, label in zip(reports, labels, strict=True)] for actor in actors]
    title = "Who is called what (labels each article pins on each actor)"
    return _position_grid(actors, labels, cells, title=title, key=colour_key(lexicon.axis_low, lexicon.axis_high))


def family_figure(reports: Sequence[ArticleReport], *, axis_low: str = "", axis_high: str = "") -> go.Figure:
    """Term choices per family: families × articles, the words used in each cell, coloured by position."""
    labels = article_labels(reports)
    families = list(dict.fromkeys((f.family, f.label) for r in reports for f in r.framing.families))
    if not families:
        return empty("Which words each article chose", "term families")

    def cell(fam_id: str, fam_label: str, r: ArticleReport, label: str) -> Cell:
        summary = next((f for f in r.framing.families if f.family == fam_id), None)
        used = Counter(t.term for t in r.framing.terms if t.family == fam_id)
        position = None if summary is None else summary.position
        shown = "n/a" if position is None else f"{position:+.2f}"
        detail = _counted(used, sep=", ") or "none of these words"
        return position, _counted(used, 3), f"<b>{esc(fam_label)}</b> in {esc(label)}<br>{detail}<br>position {shown}"

    cells = [[cell(*fam, r, label) for r, label in zip(reports, labels, strict=True)] for fam in families]
    key = colour_key(axis_low, axis_high) if axis_low else ""
    return _position_grid([f[1] for f in families], labels, cells, title="Which words each article chose", key=key)


def sentiment_arc_figure(reports: Sequence[ArticleReport], slots: Slots = None) -> go.Figure:
    """Polarity sentence by sentence along each article (x: how far through the text), sentence on hover."""
    traces = []
    unscored = []
    for i, r, label in zip(_slots(reports, slots), reports, article_labels(reports), strict=True):
        sentences = r.sentiment.sentences
        if not sentences:
            unscored.append(label)
            continue
        length = max(len(r.article.text), 1)
        traces.append(
            go.Scatter(
                x=[round(100 * s.span.start / length, 1) for s in sentences],
                y=[s.polarity for s in sentences],
                mode="lines+markers",
                name=esc(label),
                line={"color": article_colour(i), "width": 1.5},
                marker={"symbol": article_symbol(i), "size": 7},
                customdata=[[s.index + 1, wrap(s.span.text), s.subjectivity] for s in sentences],
                hovertemplate=(
                    f"<b>{esc(label)}</b>, sentence %{{customdata[0]}}<br>%{{customdata[1]}}<br>"
                    "polarity %{y:+.2f} · subjectivity %{customdata[2]:.2f}<extra></extra>"
                ),
            )
        )
    if not traces:
        return empty("Sentiment along each article", "scored sentences")
    return figure(
        traces,
        "Sentiment, sentence by sentence",
        shapes=[hline(0, {"color": "#767676", "width": 1, "dash": "dot"})],
        title_suffix=missing_note(unscored, "no scored sentences"),
        xaxis={"title": {"text": "how far through the article ▶ (start 0 % … end 100 %)"}, "range": [-2, 102]},
        yaxis={
            "title": {"text": "▲ more positive words (−1 … +1)"},
            "range": [-1.05, 1.05],
            "tickvals": [-1, -0.5, 0, 0.5, 1],
            "ticktext": ["−1 negative", "−0.5", "0", "+0.5", "+1 positive"],
        },
    )


def actor_sentiment_figure(reports: Sequence[ArticleReport], slots: Slots = None) -> go.Figure:
    """Mean polarity of the sentences naming each actor, one bar group per actor, one bar per article.

    Always on the whole scale, −1 … +1: a difference of 0.05 looks as small as it is.
    """
    actors = list(dict.fromkeys(a.actor for r in reports for a in r.sentiment.actors))
    if not actors:
        return empty("Sentiment toward each actor", "actor mentions")
    traces = []
    for i, r, label in zip(_slots(reports, slots), reports, article_labels(reports), strict=True):
        by_actor = {a.actor: a for a in r.sentiment.actors}
        traces.append(
            go.Bar(
                y=[esc(a) for a in actors],
                x=[by_actor[a].polarity if a in by_actor else None for a in actors],
                orientation="h",
                name=esc(label),
                marker={"color": article_colour(i), "pattern": {"shape": article_pattern(i)}},
                customdata=[by_actor[a].mentions if a in by_actor else 0 for a in actors],
                hovertemplate=f"<b>{esc(label)}</b><br>%{{y}}: polarity %{{x:+.2f}} (−1 … +1)<br>"
                "%{customdata} sentences name this actor<extra></extra>",
            )
        )
    return figure(
        traces,
        "Sentiment toward each actor",
        height=140 + 34 * len(actors) * max(1, len(reports)),
        shapes=[vline(0, {"color": "#767676", "width": 1})],
        barmode="group",
        xaxis={
            "title": {"text": "more positive words around the name ▶ (no bar: not named)"},
            "range": [-1, 1],
            "tickvals": [-1, -0.5, 0, 0.5, 1],
            "ticktext": ["−1", "−0.5", "0", "+0.5", "+1"],
        },
        yaxis={"autorange": "reversed"},
    )


def sourcing_figure(reports: Sequence[ArticleReport]) -> go.Figure:
    """How many distinct sources of each kind per article (one person quoted three times is one), stacked by
    kind (colour and pattern)."""
    labels = article_labels(reports)
    if not any(r.sourcing.attributions for r in reports):
        return empty("Who gets to speak", "attributed sources")
    traces = []
    for kind in SOURCE_KINDS:
        counts = [r.sourcing.people.get(kind, 0) for r in reports]
        if not any(counts):
            continue
        examples = [
            list(dict.fromkeys(wrap(a.source, limit=60) for a in r.sourcing.attributions if a.kind == kind))[:5]
            for r in reports
        ]
        plural = KIND_NAMES.get(kind, (kind, kind))[1]
        traces.append(
            go.Bar(
                x=[esc(lab) for lab in labels],
                y=counts,
                name=esc(plural),
                legendgroup=kind,
                marker={"color": source_look(kind).colour, "pattern": {"shape": source_look(kind).pattern}},
                customdata=["<br>".join(e) for e in examples],
                hovertemplate=f"%{{x}}: %{{y}} × {esc(plural)}<br>%{{customdata}}<extra></extra>",
            )
        )
    return figure(
        traces,
        "Who gets to speak: distinct sources by kind",
        barmode="stack",
        yaxis={"title": {"text": "▲ more people and bodies quoted or cited"}},
    )


def transparency_figure(reports: Sequence[ArticleReport], slots: Slots = None) -> go.Figure:
    """Each transparency signal's 0–1 score per article, one bar per article.

    Every signal is scored so that 1 is the better end, but that end means "present" for some signals (a
    byline) and "little of it" for others (speculation, opinion): each row's label says which.
    """
    signals = list(dict.fromkeys((s.name, s.label) for r in reports for s in r.transparency.signals))
    if not signals:
        return empty("Transparency, signal by signal", "transparency signals")
    names = [f"{esc(lab)}<br>({esc(signal_direction(name))})" for name, lab in signals]
    traces = []
    for i, r, label in zip(_slots(reports, slots), reports, article_labels(reports), strict=True):
        by_name = {s.name: s for s in r.transparency.signals}
        present = [by_name.get(name) for name, _ in signals]
        traces.append(
            go.Bar(
                y=names,
                x=[s.score if s else None for s in present],
                text=[f"{s.score:.2f}" if s else "" for s in present],  # a 0 is written, so it never reads as missing
                textposition="outside",
                cliponaxis=False,
                orientation="h",
                name=esc(label),
                marker={"color": article_colour(i), "pattern": {"shape": article_pattern(i)}},
                customdata=[
                    [f"{s.value:g}" if s else "", f"{s.weight:g}" if s else "", wrap(s.explanation) if s else ""]
                    for s in present
                ],
                hovertemplate=f"<b>{esc(label)}</b>: %{{x:.2f}}<br>%{{customdata[2]}}<extra></extra>",
            )
        )
    height = 180 + 28 * len(signals) * max(1, len(reports))
    return figure(
        traces,
        "Transparency, signal by signal",
        title_suffix=f"<br><sup>{esc(SHORT_CAUTION)}</sup>",
        height=height,
        barmode="group",
        xaxis={"title": {"text": "score ▶ 1 = the better end (each row says what 1 means)"}, "range": [0, 1.12]},
        yaxis={"autorange": "reversed"},
    )


COMPARISON_CHARTS = 6  # the charts of the Charts view (one tab each: app.link.CHARTS names them)


def comparison_figure(index: int, reports: Sequence[ArticleReport], lexicon: Lexicon, slots: Slots = None) -> go.Figure:
    """The Charts view's chart number ``index`` (0 to 5, display order), built alone: the view shows one at a time.

    ``slots``: each report's place among all loaded articles, so it keeps its colour and marker in every chart.
    """
    if index == 0:
        return actor_labels_figure(reports, lexicon)
    if index == 1:
        return family_figure(reports, axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)
    if not 2 <= index < COMPARISON_CHARTS:
        raise IndexError(f"there is no chart {index}; the Charts view has {COMPARISON_CHARTS}")
    if index == 4:
        return sourcing_figure(reports)
    by_reports = {2: sentiment_arc_figure, 3: actor_sentiment_figure, 5: transparency_figure}
    return by_reports[index](reports, slots)


def comparison_figures(reports: Sequence[ArticleReport], lexicon: Lexicon, slots: Slots = None) -> list[go.Figure]:
    """Every chart of the Charts view, in display order."""
    return [comparison_figure(i, reports, lexicon, slots) for i in range(COMPARISON_CHARTS)]
