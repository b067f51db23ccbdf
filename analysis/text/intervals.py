"""Overlap questions on many spans in logarithmic time: a long text has thousands of mentions and labels, and
asking each new span against every earlier one made the analysis of 200,000 characters quadratic."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Fixed (start, end) spans; ``overlaps(start, end)`` is ``any(s < end and start < e for s, e in spans)``."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [s for s, _ in pairs]
        self._max_end = list(accumulate((e for _, e in pairs), max))  # the furthest end among the first k

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._max_end[i - 1] > start
