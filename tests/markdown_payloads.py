"""Markdown that must show literally wherever user or lexicon text reaches Streamlit's markdown (issue 14).

Each payload would, if interpreted, draw something ``forbidden`` names: a link, an image, a heading, a colour,
an icon, math, code, a list, a table, emphasis. Shared by tests/test_markdown_escape.py (CommonMark, in Python)
and tests/e2e/test_markdown_escape.py (Streamlit's own renderer, in Chromium).
"""

from __future__ import annotations

MARKDOWN_PAYLOADS: dict[str, str] = {
    "autolink": "pwauto https://pw-autolink.example/path?q=1 and http://pw2.example",
    "www": "pwwww www.pw-www.example and WWW.PW-CAPS.EXAMPLE",
    "email": "pwmail someone@pw-mail.example",
    "angle": "pwangle <https://pw-angle.example> <mailto:x@pw.example>",
    "link": "pwlink [click me](https://pw-link.example) [ref][1]\n\n[1]: https://pw-ref.example",
    "image": "pwimg ![alt](https://pw-img.example/x.png)",
    "directives": "pwdir :red[coloured] :blue-background[bg] :material/warning: :streamlit: :smile: :rainbow[x]",
    "setext1": "pwsetext one\n===",
    "setext2": "pwsetext two\n---",
    "atx": "# pwheading",
    "math": "pwmath $x^2$ and $$\\frac{1}{2}$$",
    "code": "pwcode `inline` and\n\n    indented code",
    "fence": "pwfence\n```\nfenced\n```",
    "emphasis": "pwem *em* **strong** ~~del~~ _under_ __dunder__",
    "lists": "pwlist\n\n- item\n+ plus\n1. one\n2) two",
    "table": "pwtable\n\n| a | b |\n| --- | --- |\n| 1 | 2 |",
    "quote": "> pwquote",
    "rule": "pwrule\n\n***\n\n___",
    "html": "pwhtml <b>bold</b> <img src=x> <a href=https://pw-a.example>a</a>",
    "entity": "pwentity &lt;b&gt; &amp;amp; &#60;i&#62; &copy;",
    "backslash": "pwback \\*star\\* \\\\ \\[x\\](y)",
    "hardbreak": "pwbreak line  \nnext\\\nthird",
}
