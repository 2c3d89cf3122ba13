"""Searches that ask RE2 first whether a pattern can match at all: most searches of a long cue find nothing.

A tense cue ("planned": "will ... send", "soll ... entsenden", dozens of alternatives with gaps of up to 80
characters, lookarounds and scoped case rules) is searched a dozen times an article and finds nothing in
70-85 % of them, and Python's ``re`` pays its whole backtracking scan each time.  :func:`filtered` reads
the pattern's syntax tree (``re._parser``) and writes a *superset* of it in RE2's syntax: lookarounds and
word boundaries dropped (they only ever refuse a match), a negated class or ``\\w`` read as any
character, a repeat of more than :data:`MAX_REPEAT` times left unbounded, and every letter as the
characters the lowercased text can hold where the pattern matches (its lowercase with the characters
``re`` pairs with it beyond lowercasing: ``re._casefix``).  Kept, because they refuse the most candidates
and stay supersets (round eleven): a word boundary beside a letter that is an ASCII word character in every
form (RE2's ASCII ``\\b`` refuses less than ``re``'s: "so" no longer stands in "Soldaten"); a negated class of
characters without case (``[^,.;]``: exact in the lowercase); a repeat of one character up to
:data:`MAX_CHAR_REPEAT` times; a lookahead that closes the pattern (``wie(?=[^,.;]{0,120}\\bmitteilte)``:
what it reads follows every match, so the superset may read it too, as it reads only where a match starts),
with a ``$`` closing it as the range's end.  RE2 (google-re2, a linear-time automaton)
scans the lowercased text (``prescan``'s, same offsets) for that superset; where it finds nothing the
pattern cannot match and the search returns None (``finditer`` nothing) without ``re`` scanning; where it
finds something the pattern itself is searched from where RE2's leftmost match starts (every match of the
pattern is a match of the superset, so none starts before; ``re`` still reads the text before that position
for its lookbehinds).  So ``search`` and ``finditer`` return the same matches, groups and spans, by
construction; ``match`` and ``fullmatch`` are the pattern's own.

A text whose lowercase changes its length (capital I with dot) or that has no UTF-8 (a lone surrogate), a
pattern RE2 cannot take (a back reference, a conditional) and a machine without google-re2 are searched with
the pattern itself.
"""

from __future__ import annotations

import functools
import re
import sys
from re import _casefix  # noqa: PLC2701 - the characters case rules pair beyond lowercasing
from re import _constants as c  # noqa: PLC2701 - the syntax tree's opcodes
from re import _parser as parser  # noqa: PLC2701

from . import regex_cache
from .prescan import lowered

try:
    import re2
except ImportError:          # pragma: no cover - google-re2 is a dependency; without it every search is re's
    re2 = None

MAX_REPEAT = 8       # a repeat of more times reads as unbounded (RE2 unrolls counted repeats)
MAX_CHAR_REPEAT = 40   # the same for a repeat of one character ("[^;]{0,80}", ".{1,40}$": a gap in the clause)
MAX_RANGE = 256      # a wider range in a class reads as any character
ANY = "."            # compiled with (?s): any character
# the lowercase characters case rules pair beyond lowercasing (as prescan): "s" and long "ſ", "σ" and final "ς", ...
_PARTNERS: dict[str, set[str]] = {}
for _code, _pairs in _casefix._EXTRA_CASES.items():
    _PARTNERS.setdefault(chr(_code), set()).update(map(chr, _pairs))
# re's \s: str.isspace (tab to carriage return, the file separators, NEL, the Unicode spaces)
_SPACE = r"\x{9}-\x{d}\x{1c}-\x{20}\x{85}\p{Z}"
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ONE_CHARACTER = (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN)



class Unsupported(ValueError):
    """A pattern item RE2 cannot stand for (a back reference, a conditional)."""


@functools.lru_cache(maxsize=4096)
def _chars(ch: str) -> frozenset[str]:
    """What a text's character that ``re`` takes for ``ch`` (exactly or ignoring case) lowercases to."""
    low = ch.lower()[0]                       # re's own lowercase of "İ" is "i" (its full lowercase: "i" and a dot)
    return frozenset({ch, low} | _PARTNERS.get(low, set()) | _PARTNERS.get(ch, set()))


def _escape(chars) -> str:
    return "".join(ch if ch.isascii() and ch.isalnum() else "\\x{%x}" % ord(ch) for ch in sorted(chars))


@functools.lru_cache(maxsize=4096)
def _literal(code: int) -> str:
    """A literal character of the pattern as the lowercased text can hold it."""
    chars = _chars(chr(code))
    return _escape(chars) if len(chars) == 1 else "[" + _escape(chars) + "]"


