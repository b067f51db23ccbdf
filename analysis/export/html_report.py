"""A self-contained HTML report of a comparison, for a teacher: the story at a glance, small static charts,
the teacher's corrections, the highlighted texts and, in plain words, what each method cannot tell.

The file opens with no network and holds no JavaScript: its charts are inline SVG (``svg_charts``), there are
no links to or loads from other sites, and a Content-Security-Policy forbids any. (Plotly figures can still
be passed as ``figures``; then plotly's script is embedded once, about 4.8 MB, so that they work offline.)
Every piece of text is escaped; marks carry a colour and a small text tag, so they read without colour too.
It prints: a print stylesheet keeps each article together where it can.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..model import ArticleReport
from .glance import GLANCE_CSS, differences, glance_html, kind_count, word_rows
from .glance import legend_html as glance_key
from .marks import pole_label, report_marks
from .marks_html import legend_html, marked_html
from .plain import TRUST_CAUTION, signal_direction
from .svg_charts import report_charts

CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; worker-src blob:"
)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 1.5rem;
color:#1d1d1f;line-height:1.5}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}
.meta{color:#555;font-size:.9rem}.warn{background:#fff4ce;border-left:4px solid #c98a00;padding:.4rem .7rem}
.text{white-space:pre-wrap;line-height:1.75;border:1px solid #e2e2e2;padding:.8rem 1rem;border-radius:6px;background:#fff}
mark{color:inherit}
.figure{margin:1rem 0}.notes{background:#fafafa;padding:.5rem 1rem;border-radius:6px}
.caution{color:#4b5563;font-size:.9rem}table{display:block;max-width:100%;overflow-x:auto}
.text{overflow-wrap:anywhere}summary{cursor:pointer;margin:.6rem 0}.fix{background:#eef6ff;border-left:4px solid #1f5fa8;padding:.3rem .7rem}
@media print{body{max-width:none;padding:0}details>summary{display:none}h2{break-after:avoid}section{break-inside:auto}.figure,table{break-inside:avoid}
.text{border:none;padding:0}}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: float | None, fmt: str = "+.2f") -> str:
    return "–" if value is None else format(value, fmt)


# --- highlighted text ----------------------------------------------------------------------------


def highlighted_text(report: ArticleReport, lexicon: Any = None) -> str:
    """The article's text, escaped, with every mark drawn as in the app (line ends kept: the box is pre-wrap)."""
    return marked_html(report.article.text, report_marks(report, lexicon=lexicon), breaks=False)


# --- markdown (a safe subset) --------------------------------------------------------------------


def _inline(text: str) -> str:
    out = _esc(text)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out)
    return re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1 (\2)", out)  # links become text: no remote URLs


def markdown_html(markdown: str) -> str:
    """Headings, paragraphs, lists, tables, code blocks, bold, italics and code; links as plain text."""
    out: list[str] = []
    lines = markdown.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            out.append(f"<pre>{_esc(chr(10).join(lines[i + 1 : j]))}</pre>")
            i = j + 1
        elif m := re.match(r"(#{1,6})\s+(.*)", stripped):
            level = min(len(m.group(1)) + 2, 6)
            out.append(f"<h{level}>{_inline(m.group(2))}</h{level}>")
            i += 1
        elif stripped.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            head, *body = rows
            out.append(
                '<table tabindex="0"><tr>'
                + "".join(f"<th>{_inline(c)}</th>" for c in head)
                + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in r) + "</tr>" for r in body)
                + "</table>"
            )
        elif re.match(r"([-*+]|\d+[.)])\s+", stripped):
            ordered = stripped[0].isdigit()
            items = []
            while i < len(lines) and (m := re.match(r"\s*([-*+]|\d+[.)])\s+(.*)", lines[i])):
                items.append(m.group(2))
                i += 1
                while i < len(lines) and lines[i].startswith("  ") and lines[i].strip():
                    items[-1] += " " + lines[i].strip()
                    i += 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{_inline(x)}</li>" for x in items) + f"</{tag}>")
        else:
            para = []
            while (
                i < len(lines)
                and lines[i].strip()
                and not re.match(r"\s*(#{1,6}\s|```|\||[-*+]\s|\d+[.)]\s)", lines[i])
            ):
                para.append(lines[i].strip())
                i += 1
            if not para:  # a line the loop above would not take: show it as a paragraph of its own
                para, i = [stripped], i + 1
            out.append(f"<p>{_inline(' '.join(para))}</p>")
    return "\n".join(out)


