"""The house style of FrameLens's plotly figures, and the escaping every text in them needs (pure).

Plotly reads a subset of HTML in hover and tick text, so article words go through ``html.escape`` (``esc``,
``wrap``). ``figure`` builds a figure in one go with the house layout.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

import plotly.graph_objects as go

from analysis.export.palette import ARTICLE_COLOURS

MAX_NAMED = 40  # maps above this many articles draw one trace with names on hover, not one named trace each
HOVER_WIDTH = 70
HOVER_CHARS = 420
HEIGHT = 420
INK = "#1d1d1f"  # every text in a chart: 16:1 on white
LEGEND_ROOM = 40  # px above the plot for a one- or two-line legend
TEXT_POSITIONS = ("top center", "bottom center")  # neighbours' names alternate above and below
EMPTY_NOTE = "Nothing to show: no {what} were found in these articles."


def esc(text: str) -> str:
    return html.escape(text or "")


def wrap(text: str, *, width: int = HOVER_WIDTH, limit: int = HOVER_CHARS) -> str:
    """Escaped text cut to ``limit`` characters and wrapped with <br> for a hover box."""
    text = " ".join((text or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(esc(line) for line in textwrap.wrap(text, width)) or "&nbsp;"


def figure(
    traces: Sequence[go.Scatter | go.Bar | go.Heatmap],
    title: str,
    *,
    height: int = HEIGHT,
    top: int = 60,
    title_suffix: str = "",
    legend: dict[str, object] | None = None,
    **layout: object,
) -> go.Figure:
    """A figure built in one go: the house layout (title top left, room for a legend below) plus ``layout``.

    One constructor call validates the layout once; plotly's update_layout / update_xaxes / add_trace run
    their change machinery on every call (7 ms for the five layout keys here against under 1 ms), which made
    up most of the Charts view's rerun.
    """
    base: dict[str, object] = {
        "title": {"text": esc(title) + title_suffix, "x": 0, "xanchor": "left"},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": top + LEGEND_ROOM, "b": 10},
        # the legend sits between the title and the plot: below it, it lands on the axis title on a phone
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, **(legend or {})},
        "font": {"size": 13, "color": INK},
        "hoverlabel": {"align": "left"},
    }
    for name in ("xaxis", "yaxis"):  # dark, readable axis text (Streamlit's theme greys it to about 3:1)
        axis = dict(layout.get(name) or {})
        axis["tickfont"] = {"color": INK, "size": 12, **axis.get("tickfont", {})}
        if isinstance(axis.get("title"), dict):
            axis["title"] = {"font": {"color": INK, "size": 13}, **axis["title"]}
        layout[name] = axis
    return go.Figure(data=list(traces), layout={**layout, **base})


def empty(title: str, what: str) -> go.Figure:
    note = {"text": esc(EMPTY_NOTE.format(what=what)), "showarrow": False, "x": 0.5, "y": 0.5}
    return figure(
        [],
        title,
        annotations=[{**note, "xref": "paper", "yref": "paper"}],
        xaxis={"visible": False},
        yaxis={"visible": False},
    )


def hline(y: float, line: dict[str, object]) -> dict[str, object]:
    """A horizontal line across the plot (what fig.add_hline draws)."""
    return {"type": "line", "line": line, "x0": 0, "x1": 1, "xref": "x domain", "y0": y, "y1": y, "yref": "y"}


def vline(x: float, line: dict[str, object]) -> dict[str, object]:
    """A vertical line across the plot."""
    return {"type": "line", "line": line, "y0": 0, "y1": 1, "yref": "y domain", "x0": x, "x1": x, "xref": "x"}


def crowd(xs: Sequence[float], ys: Sequence[float], hovers: Sequence[str]) -> go.Scatter:
    """Many articles as one trace: a marker each, the name on hover (hundreds of named traces are unreadable)."""
    return go.Scatter(
        x=list(xs),
        y=list(ys),
        mode="markers",
        name="articles",
        marker={"size": 8, "color": ARTICLE_COLOURS[0], "opacity": 0.6, "line": {"width": 0.5, "color": "#fff"}},
        customdata=list(hovers),
        hovertemplate="%{customdata}<extra></extra>",
        showlegend=False,
    )
