"""Check a lexicon's data and build the typed ``Lexicon``; every problem names the file and the line.

Strict, because a teacher's typo must not pass in silence: an unknown key ("term =" for "terms ="), a
malformed family id, a label or term whose pole no family has, ``applies_to`` naming no actor, a phrase
whose optional words expand past the limit, a boilerplate pattern outside the safe language — each is an
error. Problems that leave the file usable (a family with no terms yet, no ``extends`` in a file without
words of saying of its own, a pattern that looks like a regular expression) are warnings on the lexicon.
The whole check is linear in the file's size (one index of lines, built once).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import LexiconError
from ..model import SOURCE_KINDS
from ..text.phrases import MAX_FORMS, count_forms
from .model import FAMILY_KINDS, Actor, Agency, Cue, Family, Label, Lexicon, Pole, Term
from .patterns import PatternError, forms, looks_like_regex

CUE_TYPES = ("neutral", "loaded")
FAMILY_ID_RE = re.compile(r"[a-z0-9_]{1,40}")
MAX_ENTRY_CHARS = 300  # one term, variant, alias or label
MAX_TOTAL_FORMS = 300_000  # every phrase form of the lexicon together: the compiled indexes stay small
KEYS: dict[str, frozenset[str]] = {
    "top": frozenset(
        {"meta", "axis", "families", "actors", "labels", "cues", "agencies", "sources", "hedges", "loaded"}
        | {"boilerplate", "framing", "classroom"}
    ),
    "meta": frozenset({"name", "title", "extends", "language", "description", "date", "kind"}),
    "axis": frozenset({"low", "high"}),
    "family": frozenset({"id", "label", "note", "poles", "terms", "target", "kind"}),
    "pole": frozenset({"id", "label", "position"}),
    "term": frozenset({"term", "pole", "variants", "note", "case_sensitive"}),
    "actor": frozenset({"name", "kind", "aliases", "not_aliases", "note"}),
    "label": frozenset({"label", "pole", "variants", "applies_to", "note"}),
    "cue": frozenset({"cue", "type", "forms", "note", "only"}),
    "agency": frozenset({"name", "aliases", "case_sensitive", "note"}),
    "hedges": frozenset({"words"}),
    "loaded": frozenset({"words", "plain"}),
    "boilerplate": frozenset({"line_patterns"}),
    "framing": frozenset({"ignore", "not_after", "title_qualifiers", "event_subjects"}),
    "classroom": frozenset({"intro", "questions"}),
}
_NAMED_RE = re.compile(r"""\b(id|term|name|label|cue)\s*=\s*"((?:[^"\\]|\\.)*)\"""")
_STRING_RE = re.compile(r""""((?:[^"\\]|\\.)*)"|'([^']*)'""")


class _Lines:
    """Where things are in the source: the first line of each ``key = "value"`` and of each string (one pass)."""

    def __init__(self, origin: str, source: str) -> None:
        self.origin = origin
        self.named: dict[tuple[str, str], int] = {}
        self.strings: dict[str, int] = {}
        for number, line in enumerate(source.splitlines(), start=1):
            if '"' not in line and "'" not in line:
                continue
            for m in _NAMED_RE.finditer(line):
                self.named.setdefault((m.group(1), m.group(2)), number)
            for m in _STRING_RE.finditer(line):
                self.strings.setdefault(m.group(1) if m.group(1) is not None else m.group(2), number)

    def at(self, key: str, value: object, what: str = "") -> str:
        """ "origin, line N (what)" for the entry whose ``key`` is ``value``."""
        line = self.named.get((key, str(value)))
        return self._place(line, what)

    def of_string(self, value: str, what: str = "") -> str:
        return self._place(self.strings.get(value), what)

    def _place(self, line: int | None, what: str) -> str:
        where = f"{self.origin}, line {line}" if line else self.origin
        return f"{where} ({what})" if what else where


