"""A Streamlit session without a browser: the page's own websocket protocol, spoken from Python.

A ``ProtocolSession`` connects to ``/_stcore/stream`` as the page does, asks for runs with ``BackMsg.rerun_script``
(the URL's query string, the widget values it holds, the hashes of the messages it has cached) and reads the
``ForwardMsg``\\ s that come back into an element tree, until the run it asked for has finished. Widgets are
found by label and set as a user would (a button is a trigger sent once, a form's fields go with its submit
button), so thirty students cost the machine one asyncio loop instead of thirty browser tabs.
``PageTree`` is the same tree built from any stream of messages (the browser's, caught by Playwright), so the
two clients can be compared element by element.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

TIMEOUT_S = 180.0
FINISHED = ("FINISHED_SUCCESSFULLY", "FINISHED_FRAGMENT_RUN_SUCCESSFULLY", "FINISHED_WITH_COMPILE_ERROR")
TEXT_FIELDS = ("body", "label", "content")  # where an element keeps its words (markdown, html, widgets, headings)


def element_kind(msg: ForwardMsg) -> tuple[str, object]:
    """What a delta draws: ("markdown", its proto), ("block:vertical", its proto), …"""
    delta = msg.delta
    if delta.WhichOneof("type") == "add_block":
        return "block:" + str(delta.add_block.WhichOneof("type")), delta.add_block
    element = delta.new_element
    kind = element.WhichOneof("type")
    return str(kind), getattr(element, str(kind))


def element_text(proto: object) -> str:
    """The words an element shows (its body, label or content, and a widget's options)."""
    parts = [getattr(proto, name) for name in TEXT_FIELDS if isinstance(getattr(proto, name, None), str)]
    options = getattr(proto, "options", ())
    parts += [o if isinstance(o, str) else getattr(o, "content", "") for o in options]
    return " ".join(p for p in parts if p)


@dataclass
class PageTree:
    """The page as its messages draw it: delta path -> (kind, proto); what a whole run did not draw again is dropped
    when it finishes (a fragment's run only replaces what it draws)."""

    elements: dict[tuple[int, ...], tuple[str, object]] = field(default_factory=dict)
    cache: dict[str, ForwardMsg] = field(default_factory=dict)  # hash -> cacheable message (the page's cache)
    fragments: dict[str, str] = field(default_factory=dict)  # widget id -> the fragment that draws it
    _written: set[tuple[int, ...]] = field(default_factory=set)

    def feed(self, msg: ForwardMsg) -> str | None:
        """Apply one message; the script-finished status name when it ends a run, else None."""
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            msg = self._resolve(msg)
            kind = msg.WhichOneof("type")
        if kind == "new_session":
            self._written = set()
        elif kind == "delta":
            if msg.metadata.cacheable:
                self.cache[msg.hash] = msg
            path = tuple(msg.metadata.delta_path)
            self.elements[path] = element_kind(msg)
            self._written.add(path)
            widget_id = getattr(self.elements[path][1], "id", "")
            if msg.delta.fragment_id and isinstance(widget_id, str) and widget_id:
                self.fragments[widget_id] = msg.delta.fragment_id
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
            if status == "FINISHED_SUCCESSFULLY":
                self.elements = {p: e for p, e in self.elements.items() if p in self._written}
            self._written = set()
            return status
        return None

    def _resolve(self, ref: ForwardMsg) -> ForwardMsg:
        full = ForwardMsg()
        full.CopyFrom(self.cache[ref.ref_hash])
        full.metadata.CopyFrom(ref.metadata)
        return full

    def ordered(self) -> list[tuple[tuple[int, ...], str, object]]:
        return [(path, *self.elements[path]) for path in sorted(self.elements)]

    def signature(self, replace: Iterable[tuple[str, str]] = ()) -> list[tuple[tuple[int, ...], str, str]]:
        """Each element's path, kind and words (with ``replace`` applied, e.g. a session's marker → a placeholder)."""
        rows = []
        for path, kind, proto in self.ordered():
            text = element_text(proto)
            for old, new in replace:
                text = text.replace(old, new)
            rows.append((path, kind, text))
        return rows

    def text(self) -> str:
        return "\n".join(element_text(proto) for _, _, proto in self.ordered())

    def widget(self, kind: str, label: str) -> object:
        """The widget of this kind whose label is ``label`` (or starts with it); an error names what is there."""
        found = [p for _, k, p in self.ordered() if k == kind and getattr(p, "label", "").startswith(label)]
        if not found:
            there = sorted(
                {f"{k}:{getattr(p, 'label', '')[:40]}" for _, k, p in self.ordered() if getattr(p, "id", "")}
            )
            raise LookupError(f"no {kind} labelled {label!r} on the page; widgets: {there}")
        return found[0]

    def widget_ids(self) -> set[str]:
        return {p.id for _, _, p in self.ordered() if isinstance(getattr(p, "id", None), str) and p.id}


class ProtocolSession:
    """One user on a served app: connect, set widgets, wait for the runs they cause; the page as a ``PageTree``."""

    def __init__(self, url: str, *, query: str = "") -> None:
        self.url = url.rstrip("/").replace("http://", "ws://", 1) + "/_stcore/stream"
        self.query = query
        self.page = PageTree()
        self.values: dict[str, WidgetState] = {}  # what this user has set, sent with every run as the page does
        self.bytes_received = 0
        self.last_status = ""  # how the last run ended (FINISHED_SUCCESSFULLY, FINISHED_FRAGMENT_RUN_SUCCESSFULLY …)
        self._ws = None

    async def connect(self) -> float:
        from tornado.websocket import websocket_connect

        self._ws = await websocket_connect(self.url, subprotocols=["streamlit"], max_message_size=2**30)
        return await self.rerun()

    async def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def _client_state(self) -> ClientState:
        state = ClientState(query_string=self.query, page_script_hash="")
        live = self.page.widget_ids()
        self.values = {i: v for i, v in self.values.items() if i in live or not live}
        state.widget_states.widgets.extend(self.values.values())
        state.cached_message_hashes.extend(self.page.cache)
        return state

    async def rerun(self, widget_id: str = "") -> float:
        """Ask for a run with the widget values set so far (only its fragment's, as the page does, when the widget
        that changed is in one); seconds until it has finished (the page is idle)."""
        started = time.perf_counter()
        state = self._client_state()
        state.fragment_id = self.page.fragments.get(widget_id, "")
        await self._ws.write_message(BackMsg(rerun_script=state).SerializeToString(), binary=True)
        self.values = {i: v for i, v in self.values.items() if v.WhichOneof("value") != "trigger_value"}
        await self._until_finished()
        return time.perf_counter() - started

    async def _until_finished(self) -> None:
        """Read until a run has finished and the server says the script is no longer running (a callback or
        ``st.rerun`` can start the next run before that)."""
        deadline, finished = time.monotonic() + TIMEOUT_S, False
        while True:
            raw = await asyncio.wait_for(self._ws.read_message(), timeout=max(0.1, deadline - time.monotonic()))
            if raw is None:
                raise ConnectionError(f"the server closed the connection to {self.url}")
            self.bytes_received += len(raw)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            status = self.page.feed(msg)
            self.last_status = status or self.last_status
            finished = status in FINISHED or finished
            if msg.WhichOneof("type") == "page_info_changed":  # the app wrote the URL: the page sends it back
                self.query = msg.page_info_changed.query_string
            idle = (
                msg.WhichOneof("type") == "session_status_changed" and not msg.session_status_changed.script_is_running
            )
            if finished and idle:
                return

    # --- what a user does -------------------------------------------------------------------------

    def fill(self, kind: str, label: str, text: str) -> None:
        """Type into a text input or area (no run: the page sends it with the next one, or its form's submit)."""
        widget = self.page.widget(kind, label)
        self.values[widget.id] = WidgetState(id=widget.id, string_value=text)

    async def click(self, label: str) -> float:
        widget = self.page.widget("button", label)
        self.values[widget.id] = WidgetState(id=widget.id, trigger_value=True)
        return await self.rerun(widget.id)

    async def choose(self, kind: str, label: str, options: list[str]) -> float:
        """Set a segmented control, pills or multiselect to these options (their labels) and wait for the run."""
        widget = self.page.widget(kind, label)
        state = WidgetState(id=widget.id)
        state.string_array_value.data.extend(options)
        self.values[widget.id] = state
        return await self.rerun(widget.id)

    async def pick(self, label: str, option: str) -> float:
        """Choose an option (its label) in a selectbox and wait for the run."""
        widget = self.page.widget("selectbox", label)
        self.values[widget.id] = WidgetState(id=widget.id, string_value=option)
        return await self.rerun(widget.id)

    def chosen(self, label: str) -> list[str]:
        """A multiselect's options as chosen now: what this user set, else what the server says (raw or default)."""
        widget = self.page.widget("multiselect", label)
        if widget.id in self.values:
            return list(self.values[widget.id].string_array_value.data)
        if widget.set_value or widget.raw_values:
            return list(widget.raw_values)
        return [widget.options[i] for i in widget.default]
