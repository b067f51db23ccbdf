"""Load, check and merge lexicon files (TOML) that a teacher can read and edit.

A lexicon holds the knowledge FrameLens uses: term families with poles, actors and their aliases,
labels, verbs of saying, kinds of source, news agencies, hedges, loaded words and boilerplate lines.
An event file ``extends`` the general file. Errors name the file and, where it can be found, the line.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ..resources import LEXICON_DIR
from ..text.phrases import MatcherPair, PhraseMatcher

DEFAULT_LEXICON = "syria-2024"
GENERAL_LEXICON = "general-news"
MAX_LEXICON_BYTES = 1_000_000
CUE_TYPES = ("neutral", "loaded")


# --- the parts of a lexicon --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pole:
    id: str
    label: str
    position: float


@dataclass(frozen=True, slots=True)
class Term:
    family: str
    term: str
    pole: str
    variants: tuple[str, ...]
    note: str = ""
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    label: str
    note: str
    poles: tuple[Pole, ...]
    terms: tuple[Term, ...]
    target: str = ""
    kind: str = ""  # "title": a title is someone else's when another name follows it

    def pole(self, pole_id: str) -> Pole:
        return next(p for p in self.poles if p.id == pole_id)


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...]
    not_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Label:
    label: str
    pole: str
    variants: tuple[str, ...]
    applies_to: str = ""  # actor kind a bare "these <label>" refers back to ("group", "person")


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    type: str
    forms: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    case_sensitive: bool = False


@dataclass(frozen=True)
class Lexicon:
    """A merged, checked lexicon. ``data`` is the plain dict it was built from (for editing and export)."""

    name: str
    title: str
    axis_low: str
    axis_high: str
    families: tuple[Family, ...]
    actors: tuple[Actor, ...]
    labels: tuple[Label, ...]
    cues: tuple[Cue, ...]
    agencies: tuple[Agency, ...]
    sources: dict[str, tuple[str, ...]]
    hedges: tuple[str, ...]
    loaded: tuple[str, ...]
    boilerplate_patterns: tuple[str, ...]
    ignore: tuple[str, ...]
    not_after: tuple[str, ...]
    data: dict[str, Any] = field(repr=False, compare=False)

    @cached_property
    def fingerprint(self) -> str:
        """A stable hash of the content, for caches."""
        blob = json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def family(self, family_id: str) -> Family:
        return next(f for f in self.families if f.id == family_id)

    # Compiled matchers, built once per lexicon and shared by every article.
    @cached_property
    def term_matchers(self) -> dict[str, MatcherPair[Term]]:
        return {
            fam.id: MatcherPair(
                ((v, t, t.case_sensitive) for t in fam.terms for v in (t.variants or (t.term,))), inflect=True
            )
            for fam in self.families
        }

    @cached_property
    def actor_matcher(self) -> MatcherPair[str]:
        entries = [(a, actor.name, _looks_case_sensitive(a)) for actor in self.actors for a in actor.aliases]
        return MatcherPair(entries)

    @cached_property
    def not_alias_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher((n, actor.name) for actor in self.actors for n in actor.not_aliases)

    @cached_property
    def label_matcher(self) -> MatcherPair[Label]:
        return MatcherPair((v, lab, False) for lab in self.labels for v in (lab.variants or (lab.label,)))

    @cached_property
    def not_after_regex(self) -> re.Pattern[str] | None:
        """Words after which a targeted term is about someone else ("Syrians fleeing")."""
        if not self.not_after:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.not_after, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)

    @cached_property
    def ignore_matcher(self) -> PhraseMatcher[str]:
        """Names inside which term words do not count ("… Coalition of Opposition and Revolutionary Forces")."""
        return PhraseMatcher((p, p) for p in self.ignore)

    @cached_property
    def cue_matcher(self) -> PhraseMatcher[Cue]:
        return PhraseMatcher((f, cue) for cue in self.cues for f in (cue.cue, *cue.forms))

    @cached_property
    def agency_matcher(self) -> MatcherPair[Agency]:
        return MatcherPair((a, ag, ag.case_sensitive) for ag in self.agencies for a in (ag.name, *ag.aliases))

    @cached_property
    def hedge_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher((h, h) for h in self.hedges)

    @cached_property
    def loaded_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher((w, w) for w in self.loaded)

    @cached_property
    def boilerplate_regexes(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self.boilerplate_patterns)

    def source_words(self, key: str) -> tuple[str, ...]:
        return self.sources.get(key, ())


def _looks_case_sensitive(alias: str) -> bool:
    """Short all-capital aliases (HTS, SNHR, UN) match only in capitals, so "hts" in a URL does not count."""
    return alias.isupper() and len(alias) <= 5


# --- reading files -----------------------------------------------------------------------------


def _line_of(source: str, needle: str) -> int | None:
    for number, line in enumerate(source.splitlines(), start=1):
        if needle and needle in line:
            return number
    return None


def _where(origin: str, source: str, needle: str) -> str:
    line = _line_of(source, needle)
    return f"{origin}, line {line}" if line else origin


def parse_toml(source: str, origin: str = "lexicon") -> dict[str, Any]:
    """Parse lexicon TOML text; syntax errors name the origin and line."""
    if len(source.encode("utf-8", "replace")) > MAX_LEXICON_BYTES:
        raise LexiconError(f"{origin}: the file is larger than {MAX_LEXICON_BYTES // 1000} kB")
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{origin}: not valid TOML ({exc})") from None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Event lexicon on top of the general one: lists are joined, same-named families replaced."""
    merged: dict[str, Any] = {k: v for k, v in base.items()}
    for key, value in extra.items():
        if key == "families":
            by_id = {f.get("id"): f for f in merged.get("families", [])}
            for fam in value:
                by_id[fam.get("id")] = fam
            merged["families"] = list(by_id.values())
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *value]
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            inner = dict(merged[key])
            for k, v in value.items():
                inner[k] = [*inner[k], *v] if isinstance(v, list) and isinstance(inner.get(k), list) else v
            merged[key] = inner
        else:
            merged[key] = value
    if isinstance(merged.get("meta"), dict):
        merged["meta"] = {k: v for k, v in merged["meta"].items() if k != "extends"}
    return merged


