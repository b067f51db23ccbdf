"""bench_sessions.py's students without browsers: the same four steps through Streamlit's websocket protocol.

Each student is a ``st_protocol.ProtocolSession`` with the article ``tests.e2e.test_sessions.Session`` gives it;
every step is sent by all students before any answer is awaited (one asyncio loop), and each step must show
what the browser test waits for (the view's intro, the marker in the "Added" message, the marked text).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

from st_protocol import ProtocolSession

from tests.e2e.pages import view_intro
from tests.e2e.test_sessions import Session

SELECTOR = "Articles to compare"


@dataclass
class Student:
    """One simulated student: its protocol session, its article (as the browser test's) and each rerun's time."""

    index: int
    token: str
    client: ProtocolSession
    times: dict[str, float] = field(default_factory=dict)

    @property
    def article(self) -> Session:
        return Session(self.index, self.token)


def shows(student: Student, kind: str, text: str) -> bool:
    """Whether an element of this kind shows ``text`` (markdown's escapes taken out, as the page renders it)."""
    return any(k == kind and text in re.sub(r"\\(.)", r"\1", t) for _, k, t in student.client.page.signature())


async def open_view(student: Student, view: str) -> float:
    seconds = await student.client.choose("button_group", "View", [view])
    if not shows(student, "markdown", view_intro(view)):
        raise AssertionError(f"student {student.index}: the {view} view was not drawn")
    return seconds


async def add_article(student: Student) -> float:
    s, client = student.article, student.client
    client.fill("text_input", "Title", f"Title {s.marker}")
    client.fill("text_input", "Outlet", s.outlet)
    client.fill("text_area", "Article text", s.text)
    seconds = await client.click("Add this article")
    if not shows(student, "alert", s.marker):
        raise AssertionError(f"student {student.index}: no message says its article was added")
    return seconds


async def select_own(student: Student) -> float:
    s, client = student.article, student.client
    own = [o for o in client.page.widget("multiselect", SELECTOR).options if o.startswith(s.outlet[:20])]
    seconds = await client.choose("multiselect", SELECTOR, client.chosen(SELECTOR) + own[:1])
    if not shows(student, "html", s.marker):
        raise AssertionError(f"student {student.index}: its article is not in the side-by-side view")
    return seconds


STEPS = {
    "open Articles": lambda st: open_view(st, "Articles"),
    "add the article": add_article,
    "open Side by side": lambda st: open_view(st, "Side by side"),
    "select it": select_own,
}


async def run_students(url: str, count: int, token: str) -> list[Student]:
    """Connect ``count`` students, then take them through the steps, each step sent by all before any is awaited."""
    students = [Student(i, token, ProtocolSession(url)) for i in range(count)]
    for student in students:
        await student.client.connect()
    for step, act in STEPS.items():
        seconds = await asyncio.gather(*(act(st) for st in students))
        for student, t in zip(students, seconds, strict=True):
            student.times[step] = t
    return students


async def close_students(students: list[Student]) -> None:
    for student in students:
        await student.client.close()


def isolation_problems(students: list[Student]) -> list[str]:
    """What each student's page shows that it should not (another's marker) or misses (its own)."""
    problems = []
    for student in students:
        own, page = student.article, student.client.page.text()
        if not shows(student, "html", own.marker):
            problems.append(f"session {student.index}: its own article is not in the side-by-side view")
        if not any(o.startswith(own.outlet[:20]) for o in student.client.chosen(SELECTOR)):
            problems.append(f"session {student.index}: its own article is not chosen in the selector")
        others = [o.article.marker for o in students if o is not student]
        problems += [f"session {student.index} shows {m} (another session's article)" for m in others if m in page]
    return problems
