"""Which link of a sentence is nearest a figure, without measuring every link of a long sentence.

The distance from a figure to a link is the characters between them, plus 1000 for each clause break
and 30 for each comma there; both counts are read by bisection from the text's breaks and commas,
found once (:func:`match_spans`).
"""

from __future__ import annotations

import bisect
import re

from .cues import Link
from .lexicon import UNRESOLVED


def match_spans(pattern: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def count_within(spans: tuple[list[int], list[int]], a: int, b: int) -> int:
    """How many of the (sorted, disjoint) matches lie within a..b: two bisections, not a scan."""
    starts, ends = spans
    return max(0, bisect.bisect_right(ends, b) - bisect.bisect_left(starts, a))


CLAUSE_BREAK = 1000   # a clause break between a link and a figure outweighs any run of characters within a sentence


def link_distance(link: Link, position: int, breaks: tuple[list[int], list[int]], commas: tuple[list[int], list[int]]) -> int:
    """How far a link stands from a figure at ``position`` (0 when the figure is inside it)."""
    lo = min(link.cue[0], link.span[0])
    hi = max(link.cue[1], link.span[1])
    if lo <= position <= hi:
        return 0
    a, b = (position, lo) if position < lo else (hi, position)
    return (b - a) + CLAUSE_BREAK * count_within(breaks, a, b) + 30 * count_within(commas, a, b)


class NearestLinks:
    """The links a figure's claimer may be taken from, without measuring every link of a long sentence.

    The distance from a figure to a link grows with the characters, clause breaks and commas between
    them, so of the links wholly before the figure only the one ending last can be nearest (and of
    those after it, the one starting first), for each kind (resolved or unresolved).  Candidates keep
    the links' order, so ties resolve as a scan over all links would.
    """

    SMALL = 16   # below this, every link is a candidate

    def __init__(self, pool: list[Link]) -> None:
        self.pool = pool
        if len(pool) <= self.SMALL:
            return
        spans = [(min(link.cue[0], link.span[0]), max(link.cue[1], link.span[1])) for link in pool]
        self.by_lo = sorted(range(len(pool)), key=lambda i: spans[i][0])
        self.los = [spans[i][0] for i in self.by_lo]
        self.longest = max(hi - lo for lo, hi in spans)
        self.spans = spans
        self.kinds = {}
        for kind in (False, True):
            members = [i for i in range(len(pool)) if (pool[i].claimer.source == UNRESOLVED) == kind]
            by_hi = sorted(members, key=lambda i: spans[i][1])
            by_lo = sorted(members, key=lambda i: spans[i][0])
            self.kinds[kind] = (by_hi, [spans[i][1] for i in by_hi], by_lo, [spans[i][0] for i in by_lo])

    def candidates(self, position: int) -> list[Link]:
        if len(self.pool) <= self.SMALL:
            return self.pool
        picked = set()
        first = bisect.bisect_left(self.los, position - self.longest)
        last = bisect.bisect_right(self.los, position)
        picked.update(i for i in self.by_lo[first:last] if self.spans[i][1] >= position)    # around the figure
        for by_hi, his, by_lo, los in self.kinds.values():
            k = bisect.bisect_left(his, position) - 1                  # the last to end before it
            while k >= 0 and his[k] == his[bisect.bisect_left(his, position) - 1]:
                picked.add(by_hi[k])
                k -= 1
            k = bisect.bisect_right(los, position)                     # the first to start after it
            while k < len(los) and los[k] == los[bisect.bisect_right(los, position)]:
                picked.add(by_lo[k])
                k += 1
        return [self.pool[i] for i in sorted(picked)]
