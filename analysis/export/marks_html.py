"""Escaped HTML of a text with its marks (``marks.py``) and the key to them, in the palette's colours.

The one way marks are drawn: the app's side-by-side texts and the offline report both call it, so they look
alike. Every piece of text, title and tag goes through ``html.escape``; the only markup is FrameLens's own
``mark``, ``span``, ``sup``, ``div`` and ``br`` with ``class``, ``style`` and ``title``. Each mark carries a colour
*and* a second cue (a text tag, an underline style or a box), so colour-blind readers can tell them apart.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from .marks import Mark, segments
from .palette import (
    BOILERPLATE_COLOUR,
    KIND_DESCRIPTIONS,
    LABEL_COLOUR,
    LOADED_COLOUR,
    SOURCE_LOOKS,
    TAG_COLOUR,
    source_look,
    term_band,
)

# A tag sits on its own white pill, so its colour is read against white wherever it stands.
TAG_STYLE = (
    "font-size:max(11px,0.72em);font-weight:600;margin-left:2px;padding:0 2px;border-radius:3px;"
    "background:#fff;color:{colour};"
)
LABEL_STYLE = f"border-top:2px solid {LABEL_COLOUR};border-bottom:2px solid {LABEL_COLOUR};"
BOILERPLATE_STYLE = f"color:{BOILERPLATE_COLOUR};font-style:italic;"
LOADED_STYLE = f"border-bottom:2px dotted {LOADED_COLOUR};"
LEGEND_STYLE = "display:flex;flex-wrap:wrap;gap:0.3em 1.1em;font-size:0.85rem;line-height:1.9;"


def underline(colour: str, line: str) -> str:
    """The underline a source kind gets: its colour and its line style (solid, dashed, double, dotted, wavy)."""
    return f"text-decoration:underline {line} {colour};text-decoration-thickness:2px;text-underline-offset:3px;"


def text_html(text: str, *, breaks: bool = True) -> str:
    """Escaped text; with ``breaks`` its line ends become ``<br>`` (one line of HTML, never re-read as markdown)."""
    escaped = html.escape(text)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>") if breaks else escaped


def look(mark: Mark) -> tuple[str, str, str]:
    """A mark's css classes, its inline style and the colour of its tag."""
    if mark.layer == "terms":
        colour, band = term_band(mark.position or 0.0)
        return f"fl-term fl-{band}", f"background:{colour};", TAG_COLOUR
    if mark.layer == "labels":
        return "fl-label", LABEL_STYLE, LABEL_COLOUR
    if mark.layer == "sources":
        source = source_look(mark.kind)
        return f"fl-src fl-src-{mark.kind}", underline(source.colour, source.line), source.text
    if mark.layer == "verbs":
        return "fl-verb", LOADED_STYLE, LOADED_COLOUR
    return "fl-boiler", BOILERPLATE_STYLE, TAG_COLOUR


def tag_html(mark: Mark) -> str:
    """The mark's small text tag, ``▶``, ``anonymous`` …, set after its words."""
    if not mark.tag:
        return ""
    style = TAG_STYLE.format(colour=look(mark)[2])
    return f'<sup class="fl-tag" style="{style}">{html.escape(mark.tag)}</sup>'


def _segment_html(text: str, active: Sequence[Mark], *, breaks: bool) -> str:
    body = text_html(text, breaks=breaks)
    if not active:
        return body
    looks = [look(m) for m in active]
    css = html.escape(" ".join(dict.fromkeys(c for classes, _, _ in looks for c in classes.split())))
    style = "".join(s for _, s, _ in looks)
    title = html.escape("; ".join(dict.fromkeys(m.title for m in active)))
    element = "mark" if any(m.layer != "boilerplate" for m in active) else "span"
    if element == "mark" and not any(m.layer == "terms" for m in active):
        style = "background:transparent;" + style
    return f'<{element} class="{css}" style="{style}padding:0;" title="{title}">{body}</{element}>'


def marked_html(text: str, marks: Sequence[Mark], *, breaks: bool = True) -> str:
    """``text`` escaped, with every mark drawn; where marks overlap, the stretch shows all of them."""
    out: list[str] = []
    for segment in segments(len(text), marks):
        out.append(_segment_html(text[segment.start : segment.end], segment.marks, breaks=breaks))
        out.extend(tag_html(m) for m in segment.closing)
    return "".join(out)


def legend_html(*, axis_low: str, axis_high: str) -> str:
    """A key to the marks: term colours with their tags, the label box, source underlines, verbs, boilerplate."""
    low, mid, high = (term_band(p)[0] for p in (-1.0, 0.0, 1.0))
    tag = TAG_STYLE.format(colour=TAG_COLOUR)
    items = [
        f'<mark style="background:{low};color:inherit;">word</mark><sup style="{tag}">◀</sup> {html.escape(axis_low)}',
        f'<mark style="background:{mid};color:inherit;">word</mark><sup style="{tag}">•</sup> in the middle',
        f'<mark style="background:{high};color:inherit;">word</mark><sup style="{tag}">▶</sup> {html.escape(axis_high)}',
        f'<span style="{LABEL_STYLE}">regime leader</span><sup style="{TAG_STYLE.format(colour=LABEL_COLOUR)}">label</sup>'
        " a name pinned on a person or group",
    ]
    for kind, source in SOURCE_LOOKS.items():
        items.append(
            f'<span style="{underline(source.colour, source.line)}">source</span>'
            f'<sup style="{TAG_STYLE.format(colour=source.text)}">{source.tag}</sup> {KIND_DESCRIPTIONS[kind]}'
        )
    items.append(
        f'<span style="{LOADED_STYLE}">claimed</span><sup style="{TAG_STYLE.format(colour=LOADED_COLOUR)}">loaded verb'
        "</sup> a verb of saying that judges (claimed, admitted)"
    )
    items.append(
        f'<span style="{BOILERPLATE_STYLE}">grey</span> not the article\'s own voice (menus, comments): not scored'
    )
    cells = "".join(f'<span class="fl-legend-item">{i}</span>' for i in items)
    return f'<div class="fl-legend" style="{LEGEND_STYLE}">{cells}</div>'
