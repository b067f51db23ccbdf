"""An HTML fragment's tags, attributes, styles and text, for the tests that prove output holds no live markup."""

from __future__ import annotations

from html.parser import HTMLParser


class MarkupCollector(HTMLParser):
    """Tags, attributes and text of an HTML fragment, with <sup> tags (the marks' own labels) set apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.styles: list[str] = []  # every style attribute's value
        self.text: list[str] = []
        self._sup = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        self.styles.extend(value or "" for name, value in attrs if name == "style")
        if tag == "br":
            self.text.append("\n")
        self._sup += tag == "sup" or (tag == "span" and ("class", "tag") in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        if tag == "br":
            self.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._sup and tag in ("sup", "span"):
            self._sup -= 1

    def handle_data(self, data: str) -> None:
        if not self._sup:
            self.text.append(data)


def parse_fragment(fragment: str) -> MarkupCollector:
    parser = MarkupCollector()
    parser.feed(fragment)
    parser.close()
    return parser
