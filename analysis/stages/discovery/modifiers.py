"""Labels that no person noun ends: a word of political position before a party's or a person's name ("the
centre-right Democratic Alliance"), and relative clauses that belong to someone else ("X, whose party Y …")."""

from __future__ import annotations

import re

from ...lexicon.model import Lexicon
from ...text.tokens import PUNCT
from .words import FAMILY_NOUNS, LINKING

# "far-right", "hard-left", "radical-left", "pro-business", "anti-immigration": a position by its prefix.
_POSITION = re.compile(r"(?:far|hard|radical|extreme|ultra)-(?:left|right)(?:-wing)?|(?:pro|anti)-[a-z]+|once-[a-z]+")
# What may open the noun phrase before the position words: an article, a possessive, or nothing (a clause start).
_OPENERS = frozenset({"the", "its", "his", "her", "their"})
# Bodies named after an office word ("the Justice Department", "the Defence Ministry", "the Chief Secretary's
# Office"): after a title word, one of these is the body's name, not a person the title is given to.
INSTITUTIONS = frozenset(
    {"department", "ministry", "office", "court", "committee", "commission", "council", "service", "agency"}
)


def orientation_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's plain words of political position (``orientation_modifiers``), built once per lexicon."""
    return lexicon.compiled.memo(
        "discovery.orientation",
        lambda lex: frozenset(w.lower() for w in lex.source_words("orientation_modifiers")),
    )


def position_word(reader, k: int) -> bool:
    """Is token ``k`` a lower-case word of political position ("populist", "centre-right", "pro-business")?"""
    text = reader.toks.texts[k]
    if not text[:1].islower():
        return False
    low = reader.toks.lows[k]
    return low in reader.orientation or ("-" in low and _POSITION.fullmatch(low) is not None)


def orientation_before(reader, index: int, lo: int, first: int, actor: str, mention: tuple[int, int]) -> bool:
    """'The centre-right Democratic Alliance', 'the socially conservative IFP', "South Africa's governing ORG":
    the position words (and an -ly adverb before them) right before the name, after an article, a possessive
    or a clause boundary, are a pre-modifier label on it. True if one was read."""
    toks = reader.toks
    k = first - 1
    while k >= lo and position_word(reader, k):
        k -= 1
    if k == first - 1:
        return False
    if k >= lo and toks.lows[k].endswith("ly") and reader.tag(k) == "RB":
        k -= 1  # "socially conservative", "economically liberal"
    elif k - 1 >= lo and reader.tag(k) == "JJ" and toks.texts[k].islower() and toks.lows[k - 1] in _OPENERS:
        k -= 1  # "the small left-wing ORG": a plain adjective before the position words (helper s25-labels)
    opener = k < lo or toks.lows[k] in _OPENERS or toks.texts[k].endswith(("'s", "’s")) or toks.texts[k] in ",(;:"
    if not opener:
        return False  # "voted populist Tories out": the word belongs to the clause, not to the name
    reader.emit(k + 1, first, actor, mention, "premodifier", "label before name", index)
    return True


def names_another(reader, k: int, end: int) -> bool:
    """A 'whose' clause that names another actor ("X, whose Economic Freedom Fighters slipped …", "ORG, whose
    leader Y is …"): it tells a relation of X's, and its labels are the other actor's, not X's."""
    toks = reader.toks
    if toks.lows[k] != "whose" or k + 1 >= end:
        return False
    j = k + 1
    if not toks.texts[j][:1].isupper() and j + 1 < end and reader._personish(j):
        j += 1  # "whose leader Y"
    return toks.texts[j][:1].isupper()


def name_head(reader, i: int, index: int) -> bool:
    """A capitalised group word after another capitalised word in running text ("the Economic Freedom
    Fighters", "the Patriotic Front") ends a name: the party's name, not a category label on it."""
    toks = reader.toks
    return (
        index not in reader.doc.headings
        and toks.texts[i][:1].isupper()
        and i - 1 not in reader.sentence_starts
        and i >= 1
        and toks.texts[i - 1][:1].isupper()
        and not reader._is_title(i - 1)
    )


def party_noun(reader, k: int, cut: int) -> bool:
    """'X, a Democrat,' / 'X, a Conservative,': "a" + one capitalised noun that is the whole apposition
    (a party or a faith), or a rank before one ("the committee's top Republican"); a name of a place or a body
    after "the" is not one."""
    toks = reader.toks
    if (
        cut - k >= 2
        and toks.lows[k] in ("a", "an", "the")
        and (position_word(reader, cut - 1) or toks.lows[cut - 1] == "independent")
    ):
        return True  # "X, a leftist,", "X, the Vermont independent,": a position as a noun (helper s25-labels)
    if cut - k >= 3 and toks.texts[cut - 1][:1].isupper() and reader.tag(cut - 2).startswith("JJ"):
        # "X, the committee's top Republican,", "X, the Senate's most senior Democrat,": a rank and a party noun
        return toks.texts[cut - 2][:1].islower() and toks.lows[cut - 1] not in reader.nouns.places
    return (
        cut == k + 2
        and toks.lows[k] in ("a", "an")
        and toks.texts[k + 1][:1].isupper()
        and toks.lows[k + 1] not in reader.nouns.places
    )


_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i")