# --- sections ------------------------------------------------------------------------------------


def _summary_table(reports: Sequence[ArticleReport]) -> str:
    head = (
        "Article",
        "Outlet",
        "Date",
        "Framing position",
        "Polarity",
        "Subjectivity",
        "Sources",
        "Named sources",
        "Transparency (craft, not trust)",
    )
    rows = []
    for r in reports:
        a = r.article
        cells = (
            a.title,
            a.outlet,
            a.date,
            _num(r.framing.position),
            _num(r.sentiment.polarity),
            _num(r.sentiment.subjectivity, ".2f"),
            str(len(r.sourcing.attributions)),
            f"{r.sourcing.shares.get('named', 0.0):.0%}",
            f"{r.transparency.score:.0f} / 100",
        )
        rows.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    return (
        '<table tabindex="0"><tr>' + "".join(f"<th>{_esc(h)}</th>" for h in head) + "</tr>" + "".join(rows) + "</table>"
    )


def _article_section(index: int, r: ArticleReport, lexicon: Any = None) -> str:
    a = r.article
    meta = " · ".join(_esc(x) for x in (a.outlet, a.author, a.date, a.url, a.origin) if x)
    parts = [f'<section id="article-{index}"><h2>{_esc(a.title or a.id)}</h2>', f'<p class="meta">{meta}</p>']
    parts += [f'<p class="warn">{_esc(w)}</p>' for w in r.warnings]
    fam_rows = [
        f"<tr><td>{_esc(f.label)}</td>"
        f"<td>{_esc(', '.join(f'{pole_label(lexicon, f.family, k) or k}: {v}' for k, v in f.counts.items() if v))}</td>"
        f"<td>{_esc(_num(f.position))}</td><td>{_esc(', '.join(f.terms))}</td></tr>"
        for f in r.framing.families
        if any(f.counts.values())
    ]
    if fam_rows:
        parts.append(
            '<h3>Word choices</h3><table tabindex="0"><tr><th>What is named</th><th>Which way, how often</th>'
            "<th>Position (−1 … +1)</th><th>Words used</th></tr>" + "".join(fam_rows) + "</table>"
        )
    counts = ", ".join(kind_count(k, v) for k, v in r.sourcing.people.items() if v) or "none found"
    parts.append(f"<h3>Who it lets speak</h3><p>{_esc(counts)}</p>")
    sig_rows = "".join(
        f"<tr><td>{_esc(s.label)}</td><td>{s.score:.2f} ({_esc(signal_direction(s.name))})</td>"
        f"<td>{_esc(s.explanation)}</td></tr>"
        for s in r.transparency.signals
    )
    parts.append(
        f'<h3>Transparency: {r.transparency.score:.0f} / 100</h3><p class="caution">{_esc(TRUST_CAUTION)}</p>'
        f'<table tabindex="0"><tr><th>Signal</th><th>Score</th><th>Why</th></tr>{sig_rows}</table>'
    )
    parts.append(
        f"<details><summary><strong>The text, with every mark</strong> (open to read)</summary>"
        f'<div class="text">{highlighted_text(r, lexicon)}</div></details></section>'
    )
    return "\n".join(parts)


def _figure_html(figure: Any) -> str:
    """A figure's div and script; a copy gets room for its axis labels (Streamlit's theme gives that in the app)."""
    import plotly.graph_objects as go

    figure = go.Figure(figure)
    figure.update_xaxes(automargin=True)
    figure.update_yaxes(automargin=True)
    return figure.to_html(full_html=False, include_plotlyjs=False, config=PLOTLY_CONFIG)


def _glance_section(reports: Sequence[ArticleReport], labels: Sequence[str], lexicon: Any) -> list[str]:
    rows = word_rows(reports, lexicon)
    said = "".join(f"<li>{_esc(t)}</li>" for t in differences(rows, labels, reports))
    return [
        "<h2>The words each article chose</h2>",
        f"<ul>{said}</ul>" if said else "",
        glance_key(axis_low=lexicon.axis_low, axis_high=lexicon.axis_high),
        glance_html(reports, labels, lexicon, rows=rows),
    ]


