"""Issue 13 without a browser: the story at a glance, the plain sentences, the spot-it exercise, the worksheet
and the teacher report, corrections through the app, and the friction fixes (AppTest)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import analyze, load_case_study, load_lexicon
from analysis.corrections import Correction
from analysis.export.glance import cut, differences, glance_html, voices, word_rows
from analysis.export.handout import build_handout
from analysis.io.corpus_file import parse_corpus
from analysis.lexicon.load import lexicon_from_toml
from analysis.model import Article
from analysis.resources import LEXICON_DIR
from app.exports import lexicon_file_name, teacher_report
from app.render.classroom import discussion_prompts, load_classroom
from app.render.selection import article_labels
from app.render.spot import paragraphs, spot_html, spot_score, tokens
from app.session import ARTICLE_TABS_KEY
from tests.payloads import BY_ID, payload_articles, payload_lexicon_toml

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
INTERNAL_IDS = re.compile(
    r"russia_act|assad_departure|assad_title|delegitimizing|\[−1\]|\[\+1\]|\[org\]|\[self\]|z-score|\b1 words\b"
)


@pytest.fixture(scope="module")
def reports(lexicon):
    return [analyze(a, lexicon) for a in load_case_study()]


# --- the story at a glance -----------------------------------------------------------------------


def test_every_article_has_a_cell_in_every_row_and_the_most_telling_rows_come_first(reports, lexicon):
    rows = word_rows(reports, lexicon)
    assert rows and all(len(r.cells) == len(reports) for r in rows)
    assert rows[0].title == "What Assad is called", "the largest difference in wording first"
    assert [r.spread for r in rows if r.used > 1] == sorted((r.spread for r in rows if r.used > 1), reverse=True)
    enab = [w.text for w in rows[0].cells[0]]
    substack = [w.text for w in rows[0].cells[2]]
    assert "regime leader" in enab and "President" in substack
    assert any(r.key.startswith("actor:Hayat Tahrir") for r in rows), "labels pinned on an actor get a row"


def test_the_sentences_name_outlets_and_their_words(reports, lexicon):
    labels = article_labels(reports, limit=44)
    said = differences(word_rows(reports, lexicon), labels, reports)
    assert 2 <= len(said) <= 3
    assert "Enab Baladi writes “regime leader”" in said[0] and "“President”" in said[0]
    assert "anonymous" in said[-1] and "Pravda.ru" in said[-1]


def test_the_grid_is_generic_over_any_lexicon_and_escapes_everything():
    lexicon = lexicon_from_toml(payload_lexicon_toml(), "payloads")
    reports = [analyze(a, lexicon) for a in payload_articles()[:3]]
    labels = article_labels(reports)
    out = glance_html(reports, labels, lexicon)
    assert "<script" not in out and "<img" not in out and "onerror=" not in out.replace("onerror=&quot;", "")
    assert "&lt;svg" in out, "the family's label (a payload) is shown, escaped"
    assert out.count('class="fl-g-cell"') == len(reports) * (len(word_rows(reports, lexicon)) + 1)


def test_general_news_lexicon_gives_a_grid_too(reports):
    lexicon = lexicon_from_toml((LEXICON_DIR / "general-news.toml").read_text(encoding="utf-8"), "general")
    again = [analyze(r.article, lexicon) for r in reports]
    out = glance_html(again, article_labels(again), lexicon)
    assert "Who it lets speak" in out


def test_voices_count_kinds_in_words(reports):
    v = voices(reports[3])  # the pro-Kremlin piece
    assert (
        dict(v.counts)["anonymous"] == 4 and v.examples
    )  # 8 mentions of 4 sources ("a Kremlin source" … "the source")


def test_cut_ends_on_a_word_with_an_ellipsis():
    assert cut("one two three four", 12) == "one two…"
    assert cut("short", 12) == "short"


# --- spot it yourself ----------------------------------------------------------------------------


def test_spot_scores_found_missed_and_extra(reports):
    report = reports[0]
    para = next(p for p in paragraphs(report) if p.marked)
    words = tokens(report.article.text, para.start, para.end)
    none = spot_score(report, words, set())
    assert none.missed and not none.found and not none.extra
    picked = {min(none.missed), next(i for i in range(len(words)) if i not in none.missed)}
    score = spot_score(report, words, picked)
    assert len(score.found) == 1 and len(score.extra) == 1 and len(score.missed) == len(none.missed) - 1
    out = spot_html(report.article.text, words, score)
    assert out.count('class="fl-found" title') == 1 and ">missed</sup>" in out and ">yours</sup>" in out


def test_spot_escapes_the_text():
    report = analyze(Article(id="x", text="The regime <b>fell</b> & Assad fled."), load_lexicon())
    (para,) = paragraphs(report)
    words = tokens(report.article.text, para.start, para.end)
    assert "<b>" not in spot_html(report.article.text, words, spot_score(report, words, {0}))


# --- worksheet and teacher report ---------------------------------------------------------------


def test_the_worksheet_prints_and_has_room_for_answers(reports, lexicon):
    classroom = load_classroom()
    labels = article_labels(reports)
    questions = discussion_prompts(classroom, word_rows(reports, lexicon), labels, reports)
    assert any("What Assad is called" in q for q in questions), "prompts built from this event's differences"
    page = build_handout(reports, labels, questions=questions, highlights=False)
    assert "@media print" in page and "break-before:page" in page
    assert page.count('<li class="question">') == len(questions) and "<mark" not in page
    assert "<script" not in page and " src=" not in page and " href=" not in page
    marked = build_handout(reports, labels, questions=questions, highlights=True, lexicon=lexicon)
    assert "<mark" in marked


def test_the_teacher_report_is_small_has_no_code_and_lists_corrections(reports, lexicon):
    kremlin = reports[3]
    fix = Correction(
        kremlin.article.id, "remove", "sources", kremlin.sourcing.attributions[0].span, note="not a source"
    )
    page = teacher_report(reports, lexicon, load_classroom(), [fix])
    assert len(page.encode()) < 1_000_000, "no embedded plotly.js"
    assert "<script" not in page and "python -m" not in page and "z-score" not in page
    assert "Where the teacher corrected FrameLens" in page and "not a source" in page
    assert page.count("<svg") == 4 and "not truth or trust" in page
    assert not INTERNAL_IDS.search(re.sub(r"<[^>]+>", " ", page)), INTERNAL_IDS.search(re.sub(r"<[^>]+>", " ", page))


def test_an_edited_lexicon_never_downloads_under_the_shipped_name():
    lexicon = load_lexicon()
    assert lexicon_file_name(lexicon, None, "syria-2024") == "syria-2024.toml"
    assert lexicon_file_name(lexicon, "x = 1", "syria-2024, edited") == "syria-2024-edited.toml"


# --- the app -------------------------------------------------------------------------------------


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.header, *at.subheader, *at.caption)]
    parts += [h.proto.body for h in at.get("html")] + [e.label for e in at.expander]
    return " ".join(parts)


@pytest.mark.parametrize("view", ["overview", "side-by-side", "charts", "compare", "classroom"])
def test_no_internal_ids_in_the_views(view):
    at = _app(view=view).run()
    assert not at.exception
    shown = re.sub(r"<style>.*?</style>|<[^>]+>", " ", _texts(at), flags=re.S)
    assert not INTERNAL_IDS.search(shown), INTERNAL_IDS.search(shown)


def test_the_landing_page_tells_the_story_first():
    at = _app().run()
    assert not at.exception
    bodies = [h.proto.body for h in at.get("html")]
    grid = next(b for b in bodies if "fl-glance" in b)
    assert all(a.outlet.split()[0] in grid for a in load_case_study())
    assert at.header[0].value.startswith("5 articles"), "the story is the first heading after the title"
    assert len(at.dataframe) == 1 and len(at.get("plotly_chart")) == 1, "the table and the map below it"


def test_removing_one_of_two_chosen_articles_keeps_the_other():
    at = _app(view="side-by-side").run()
    pair = list(at.session_state["fl_selection"])
    at.multiselect(key="fl_selection").set_value(pair[:1]).run()
    assert not at.exception
    assert list(at.session_state["fl_selection"]) == pair[:1], "the default pair does not silently come back"
    at.run()
    assert list(at.session_state["fl_selection"]) == pair[:1]
    assert any("add another" in c.value for c in at.caption)


def test_a_correction_changes_the_numbers_at_once_and_travels_in_the_corpus_file(reports):
    kremlin = reports[3]
    anonymous = [a for a in kremlin.sourcing.attributions if a.kind == "anonymous"]
    at = _app(view="overview")
    at.session_state["fl_corrections"] = [
        Correction(kremlin.article.id, "remove", "sources", a.span, note="not anonymous") for a in anonymous
    ]
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Anonymous sources"].tolist()[3] == 0
    assert table["Transparency"].tolist()[3] > kremlin.transparency.score
    at.segmented_control(key="fl_view").set_value("Articles").run()
    at.session_state[ARTICLE_TABS_KEY] = "Corpus file"  # the tab that holds the corpus download
    at.run()
    button = next(b for b in at.get("download_button") if b.proto.label.startswith("Download these articles"))
    assert button is not None


def test_the_lesson_steps_and_the_spot_exercise_run():
    at = _app(view="classroom").run()
    assert not at.exception
    at.segmented_control(key="fl_lesson_step").set_value("spot").run()
    pills = next(p for p in at.get("button_group") if "fl_spot_words_" in p.proto.id)
    assert pills.proto.options, "the paragraph's words are offered as chips"
    at.segmented_control(key="fl_lesson_step").set_value("discuss").run()
    assert not at.exception and any("What Assad is called" in m.value for m in at.markdown)


def test_corpus_file_with_corrections_opens_them():
    from analysis.io.corpus_file import dump_corpus

    articles = load_case_study()
    report = analyze(articles[0], load_lexicon())
    fix = Correction(articles[0].id, "remove", "terms", report.framing.terms[0].span)
    corpus = parse_corpus(dump_corpus(articles, corrections=[fix]).encode())
    assert corpus.corrections == (fix,)
    assert json.loads(dump_corpus(articles, corrections=[fix]))["corrections"][0]["text"] == fix.span.text


def test_payload_titles_are_escaped_in_the_new_views():
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["fl_articles"] = payload_articles()[:3]
    at.run()
    assert not at.exception
    grid = next(h.proto.body for h in at.get("html") if "fl-glance" in h.proto.body)
    assert BY_ID["script"].text not in grid and "&lt;script&gt;" in grid


def test_a_teacher_removes_and_adds_highlights_in_side_by_side_and_every_number_follows():
    ids = [a.id for a in load_case_study()]
    enab = ids[0]
    at = _app(view="side-by-side", articles=f"{enab},{ids[3]}").run()
    assert not at.exception
    before = at.session_state["fl_selection"]
    assert enab in before
    assert not [w for w in at.text_input if w.key == f"fl_fix_words_{enab}"], "closed, its tools are not drawn"
    at.session_state[f"fl_fix_open_{enab}"] = True  # what opening the teacher's expander does (it reruns)
    at.run()
    # a highlight that is wrong: the first one in the picker
    at.selectbox(key=f"fl_fix_wrong_{enab}").set_value(0)
    at.text_input(key=f"fl_fix_note_{enab}").input("not framing here")
    at.button(key=f"fl_fix_remove_{enab}").click().run()
    assert not at.exception
    fixes = at.session_state["fl_corrections"]
    assert len(fixes) == 1 and fixes[0].action == "remove" and fixes[0].note == "not framing here"
    assert any("Removed the highlight" in s.value for s in at.success)
    # a word FrameLens missed: "stated", as a framing word of the first family
    at.text_input(key=f"fl_fix_words_{enab}").input("stated")
    at.button(key=f"fl_fix_add_{enab}").click().run()
    assert not at.exception
    fixes = at.session_state["fl_corrections"]
    assert len(fixes) == 2 and fixes[1].action == "add" and fixes[1].span.text == "stated"
    marked = next(h.proto.body for h in at.get("html") if 'class="fl-article"' in h.proto.body)
    assert ">stated</mark>" in marked, "the added word is marked in the text at once"
    # words that are not in the text are refused, with a message
    at.text_input(key=f"fl_fix_words_{enab}").input("not in this text at all")
    at.button(key=f"fl_fix_add_{enab}").click().run()
    assert len(at.session_state["fl_corrections"]) == 2 and at.error
    # undo the first
    at.button(key=f"fl_fix_undo_{enab}_0").click().run()
    assert [c.action for c in at.session_state["fl_corrections"]] == ["add"]


def test_the_spot_chips_and_the_reveal_show_an_articles_words_escaped():
    """A chip's label is markdown (st.pills): every word goes through md_escape; the reveal is escaped HTML."""
    from app.session import md_escape

    text = "Assad's regime fell, officials said. Visit www.evil.example, it's :red[loud] <b>bold</b> now."
    evil = Article(id="evil", text=text, title=BY_ID["script"].text, outlet=BY_ID["mdlink"].text)
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["fl_articles"] = [evil, *load_case_study()[:1]]
    at.query_params["view"] = "classroom"
    at.query_params["articles"] = f"evil,{load_case_study()[0].id}"
    at.run()
    at.segmented_control(key="fl_lesson_step").set_value("spot").run()
    assert not at.exception
    pills = next(p for p in at.get("button_group") if "fl_spot_words_evil" in p.proto.id)
    words = [w.text for w in tokens(text, 0, len(text))]
    labels = [o.content for o in pills.proto.options]
    assert labels == [md_escape(w) for w in words]
    assert "it\\'s" in labels and "red" in labels and "<b>" not in "".join(labels)
    at.toggle(key=next(t.key for t in at.toggle if t.key.startswith("fl_spot_reveal_evil"))).set_value(True).run()
    revealed = next(h.proto.body for h in at.get("html") if "fl-spot" in h.proto.body)
    assert "<b>" not in revealed and "&lt;b&gt;" in revealed and BY_ID["script"].text not in revealed
