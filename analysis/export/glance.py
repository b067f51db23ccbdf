"""The story at a glance: for every loaded article at once, the things named differently and each one's words
for them, who each lets speak, and a few plain sentences on the largest differences (pure: reports in, rows,
sentences and escaped HTML out).

Generic over any lexicon: a row per term family that some article used (its label is the lexicon's), and a
row per actor the articles pin labels on (merged into the family that gives that actor's title, when the
lexicon has one). Nothing here names an event, an outlet or a word: the sentences are built from the rows.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon.model import Lexicon
from ..model import SOURCE_KINDS, ArticleReport
from .palette import KIND_NAMES, term_band

NARROW_PX = 700  # below this width the grid turns into one card per row (Streamlit stacks columns below ~640 px)
MAX_CHIPS = 4  # words shown in a cell; the rest are counted ("+2 more")
MAX_EXAMPLES = 3  # sources named as examples in a "who speaks" cell
SENTENCE_CHARS = 140


@dataclass(frozen=True, slots=True)
class Word:
    """One word an article chose in a row: how often, and where its pole stands (None: no position)."""

    text: str
    count: int
    position: float | None
    pole: str  # the pole's label, in words
    example: str = ""  # the sentence of its first use, for a hover
    discovered: bool = False  # found by FrameLens's discovery rather than listed in the lexicon


@dataclass(frozen=True, slots=True)
class Row:
    """One thing that can be named in several ways, and each article's words for it (in article order)."""

    key: str
    title: str
    cells: tuple[tuple[Word, ...], ...]
    spread: float  # how far apart the articles' choices stand (0 … 2); higher rows first

    @property
    def used(self) -> int:
        return sum(1 for c in self.cells if c)


@dataclass(frozen=True, slots=True)
class Voices:
    """Who one article lets speak: attributions by kind, and a few of the sources' names."""

    counts: tuple[tuple[str, int], ...]  # (kind, count), kinds in SOURCE_KINDS order, zero counts left out
    examples: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def label_position(lexicon: Lexicon, actor: str, pole: str) -> float | None:
    """The position of a label's pole: a title family about that actor first, then other families about it or no one.

    "President" for Putin is not Assad's title: a family aimed at another actor never lends its position.
    """
    families = sorted(
        (f for f in lexicon.families if f.target in ("", actor)), key=lambda f: (f.target != actor, f.kind != "title")
    )
    for fam in families:
        for p in fam.poles:
            if p.id == pole:
                return p.position
    return None


def _pole_label(lexicon: Lexicon, pole: str, family: str = "", actor: str = "") -> str:
    for fam in lexicon.families:
        if (family and fam.id != family) or (actor and fam.target not in ("", actor)):
            continue
        for p in fam.poles:
            if p.id == pole:
                return p.label
    return ""


def _sentence(report: ArticleReport, index: int) -> str:
    for s in report.sentences:
        if s.index == index:
            text = " ".join(s.text.split())
            return text if len(text) <= SENTENCE_CHARS else cut(text, SENTENCE_CHARS)
    return ""


