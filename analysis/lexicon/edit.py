"""Edit a lexicon in the app: pure functions on its plain dict, each checked by ``lexicon_from_dict``.

Every function takes the dict (``Lexicon.data``) and returns a new, checked dict; the one given is
never changed. Problems raise ``LexiconError`` saying which family, term, actor or label is meant.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from ..errors import LexiconError
from .load import MAX_LEXICON_BYTES, Lexicon, lexicon_from_dict, lexicon_from_toml
from .validate import FAMILY_ID_RE

ORIGIN = "edited lexicon"
MAX_ENTRY_CHARS = 120  # what the editor's boxes take (files allow validate.MAX_ENTRY_CHARS)
MAX_VARIANTS = 60
WORD_SECTIONS = {"hedges": "hedges", "loaded": "loaded words"}


def user_lexicon(source: str, origin: str) -> Lexicon:
    """A lexicon from a user's TOML; any problem, even a shape the checks did not foresee, is a LexiconError."""
    try:
        return lexicon_from_toml(source, origin)
    except LexiconError:
        raise
    except Exception as exc:  # untrusted input must end in a message, never in a crash
        raise LexiconError(f"{origin}: not a usable lexicon ({exc.__class__.__name__}: {exc})") from None


def _checked(data: dict[str, Any]) -> dict[str, Any]:
    """The edited dict, checked, without the empty lists an edit may leave behind."""
    import tomli_w

    for key in ("families", "actors", "labels"):
        if data.get(key) == []:
            del data[key]
    for key in WORD_SECTIONS:
        if data.get(key) == {"words": []}:
            del data[key]
    lexicon_from_dict(data, ORIGIN)
    if len(tomli_w.dumps(data).encode("utf-8")) > MAX_LEXICON_BYTES:
        raise LexiconError(f"{ORIGIN}: the lexicon would be larger than {MAX_LEXICON_BYTES // 1000} kB")
    return data


def _position(value: Any, what: str) -> float:
    try:
        position = float(value)
    except (TypeError, ValueError):
        raise LexiconError(f"{ORIGIN}: the position of {what} is not a number") from None
    if not -1.0 <= position <= 1.0:
        raise LexiconError(f"{ORIGIN}: the position of {what} must be between -1 and 1")
    return position


def _clean(value: str, what: str) -> str:
    text = " ".join(str(value).split())
    if not text:
        raise LexiconError(f"{ORIGIN}: {what} is empty")
    if len(text) > MAX_ENTRY_CHARS:
        raise LexiconError(f"{ORIGIN}: {what} is longer than {MAX_ENTRY_CHARS} characters")
    return text


def split_variants(text: str) -> list[str]:
    """Variants typed in one box, separated by commas, semicolons or new lines, without repeats."""
    items = [" ".join(v.split()) for v in re.split(r"[,;\n]", text or "")]
    return list(dict.fromkeys(v for v in items if v))


def _variants(values: Iterable[str], what: str) -> list[str]:
    out = [_clean(v, f"a variant of {what}") for v in values if str(v).strip()]
    if len(out) > MAX_VARIANTS:
        raise LexiconError(f"{ORIGIN}: {what} has more than {MAX_VARIANTS} variants")
    return list(dict.fromkeys(out))


def _families(data: dict[str, Any]) -> list[dict[str, Any]]:
    return data.setdefault("families", [])


def _family(data: dict[str, Any], family_id: str) -> dict[str, Any]:
    for fam in _families(data):
        if fam.get("id") == family_id:
            return fam
    raise LexiconError(f"{ORIGIN}: there is no family {family_id!r}")


def _named(items: list[dict[str, Any]], key: str, value: str, what: str) -> dict[str, Any]:
    for item in items:
        if item.get(key) == value:
            return item
    raise LexiconError(f"{ORIGIN}: there is no {what} {value!r}")


# --- families and poles --------------------------------------------------------------------------


