"""Hostile input shared by the injection, property and session tests (issue 7).

Every script payload, if it ever ran, would set ``window.__pwned`` (or ``parent.__pwned``) to its own
id, so a test can say which one fired. ``literal`` is a piece of the payload that must show on the
page exactly as typed; ``forbidden`` is what the page would show if the payload were interpreted
(markup rendered, an entity decoded, a template evaluated) and must never appear.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.model import Article

FLAG = "__pwned"
LONG_WORD = "pwlong" + "w" * 4994  # one 5,000-character word


@dataclass(frozen=True, slots=True)
class Payload:
    id: str
    text: str
    literal: str
    forbidden: str = ""


PAYLOADS: tuple[Payload, ...] = (
    Payload("script", "<script>window.__pwned='script'</script>", "<script>window.__pwned='script'</script>"),
    Payload("img", "<img src=x onerror=\"window.__pwned='img'\">", "<img src=x onerror="),
    Payload("svg", "<svg onload=\"window.__pwned='svg'\"><circle r=9></circle></svg>", "<svg onload="),
    Payload("mdlink", "[pwclick](javascript:window.__pwned='mdlink')", "[pwclick](javascript:"),
    Payload("mdimage", "![pwpic](javascript:window.__pwned='mdimage')", "![pwpic](javascript:"),
    Payload("mdautolink", "<javascript:window.__pwned='mdautolink'>", "<javascript:window.__pwned="),
    Payload("ahref", "<a href=\"javascript:window.__pwned='ahref'\">pwanchor</a>", '<a href="javascript:'),
    Payload(
        "iframe",
        '"><iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
        '"><iframe srcdoc="<script>parent.',
    ),
    Payload(
        "attr",
        '\' " onmouseover="window.__pwned=\'attr\'" autofocus onfocus="window.__pwned=\'attr\'" x="',
        'onmouseover="window.__pwned=',
    ),
    Payload("entity", "pwent &lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;i&#62;", "pwent &lt;b&gt;bold&lt;/b&gt; &amp;amp;"),
    Payload("markup", "<b>pwbold</b> <h1>pwhead</h1> <style>*{display:none}</style>", "<b>pwbold</b>"),
    Payload("template", "pwtpl {{7*7}} ${7*7} #{7*7}", "pwtpl {{7*7}} ${7*7}", forbidden="pwtpl 49"),
    Payload("katex", "$\\href{javascript:window.__pwned='katex'}{pwkatex}$", "$\\href{javascript:"),
    Payload("directive", "pwdir :red[coloured] :material/warning: :streamlit:", "pwdir :red[coloured]"),
    Payload("bidi", "pwbidi \u202egnp.exe\u202c and \u2066isolated\u2069", "pwbidi \u202egnp.exe"),
    Payload("long", LONG_WORD, LONG_WORD),
)

BY_ID = {p.id: p for p in PAYLOADS}
# Payloads that keep their meaning on one line and in metadata fields (titles, outlet names, file names)
# — the long word and the multi-tag ones too, so every metadata field meets them.
FIELD_PAYLOADS = tuple(p for p in PAYLOADS if p.id != "long")


def payload_text(payloads: tuple[Payload, ...] = PAYLOADS) -> str:
    """An article with every payload in its own paragraph, around words the lexicon marks (so marks nest)."""
    paragraphs = ["Rebels toppled the regime on Sunday, Reuters reported."]
    for p in payloads:
        paragraphs.append(f"The regime fell {p.text} as Assad fled, a rebel commander said.")
        paragraphs.append(f'"{p.text}," the Syrian Observatory for Human Rights said.')
    return "\n\n".join(paragraphs) + "\n"


def payload_article(*, title: str = BY_ID["script"].text, outlet: str = BY_ID["img"].text, id: str = "pw-1") -> Article:
    return Article(
        id=id,
        text=payload_text(),
        title=title,
        outlet=outlet,
        outlet_kind=BY_ID["mdlink"].text,
        author=BY_ID["svg"].text,
        date=BY_ID["template"].text,
        url="javascript:window.__pwned='url'",
        origin="file:" + BY_ID["iframe"].text,
        notes=BY_ID["ahref"].text,
    )


def payload_articles() -> list[Article]:
    """Articles whose titles, outlets and other fields carry every field payload, plus the body payloads."""
    out = []
    for i, p in enumerate(FIELD_PAYLOADS):
        other = FIELD_PAYLOADS[(i + 1) % len(FIELD_PAYLOADS)]
        out.append(payload_article(title=f"{p.text} t{i}", outlet=f"{other.text} o{i}", id=f"pw-{i}"))
    return out


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped).join('""')


def payload_lexicon_toml() -> str:
    """A lexicon whose title, axis, family, pole, term note and actor name are payloads; 'pwterm' matches."""
    s = {p.id: _toml_string(p.text) for p in FIELD_PAYLOADS}
    return f"""
[meta]
name = "payloads"
title = {s["script"]}
extends = "general-news"

[axis]
low = {s["img"]}
high = {s["mdlink"]}

[[families]]
id = "pwfamily"
label = {s["svg"]}
note = {s["ahref"]}
poles = [
  {{ id = "low", label = {s["iframe"]}, position = -1.0 }},
  {{ id = "high", label = {s["attr"]}, position = 1.0 }},
]
terms = [
  {{ term = "regime", pole = "low", note = {s["markup"]}, variants = ["regime"] }},
  {{ term = "rebels", pole = "high", note = {s["katex"]}, variants = ["rebels", "rebel"] }},
]

[[actors]]
name = {s["entity"]}
kind = "person"
aliases = ["Assad"]
"""