def _class_item(op, av) -> str | None:
    if op is c.LITERAL:
        return _escape(_chars(chr(av)))
    if op is c.RANGE:
        low, high = av
        if high - low > MAX_RANGE:
            return None
        extra = frozenset().union(*(_chars(chr(code)) for code in range(low, high + 1))) - set(map(chr, range(low, high + 1)))
        return _escape((chr(low),)) + "-" + _escape((chr(high),)) + _escape(extra)
    if op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
        return r"\p{Nd}"
    if op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
        return _SPACE
    return None                                   # \w, a negated category


def caseless(ch: str) -> bool:
    """Whether a character has no case: its own lowercase and uppercase, no case partner (then no other character
    lowercases or uppercases to it either, in Python 3.11's Unicode data: a test checks), so a text's character is
    it exactly when the character's lowercase is."""
    return ch.lower() == ch == ch.upper() and ch not in _PARTNERS


def _caseless(op, av) -> bool:
    """Whether a class item holds only characters without case."""
    codes = (av,) if op is c.LITERAL else range(av[0], av[1] + 1) if op is c.RANGE and av[1] - av[0] <= MAX_RANGE else None
    return codes is not None and all(caseless(chr(code)) for code in codes)


def _negated(items) -> str:
    """A negated class of characters without case, exact (``[^,.;]``: the clause a gap may not leave); else any."""
    if all(_caseless(op, av) for op, av in items):
        return "[^" + "".join(_escape((chr(av),)) if op is c.LITERAL else _escape((chr(av[0]),)) + "-" + _escape((chr(av[1]),))
                              for op, av in items) + "]"
    return ANY


def _class(items) -> str:
    if items and items[0][0] is c.NEGATE:
        return _negated(items[1:])
    parts = [_class_item(op, av) for op, av in items]
    return ANY if None in parts else "[" + "".join(parts) + "]"


def _repeat(low: int, high: int, body, flags: int) -> str:
    """A repeat; of more than :data:`MAX_REPEAT` times (one character: :data:`MAX_CHAR_REPEAT`) unbounded."""
    body_source = "(?:" + _sequence(body, False, flags) + ")"
    most = MAX_CHAR_REPEAT if len(body) == 1 and body[0][0] in _ONE_CHARACTER else MAX_REPEAT
    low = min(low, most)
    if high is c.MAXREPEAT or high > most:
        return body_source + "{%d,}" % low
    return body_source + "{%d,%d}" % (low, high)


def _item(op, av, tail: bool, flags: int) -> str:
    if op is c.LITERAL:
        return _literal(av)
    if op is c.NOT_LITERAL:
        return _negated([(c.LITERAL, av)])
    if op is c.ANY:
        return ANY
    if op is c.IN:
        return _class(av)
    if op is c.BRANCH:
        return "(?:" + "|".join(_sequence(alt, tail, flags) for alt in av[1]) + ")"
    if op is c.SUBPATTERN:                        # its case flags: every letter reads both ways already
        return "(?:" + _sequence(av[3], tail, (flags | av[1]) & ~av[2]) + ")"
    if op is c.ATOMIC_GROUP:
        return "(?:" + _sequence(av, tail, flags) + ")"
    if op in _REPEATS:
        return _repeat(*av, flags)
    if op is c.ASSERT and tail and av[0] == 1:
        # a lookahead that closes the match ("wie(?=[^,.;]{0,120}\bmitteilte)"): what it reads follows every match,
        # so it may follow the superset's as well (only where a match starts counts, never where it ends)
        return "(?:" + _sequence(av[1], True, flags) + ")"
    if op is c.AT and tail and (av is c.AT_END_STRING or (av is c.AT_END and not flags & re.MULTILINE)):
        # the end of the range (re's "$": or a final newline before it): RE2 searches the range alone
        return r"\n?\z" if av is c.AT_END else r"\z"
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):      # zero-width tests only ever refuse a match
        return ""
    raise Unsupported(f"{op} has no RE2 superset")


def _ascii_word(item) -> bool:
    """Whether an item is a literal whose every form in the lowercased text is an ASCII word character."""
    return item[0] is c.LITERAL and all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in _chars(chr(item[1])))


def _no_word(item, direction: int) -> bool:
    """Whether an item refuses a word character before (-1) or after (1) it: ``\\b``, ``(?<!\\w)``, ``(?![\\w-])``."""
    op, av = item
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if not (op is c.ASSERT_NOT and av[0] == direction and len(av[1]) == 1 and av[1][0][0] is c.IN):
        return False
    items = av[1][0][1]                           # (never a negated class: "(?<![^\\w])" wants a word character)
    return all(iop is not c.NEGATE for iop, _ in items) and \
        any(iop is c.CATEGORY and iav in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD) for iop, iav in items)


