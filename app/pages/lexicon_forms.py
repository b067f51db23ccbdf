"""The lexicon editor's forms: term families, terms and poles; actors and aliases; labels and word lists.

Each button applies one edit (``analysis.lexicon.edit``) to the active lexicon with the values its form's
widgets hold when it is pressed; a problem keeps the lexicon and says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from analysis.errors import LexiconError
from analysis.lexicon import edit as lexicon_edit
from analysis.lexicon.load import lexicon_from_dict, lexicon_to_toml
from analysis.lexicon.model import Family, Lexicon
from app import session
from app.session import LEX, LEXICON_MESSAGES, md_escape, outcome, say


def _edit(action: Callable[[dict[str, Any]], dict[str, Any]], done: str) -> None:
    """Apply one edit to the active lexicon; on a problem keep the lexicon and say what is wrong."""
    lexicon, _ = session.active_lexicon(quiet=True)  # a lexicon that cannot be used is said above the page
    try:
        new = lexicon_from_dict(action(lexicon.data), lexicon_edit.ORIGIN)
    except (LexiconError, ValueError) as exc:
        say(LEXICON_MESSAGES, "error", outcome(exc, "The lexicon was not changed."))
        return
    base = session.lexicon_name()
    name = base if base.endswith(", edited") else f"{base}, edited"
    session.set_lexicon(lexicon_to_toml(new), name)
    say(LEXICON_MESSAGES, "success", done)


def _poles(text: str) -> list[tuple[str, str, float]]:
    """Poles typed one per line as "id, label, position"."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            raise LexiconError(
                f"poles, line {number}: write 'id, label, position' (for example 'calm, calm words, -1')"
            )
        try:
            position = float(parts[2])
        except ValueError:
            raise LexiconError(f"poles, line {number}: the position {parts[2]!r} is not a number") from None
        out.append((parts[0], parts[1], position))
    return out


Field = str | tuple[str, Callable[[Any], Any]]  # a widget key, or a key and how to read its value


def _read(field: Field) -> Any:
    key, convert = (field, None) if isinstance(field, str) else field
    value = st.session_state.get(key)
    return convert(value) if convert else str(value or "")


def _on_edit(edit: Callable[..., dict[str, Any]], done: str, fields: dict[str, Field]) -> None:
    """Read the form's widgets, apply ``edit`` to the active lexicon, say ``done`` (formatted with them)."""
    try:
        values = {name: _read(field) for name, field in fields.items()}
    except LexiconError as exc:
        say(LEXICON_MESSAGES, "error", outcome(exc, "The lexicon was not changed."))
        return
    _edit(lambda data: edit(data, **values), done.format(**values))


def _edit_button(
    where: Any, label: str, key: str, edit: Callable[..., dict[str, Any]], done: str, /, **fields: Field
) -> None:
    """A button that applies one lexicon edit with the values of the named widgets."""
    where.button(label, key=key, on_click=_on_edit, args=(edit, done, fields))


VARIANTS = lexicon_edit.split_variants


def _add_family_form(lexicon: Lexicon) -> None:
    st.markdown("**Add a term family**")
    cols = st.columns(2)
    cols[0].text_input("Id (a-z, 0-9, _)", key=LEX.family_id, placeholder="protest_words")
    cols[1].text_input("Label", key=LEX.family_label, placeholder="What the protesters are called")
    st.text_area(
        "Poles, one per line: id, label, position from -1 to +1",
        key=LEX.family_poles,
        placeholder="protesters, protesters, 0\nrioters, rioters / mob, -1\nactivists, activists, 0.5",
    )
    cols = st.columns(2)
    cols[0].text_input("Note (optional)", key=LEX.family_note)
    cols[1].selectbox(
        "About one actor (optional)", ["(none)", *(a.name for a in lexicon.actors)], key=LEX.family_target
    )
    _edit_button(
        st,
        "Add family",
        "fl_lex_add_family",
        lexicon_edit.add_family,
        "Added the family {family_id!r}. Now add terms to it.",
        family_id=LEX.family_id,
        label=LEX.family_label,
        poles=(LEX.family_poles, lambda v: _poles(v or "")),
        note=LEX.family_note,
        target=(LEX.family_target, lambda v: "" if v in (None, "(none)") else v),
    )


