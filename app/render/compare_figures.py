"""The Compare view's charts: shared wording between articles, a map of wording, stand-out words, and the shared
wording as a list for phones and screen readers (pure)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from analysis.export.palette import ARTICLE_COLOURS, article_colour, article_symbol
from app.render.plot import MAX_NAMED, TEXT_POSITIONS, crowd, empty, esc, figure


def similarity_figure(labels: Sequence[str], matrix: Sequence[Sequence[float]]) -> go.Figure:
    """How much wording each pair of articles shares (cosine similarity, 0 … 1)."""
    names = [esc(lab) for lab in labels]
    hover = [
        [f"{a} and {b}: {v:.2f}" for b, v in zip(names, row, strict=True)] for a, row in zip(names, matrix, strict=True)
    ]
    heatmap = go.Heatmap(
        z=[list(row) for row in matrix],
        x=names,
        y=names,
        text=[[f"{v:.2f}" for v in row] for row in matrix],
        texttemplate="%{text}",
        customdata=hover,
        hovertemplate="%{customdata}<extra></extra>",
        colorscale="Blues",
        zmin=0,
        zmax=1,
        colorbar={"title": "▲ more<br>shared", "tickvals": [0, 0.5, 1], "ticktext": ["none", "half", "all"]},
        xgap=2,
        ygap=2,
    )
    title = "Shared wording, pair by pair"
    return figure(
        [heatmap],
        title,
        title_suffix="<br><sup>darker = more words in common</sup>",
        height=200 + 40 * len(labels),
        yaxis={"autorange": "reversed"},
    )


def _padded(values: Sequence[float], share: float = 0.3) -> list[float]:
    """An axis range around ``values`` with room for the names written beside the points."""
    lo, hi = min(values, default=0.0), max(values, default=1.0)
    pad = max(hi - lo, 0.1) * share
    return [lo - pad, hi + pad]


def map_figure(labels: Sequence[str], points: Sequence[tuple[float, float]]) -> go.Figure:
    """The articles on a plane where articles with similar wording sit close together; above MAX_NAMED, one trace."""
    traces = []
    title = "A map of wording"
    if len(labels) > MAX_NAMED:
        hovers = [f"<b>{esc(label)}</b>" for label in labels]
        traces.append(crowd([p[0] for p in points], [p[1] for p in points], hovers))
        title += f" ({len(labels):,} articles: hover a point for its name)"
    for i, (label, (x, y)) in enumerate(zip(labels, points, strict=True) if len(labels) <= MAX_NAMED else ()):
        traces.append(
            go.Scatter(
                x=[x],
                y=[y],
                mode="markers+text",
                name=esc(label),
                text=[esc(label)],
                textposition=TEXT_POSITIONS[i % len(TEXT_POSITIONS)],
                cliponaxis=False,
                marker={"size": 14, "symbol": article_symbol(i), "color": article_colour(i)},
                hovertemplate=f"<b>{esc(label)}</b><extra></extra>",
            )
        )
    axis = {"showticklabels": False, "title": {"text": ""}, "zeroline": False}
    return figure(
        traces,
        title,
        title_suffix="<br><sup>close together = similar words; the axes have no meaning</sup>",
        xaxis={**axis, "range": _padded([p[0] for p in points])},
        yaxis={**axis, "range": _padded([p[1] for p in points])},
        showlegend=False,
    )


def distinctive_figure(label: str, terms: Sequence[object]) -> go.Figure:
    """The words one article uses far more than the others, longest bar = most unusual."""
    title = f"Words {label} uses far more than the others"
    if not terms:
        return empty(title, "stand-out words")
    bars = go.Bar(
        y=[esc(t.term) for t in terms],
        x=[t.z for t in terms],
        orientation="h",
        marker={"color": ARTICLE_COLOURS[0]},
        customdata=[t.count for t in terms],
        hovertemplate="%{y}: used %{customdata} times<extra></extra>",
    )
    return figure(
        [bars],
        title,
        height=160 + 24 * len(terms),
        yaxis={"autorange": "reversed"},
        shapes=[
            {
                "type": "line",
                "x0": 1.96,
                "x1": 1.96,
                "y0": 0,
                "y1": 1,
                "yref": "y domain",
                "line": {"color": "#767676", "dash": "dot", "width": 1},
            }
        ],
        xaxis={"title": {"text": "▶ more unusual for this article (past the dotted line: clearly stands out)"}},
    )


def alike_html(comp, labels: Mapping[str, str], most: int = 2) -> str:
    """Each article and the articles whose wording it shares most (the heatmap's numbers, as a list)."""
    items = []
    for i, row in zip(comp.ids, comp.similarity, strict=True):
        others = sorted(((v, j) for j, v in zip(comp.ids, row, strict=True) if j != i), reverse=True)[:most]
        shared = ", ".join(f"{html.escape(labels[j])} ({v:.0%} shared wording)" for v, j in others)
        items.append(f"<li><strong>{html.escape(labels[i])}</strong>: most like {shared}</li>")
    return f'<ul class="fl-alike">{"".join(items)}</ul>'
