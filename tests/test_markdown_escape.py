"""app.session.md_escape makes text literal for a CommonMark renderer (markdown-it, with GFM's tables and
strikethrough and a linkify pass for bare URLs): the rendered HTML is one paragraph (or more) of plain text,
no tag but <p> and <br>, and its text is the input. Streamlit's own renderer in the browser:
tests/e2e/test_markdown_escape.py."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from app.session import md_escape
from tests.markdown_payloads import MARKDOWN_PAYLOADS
from tests.payloads import PAYLOADS

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
ALLOWED_TAGS = {"p", "br"}


def rendered(text: str) -> tuple[set[str], str]:
    out = RENDERER.render(md_escape(text))
    tags = {t.lower() for t in re.findall(r"</?([a-zA-Z0-9]+)", out)}
    plain = html.unescape(re.sub(r"<[^>]+>", " ", out))
    return tags, plain


def words(text: str) -> list[str]:
    """The words as read (the escaper's invisible word joiners are not seen)."""
    return text.replace("\u2060", "").split()


@pytest.mark.parametrize("name", sorted(MARKDOWN_PAYLOADS))
def test_markdown_payloads_render_as_plain_text(name: str):
    text = MARKDOWN_PAYLOADS[name]
    tags, plain = rendered(text)
    assert tags <= ALLOWED_TAGS, (name, tags)
    assert words(plain) == words(text), name


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.id)
def test_script_payloads_render_as_plain_text(payload):
    tags, plain = rendered(payload.text)
    assert tags <= ALLOWED_TAGS, (payload.id, tags)
    assert words(plain) == words(payload.text), payload.id


def test_every_ascii_punctuation_character_is_escaped_or_an_entity():
    punctuation = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
    out = md_escape(punctuation)
    assert re.sub(r"\\.|&(?:lt|gt|amp);", "", out) == "", out


def test_leading_spaces_cannot_start_a_code_block():
    assert md_escape("\n    code").startswith("\n&#32;&#32;&#32;&#32;")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_any_text_renders_without_markup(text: str):
    tags, _ = rendered(text)
    assert tags <= ALLOWED_TAGS, (text, tags)