def _terms_form(fam: Family) -> None:
    st.markdown("**Terms in this family**")
    cols = st.columns(3)
    cols[0].text_input("Term", key=LEX.term, placeholder="rioters")
    cols[1].selectbox("Pole", [p.id for p in fam.poles], key=LEX.term_pole)
    cols[2].text_input("Note (optional)", key=LEX.term_note)
    st.text_input("Variants that also count, separated by commas", key=LEX.term_variants, placeholder="rioter, mob")
    _edit_button(
        st,
        "Add term",
        "fl_lex_add_term",
        lexicon_edit.add_term,
        "Added the term {term!r} to {family_id!r}.",
        family_id=LEX.family,
        term=LEX.term,
        pole=LEX.term_pole,
        variants=(LEX.term_variants, lambda v: VARIANTS(v or "")),
        note=LEX.term_note,
    )
    if fam.terms:
        st.selectbox("Term to remove", [t.term for t in fam.terms], key=LEX.term_pick)
        _edit_button(
            st,
            "Remove term",
            "fl_lex_remove_term",
            lexicon_edit.remove_term,
            "Removed the term {term!r} from {family_id!r}.",
            family_id=LEX.family,
            term=LEX.term_pick,
        )


def _poles_form(fam: Family) -> None:
    st.markdown("**Poles of this family**")
    cols = st.columns(3)
    cols[0].text_input("Pole id", key=LEX.pole_id)
    cols[1].text_input("Pole label", key=LEX.pole_label)
    cols[2].number_input("Position", -1.0, 1.0, 0.0, 0.25, key=LEX.pole_position)
    _edit_button(
        st,
        "Add pole",
        "fl_lex_add_pole",
        lexicon_edit.add_pole,
        "Added the pole {pole_id!r} to {family_id!r}.",
        family_id=LEX.family,
        pole_id=LEX.pole_id,
        label=LEX.pole_label,
        position=(LEX.pole_position, lambda v: 0.0 if v is None else v),
    )
    st.selectbox("Pole to remove (only if no term uses it)", [p.id for p in fam.poles], key=LEX.pole_pick)
    _edit_button(
        st,
        "Remove pole",
        "fl_lex_remove_pole",
        lexicon_edit.remove_pole,
        "Removed the pole {pole_id!r} from {family_id!r}.",
        family_id=LEX.family,
        pole_id=LEX.pole_pick,
    )


def family_forms(lexicon: Lexicon) -> None:
    """Add a family; pick one to remove it or change its terms and poles."""
    _add_family_form(lexicon)
    family_ids = [f.id for f in lexicon.families]
    if not family_ids:
        return
    st.divider()
    family = st.selectbox("Family", family_ids, key=LEX.family, format_func=lambda f: f"{f}: {lexicon.family(f).label}")
    fam = lexicon.family(family or family_ids[0])
    _edit_button(
        st,
        "Remove this family",
        "fl_lex_remove_family",
        lexicon_edit.remove_family,
        "Removed the family {family_id!r}.",
        family_id=LEX.family,
    )
    _terms_form(fam)
    _poles_form(fam)