def cut(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when anything was cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head[limit // 2 :]:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:") + "…"


def _family_words(report: ArticleReport, family: str, lexicon: Lexicon) -> dict[str, Word]:
    found: dict[str, Word] = {}
    counts = Counter(t.term for t in report.framing.terms if t.family == family)
    for t in report.framing.terms:
        if t.family != family or t.term in found:
            continue
        found[t.term] = Word(
            t.term,
            counts[t.term],
            t.position,
            _pole_label(lexicon, t.pole, family=family),
            _sentence(report, t.sentence),
        )
    return found


def _label_words(report: ArticleReport, actor: str, lexicon: Lexicon) -> dict[str, Word]:
    found: dict[str, Word] = {}
    mine = [lab for lab in report.framing.actor_labels if lab.actor == actor]
    counts = Counter(lab.label for lab in mine)
    for lab in mine:
        if lab.label in found:
            continue
        found[lab.label] = Word(
            lab.label,
            counts[lab.label],
            label_position(lexicon, actor, lab.pole),
            _pole_label(lexicon, lab.pole, actor=actor),
            _sentence(report, lab.sentence),
            bool(getattr(lab, "discovered", False)),
        )
    return found


def _ordered(words: dict[str, Word]) -> tuple[Word, ...]:
    return tuple(sorted(words.values(), key=lambda w: (-w.count, w.text.lower())))


def _spread(cells: Sequence[Sequence[Word]]) -> float:
    means = []
    for cell in cells:
        placed = [(w.position, w.count) for w in cell if w.position is not None]
        if placed:
            means.append(sum(p * n for p, n in placed) / sum(n for _, n in placed))
    tops = {cell[0].text.lower() for cell in cells if cell}
    spread = (max(means) - min(means)) if len(means) > 1 else 0.0
    return round(spread + 0.05 * max(len(tops) - 1, 0), 4)


def word_rows(reports: Sequence[ArticleReport], lexicon: Lexicon) -> list[Row]:
    """A row per family some article used and per actor some article labels; the most telling rows first.

    A row used by only one article sorts after every row two or more articles share.
    """
    title_family = {f.target: f.id for f in lexicon.families if f.target and f.kind == "title"}
    actors = list(dict.fromkeys(lab.actor for r in reports for lab in r.framing.actor_labels))
    rows = []
    for fam in lexicon.families:
        cells = []
        for r in reports:
            words = _family_words(r, fam.id, lexicon)
            for actor, fam_id in title_family.items():
                if fam_id == fam.id:  # the labels pinned on this actor belong to its title's row
                    for text, word in _label_words(r, actor, lexicon).items():
                        if text.lower() not in {w.lower() for w in words}:
                            words[text] = word
            cells.append(_ordered(words))
        rows.append(Row(f"family:{fam.id}", fam.label, tuple(cells), _spread(cells)))
    for actor in actors:
        if actor in title_family:
            continue
        cells = [_ordered(_label_words(r, actor, lexicon)) for r in reports]
        rows.append(Row(f"actor:{actor}", f"What {actor} is called", tuple(cells), _spread(cells)))
    rows = [row for row in rows if row.used]
    return sorted(rows, key=lambda row: (row.used < 2, -row.spread, -row.used))


def voices(report: ArticleReport) -> Voices:
    counts = tuple((k, report.sourcing.people.get(k, 0)) for k in SOURCE_KINDS if report.sourcing.people.get(k, 0))
    others = [a.source for a in report.sourcing.attributions if a.kind != "self"]
    return Voices(counts, tuple(dict.fromkeys(" ".join(s.split()) for s in others))[:MAX_EXAMPLES])


def kind_count(kind: str, n: int) -> str:
    """'1 named person', '9 anonymous sources' … in words a student reads."""
    one, many = KIND_NAMES.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


def voices_text(v: Voices) -> str:
    return ", ".join(kind_count(k, n) for k, n in v.counts) or "no sources found"


# --- the plain sentences -------------------------------------------------------------------------


def _quoted(cell: Sequence[Word], most: int = 2) -> str:
    return " and ".join(f"“{w.text}”" for w in cell[:most])


def _cell_position(cell: Sequence[Word]) -> float | None:
    placed = [(w.position, w.count) for w in cell if w.position is not None]
    return sum(p * n for p, n in placed) / sum(n for _, n in placed) if placed else None


def differences(
    rows: Sequence[Row], labels: Sequence[str], reports: Sequence[ArticleReport], *, most: int = 2
) -> list[str]:
    """One or two plain sentences on the largest differences in wording, and one on who speaks."""
    out = []
    for row in rows:
        if len(out) >= most or row.used < 2:
            break
        placed = [(p, i) for i, cell in enumerate(row.cells) if cell and (p := _cell_position(cell)) is not None]
        if len(placed) < 2:
            continue
        (lo, a), (hi, b) = min(placed), max(placed)
        if row.cells[a][0].text.lower() == row.cells[b][0].text.lower() or hi - lo < 0.25:
            continue
        out.append(
            f"{row.title}: {labels[a]} writes {_quoted(row.cells[a])}, {labels[b]} writes {_quoted(row.cells[b])}."
        )
    said = _voices_sentence(labels, reports)
    if said:
        out.append(said)
    return out


def _voices_sentence(labels: Sequence[str], reports: Sequence[ArticleReport]) -> str:
    if len(reports) < 2:
        return ""
    anon = [r.sourcing.people.get("anonymous", 0) for r in reports]
    named = [r.sourcing.people.get("named", 0) for r in reports]
    hi = max(range(len(reports)), key=lambda i: (anon[i], -i))
    lo = min(range(len(reports)), key=lambda i: (anon[i], i))
    if anon[hi] == anon[lo]:
        return ""
    tail = "none" if anon[lo] == 0 else str(anon[lo])
    most_named = max(range(len(reports)), key=lambda i: (named[i], -i))
    extra = (
        f" {labels[most_named]} names the most people ({named[most_named]})."
        if named[most_named] and most_named != hi
        else ""
    )
    return (
        f"{labels[hi]} relies most on sources the reader cannot identify ({anon[hi]} anonymous); "
        f"{labels[lo]} has {tail}.{extra}"
    )


# --- HTML ----------------------------------------------------------------------------------------

# The grid's stylesheet (the app injects it with its own, the reports embed it): a grid on wide screens,
# one card per row on narrow ones.
GLANCE_CSS = f"""
/* word choices at a glance */
.fl-glance {{ font-size: 0.95rem; line-height: 1.45; }}
.fl-g-head, .fl-g-row {{
  display: grid; grid-template-columns: minmax(8rem, 1.05fr) repeat(var(--fl-cols), minmax(0, 1fr));
  gap: 0 0.6rem; padding: 0.35rem 0; border-bottom: 1px solid #dcdcdc; align-items: start;
}}
.fl-g-head {{ font-weight: 700; border-bottom: 2px solid #9a9a9a; position: sticky; top: 0; background: #fff; }}
.fl-g-q {{ font-weight: 600; }}
.fl-g-who {{ display: none; }}
.fl-g-cell {{ display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: flex-start; min-width: 0; }}
.fl-chip {{
  display: inline-block; padding: 0 0.4rem; border-radius: 0.7rem; line-height: 1.55; color: #1d1d1f;
  font-size: 0.9rem; overflow-wrap: anywhere; border: 1px solid rgba(0, 0, 0, 0.15);
}}
.fl-chip-dir {{ font-size: max(11px, 0.75em); margin-right: 0.25em; }}
.fl-chip-n {{ font-size: max(11px, 0.8em); margin-left: 0.25em; font-weight: 700; }}
.fl-chip-new {{ font-size: max(11px, 0.7em); margin-left: 0.3em; font-weight: 700; text-transform: uppercase; }}
.fl-none, .fl-more {{ color: #4b5563; font-style: italic; font-size: 0.85rem; }}
.fl-voice {{ display: block; font-size: 0.88rem; }}
.fl-examples {{ display: block; font-size: 0.82rem; color: #4b5563; }}
.fl-g-key {{ display: flex; flex-wrap: wrap; gap: 0.3rem 0.7rem; align-items: center; font-size: 0.85rem; margin: 0.2rem 0 0.5rem; }}
@media (max-width: {NARROW_PX}px) {{
  .fl-g-head {{ display: none; }}
  .fl-g-row {{ display: block; border: 1px solid #cfcfcf; border-radius: 0.5rem; padding: 0.5rem 0.6rem; margin-bottom: 0.5rem; }}
  .fl-g-q {{ margin-bottom: 0.3rem; }}
  .fl-g-cell {{ margin: 0.2rem 0; }}
  .fl-g-who {{ display: inline; font-weight: 600; margin-right: 0.2rem; }}
  .fl-g-who::after {{ content: ":"; }}
}}
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def direction(position: float | None) -> str:
    """A second cue beside the colour: ◀ leans to the low end, ▶ to the high end, • the middle."""
    if position is None:
        return ""
    return "◀" if position < -0.01 else "▶" if position > 0.01 else "•"


def chip_html(word: Word, *, axis_low: str, axis_high: str) -> str:
    colour, band = term_band(word.position if word.position is not None else 0.0)
    side = {"low": axis_low, "high": axis_high}.get(band, "in the middle")
    hover = f"{word.pole} — leans to: {side}" if word.pole else f"leans to: {side}"
    if word.example:
        hover += f". In the text: {word.example}"
    if word.discovered:
        hover += " (found by FrameLens, not in the word list)"
    count = f'<span class="fl-chip-n">×{word.count}</span>' if word.count > 1 else ""
    mark = direction(word.position)
    mark_html = f'<span class="fl-chip-dir">{mark}</span>' if mark else ""
    found = '<span class="fl-chip-new">new</span>' if word.discovered else ""
    return (
        f'<span class="fl-chip fl-chip-{band}" style="background:{colour};" title="{_esc(hover)}">'
        f"{mark_html}{_esc(word.text)}{count}{found}</span>"
    )


def _cell_html(cell: Sequence[Word], who: str, *, axis_low: str, axis_high: str) -> str:
    chips = "".join(chip_html(w, axis_low=axis_low, axis_high=axis_high) for w in cell[:MAX_CHIPS])
    more = f'<span class="fl-more">+{len(cell) - MAX_CHIPS} more</span>' if len(cell) > MAX_CHIPS else ""
    body = chips + more if cell else '<span class="fl-none">none of these words</span>'
    return f'<div class="fl-g-cell"><span class="fl-g-who">{_esc(who)}</span>{body}</div>'


def _voices_cell(v: Voices, who: str) -> str:
    parts = "".join(f'<span class="fl-voice fl-voice-{_esc(k)}">{_esc(kind_count(k, n))}</span>' for k, n in v.counts)
    examples = f'<span class="fl-examples">e.g. {_esc("; ".join(v.examples))}</span>' if v.examples else ""
    body = parts + examples if v.counts else '<span class="fl-none">no sources found</span>'
    return f'<div class="fl-g-cell"><span class="fl-g-who">{_esc(who)}</span>{body}</div>'


def legend_html(*, axis_low: str, axis_high: str) -> str:
    low, mid, high = (term_band(p)[0] for p in (-1.0, 0.0, 1.0))
    return (
        '<div class="fl-g-key">'
        f'<span class="fl-chip" style="background:{low};"><span class="fl-chip-dir">◀</span>word</span> {_esc(axis_low)}'
        f'<span class="fl-chip" style="background:{mid};"><span class="fl-chip-dir">•</span>word</span> in the middle'
        f'<span class="fl-chip" style="background:{high};"><span class="fl-chip-dir">▶</span>word</span> {_esc(axis_high)}'
        '<span class="fl-chip-n">×2</span> used twice</div>'
    )


def glance_html(
    reports: Sequence[ArticleReport],
    labels: Sequence[str],
    lexicon: Lexicon,
    *,
    rows: Sequence[Row] | None = None,
    most: int | None = None,
    with_voices: bool = True,
) -> str:
    """The grid: a column per article, a row per thing named differently, then who each lets speak.

    On a wide screen a grid with the outlets on top; on a narrow one (the stylesheet's media query) each row
    becomes a card that lists every outlet's words under the question.
    """
    rows = list(word_rows(reports, lexicon) if rows is None else rows)[: most or None]
    low, high = lexicon.axis_low, lexicon.axis_high
    head = "".join(f'<div class="fl-g-art">{_esc(label)}</div>' for label in labels)
    out = [f'<div class="fl-glance" style="--fl-cols:{len(labels)};">']
    out.append(f'<div class="fl-g-head"><div class="fl-g-q"></div>{head}</div>')
    for row in rows:
        cells = "".join(
            _cell_html(cell, who, axis_low=low, axis_high=high) for cell, who in zip(row.cells, labels, strict=True)
        )
        out.append(f'<div class="fl-g-row"><div class="fl-g-q">{_esc(row.title)}</div>{cells}</div>')
    if with_voices:
        cells = "".join(_voices_cell(voices(r), who) for r, who in zip(reports, labels, strict=True))
        out.append(f'<div class="fl-g-row fl-g-voices"><div class="fl-g-q">Who it lets speak</div>{cells}</div>')
    if not rows:
        out.append('<p class="fl-none">None of the loaded articles uses a word from the lexicon\'s families.</p>')
    out.append("</div>")
    return "".join(out)


def sentences_html(sentences: Sequence[str]) -> str:
    items = "".join(f"<li>{_esc(s)}</li>" for s in sentences)
    return f'<ul class="fl-diffs">{items}</ul>' if items else ""
