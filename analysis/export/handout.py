"""A printable worksheet for students: the texts (highlights optional), the questions, room for answers.

One self-contained HTML page (no script, no remote resource, a Content-Security-Policy that forbids any) with a
print stylesheet: each article starts on a new page, answer lines print as lines, nothing of the app shows.
The teacher prints it from the browser (or saves it as PDF from the print dialog). Pure: reports in, HTML out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..model import ArticleReport
from .marks import report_marks
from .marks_html import legend_html, marked_html, text_html

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CSS = """
body{font-family:Georgia,"Times New Roman",serif;max-width:46rem;margin:0 auto;padding:1rem 1.2rem;color:#111;
line-height:1.55;font-size:12pt}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:1.6rem;border-bottom:1px solid #999}
.meta{color:#444;font-size:.9rem}.name{border-bottom:1px solid #333;display:inline-block;min-width:14rem}
.text{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:.8rem}
.lines div{border-bottom:1px solid #777;height:1.9rem}
.box{border:1px solid #777;min-height:5rem;margin:.4rem 0 1rem;padding:.3rem .5rem}
table.words{border-collapse:collapse;width:100%}table.words td,table.words th{border:1px solid #777;padding:.3rem;
height:1.8rem;text-align:left;vertical-align:top}
mark{color:inherit}ol li{margin-bottom:.9rem}
@media print{body{max-width:none;padding:0;font-size:11pt}.article{break-before:page}.question{break-inside:avoid}
a{color:inherit;text-decoration:none}}
"""
ANSWER_LINES = 4


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _lines(n: int = ANSWER_LINES) -> str:
    return '<div class="lines">' + "<div></div>" * n + "</div>"


def _article(n: int, report: ArticleReport, label: str, *, highlights: bool, lexicon: Any) -> str:
    a = report.article
    meta = " · ".join(_esc(x) for x in (a.outlet, a.author, a.date) if x)
    if highlights:
        body = marked_html(a.text, report_marks(report, lexicon=lexicon), breaks=False)
    else:
        body = text_html(a.text, breaks=False)
    return (
        f'<section class="article"><h2>Text {n}: {_esc(label)}</h2><p><strong>{_esc(a.title)}</strong></p>'
        f'<p class="meta">{meta}</p><div class="text">{body}</div>'
        "<h3>Words in this text that frame the story</h3>"
        '<table class="words"><tr><th>The words</th><th>What they make the reader think</th></tr>'
        + "<tr><td></td><td></td></tr>" * 4
        + "</table><h3>Who does this text let speak? Who is missing?</h3>"
        + _lines(3)
        + "</section>"
    )


def build_handout(
    reports: Sequence[ArticleReport],
    labels: Sequence[str],
    *,
    questions: Sequence[str],
    highlights: bool = False,
    lexicon: Any = None,
    title: str = "Same event, different words",
) -> str:
    """The worksheet: instructions, every text, a table for the words each frames with, the questions."""
    key = ""
    if highlights and lexicon is not None:
        key = "<p>How the marks read:</p>" + legend_html(axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        '<p>Name: <span class="name">&nbsp;</span> Date: <span class="name" style="min-width:8rem">&nbsp;</span></p>',
        f"<p>You will read {len(reports)} texts about the same event. As you read, underline the words that "
        "make you see the event one way rather than another: what people, groups and actions are called, and "
        "who gets to speak. Then answer the questions at the end.</p>",
        key,
    ]
    parts += [
        _article(n, r, label, highlights=highlights, lexicon=lexicon)
        for n, (r, label) in enumerate(zip(reports, labels, strict=True), start=1)
    ]
    items = "".join(f'<li class="question">{_esc(q)}{_lines()}</li>' for q in questions)
    parts += ['<section class="article"><h2>Questions</h2>', f"<ol>{items}</ol>", "</section>"]
    parts.append(f'<p class="meta">Made with FrameLens on {date.today().isoformat()}.</p></body></html>')
    return "\n".join(parts)
