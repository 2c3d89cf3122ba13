"""Literal gates: a search skipped where the lowercased text holds none of the strings every match contains.

Most rule patterns can only match where some word stands: ``\\b(?:among them|including|darunter)\\s+...``
needs one of its three openings, ``[^.;:,]{0,80}?\\b(?:suffer\\w*|sustain\\w*|...)`` one of its verbs.  Python's
``re`` still walks the whole range to find that out (a lazy gap tries the alternation at each of its 80
positions).  :func:`required_strings` reads the pattern's syntax tree (``re._parser``) for a set of strings of
which every match holds one, lowercased with every form case rules let a text's character take
(``supersets._chars``: its lowercase and the characters ``re`` pairs with it, "s" and long "ſ"); zero-width tests
(lookarounds, ``\\b``, anchors) are read as passing, so they never add a string.  :class:`GatedPattern` then
searches the pattern only where one of those strings stands inside the range of the lowercased text, and
answers None (``finditer``: nothing) elsewhere without ``re``: every match holds one of the strings inside its
own span, which lies in the range, so a range without any cannot hold a match and every search, match and
``finditer`` returns what the pattern's own does.  The gate is derived from the pattern each time it is
compiled, so an edit to a pattern cannot leave a stale gate behind.

How the strings are found: a literal is the set of its forms; a small class the set of its characters; a
sequence of such items the set of their concatenations (while it stays small); an alternation whose every
alternative names strings the union of those; a repeat of at least once its body's strings.  Of the sets a
sequence offers (each run of literals, each item's own), the one of the longest shortest string is taken.
A pattern of which no set can be named (``\\d+``, ``[A-Z]\\w+``), or only one of too many strings, is not gated.
"""

from __future__ import annotations

import functools
import re
import sys
from re import _casefix  # noqa: PLC2701 - the characters case rules pair beyond lowercasing
from re import _constants as c  # noqa: PLC2701 - the syntax tree's opcodes
from re import _parser as parser  # noqa: PLC2701

from .prefilter import class_chars

MAX_STRINGS = 48   # strings of a gate, at most: more cost their scan what the search does
MAX_FINDS = 4      # strings up to which a gate tests each by ``str.find``; more are one scan of their alternation
MAX_CLASS = 4      # characters of a class read as its strings (a wider class is unbounded)
MIN_LENGTH = 2     # characters of a gate's shortest string, at least (a single letter refuses almost nothing)
MAX_SET = 64       # strings an exact set may hold while it is built (more: no longer exact)
SHORT_RANGE = 256  # characters of a range lowercased at the search; a longer one reads the text's remembered lowercase
REMEMBERED = 4     # texts whose canonical lowercase is kept (a sentence, its paragraph, the article)

# the lowercase characters case rules pair beyond lowercasing (as ``supersets``): "s" and long "ſ", "σ" and final "ς"
_PARTNERS: dict[str, set[str]] = {}
for _code, _pairs in _casefix._EXTRA_CASES.items():
    _PARTNERS.setdefault(chr(_code), set()).update(map(chr, _pairs))
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_NONE = (None, None)   # (exact, required) of an item of which nothing can be said


def _canonical_table() -> dict[int, str]:
    """Each lowercase character that case rules pair with others (``supersets._PARTNERS``: "s" and long "ſ", "i" and
    dotless "ı", Greek and Cyrillic variants) to one of its group, the same for the whole group."""
    groups: dict[str, set[str]] = {}
    for ch, partners in _PARTNERS.items():
        group = {ch, *partners}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    return {ord(ch): min(group) for ch, group in groups.items() if min(group) != ch}


CANONICAL = _canonical_table()
_PAIRED = re.compile("[" + "".join(map(re.escape, sorted({chr(code) for code in CANONICAL}))) + "]")