def demonym_stand_in(reader, index: int, lo: int, hi: int, first: int, last: int) -> str | None:
    """'The Austrian, who …', 'The Bulgarian denies …': "the" and a nationality adjective alone, opening the
    clause, stand in for the article's main person; the label is read here and the main person returned."""
    toks = reader.toks
    k = first - 1
    if last != first + 1 or k < lo or toks.lows[k] != "the" or reader.tag(first) != "JJ":
        return None
    if not toks.lows[first].endswith(_DEMONYM_ENDINGS) or (k > lo and toks.texts[k - 1] not in (",", ";")):
        return None
    if last < hi and toks.texts[last] != "," and not reader.tag(last).startswith("VB"):
        return None  # "the Austrian government": a modifier
    actor = reader.protagonist()
    if actor:
        reader.emit(k, last, actor, (k, last), "other", "category", index)
    return actor


_LEADING = frozenset({"led", "headed", "chaired", "run"})


def led_by_person(reader, k: int, end: int) -> bool:
    """'ORG, led by John Smith,': a participle of leading and a name say who leads the body, not what it is
    ("X, backed by Ankara," still labels X)."""
    toks = reader.toks
    return toks.lows[k] in _LEADING and k + 2 < end and toks.texts[k + 2][:1].isupper()


def closes_apposition(reader, lo: int, hi: int, j: int, mention: tuple[int, int]) -> bool:
    """'Its leader, President X, is a …': a comma and a linking verb right after a name that an apposition
    before it opened (a comma, then only capitalised or title words, before the name)."""
    toks = reader.toks
    if toks.texts[j] != "," or j + 1 >= hi or toks.lows[j + 1] not in LINKING:
        return False
    k = mention[0] - 1
    while k >= lo and k >= mention[0] - 3 and toks.texts[k] != "," and reader._is_title(k):
        k -= 1
    return k > lo and toks.texts[k] == ","


def alias(reader, first: int, lo: int) -> bool:
    """Is the name an alias of the one before ("known (online) as X", "aka X", "formerly X")?"""
    lows = reader.toks.lows
    k = first - 1
    if k >= lo and lows[k] == "the":
        k -= 1
    return k - 1 >= lo and (
        (lows[k] == "as" and "known" in lows[max(lo, k - 3) : k]) or lows[k] in ("aka", "alias", "formerly")
    )


PLACE_PREPOSITIONS = frozenset({"from", "in", "near", "outside"})


def place_continues(reader, comma: int, lo: int) -> bool:
    """'the electrician from Kokomo, Indiana': a capitalised word after a preposition of place right before a comma
    is a place, and the name after the comma its state or country, not an actor (helper s25-labels)."""
    toks = reader.toks
    return comma - 2 >= lo and toks.lows[comma - 2] in PLACE_PREPOSITIONS and toks.texts[comma - 1][:1].isupper()


# Words that date a relation without characterising anyone ("her former husband X", "his late wife X").
PAST_RELATION = frozenset({"former", "late", "ex"})


def kin(reader, i: int, lo: int) -> bool:
    """'his glamorous British-born wife Asma': a kinship noun with a modifier that characterises; a bare
    'his father Hafez' names a relation, not a label, and so does 'her former husband X' (s25-labels5)."""
    toks = reader.toks
    if toks.bases[i] not in FAMILY_NOUNS or i - 1 < lo or toks.lows[i - 1] in PAST_RELATION:
        return False  # "her former husband X", "his late wife X": still a relation, no characterisation
    tag = reader.tag(i - 1)
    return tag.startswith("JJ") or ("-" in toks.texts[i - 1] and tag != PUNCT)


def reduced_relative(reader, k: int, x: int) -> bool:
    """'X, an Austrian wanted by German police,': a participle right after "a/an" and a nationality is a
    reduced relative on the apposition ("wanted", "based", "living"), not the verb of a new clause."""
    toks = reader.toks
    return (
        x == k + 2
        and toks.lows[k] in ("a", "an")
        and toks.texts[k + 1][:1].isupper()
        and toks.lows[k + 1].endswith(_DEMONYM_ENDINGS)
        and toks.lows[x].endswith("ed")
    )


def demonym_head(reader, k: int, cut: int) -> bool:
    """'X, an American based in Kyiv,', 'X, a Bulgarian living in London,': "a/an" and a nationality noun
    (tagged an adjective, with a demonym's ending) open an apposition that says who X is."""
    toks = reader.toks
    return (
        k + 1 < cut
        and toks.lows[k] in ("a", "an")
        and toks.texts[k + 1][:1].isupper()
        and reader.tag(k + 1) in ("JJ", "NNP")
        and toks.lows[k + 1].endswith(_DEMONYM_ENDINGS)
        and toks.lows[k + 1] not in reader.nouns.places
    )


TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"})
TIME_LINKS = frozenset({"after", "before", "later", "ago", "since", "on", "into"})


def time_apposition(reader, k: int, end: int) -> bool:
    """'Moscow, a year after he fled …,', 'X, two weeks after the vote,': a time phrase after a comma, not an
    apposition on the name before it (helper labels3-s24)."""
    lows = reader.toks.lows
    j = k + 1 if lows[k] in ("a", "an", "the", "one") or reader.tag(k) == "CD" or lows[k].isdigit() else k
    return j + 1 < end and lows[j] in TIME_UNITS and lows[j + 1] in TIME_LINKS