def resolve(data: dict[str, Any], origin: str, *, directory: Path = LEXICON_DIR) -> dict[str, Any]:
    """Follow ``meta.extends`` to the general lexicon it builds on (one level is enough)."""
    if not isinstance(data, dict):
        raise LexiconError(f"{origin}: a lexicon must be a table")
    parent = _table(data, "meta", origin).get("extends")
    if not parent:
        return data
    if not re.fullmatch(r"[\w.-]+", str(parent)):
        raise LexiconError(f"{origin}: meta.extends must name a lexicon in data/lexicons, not {parent!r}")
    path = directory / f"{parent}.toml"
    if not path.is_file():
        raise LexiconError(f"{origin}: meta.extends names {parent!r}, which is not in data/lexicons")
    base = parse_toml(path.read_text(encoding="utf-8"), path.name)
    return _merge(base, data)


def load_lexicon(name_or_path: str | Path = DEFAULT_LEXICON) -> Lexicon:
    """A lexicon by name (a file in data/lexicons) or by path."""
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = LEXICON_DIR / f"{name_or_path}.toml"
    if not path.is_file():
        raise LexiconError(f"{name_or_path}: no such lexicon file")
    source = path.read_text(encoding="utf-8", errors="replace")
    return lexicon_from_toml(source, path.name)


def lexicon_from_toml(source: str, origin: str = "lexicon") -> Lexicon:
    """Build a lexicon from TOML text (an uploaded file, or one edited in the app)."""
    data = resolve(parse_toml(source, origin), origin)
    return lexicon_from_dict(data, origin, source=source)


def lexicon_to_toml(lexicon: Lexicon) -> str:
    """The merged lexicon as one self-contained TOML file."""
    import tomli_w

    return tomli_w.dumps(lexicon.data)


# --- checking ----------------------------------------------------------------------------------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return tuple(v for v in value if v.strip())


