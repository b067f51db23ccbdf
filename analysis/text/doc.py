"""One ``Doc`` per article: its sentences, tokens and quoted passages, built once and handed to every stage.

No stage splits, tokenises or looks for quotation marks again, and nothing is cached by the raw text: what
an analysis builds belongs to that analysis and goes when it ends.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from ..model import Article, Sentence, Span
from .quotes import quote_spans
from .sentences import looks_english, split_sentences
from .tokens import Tokens, tokenize

MAX_HEADLINE_WORDS = 25  # the first line
MAX_HEADING_WORDS = 10  # a subheading further down
TOP_LINES = 2  # the first two lines may be a headline and a standfirst
SENTENCE_END = ".!?…:"
CLOSING = " \t)]\"”’'»"


class Doc:
    """An article ready for the stages: ``text``, ``sentences`` (boilerplate marked), ``tokens``, ``quotes``."""

    __slots__ = ("__dict__", "article", "quotes", "sentences", "text", "tokens")

    def __init__(self, article: Article, *, tokens: Tokens | None = None) -> None:
        """``tokens``: the article text's tokens if something already made them (batch mode's lexicon fit)."""
        self.article = article
        self.text = article.text
        self.sentences: tuple[Sentence, ...] = split_sentences(article.text, article.boilerplate)
        if tokens is not None and tokens.text != article.text:
            raise ValueError("Doc: the tokens given are of another text; pass the article's own or none")
        self.tokens: Tokens = tokens if tokens is not None else tokenize(article.text)
        self.quotes: tuple[Span, ...] = quote_spans(article.text)

    @cached_property
    def scored(self) -> tuple[Sentence, ...]:
        """The sentences that are the article's own voice (not boilerplate): the ones every measure counts."""
        return tuple(s for s in self.sentences if not s.boilerplate)

    @cached_property
    def token_ranges(self) -> dict[int, tuple[int, int]]:
        """Scored sentence index -> (first token, one past the last token)."""
        starts = self.tokens.starts
        return {s.index: (bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in self.scored}

    @cached_property
    def words(self) -> int:
        """Word tokens in the scored sentences."""
        before = self.tokens.words_before
        return sum(before[hi] - before[lo] for lo, hi in self.token_ranges.values())

    @cached_property
    def headings(self) -> frozenset[int]:
        """Sentences that are headlines or subheadings: alone in their line, short, with no final stop.

        A headline often restates what the body attributes ("…, says Kremlin"); it is not a second report.
        """
        lines: dict[int, list[Sentence]] = {}
        for s in self.scored:
            lines.setdefault(s.paragraph, []).append(s)
        top = sorted(lines)[:TOP_LINES]  # the headline and a standfirst under it
        out = set()
        for paragraph, found in lines.items():
            words = sum(len(s.text.split()) for s in found)
            limit = MAX_HEADLINE_WORDS if paragraph in top else MAX_HEADING_WORDS
            alone = len(found) == 1 or paragraph in top  # "Now make Codexa pay! Firm … , says ex-minister"
            if paragraph != top[0] and len(found) == 1 and paragraph in top:
                # a standfirst sums up in the third person; "I eventually asked a friend …" is the body
                limit = MAX_HEADLINE_WORDS if " I " not in f" {found[0].text} " else MAX_HEADING_WORDS
            if alone and words <= limit and found[-1].text.rstrip(CLOSING)[-1:] not in SENTENCE_END:
                out.update(s.index for s in found)
        return frozenset(out)

    @cached_property
    def english(self) -> bool:
        return looks_english(self.text, self.tokens)

    def token_at(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect_left(self.tokens.starts, offset)

    def span(self, first: int, last: int) -> Span:
        """The text of tokens ``first`` .. ``last`` - 1 as a span."""
        return Span.of(self.text, self.tokens.starts[first], self.tokens.ends[last - 1])

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def quoted(self, offset: int) -> Span | None:
        """The quoted passage that holds ``offset`` (after its opening mark), or None."""
        i = bisect_right(self._quote_starts, offset) - 1
        return self.quotes[i] if i >= 0 and self.quotes[i].start < offset < self.quotes[i].end else None