def canonical_lower(text: str) -> str | None:
    """``text.lower()`` with every paired character as its group's own (see :func:`_canonical_table`), the same
    offsets; None when the lowercase changes the text's length ("İ")."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not low.isascii() and _PAIRED.search(low):
        low = low.translate(CANONICAL)
    return low


_LAST: tuple[tuple[str, str | None], ...] = ()   # (text, its canonical lowercase or None), the latest first


def _remembered(text: str) -> str | None:
    """:func:`canonical_lower` of a text, remembered for the last few texts (one tuple, replaced whole: safe between
    threads)."""
    for seen, low in _LAST:
        if seen is text:
            return low
    low = canonical_lower(text)
    globals()["_LAST"] = ((text, low), *_LAST[:REMEMBERED - 1])
    return low


def _forms(code: int) -> frozenset[str]:
    """What a text's character that the pattern's literal matches reads as in :func:`canonical_lower`'s text: its
    lowercase (the same for every character ``re`` pairs with it ignoring case, or exactly), as its group's own."""
    low = chr(code).lower()[0]               # re's own lowercase of "İ" is "i" (its full lowercase: "i" and a dot)
    forms = {low, *_PARTNERS.get(low, ()), *_PARTNERS.get(chr(code), ())}
    return frozenset(form.translate(CANONICAL) for form in forms)


def _product(heads: set[str], tails: set[str]) -> set[str] | None:
    if len(heads) * len(tails) > MAX_SET:
        return None
    return {h + t for h in heads for t in tails}


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two gates: the longer shortest string, then the fewer strings."""
    if a is not None and "" in a:
        a = None
    if b is None or "" in b:
        return a
    if a is None:
        return b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _item(op, av, flags: int) -> tuple[set[str] | None, frozenset[str] | None]:
    """(every string the item matches, when few: else None; strings one of which every match holds, or None)."""
    if op is c.LITERAL:
        return set(_forms(av)), None
    if op in _ZERO_WIDTH:
        return {""}, None
    if op is c.IN:
        chars = None if av and av[0][0] is c.NEGATE else class_chars(av)
        if chars is None or len(chars) > MAX_CLASS:
            return _NONE
        return {form for ch in chars for form in _forms(ord(ch))}, None
    if op is c.SUBPATTERN:
        return _sequence(av[3], (flags | av[1]) & ~av[2])
    if op is c.ATOMIC_GROUP:
        return _sequence(av, flags)
    if op is c.BRANCH:
        return _branch(av[1], flags)
    if op in _REPEATS:
        return _repeat(*av, flags)
    return _NONE


def _branch(alternatives, flags: int) -> tuple[set[str] | None, frozenset[str] | None]:
    exact: set[str] | None = set()
    required: set[str] | None = set()
    for alternative in alternatives:
        alt_exact, alt_required = _sequence(alternative, flags)
        exact = None if exact is None or alt_exact is None or len(exact) + len(alt_exact) > MAX_SET else exact | alt_exact
        own = _better(frozenset(alt_exact) if alt_exact is not None else None, alt_required)
        required = None if required is None or own is None else required | own
    return exact, None if required is None else frozenset(required)


def _repeat(low: int, high: int, body, flags: int) -> tuple[set[str] | None, frozenset[str] | None]:
    body_exact, body_required = _sequence(body, flags)
    exact: set[str] | None = None
    if body_exact is not None and high <= 2:
        exact, run = ({""} if low == 0 else set()), {""}
        for times in range(1, high + 1):
            run = _product(run, body_exact)
            if run is None:
                exact = None
                break
            if times >= low:
                exact |= run
    if low == 0:
        return exact, None
    return exact, _better(frozenset(body_exact) if body_exact is not None else None, body_required)


def _sequence(items, flags: int) -> tuple[set[str] | None, frozenset[str] | None]:
    """(every string the sequence matches, when few; the best set of strings one of which every match holds)."""
    run: set[str] | None = {""}     # the strings of the literal items since the last other item
    whole = True                    # every item so far exact
    best: frozenset[str] | None = None
    for op, av in items:
        exact, required = _item(op, av, flags)
        if exact is not None:
            joined = _product(run, exact)
            if joined is None:       # too many: the run so far is one gate, a new one starts
                best, whole, joined = _better(best, frozenset(run)), False, exact
            run = joined
            continue
        best, whole, run = _better(_better(best, frozenset(run)), required), False, {""}
    best = _better(best, frozenset(run))
    return (run if whole else None), best


def required_strings(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (lowercased, every case form) one of which every match of the pattern holds, or None when no useful
    set can be named (see the module)."""
    return _required_strings(source, flags)