def actor_forms(lexicon: Lexicon) -> None:
    st.markdown("**Add an actor**")
    cols = st.columns(3)
    cols[0].text_input("Name", key=LEX.actor_name, placeholder="Jane Doe")
    cols[1].text_input("Kind", key=LEX.actor_kind, placeholder="person")
    cols[2].text_input("Other names, separated by commas", key=LEX.actor_aliases, placeholder="Doe, Ms Doe")
    _edit_button(
        st,
        "Add actor",
        "fl_lex_add_actor",
        lexicon_edit.add_actor,
        "Added the actor {name!r}.",
        name=LEX.actor_name,
        kind=LEX.actor_kind,
        aliases=(LEX.actor_aliases, lambda v: VARIANTS(v or "")),
    )
    if not lexicon.actors:
        return
    st.divider()
    name = st.selectbox("Actor", [a.name for a in lexicon.actors], key=LEX.actor)
    actor = next((a for a in lexicon.actors if a.name == name), lexicon.actors[0])
    _edit_button(
        st,
        "Remove this actor",
        "fl_lex_remove_actor",
        lexicon_edit.remove_actor,
        "Removed the actor {name!r}.",
        name=LEX.actor,
    )
    cols = st.columns(2)
    cols[0].text_input("New alias", key=LEX.alias)
    _edit_button(
        cols[0],
        "Add alias",
        "fl_lex_add_alias",
        lexicon_edit.add_alias,
        "{alias!r} now also names {actor!r}.",
        actor=LEX.actor,
        alias=LEX.alias,
    )
    cols[1].selectbox("Alias to remove", list(actor.aliases), key=LEX.alias_pick)
    _edit_button(
        cols[1],
        "Remove alias",
        "fl_lex_remove_alias",
        lexicon_edit.remove_alias,
        "{alias!r} no longer names {actor!r}.",
        actor=LEX.actor,
        alias=LEX.alias_pick,
    )


def label_forms(lexicon: Lexicon) -> None:
    st.markdown("**Add a label** (a name an article pins on an actor)")
    cols = st.columns(3)
    cols[0].text_input("Label", key=LEX.label, placeholder="extremist group")
    cols[1].text_input("Pole (optional)", key=LEX.label_pole)
    cols[2].text_input("Variants, separated by commas", key=LEX.label_variants)
    _edit_button(
        st,
        "Add label",
        "fl_lex_add_label",
        lexicon_edit.add_label,
        "Added the label {label!r}.",
        label=LEX.label,
        pole=LEX.label_pole,
        variants=(LEX.label_variants, lambda v: VARIANTS(v or "")),
    )
    if lexicon.labels:
        st.selectbox("Label to remove", [lab.label for lab in lexicon.labels], key=LEX.label_pick)
        _edit_button(
            st,
            "Remove label",
            "fl_lex_remove_label",
            lexicon_edit.remove_label,
            "Removed the label {label!r}.",
            label=LEX.label_pick,
        )
    st.divider()
    st.markdown("**Hedges and loaded words**")
    section = st.selectbox("List", list(lexicon_edit.WORD_SECTIONS), key=LEX.word_list)
    cols = st.columns(2)
    cols[0].text_input("Word or phrase", key=LEX.word)
    _edit_button(
        cols[0],
        "Add word",
        "fl_lex_add_word",
        lexicon_edit.add_word,
        "Added {word!r} to the {section} list.",
        section=LEX.word_list,
        word=LEX.word,
    )
    words = lexicon.hedges if section == "hedges" else lexicon.loaded
    if words:
        cols[1].selectbox("Word to remove", list(words), key=LEX.word_pick)
        _edit_button(
            cols[1],
            "Remove word",
            "fl_lex_remove_word",
            lexicon_edit.remove_word,
            "Removed {word!r} from the {section} list.",
            section=LEX.word_list,
            word=LEX.word_pick,
        )


def suggestion_forms(lexicon: Lexicon, articles: Any) -> None:
    """Term families discovered across the session's articles, each accepted into the lexicon with one click."""
    from analysis.compare.families import accept_suggestion, suggest_families

    suggestions = suggest_families(list(articles), lexicon) if len(articles) >= 2 else ()
    if not suggestions:
        st.caption("No suggestions: discovery needs two or more articles that share words for the same things.")
        return
    st.caption(
        "Words the articles use for the same people or events, found without a lexicon. Accept one to add it "
        "as a family (every term on one pole, 'not sorted yet'), then add poles and move the terms above."
    )
    for i, fam in enumerate(suggestions):
        st.markdown(f"**{md_escape(fam.label)}**: " + ", ".join(md_escape(t) for t in fam.terms))
        st.button(
            "Accept into the lexicon",
            key=f"fl_accept_suggestion_{i}",
            on_click=_edit,
            args=(lambda data, fam=fam: accept_suggestion(data, fam), f"Added the family {fam.label!r}."),
        )