def _sequence(items, tail: bool, flags: int) -> str:
    """``tail``: nothing of the pattern follows the sequence (its last item may read past the match's end).

    A word boundary beside a letter that is an ASCII word character in every form is RE2's ``\\b`` (ASCII's: every
    character Python's ``\\w`` refuses, ASCII's refuses too, so RE2 finds a boundary wherever ``re`` does)."""
    items = list(items)
    out = []
    for i, item in enumerate(items):
        if not flags & re.ASCII and ((i + 1 < len(items) and _ascii_word(items[i + 1]) and _no_word(item, -1)) or
                                  (i and _ascii_word(items[i - 1]) and _no_word(item, 1))):
            out.append(r"\b")
        else:
            out.append(_item(*item, tail and i == len(items) - 1, flags))
    return "".join(out)


@regex_cache.derived
def superset_source(source: str, flags: int) -> str:
    """RE2 source of a superset of the pattern, to be searched in the lowercased text (see the module);
    raises :class:`Unsupported` for a back reference or a conditional."""
    tree = parser.parse(source, flags)
    return "(?s)" + _sequence(tree, True, tree.state.flags)


@functools.lru_cache(maxsize=256)
def _compiled(source: str, flags: int):
    """A function of UTF-8 bytes giving where RE2's leftmost match of the superset of ``source`` starts (a byte
    offset), or None; made once per process.  Where RE2 cannot take the pattern, 0: the pattern itself is searched."""
    try:
        regexp = re2.compile(superset_source(source, flags).encode())   # RE2's default memory: 64 MB was no faster
    except (Unsupported, re.error, re2.error, TypeError, ValueError):
        return _always
    return _direct(regexp) or functools.partial(_start_of, regexp.search)


def _start_of(search, data: bytes) -> int | None:
    found = search(data)
    return None if found is None else found.start()


def _direct(regexp):
    """The same function through the C++ call behind google-re2's ``search`` (whose Python layer, a generator, costs
    0.4 of its 1 us a call), where this version of the bindings has it and answers as ``search`` does; else None."""
    try:
        match, anchor = regexp._regexp.Match, re2._Anchor.UNANCHORED   # noqa: SLF001 - checked below, else the public search

        def start(data: bytes) -> int | None:
            begin = match(anchor, data, 0, len(data))[0][0]
            return None if begin < 0 else begin

        probes = (b"", b"a", b"will send troops to seoul", "nächste woche entsenden".encode())
        if all(start(p) == _start_of(regexp.search, p) for p in probes):
            return start
    except Exception:  # noqa: BLE001 - any change in the bindings' internals: the public search
        pass
    return None


def _always(_data: bytes) -> int:
    return 0


class FilteredPattern:
    """A compiled pattern whose ``search`` and ``finditer`` ask RE2 first whether a superset of it matches in
    the range; every other method and attribute is the pattern's own.  The superset is written and compiled at
    the first search (a process that loads the vocabulary but reads no text pays nothing)."""

    __slots__ = ("_pattern", "_scan", "pattern", "flags", "groupindex", "groups", "match", "fullmatch")

    def __init__(self, pattern) -> None:
        self._pattern, self._scan = pattern, self._first_scan
        self.pattern, self.flags, self.groupindex, self.groups = pattern.pattern, pattern.flags, pattern.groupindex, pattern.groups
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_pattern", "_scan"):   # copy and pickle look these up before init
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __reduce__(self):
        return filtered, (self._pattern,)

    def _first_scan(self, data: bytes):
        self._scan = _compiled(self.pattern, self.flags)
        return self._scan(data)

    def _start(self, string: str, pos: int, endpos: int) -> int | None:
        """Where a match can start at the earliest: where RE2's superset match in the range starts (every match of
        the pattern is one of the superset's), or None when there is none."""
        low = lowered(string)
        if low is None:
            return pos
        pos = pos if pos > 0 else 0               # as re reads them
        endpos = endpos if endpos > 0 else 0
        try:
            data = (low[pos:endpos] if pos or endpos < len(low) else low).encode()
        except UnicodeEncodeError:                # a lone surrogate: no UTF-8 for RE2, re searches it all
            return pos
        start = self._scan(data)
        if start is None:
            return None
        return pos + (start if start < 2 or data.isascii() else len(data[:start].decode()))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        start = self._start(string, pos, endpos)
        return None if start is None else self._pattern.search(string, start, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        start = self._start(string, pos, endpos)
        return iter(()) if start is None else self._pattern.finditer(string, start, endpos)

    def __repr__(self) -> str:
        return f"FilteredPattern({self._pattern!r})"


def filtered(pattern):
    """``pattern`` (compiled, or prescanned), searched only where RE2 finds a superset of it (see the module); the
    pattern itself on a machine without google-re2."""
    return pattern if re2 is None else FilteredPattern(pattern)