def add_family(
    data: dict[str, Any],
    *,
    family_id: str,
    label: str,
    poles: Iterable[tuple[str, str, float]],
    note: str = "",
    target: str = "",
) -> dict[str, Any]:
    """A new term family with its poles (id, label, position from -1 to 1) and no terms yet."""
    new = copy.deepcopy(data)
    family_id = _clean(family_id, "the family id").lower()
    if not FAMILY_ID_RE.fullmatch(family_id):
        raise LexiconError(f"{ORIGIN}: family id {family_id!r} may use only a-z, 0-9 and _ (up to 40)")
    if any(f.get("id") == family_id for f in _families(new)):
        raise LexiconError(f"{ORIGIN}: there is already a family {family_id!r}")
    pole_list = [
        {
            "id": _clean(pid, "a pole id"),
            "label": _clean(plabel or pid, "a pole label"),
            "position": _position(pos, f"pole {pid!r}"),
        }
        for pid, plabel, pos in poles
    ]
    entry: dict[str, Any] = {"id": family_id, "label": _clean(label, "the family label"), "poles": pole_list}
    if note.strip():
        entry["note"] = " ".join(note.split())
    if target.strip():
        entry["target"] = target.strip()
    entry["terms"] = []
    _families(new).append(entry)
    return _checked(new)