def _text(entry: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise LexiconError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise LexiconError(f"{where} must be a list")
    return value


def _table(data: dict[str, Any], key: str, origin: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise LexiconError(f"{origin}: [{key}] must be a table")
    return value


def _table_list(data: dict[str, Any], key: str, origin: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise LexiconError(f"{origin}: '{key}' must be a list of tables ([[{key}]])")
    return value


def _family(entry: dict[str, Any], origin: str, source: str) -> Family:
    fid = entry.get("id", "")
    where = _where(origin, source, f'id = "{fid}"') + f" (family {fid!r})"
    fid = _text(entry, "id", where)
    poles = []
    for pole in _list(entry.get("poles"), f"{where}: 'poles'"):
        if not isinstance(pole, dict):
            raise LexiconError(f"{where}: each pole needs id, label and position")
        pid = _text(pole, "id", where)
        try:
            position = float(pole.get("position", 0.0))
        except (TypeError, ValueError):
            raise LexiconError(f"{where}: pole {pid!r} has a position that is not a number") from None
        if not -1.0 <= position <= 1.0:
            raise LexiconError(f"{where}: pole {pid!r} position must be between -1 and 1")
        poles.append(Pole(pid, str(pole.get("label", pid)), position))
    if not poles:
        raise LexiconError(f"{where}: a family needs at least one pole")
    pole_ids = {p.id for p in poles}
    terms = []
    seen: dict[str, str] = {}
    for raw in _list(entry.get("terms"), f"{where}: 'terms'"):
        if not isinstance(raw, dict):
            raise LexiconError(f"{where}: each term must be a table with term, pole and variants")
        name = raw.get("term", "")
        term_where = _where(origin, source, f'term = "{name}"') + f" (family {fid!r}, term {name!r})"
        name = _text(raw, "term", term_where)
        pole = _text(raw, "pole", term_where)
        if pole not in pole_ids:
            raise LexiconError(f"{term_where}: pole {pole!r} is not one of the family's poles {sorted(pole_ids)}")
        variants = _strings(raw.get("variants"), term_where)
        for v in (name, *variants):
            key = v.lower()
            if key in seen and seen[key] != name:
                raise LexiconError(f"{term_where}: {v!r} is also a variant of {seen[key]!r} in the same family")
            seen[key] = name
        terms.append(Term(fid, name, pole, variants, str(raw.get("note", "")), bool(raw.get("case_sensitive", False))))
    return Family(
        fid,
        str(entry.get("label", fid)),
        str(entry.get("note", "")),
        tuple(poles),
        tuple(terms),
        str(entry.get("target", "")),
        str(entry.get("kind", "")),
    )


def lexicon_from_dict(data: dict[str, Any], origin: str = "lexicon", *, source: str = "") -> Lexicon:
    """Check a (merged) lexicon dict and build the typed lexicon; errors say where."""
    if not isinstance(data, dict):
        raise LexiconError(f"{origin}: a lexicon must be a table")
    meta = _table(data, "meta", origin)
    axis = _table(data, "axis", origin)
    families = tuple(_family(f, origin, source) for f in _table_list(data, "families", origin))
    ids = [f.id for f in families]
    if len(ids) != len(set(ids)):
        raise LexiconError(f"{origin}: two families share an id ({sorted({i for i in ids if ids.count(i) > 1})})")

    actors = []
    for raw in _table_list(data, "actors", origin):
        where = _where(origin, source, f'name = "{raw.get("name", "")}"') + " (actor)"
        name = _text(raw, "name", where)
        aliases = _strings(raw.get("aliases"), where) or (name,)
        actors.append(Actor(name, str(raw.get("kind", "")), aliases, _strings(raw.get("not_aliases"), where)))
    actor_names = {a.name for a in actors}
    for fam in families:
        if fam.target and fam.target not in actor_names:
            raise LexiconError(f"{origin}: family {fam.id!r} targets {fam.target!r}, which is not an actor")

    labels = []
    for raw in _table_list(data, "labels", origin):
        where = _where(origin, source, f'label = "{raw.get("label", "")}"') + " (label)"
        labels.append(
            Label(
                _text(raw, "label", where),
                str(raw.get("pole", "")),
                _strings(raw.get("variants"), where),
                str(raw.get("applies_to", "")),
            )
        )

    cues = []
    for raw in _table_list(data, "cues", origin):
        where = _where(origin, source, f'cue = "{raw.get("cue", "")}"') + " (cue)"
        cue_type = _text(raw, "type", where)
        if cue_type not in CUE_TYPES:
            raise LexiconError(f"{where}: type must be one of {CUE_TYPES}, not {cue_type!r}")
        cues.append(
            Cue(_text(raw, "cue", where), cue_type, _strings(raw.get("forms"), where), str(raw.get("note", "")))
        )

    agencies = []
    for raw in _table_list(data, "agencies", origin):
        where = _where(origin, source, f'name = "{raw.get("name", "")}"') + " (agency)"
        name = _text(raw, "name", where)
        agencies.append(Agency(name, _strings(raw.get("aliases"), where) or (name,), bool(raw.get("case_sensitive"))))

    sources_raw = _table(data, "sources", origin)
    sources = {k: _strings(v, f"{origin} (sources.{k})") for k, v in sources_raw.items()}

    hedges = _strings(_table(data, "hedges", origin).get("words"), f"{origin} (hedges.words)")
    loaded = _strings(_table(data, "loaded", origin).get("words"), f"{origin} (loaded.words)")
    patterns = _strings(_table(data, "boilerplate", origin).get("line_patterns"), f"{origin} (boilerplate)")
    framing = _table(data, "framing", origin)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise LexiconError(
                f"{_where(origin, source, pattern)}: bad boilerplate pattern {pattern!r}: {exc}"
            ) from None

    return Lexicon(
        name=str(meta.get("name", origin)),
        title=str(meta.get("title", meta.get("name", origin))),
        axis_low=str(axis.get("low", "")),
        axis_high=str(axis.get("high", "")),
        families=families,
        actors=tuple(actors),
        labels=tuple(labels),
        cues=tuple(cues),
        agencies=tuple(agencies),
        sources=sources,
        hedges=hedges,
        loaded=loaded,
        boilerplate_patterns=patterns,
        ignore=_strings(framing.get("ignore"), f"{origin} (framing.ignore)"),
        not_after=_strings(framing.get("not_after"), f"{origin} (framing.not_after)"),
        data=data,
    )


def available_lexicons(directory: Path = LEXICON_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.toml"))