def _corrections_section(corrections: Sequence[Any], labels: dict[str, str], lexicon: Any) -> list[str]:
    if not corrections:
        return []
    items = "".join(
        f"<li><strong>{_esc(labels.get(c.article_id, c.article_id))}</strong>: {_esc(c.describe(lexicon))}</li>"
        for c in corrections
    )
    return [
        "<h2>Where the teacher corrected FrameLens</h2>",
        '<p class="fix">FrameLens finds words by lists and patterns, and it makes mistakes. The numbers in this '
        "report already include these corrections. Discuss them: why did the machine get these wrong?</p>",
        f"<ul>{items}</ul>",
    ]


def _notes_section(limits: Sequence[tuple[str, str]], glossary: Sequence[tuple[str, str]]) -> list[str]:
    out = []
    if limits:
        out.append("<h2>What each method can and cannot tell you</h2><dl>")
        out += [f"<dt><strong>{_esc(m)}</strong></dt><dd>{_esc(t)}</dd>" for m, t in limits]
        out.append("</dl>")
    if glossary:
        out.append("<h2>Glossary</h2><dl>")
        out += [f"<dt><strong>{_esc(t)}</strong></dt><dd>{_esc(d)}</dd>" for t, d in glossary]
        out.append("</dl>")
    return out


def build_html_report(
    reports: Iterable[ArticleReport],
    *,
    figures: Iterable[Any] = (),
    title: str = "FrameLens report",
    method_notes_markdown: str = "",
    axis_low: str = "one end of the lexicon's scale",
    axis_high: str = "the other end",
    labels: Sequence[str] | None = None,
    lexicon: Any = None,
    corrections: Sequence[Any] = (),
    limits: Sequence[tuple[str, str]] = (),
    glossary: Sequence[tuple[str, str]] = (),
    charts: bool = True,
    slots: Sequence[int] | None = None,
) -> str:
    """One HTML page with everything embedded; opens offline in any browser, and prints.

    ``axis_low`` and ``axis_high`` name the ends of the lexicon's framing scale (taken from ``lexicon`` when
    given, which also adds the words-at-a-glance grid). ``labels`` are the articles' short names;
    ``corrections`` a teacher's corrections (already applied to ``reports``); ``limits`` and ``glossary``
    plain-language notes, shown instead of (or beside) ``method_notes_markdown``. ``charts`` draws the static
    SVG charts; plotly ``figures``, if any, embed plotly's script.
    """
    reports = list(reports)
    figures = list(figures)
    if lexicon is not None:
        axis_low, axis_high = lexicon.axis_low, lexicon.axis_high
    names = (
        list(labels) if labels is not None else [r.article.outlet or r.article.title or r.article.id for r in reports]
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{CSS}{GLANCE_CSS}</style>",
    ]
    if figures:
        from plotly.offline import get_plotlyjs

        head.append(
            f'<script type="text/javascript">window.PlotlyConfig = {{MathJaxConfig: "local"}};{get_plotlyjs()}</script>'
        )
    body = [
        "</head><body>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="meta">{len(reports)} articles · made with FrameLens on {date.today().isoformat()} · '
        "the numbers describe word choice and visible craft, not truth.</p>",
    ]
    if lexicon is not None and reports:
        body += _glance_section(reports, names, lexicon)
    body += ["<h2>Overview</h2>", _summary_table(reports), f'<p class="caution">{_esc(TRUST_CAUTION)}</p>']
    body += _corrections_section(corrections, {r.article.id: n for r, n in zip(reports, names, strict=True)}, lexicon)
    if charts and reports:
        body.append("<h2>Charts</h2>")
        for heading, svg in report_charts(reports, names, axis_low=axis_low, axis_high=axis_high, slots=slots):
            body.append(f'<div class="figure"><h3>{_esc(heading)}</h3>{svg}</div>')
    if figures:
        body += [f'<div class="figure">{_figure_html(f)}</div>' for f in figures]
    body += ["<h2>The articles</h2>", "<p>How the marks read:</p>", legend_html(axis_low=axis_low, axis_high=axis_high)]
    body += [_article_section(i, r, lexicon) for i, r in enumerate(reports, start=1)]
    body += _notes_section(limits, glossary)
    if method_notes_markdown.strip():
        body += ['<h2>How FrameLens measures</h2><div class="notes">', markdown_html(method_notes_markdown), "</div>"]
    body.append("</body></html>")
    return "\n".join(head + body)