def remove_family(data: dict[str, Any], family_id: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    fam = _family(new, family_id)
    _families(new).remove(fam)
    return _checked(new)


def add_pole(data: dict[str, Any], family_id: str, *, pole_id: str, label: str, position: float) -> dict[str, Any]:
    """A new pole (a way of wording the thing) in a family, with its position from -1 to 1."""
    new = copy.deepcopy(data)
    fam = _family(new, family_id)
    pole_id = _clean(pole_id, "the pole id")
    if any(p.get("id") == pole_id for p in fam.get("poles", [])):
        raise LexiconError(f"{ORIGIN}: family {family_id!r} already has a pole {pole_id!r}")
    fam.setdefault("poles", []).append(
        {
            "id": pole_id,
            "label": _clean(label or pole_id, "the pole label"),
            "position": _position(position, f"pole {pole_id!r}"),
        }
    )
    return _checked(new)


def remove_pole(data: dict[str, Any], family_id: str, pole_id: str) -> dict[str, Any]:
    """Remove a pole that no term uses (and that is not the family's last)."""
    new = copy.deepcopy(data)
    fam = _family(new, family_id)
    pole = _named(fam.get("poles", []), "id", pole_id, f"pole in family {family_id!r} called")
    users = [t.get("term") for t in fam.get("terms", []) if t.get("pole") == pole_id]
    if users:
        raise LexiconError(
            f"{ORIGIN}: family {family_id!r}, pole {pole_id!r} is used by the terms {users}; remove or move them first"
        )
    if len(fam["poles"]) == 1:
        raise LexiconError(f"{ORIGIN}: family {family_id!r} needs at least one pole; remove the family instead")
    fam["poles"].remove(pole)
    return _checked(new)


# --- terms ---------------------------------------------------------------------------------------


def add_term(
    data: dict[str, Any], family_id: str, *, term: str, pole: str, variants: Iterable[str] = (), note: str = ""
) -> dict[str, Any]:
    """A new term in a family: its canonical word, its pole and the variants that also count."""
    new = copy.deepcopy(data)
    fam = _family(new, family_id)
    term = _clean(term, "the term")
    if any(str(t.get("term", "")).lower() == term.lower() for t in fam.get("terms", [])):
        raise LexiconError(f"{ORIGIN}: family {family_id!r} already has the term {term!r}")
    entry: dict[str, Any] = {"term": term, "pole": pole, "variants": _variants([term, *variants], repr(term))}
    if note.strip():
        entry["note"] = " ".join(note.split())
    fam.setdefault("terms", []).append(entry)
    return _checked(new)


def remove_term(data: dict[str, Any], family_id: str, term: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    fam = _family(new, family_id)
    fam["terms"].remove(_named(fam.get("terms", []), "term", term, f"term in family {family_id!r} called"))
    return _checked(new)


# --- actors and aliases --------------------------------------------------------------------------


def _appended(data: dict[str, Any], section: str, key: str, entry: dict[str, Any], what: str) -> dict[str, Any]:
    """``data`` with ``entry`` added to a list of tables, unless one with the same ``key`` exists."""
    new = copy.deepcopy(data)
    if any(str(item.get(key, "")).lower() == entry[key].lower() for item in new.get(section, [])):
        raise LexiconError(f"{ORIGIN}: there is already {what} {entry[key]!r}")
    new.setdefault(section, []).append(entry)
    return _checked(new)


def add_actor(data: dict[str, Any], *, name: str, kind: str = "", aliases: Iterable[str] = ()) -> dict[str, Any]:
    """A new actor (person, group, state …) and the names the texts use for it."""
    name = _clean(name, "the actor's name")
    entry = {"name": name, "kind": " ".join(kind.split()), "aliases": _variants([name, *aliases], repr(name))}
    return _appended(data, "actors", "name", entry, "an actor")


def remove_actor(data: dict[str, Any], name: str) -> dict[str, Any]:
    """Remove an actor that no family is about."""
    new = copy.deepcopy(data)
    actor = _named(new.get("actors", []), "name", name, "actor")
    targeting = [f.get("id") for f in _families(new) if f.get("target") == name]
    if targeting:
        raise LexiconError(f"{ORIGIN}: the families {targeting} are about {name!r}; remove them first")
    new["actors"].remove(actor)
    return _checked(new)


def add_alias(data: dict[str, Any], actor: str, alias: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    entry = _named(new.get("actors", []), "name", actor, "actor")
    alias = _clean(alias, "the alias")
    aliases = entry.setdefault("aliases", [entry["name"]])
    if alias in aliases:
        raise LexiconError(f"{ORIGIN}: {alias!r} is already an alias of {actor!r}")
    aliases.append(alias)
    return _checked(new)


def remove_alias(data: dict[str, Any], actor: str, alias: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    entry = _named(new.get("actors", []), "name", actor, "actor")
    if alias not in entry.get("aliases", []):
        raise LexiconError(f"{ORIGIN}: {alias!r} is not an alias of {actor!r}")
    entry["aliases"].remove(alias)
    return _checked(new)


# --- labels and word lists -----------------------------------------------------------------------


def add_label(data: dict[str, Any], *, label: str, pole: str = "", variants: Iterable[str] = ()) -> dict[str, Any]:
    """A label an article can pin on an actor ("terrorist organization"), with its pole and variants."""
    label = _clean(label, "the label")
    entry = {"label": label, "pole": " ".join(pole.split()), "variants": _variants([label, *variants], repr(label))}
    return _appended(data, "labels", "label", entry, "a label")


def remove_label(data: dict[str, Any], label: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    entry = _named(new.get("labels", []), "label", label, "label")
    new["labels"].remove(entry)
    return _checked(new)


def _word_list(data: dict[str, Any], section: str) -> list[str]:
    if section not in WORD_SECTIONS:
        raise LexiconError(f"{ORIGIN}: word lists are {sorted(WORD_SECTIONS)}, not {section!r}")
    table = data.setdefault(section, {})
    return table.setdefault("words", [])


def add_word(data: dict[str, Any], section: str, word: str) -> dict[str, Any]:
    """A word or phrase added to the hedges or the loaded words."""
    new = copy.deepcopy(data)
    words = _word_list(new, section)
    word = _clean(word, "the word")
    if word.lower() in (w.lower() for w in words):
        raise LexiconError(f"{ORIGIN}: {word!r} is already in the {WORD_SECTIONS[section]}")
    words.append(word)
    return _checked(new)


def remove_word(data: dict[str, Any], section: str, word: str) -> dict[str, Any]:
    new = copy.deepcopy(data)
    words = _word_list(new, section)
    if word not in words:
        raise LexiconError(f"{ORIGIN}: {word!r} is not in the {WORD_SECTIONS[section]}")
    words.remove(word)
    return _checked(new)


# --- tables for display --------------------------------------------------------------------------


def lexicon_tables(lexicon: Lexicon) -> dict[str, list[dict[str, Any]]]:
    """The lexicon as flat rows: families, terms, actors, labels, verbs of saying and word lists."""
    return {
        "families": [
            {
                "family": f.id,
                "label": f.label,
                "about": f.target,
                "poles": "; ".join(f"{p.id} ({p.position:+g}): {p.label}" for p in f.poles),
                "terms": len(f.terms),
                "note": f.note,
            }
            for f in lexicon.families
        ],
        "terms": [
            {
                "family": t.family,
                "term": t.term,
                "pole": t.pole,
                "position": f.pole(t.pole).position,
                "variants": ", ".join(t.variants),
                "note": t.note,
            }
            for f in lexicon.families
            for t in f.terms
        ],
        "actors": [{"actor": a.name, "kind": a.kind, "aliases": ", ".join(a.aliases)} for a in lexicon.actors],
        "labels": [
            {"label": lab.label, "pole": lab.pole, "variants": ", ".join(lab.variants)} for lab in lexicon.labels
        ],
        "verbs of saying": [
            {"cue": c.cue, "type": c.type, "forms": ", ".join(c.forms), "note": c.note} for c in lexicon.cues
        ],
        "words": [{"list": "hedges", "word": w} for w in lexicon.hedges]
        + [{"list": "loaded", "word": w} for w in lexicon.loaded],
    }
