"""The one palette of FrameLens: the app's highlights, its charts and the offline report all read it.

Every colour comes with a second cue for colour-blind readers: framing terms a position tag, sources a tag
and an underline style in the text and a bar pattern in the charts, articles a marker symbol and a pattern.
Framing poles run orange (−1) to purple (+1), safe for red-green colour blindness; sources use Okabe–Ito;
articles use blues, greens, black and olive, never orange or purple, so an article is never read as a pole.
Every colour used for text passes 4.5:1 against white and against the lightest highlight.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- framing poles: orange (−1) ↔ purple (+1) ----------------------------------------------------

# Highlighted terms: (upper bound of the position, background, band); light enough to read the word on.
TERM_BANDS = (
    (-0.75, "#fdb863", "low"),
    (-0.01, "#fee0b6", "low"),
    (0.01, "#e4e4e4", "mid"),
    (0.75, "#d8daeb", "high"),
    (1.01, "#b2abd2", "high"),
)
# Charts: the same scale as a plotly colour scale, white in the middle so cell labels stay readable.
POLE_SCALE = ((0.0, "#e66101"), (0.25, "#fdb863"), (0.5, "#f7f7f7"), (0.75, "#b2abd2"), (1.0, "#5e3c99"))
LABEL_COLOUR = "#5e3c99"  # a label pinned on an actor: boxed above and below in the scale's purple
BOILERPLATE_COLOUR = "#5f5f5f"  # 6.4:1 on white
LOADED_COLOUR = "#B2182B"  # a loaded verb of saying ("claimed", "admitted")
EVIDENCE_COLOUR = "#ffe9a8"  # the words behind a number, in the "why?" lists
TAG_COLOUR = "#333"
MUTED_TEXT = "#4b5563"  # captions and notes: 7.6:1 on white


def term_band(position: float) -> tuple[str, str]:
    """Background colour and band ("low", "mid", "high") of a framing position from −1 to +1."""
    for bound, colour, band in TERM_BANDS:
        if position < bound:
            return colour, band
    return TERM_BANDS[-1][1], TERM_BANDS[-1][2]


# --- sources by kind -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceLook:
    """How one kind of source shows: a colour, an underline style in the text, a bar pattern, a short tag in
    words, and ``text``: a darker shade of the colour for the tag, readable on white and on a highlight."""

    colour: str
    line: str
    pattern: str
    tag: str
    text: str = "#333333"


SOURCE_LOOKS = {
    "named": SourceLook("#009E73", "solid", "", "named", "#005c43"),
    "anonymous": SourceLook("#D55E00", "dashed", "/", "anonymous", "#8a3500"),
    "agency": SourceLook("#0072B2", "double", "x", "agency", "#004a75"),
    "organization": SourceLook("#CC79A7", "dotted", ".", "organisation", "#7d2a5f"),
    "document": SourceLook("#E69F00", "wavy", "-", "document", "#5f4000"),
    "self": SourceLook("#555555", "solid", "+", "own voice", "#3d3d3d"),
}
# How each kind of source is said in a sentence: (one, many).
KIND_NAMES = {
    "named": ("named person", "named people"),
    "anonymous": ("anonymous source", "anonymous sources"),
    "agency": ("news agency", "news agencies"),
    "organization": ("organisation", "organisations"),
    "document": ("document", "documents"),
    "self": ("time the writer speaks for themselves", "times the writer speaks for themselves"),
}
# The key to the source marks: what each kind is, in words.
KIND_DESCRIPTIONS = {
    "named": "a person named in the text",
    "anonymous": "a source the reader cannot identify",
    "agency": "a news agency (Reuters, TASS …)",
    "organization": "an organisation, ministry or group",
    "document": "a report, statement or document",
    "self": "the writer or outlet speaking for itself",
}


def source_look(kind: str) -> SourceLook:
    """The look of a source kind; a kind the palette does not know is dark grey, tagged with its name."""
    return SOURCE_LOOKS.get(kind, SourceLook("#333333", "solid", "", kind.replace("_", " ")))


# --- articles in charts --------------------------------------------------------------------------

# No orange and no purple: those are the framing poles' colours.
ARTICLE_COLOURS = ("#0072B2", "#009E73", "#222222", "#56B4E9", "#999933", "#117733", "#1B3A6B", "#7F7F7F")
ARTICLE_SYMBOLS = (
    "circle",
    "square",
    "diamond",
    "triangle-up",
    "x",
    "star",
    "cross",
    "pentagon",
    "hexagon",
    "triangle-down",
)
ARTICLE_PATTERNS = ("", "/", "x", ".", "-", "+")


def article_colour(index: int) -> str:
    return ARTICLE_COLOURS[index % len(ARTICLE_COLOURS)]


def article_symbol(index: int) -> str:
    return ARTICLE_SYMBOLS[index % len(ARTICLE_SYMBOLS)]


def article_pattern(index: int) -> str:
    return ARTICLE_PATTERNS[index % len(ARTICLE_PATTERNS)]