class _Checker:
    """One check of one lexicon: the shared helpers, and the warnings found on the way."""

    def __init__(self, origin: str, source: str) -> None:
        self.origin = origin
        self.lines = _Lines(origin, source)
        self.warnings: list[str] = []
        self.forms = 0

    def keys(self, entry: Mapping[str, Any], kind: str, where: str) -> None:
        unknown = sorted(set(entry) - KEYS[kind])
        if unknown:
            key = unknown[0]
            close = difflib.get_close_matches(key, sorted(KEYS[kind]), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else f"; the keys here are {sorted(KEYS[kind])}"
            raise LexiconError(f"{where}: unknown key '{key}'{hint}")

    def strings(self, value: Any, where: str, *, phrases: bool = False) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(f"{where}: expected a list of strings")
        out = tuple(v for v in value if v.strip())
        if phrases:
            for v in out:
                self.phrase(v, where)
        return out

    def phrase(self, phrase: str, where: str) -> None:
        """A phrase that can be matched: not overlong, and its optional (…) words within the limit."""
        if len(phrase) > MAX_ENTRY_CHARS:
            raise LexiconError(f"{where}: {phrase[:40]!r}… is longer than {MAX_ENTRY_CHARS} characters")
        n = count_forms(phrase)
        if n > MAX_FORMS:
            raise LexiconError(
                f"{where}: {phrase[:60]!r} has optional (…) parts that make {n:,} forms; at most {MAX_FORMS} "
                "are allowed (list the forms as separate variants instead)"
            )
        self.forms += n
        if self.forms > MAX_TOTAL_FORMS:
            raise LexiconError(f"{self.origin}: the lexicon's phrases make more than {MAX_TOTAL_FORMS:,} forms")

    @staticmethod
    def text(entry: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = entry.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise LexiconError(f"{where}: '{key}' must be a non-empty string")
        return value.strip()

    @staticmethod
    def items(value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise LexiconError(f"{where} must be a list")
        return value

    def table(self, data: Mapping[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise LexiconError(f"{self.origin}: [{key}] must be a table")
        if key in KEYS:
            self.keys(value, key, f"{self.origin} ([{key}])")
        return value

    def tables(self, data: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise LexiconError(f"{self.origin}: '{key}' must be a list of tables ([[{key}]])")
        return value

    def entries(self, data: Mapping[str, Any], key: str, name_key: str, kind: str) -> Iterator[tuple[dict, str]]:
        """Each table of ``[[key]]`` with where it is ("file, line N (kind)"), its keys checked."""
        for raw in self.tables(data, key):
            where = self.lines.at(name_key, raw.get(name_key, ""), kind)
            self.keys(raw, kind, where)
            yield raw, where


def _poles(c: _Checker, entry: Mapping[str, Any], where: str) -> tuple[Pole, ...]:
    poles = []
    for pole in c.items(entry.get("poles"), f"{where}: 'poles'"):
        if not isinstance(pole, dict):
            raise LexiconError(f"{where}: each pole needs id, label and position")
        c.keys(pole, "pole", where)
        pid = c.text(pole, "id", where)
        try:
            position = float(pole.get("position", 0.0))
        except (TypeError, ValueError):
            raise LexiconError(f"{where}: pole {pid!r} has a position that is not a number") from None
        if not -1.0 <= position <= 1.0:
            raise LexiconError(f"{where}: pole {pid!r} position must be between -1 and 1")
        poles.append(Pole(pid, str(pole.get("label", pid)), position))
    if not poles:
        raise LexiconError(f"{where}: a family needs at least one pole")
    return tuple(poles)


def _terms(c: _Checker, entry: Mapping[str, Any], fid: str, pole_ids: set[str], where: str) -> tuple[Term, ...]:
    terms = []
    seen: dict[str, str] = {}
    for raw in c.items(entry.get("terms"), f"{where}: 'terms'"):
        if not isinstance(raw, dict):
            raise LexiconError(f"{where}: each term must be a table with term, pole and variants")
        name = raw.get("term", "")
        term_where = c.lines.at("term", name, f"family {fid!r}, term {name!r}")
        c.keys(raw, "term", term_where)
        name = c.text(raw, "term", term_where)
        pole = c.text(raw, "pole", term_where)
        if pole not in pole_ids:
            raise LexiconError(f"{term_where}: pole {pole!r} is not one of the family's poles {sorted(pole_ids)}")
        variants = c.strings(raw.get("variants"), term_where, phrases=True)
        c.phrase(name, term_where)
        for v in (name, *variants):
            key = v.lower()
            if key in seen and seen[key] != name:
                raise LexiconError(f"{term_where}: {v!r} is also a variant of {seen[key]!r} in the same family")
            seen[key] = name
        terms.append(Term(fid, name, pole, variants, str(raw.get("note", "")), bool(raw.get("case_sensitive", False))))
    return tuple(terms)


def _family(c: _Checker, entry: Mapping[str, Any]) -> Family:
    fid = entry.get("id", "")
    where = c.lines.at("id", fid, f"family {fid!r}")
    c.keys(entry, "family", where)
    fid = c.text(entry, "id", where)
    if not FAMILY_ID_RE.fullmatch(fid):
        suggestion = re.sub(r"[^a-z0-9_]+", "_", fid.lower()).strip("_")[:40] or "my_family"
        raise LexiconError(f"{where}: a family id uses only a-z, 0-9 and _ (up to 40), for example {suggestion!r}")
    poles = _poles(c, entry, where)
    terms = _terms(c, entry, fid, {p.id for p in poles}, where)
    if not terms:
        c.warnings.append(f"{where}: the family has no terms yet, so it finds nothing")
    fields = (str(entry.get(k, "")) for k in ("label", "note", "target", "kind"))
    label, note, target, kind = fields
    if kind not in FAMILY_KINDS:
        known = ", ".join(repr(k) for k in FAMILY_KINDS if k)
        raise LexiconError(f"{where}: kind {kind!r} is not a kind of family ({known}; or leave it out)")
    return Family(fid, label or fid, note, poles, terms, target, kind)


def _actors(c: _Checker, data: Mapping[str, Any]) -> tuple[Actor, ...]:
    actors = []
    for raw, where in c.entries(data, "actors", "name", "actor"):
        name = c.text(raw, "name", where)
        aliases = c.strings(raw.get("aliases"), where, phrases=True) or (name,)
        not_aliases = c.strings(raw.get("not_aliases"), where, phrases=True)
        actors.append(Actor(name, str(raw.get("kind", "")), aliases, not_aliases))
    return tuple(actors)


def _labels(c: _Checker, data: Mapping[str, Any], families: tuple[Family, ...], actors: tuple[Actor, ...]):
    pole_ids = {p.id for f in families for p in f.poles}
    targets = {a.kind for a in actors if a.kind} | {a.name for a in actors}
    labels = []
    for raw, where in c.entries(data, "labels", "label", "label"):
        label = c.text(raw, "label", where)
        pole = str(raw.get("pole", ""))
        if pole and families and pole not in pole_ids:
            raise LexiconError(f"{where}: pole {pole!r} is not a pole of any family ({', '.join(sorted(pole_ids))})")
        applies_to = str(raw.get("applies_to", ""))
        if applies_to and applies_to not in targets:
            known = ", ".join(sorted(targets)) or "none: the lexicon has no actors"
            raise LexiconError(f"{where}: applies_to {applies_to!r} is not an actor or a kind of actor ({known})")
        variants = c.strings(raw.get("variants"), where, phrases=True)
        c.phrase(label, where)
        labels.append(Label(label, pole, variants, applies_to))
    return tuple(labels)


def _cues(c: _Checker, data: Mapping[str, Any]) -> tuple[Cue, ...]:
    cues = []
    for raw, where in c.entries(data, "cues", "cue", "cue"):
        cue_type = c.text(raw, "type", where)
        if cue_type not in CUE_TYPES:
            raise LexiconError(f"{where}: type must be one of {CUE_TYPES}, not {cue_type!r}")
        forms_ = c.strings(raw.get("forms"), where, phrases=True)
        only = c.strings(raw.get("only"), where)
        unknown = sorted(set(only) - set(SOURCE_KINDS))
        if unknown:
            raise LexiconError(f"{where}: only names {unknown[0]!r}, which is not a kind of source {SOURCE_KINDS}")
        cues.append(Cue(c.text(raw, "cue", where), cue_type, forms_, str(raw.get("note", "")), only))
    return tuple(cues)


def _agencies(c: _Checker, data: Mapping[str, Any]) -> tuple[Agency, ...]:
    agencies = []
    for raw, where in c.entries(data, "agencies", "name", "agency"):
        name = c.text(raw, "name", where)
        aliases = c.strings(raw.get("aliases"), where, phrases=True) or (name,)
        agencies.append(Agency(name, aliases, bool(raw.get("case_sensitive"))))
    return tuple(agencies)


def _patterns(c: _Checker, data: Mapping[str, Any]) -> tuple[str, ...]:
    patterns = c.strings(c.table(data, "boilerplate").get("line_patterns"), f"{c.origin} (boilerplate)")
    for pattern in patterns:
        where = c.lines.of_string(pattern, "boilerplate")
        try:
            forms(pattern)
        except PatternError as exc:
            raise LexiconError(f"{where}: bad boilerplate pattern: {exc}") from None
        if looks_like_regex(pattern):
            c.warnings.append(
                f"{where}: the boilerplate pattern {pattern!r} looks like a regular expression, which is matched "
                "as plain text; write it with * (any text) and {a,b} (choices), e.g. 'skip to {main ,}content'"
            )
    return patterns


def lexicon_from_dict(
    data: dict[str, Any], origin: str = "lexicon", *, source: str = "", warnings: tuple[str, ...] = ()
) -> Lexicon:
    """Check a (merged) lexicon dict and build the typed lexicon; errors say where, warnings ride along."""
    if not isinstance(data, dict):
        raise LexiconError(f"{origin}: a lexicon must be a table")
    c = _Checker(origin, source)
    c.warnings.extend(warnings)
    c.keys(data, "top", origin)
    meta, axis, framing = c.table(data, "meta"), c.table(data, "axis"), c.table(data, "framing")
    classroom = c.table(data, "classroom")
    families = tuple(_family(c, f) for f in c.tables(data, "families"))
    ids = [f.id for f in families]
    if len(ids) != len(set(ids)):
        raise LexiconError(f"{origin}: two families share an id ({sorted({i for i in ids if ids.count(i) > 1})})")
    actors = _actors(c, data)
    actor_names = {a.name for a in actors}
    for fam in families:
        if fam.target and fam.target not in actor_names:
            where = c.lines.at("id", fam.id, f"family {fam.id!r}")
            raise LexiconError(f"{where}: the family targets {fam.target!r}, which is not an actor")
    sources = {k: c.strings(v, f"{origin} (sources.{k})", phrases=True) for k, v in c.table(data, "sources").items()}
    return Lexicon(
        name=str(meta.get("name", origin)),
        title=str(meta.get("title", meta.get("name", origin))),
        axis_low=str(axis.get("low", "")),
        axis_high=str(axis.get("high", "")),
        families=families,
        actors=actors,
        labels=_labels(c, data, families, actors),
        cues=_cues(c, data),
        agencies=_agencies(c, data),
        sources=sources,
        hedges=c.strings(c.table(data, "hedges").get("words"), f"{origin} (hedges.words)", phrases=True),
        loaded=c.strings(c.table(data, "loaded").get("words"), f"{origin} (loaded.words)", phrases=True),
        loaded_plain=c.strings(c.table(data, "loaded").get("plain"), f"{origin} (loaded.plain)", phrases=True),
        boilerplate_patterns=_patterns(c, data),
        ignore=c.strings(framing.get("ignore"), f"{origin} (framing.ignore)", phrases=True),
        not_after=c.strings(framing.get("not_after"), f"{origin} (framing.not_after)", phrases=True),
        title_qualifiers=c.strings(framing.get("title_qualifiers"), f"{origin} (framing.title_qualifiers)"),
        event_subjects=c.strings(framing.get("event_subjects"), f"{origin} (framing.event_subjects)"),
        data=data,
        warnings=tuple(dict.fromkeys(c.warnings)),
        intro=" ".join(str(classroom.get("intro", "")).split()),
        questions=c.strings(classroom.get("questions"), f"{origin} (classroom.questions)"),
    )
