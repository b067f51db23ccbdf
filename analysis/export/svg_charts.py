"""Small static charts as inline SVG for the offline report and the handout (pure: no browser, no JavaScript).

Each chart is a list of rows, one per article, that reads at any width (the SVG scales to its box) and
prints. Every axis says which way is "more"; an article without data is named apart, never drawn at zero;
the framing and sentiment scales are fixed (−1 … +1). Articles keep the colour and marker of the app's charts.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ..model import SOURCE_KINDS, ArticleReport
from .glance import kind_count
from .palette import ARTICLE_COLOURS, KIND_NAMES, source_look
from .plain import SHORT_CAUTION

WIDTH = 640
ROW = 30
LEFT = 190
RIGHT = 30
FONT = 'font-family="system-ui,sans-serif" font-size="13"'


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _svg(height: int, body: str, title: str) -> str:
    return (
        f'<svg class="fl-svg" role="img" aria-label="{_esc(title)}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px" xmlns="http://www.w3.org/2000/svg" {FONT}>'
        f"<title>{_esc(title)}</title>{body}</svg>"
    )


def _x(value: float, lo: float, hi: float) -> float:
    return LEFT + (value - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT)


def _name(y: float, label: str, colour: str) -> str:
    return (
        f'<circle cx="12" cy="{y - 4}" r="5" fill="{colour}"/>'
        f'<text x="24" y="{y}" fill="#1d1d1f">{_esc(_short(label))}</text>'
    )


def _colour(slots: Sequence[int] | None, n: int) -> str:
    """An article's colour: its slot among all loaded articles (as in the app's charts), else its place here."""
    slot = slots[n] if slots is not None and n < len(slots) else n
    return ARTICLE_COLOURS[slot % len(ARTICLE_COLOURS)]


def scale_chart(
    values: Sequence[float | None],
    labels: Sequence[str],
    *,
    title: str,
    low: str,
    high: str,
    missing: str,
    slots: Sequence[int] | None = None,
) -> str:
    """Each article as a dot on a fixed −1 … +1 line (low end left, high end right); no value: named apart."""
    placed = [(v, lab, i) for i, (v, lab) in enumerate(zip(values, labels, strict=True)) if v is not None]
    absent = [lab for v, lab in zip(values, labels, strict=True) if v is None]
    top = 16  # the two ends of the scale on two lines, so long names never overlap
    height = 60 + top + ROW * len(placed) + (24 if absent else 0)
    parts = [
        f'<text x="{LEFT}" y="14" fill="#1d1d1f">◀ more {_esc(_short(low, 48))}</text>',
        f'<text x="{WIDTH - RIGHT}" y="30" text-anchor="end" fill="#1d1d1f">more {_esc(_short(high, 48))} ▶</text>',
        f'<line x1="{_x(0, -1, 1)}" y1="{24 + top}" x2="{_x(0, -1, 1)}" y2="{30 + top + ROW * len(placed)}" stroke="#767676" stroke-dasharray="3 3"/>',
    ]
    for n, (value, label, i) in enumerate(placed):
        y = 44 + top + ROW * n
        colour = _colour(slots, i)
        parts.append(_name(y, label, colour))
        parts.append(f'<line x1="{LEFT}" y1="{y - 4}" x2="{WIDTH - RIGHT}" y2="{y - 4}" stroke="#d0d0d0"/>')
        parts.append(f'<circle cx="{_x(value, -1, 1):.1f}" cy="{y - 4}" r="7" fill="{colour}" stroke="#fff"/>')
        parts.append(
            f'<text x="{_x(value, -1, 1):.1f}" y="{y + 14}" text-anchor="middle" fill="#1d1d1f" font-size="11">{value:+.2f}</text>'
        )
    axis_y = 40 + top + ROW * len(placed)
    parts += [
        f'<text x="{LEFT}" y="{axis_y}" fill="#4b5563" font-size="11">−1</text>',
        f'<text x="{_x(0, -1, 1)}" y="{axis_y}" text-anchor="middle" fill="#4b5563" font-size="11">0</text>',
        f'<text x="{WIDTH - RIGHT}" y="{axis_y}" text-anchor="end" fill="#4b5563" font-size="11">+1</text>',
    ]
    if absent:
        parts.append(
            f'<text x="0" y="{axis_y + 20}" fill="#4b5563" font-size="12">Not drawn — {_esc(missing)}: {_esc(", ".join(absent))}</text>'
        )
    return _svg(height, "".join(parts), title)


def sources_chart(reports: Sequence[ArticleReport], labels: Sequence[str], slots: Sequence[int] | None = None) -> str:
    """A bar per article, split by kind of source, each piece with its count written on it; a key below."""
    totals = [sum(r.sourcing.people.values()) for r in reports]
    most = max(totals, default=0) or 1
    kinds = [k for k in SOURCE_KINDS if any(r.sourcing.people.get(k, 0) for r in reports)]
    height = 40 + ROW * len(reports) + 22 * ((len(kinds) + 1) // 2)
    parts = [f'<text x="{LEFT}" y="16" fill="#1d1d1f">more people and bodies quoted or cited ▶</text>']
    for n, (r, label) in enumerate(zip(reports, labels, strict=True)):
        y = 40 + ROW * n
        parts.append(_name(y, label, _colour(slots, n)))
        x = LEFT
        for kind in kinds:
            count = r.sourcing.people.get(kind, 0)
            if not count:
                continue
            w = count / most * (WIDTH - LEFT - RIGHT - 30)
            look = source_look(kind)
            parts.append(
                f'<rect x="{x:.1f}" y="{y - 16}" width="{w:.1f}" height="18" fill="{look.colour}"><title>{_esc(kind_count(kind, count))}</title></rect>'
            )
            if w >= 16:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y - 3}" text-anchor="middle" fill="#000" font-size="11" font-weight="700">{count}</text>'
                )
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y - 3}" fill="#1d1d1f" font-size="12">{totals[n] or "none"}</text>')
    key_y = 40 + ROW * len(reports)
    for k, kind in enumerate(kinds):
        x, y = (k % 2) * 320, key_y + 22 * (k // 2)
        parts.append(f'<rect x="{x}" y="{y - 11}" width="12" height="12" fill="{source_look(kind).colour}"/>')
        parts.append(f'<text x="{x + 17}" y="{y}" fill="#1d1d1f" font-size="12">{_esc(KIND_NAMES[kind][1])}</text>')
    return _svg(height, "".join(parts), "Who gets to speak: sources by kind")


def transparency_chart(
    reports: Sequence[ArticleReport], labels: Sequence[str], slots: Sequence[int] | None = None
) -> str:
    """A bar per article on a fixed 0–100 scale, with the caution that it measures craft, not trust."""
    height = 52 + ROW * len(reports)
    parts = [f'<text x="{LEFT}" y="16" fill="#1d1d1f">more visible craft ▶ (0–100; {_esc(SHORT_CAUTION)})</text>']
    for n, (r, label) in enumerate(zip(reports, labels, strict=True)):
        y = 40 + ROW * n
        colour = _colour(slots, n)
        parts.append(_name(y, label, colour))
        w = r.transparency.score / 100 * (WIDTH - LEFT - RIGHT - 40)
        parts.append(f'<rect x="{LEFT}" y="{y - 16}" width="{WIDTH - LEFT - RIGHT - 40}" height="18" fill="#eeeeee"/>')
        parts.append(f'<rect x="{LEFT}" y="{y - 16}" width="{w:.1f}" height="18" fill="{colour}"/>')
        parts.append(
            f'<text x="{LEFT + w + 4:.1f}" y="{y - 3}" fill="#1d1d1f" font-size="12">{r.transparency.score:.0f}</text>'
        )
    return _svg(height, "".join(parts), "Transparency score per article")


def report_charts(
    reports: Sequence[ArticleReport],
    labels: Sequence[str],
    *,
    axis_low: str,
    axis_high: str,
    slots: Sequence[int] | None = None,
) -> list[tuple[str, str]]:
    """The report's charts: (heading, SVG) each; ``slots`` keep each article's colour from the app."""
    return [
        (
            "Where each article's word choices lean",
            scale_chart(
                [r.framing.position for r in reports],
                labels,
                title="Framing position per article",
                low=axis_low,
                high=axis_high,
                missing="no framing words, so no position",
                slots=slots,
            ),
        ),
        ("Who gets to speak", sources_chart(reports, labels, slots)),
        ("Transparency (visible craft, not trust)", transparency_chart(reports, labels, slots)),
        (
            "Overall sentiment of the words (fixed scale, −1 … +1)",
            scale_chart(
                [r.sentiment.polarity if r.sentiment.sentences else None for r in reports],
                labels,
                title="Sentiment per article",
                low="negative words",
                high="positive words",
                missing="no scored sentences",
                slots=slots,
            ),
        ),
    ]
