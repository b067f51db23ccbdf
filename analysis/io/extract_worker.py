"""The extraction process (started by analysis/io/extract.py): trafilatura on one page after another.

Run as ``python extract_worker.py EXTRA_BYTES``. It loads trafilatura, limits its own address space to what it
maps then plus ``EXTRA_BYTES``, says ``ready``, then for each request on stdin (a JSON line with the URL, whether
the page is text, and the page's length in bytes, then the page) writes one JSON line on stdout:
``{"ok": {fields}}`` or ``{"error": why}``. It imports nothing of FrameLens (the app's own process never imports
trafilatura), and answers only in JSON, so nothing it reads from a page can reach the app as code.
"""

from __future__ import annotations

import contextlib
import json
import resource
import sys

if __name__ == "__main__":
    sys.path.pop(0)  # this file's folder (analysis/io) is not a place to import from

FIELDS = ("text", "title", "author", "date", "sitename")


def limit_memory(extra_bytes: int) -> None:
    """At most ``extra_bytes`` of address space beyond what this process maps now; past that an allocation fails
    with MemoryError instead of starving the server."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/statm", encoding="ascii") as statm:
            mapped = int(statm.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (mapped + extra_bytes, mapped + extra_bytes))


def extract(page: str | bytes, url: str) -> dict[str, object]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False, include_images=False
        )
    except MemoryError:
        return {"error": "memory"}
    except Exception as exc:  # trafilatura raises many kinds of errors on odd pages
        return {"error": exc.__class__.__name__}
    return {"ok": {f: (str(getattr(doc, f, "") or "") if doc is not None else "") for f in FIELDS}}


def serve(extra_bytes: int) -> None:
    import trafilatura  # noqa: F401  (loaded before the memory limit, and before saying ready)

    limit_memory(extra_bytes)
    out = sys.stdout.buffer
    out.write(b'{"ready": true}\n')
    out.flush()
    source = sys.stdin.buffer
    while header := source.readline():
        request = json.loads(header)
        raw = source.read(request["length"])
        page = raw.decode("utf-8", "surrogatepass") if request["text"] else raw
        try:
            reply = extract(page, request["url"])
        except MemoryError:
            reply = {"error": "memory"}
        out.write(json.dumps(reply).encode("utf-8") + b"\n")
        out.flush()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