@functools.lru_cache(maxsize=1024)
def _required_strings(source: str, flags: int) -> frozenset[str] | None:
    try:
        tree = parser.parse(source, flags)
    except (re.error, TypeError, ValueError):
        return None
    _, best = _sequence(tree, tree.state.flags)
    if best is not None:                          # a string holding another is implied by it
        best = frozenset(s for s in best if not any(t != s and t in s for t in best))
    if best is None or len(best) > MAX_STRINGS or min(map(len, best)) < MIN_LENGTH:
        return None
    return best


class Gate:
    """Whether a range of a text can hold a match: one of the pattern's required strings stands in it."""

    __slots__ = ("_strings", "_scan", "_width")

    def __init__(self, strings: frozenset[str], width: int) -> None:
        ordered = sorted(strings, key=lambda s: (-len(s), s))
        self._strings = tuple(ordered) if len(ordered) <= MAX_FINDS else None
        self._scan = None if self._strings else re.compile("|".join(map(re.escape, ordered))).search
        self._width = width                       # the longest match (a match at a position ends before it)

    def open(self, string: str, pos: int, endpos: int, anchored: bool = False) -> bool:
        """Whether one of the strings stands in ``string[pos:endpos]`` lowercased (``anchored``: a match starting
        at ``pos``, as wide as the pattern's widest match), or the lowercase cannot be read with the same offsets."""
        size = len(string)
        pos = pos if pos > 0 else 0
        end = endpos if endpos < size else size
        if anchored and pos + self._width < end:
            end = pos + self._width
        if end - pos <= SHORT_RANGE:               # most ranges: a few words before or after a figure
            low = canonical_lower(string[pos:end]) if end > pos else ""
            if low is None:
                return True
            if self._strings is None:
                return self._scan(low) is not None
            for s in self._strings:
                if s in low:
                    return True
            return False
        low = _remembered(string)
        if low is None:
            return True
        if self._strings is None:
            return self._scan(low, pos, end) is not None
        for s in self._strings:
            if low.find(s, pos, end) >= 0:
                return True
        return False


def literal_gate(pattern) -> Gate | None:
    """The gate of a compiled pattern (or one that has ``pattern`` and ``flags``), or None when none can be named."""
    strings = required_strings(pattern.pattern, pattern.flags)
    if strings is None:
        return None
    try:
        width = parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except (re.error, TypeError, ValueError):
        return None
    return Gate(strings, min(width, sys.maxsize // 2))


class GatedPattern:
    """A compiled pattern whose ``search``, ``match``, ``fullmatch`` and ``finditer`` run only where the range of the
    lowercased text holds one of the pattern's required strings; every other attribute is the pattern's own."""

    __slots__ = ("_pattern", "_open", "pattern", "flags", "groupindex", "groups", "sub", "subn", "split", "findall")

    def __init__(self, pattern, gate: Gate) -> None:
        self._pattern, self._open = pattern, gate.open
        self.pattern, self.flags, self.groupindex, self.groups = pattern.pattern, pattern.flags, pattern.groupindex, pattern.groups
        self.sub, self.subn, self.split, self.findall = pattern.sub, pattern.subn, pattern.split, pattern.findall

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_pattern", "_open"):   # copy and pickle look these up before init
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __reduce__(self):
        return gated, (self._pattern,)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.search(string, pos, endpos) if self._open(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.match(string, pos, endpos) if self._open(string, pos, endpos, True) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.fullmatch(string, pos, endpos) if self._open(string, pos, endpos, True) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.finditer(string, pos, endpos) if self._open(string, pos, endpos) else iter(())

    def __repr__(self) -> str:
        return f"GatedPattern({self._pattern!r})"


def gated(pattern):
    """``pattern`` (compiled, prescanned or filtered) behind its literal gate (see the module), or itself when no
    gate can be named."""
    gate = literal_gate(pattern)
    return pattern if gate is None else GatedPattern(pattern, gate)
