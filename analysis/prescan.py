"""Scans of a long vocabulary pattern that try it only where the first characters of a match stand.

A case-insensitive alternation of many words ("South Korea's intelligence", "Syrskyj", "Pentagon", ...)
costs Python's ``re`` a few steps at every position of a text and the dispatch among its alternatives at
every word start, although it matches at one or two places a sentence.  :func:`prescanned` reads the
pattern's syntax tree (``re._parser``) for the strings of five (else four, else three) characters any
match opens with (fewer when a match can be shorter), lowercased, and compiles them into a case-sensitive
trie (``n(?<!\\w.)(?=is)|s(?<!\\w.)(?=eoul|yrsk)``), which ``re`` runs over the lowercased text with its
fast scan for a first character.  The pattern is then tried only at the positions that trie finds: a
position it does not find cannot open a match, so ``search`` and ``finditer`` return the same matches,
groups and spans.

Case rules: a character the pattern matches ignoring case lowercases to the lowercased pattern
character or to one of the few characters ``re`` pairs with it beyond lowercasing (dotless i, long s,
Greek and Cyrillic variants: ``re._casefix``), which the trie holds too; a text with a character whose
lowercase is two characters (capital I with dot) is scanned with the pattern itself.
"""

from __future__ import annotations

import functools
import re
import sys
from re import _casefix  # noqa: PLC2701 - the characters case rules pair beyond lowercasing
from re import _constants as c  # noqa: PLC2701 - the syntax tree's opcodes
from re import _parser as parser  # noqa: PLC2701

from . import regex_cache
from .prefilter import class_chars, prefix_of_tree

WIDTHS = (5, 4, 3)   # characters of a match's opening read: the most that can be bounded
MAX_OPENINGS = 2048  # openings of one pattern, at most (more: it is scanned as it is)
# the lowercase characters case rules pair beyond lowercasing ("i" and dotless "ı", "s" and long "ſ", Greek and
# Cyrillic variants): a pattern's "s" matches a text's "ſ", whose lowercase is "ſ", so the scan looks for both
_PARTNERS = {chr(code): frozenset(map(chr, pairs)) for code, pairs in _casefix._EXTRA_CASES.items()}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


# the end of an opening cut short: what follows it in a match cannot be named (a ``.``, ``\w+``, too many
# strings), so the opening is only the match's first characters; never extended, dropped from the trie
_CUT = "\uffff"


# an opening that is no string but the characters a lookbehind requires right before every match ("(" of
# ``(?<=\()\s*quelle:``, "," of ``(?<=,)\s*wonach``): the scan looks for the positions after them
_AFTER = "\ufffe"


def _done(s: str, width: int) -> bool:
    return len(s) >= width or s.endswith(_CUT)


def _joined(heads: set[str], tails: set[str], width: int) -> set[str] | None:
    out = {h if _done(h, width) else (h + t)[:width] for h in heads for t in tails}
    return out if len(out) <= MAX_OPENINGS else None


def openings(items, width: int, cut: bool = False) -> set[str] | None:
    """The strings of up to ``width`` characters a match of the sequence can open with (a shorter one is a
    whole match), or None when they cannot be bounded.  ``cut``: where the rest of an opening cannot be
    named, it ends there, marked with ``_CUT`` ("hat" of ``hat\b.{0,30}``); where not even its first character
    can, a lookbehind of one character before it names the position (``_AFTER``), else None.  Zero-width tests are
    otherwise read as passing."""
    found = {""}
    behind = None                                 # the characters a lookbehind at the start requires
    for op, av in items:
        if all(_done(s, width) for s in found):
            break
        if op in _ZERO_WIDTH:
            if found == {""} and behind is None:
                behind = _behind(op, av)
            continue
        sub = _openings_of_item(op, av, width, cut)
        joined = None if sub is None else _joined(found, sub, width)
        if joined is None:                        # cut every opening here: the match goes on unnamed
            if not cut:
                return None
            if "" in found:
                return {_AFTER + "".join(sorted(behind)) + _CUT} if behind and found == {""} else None
            return {s if _done(s, width) else s + _CUT for s in found}
        found = joined
    return found


def _behind(op, av) -> set[str] | None:
    """The characters a lookbehind of one character requires ("(" of ``(?<=[(])``, ``(?<=[,;])``), else None."""
    if op is not c.ASSERT or av[0] != -1 or len(av[1]) != 1:
        return None
    item_op, item_av = av[1][0]
    return {chr(item_av)} if item_op is c.LITERAL else class_chars(item_av) if item_op is c.IN else None


def _openings_of_item(op, av, width: int, cut: bool) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        return class_chars(av)
    if op is c.SUBPATTERN:
        return openings(av[3], width, cut)
    if op is c.ATOMIC_GROUP:
        return openings(av, width, cut)
    if op is c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            sub = openings(alternative, width, cut)
            if sub is None:
                return None
            found |= sub
        return found
    if op in _REPEATS:
        return _repeated(av, width, cut)
    return None                                   # ., a negated literal, a back reference, a conditional


def _repeated(av, width: int, cut: bool) -> set[str] | None:
    """The openings of a repeat: its body between its least and most times (beyond ``width`` times
    nothing new can open a match)."""
    low, high, item = av
    body = openings(item, width, cut)
    if body is None:
        return None
    found = {""}
    for _ in range(min(low, width)):
        found = _joined(found, body, width)
        if found is None:
            return None
    every, more = set(found), found
    for _ in range(max(0, min(high, width) - low)):
        more = _joined(more, body, width)
        if more is None:
            return None
        every |= more
    return every


def _trie(strings: set[str], word_start: bool) -> str:
    """A case-sensitive pattern that matches the first character where one of the strings starts (the
    rest looked ahead at, so that no position is passed over), grouped by that first character;
    ``word_start``: only where no word character stands before it."""
    behind = r"(?<!\w.)" if word_start else ""
    by_first: dict[str, set[str]] = {}
    for s in strings:
        by_first.setdefault(s[0], set()).add(s[1:])
    return "|".join(re.escape(first) + behind + _ahead(rests) for first, rests in sorted(by_first.items()))


def _ahead(rests: set[str]) -> str:
    """A lookahead for the rests of the strings after their first character (nothing when one is empty)."""
    return "" if "" in rests else "(?=" + _tree(rests, top=True) + ")"


def _tree(rests: set[str], top: bool = False) -> str:
    """The non-empty strings as a trie: one branch per next character."""
    if "" in rests:
        return ""
    by_next: dict[str, set[str]] = {}
    for rest in rests:
        by_next.setdefault(rest[0], set()).add(rest[1:])
    if len(by_next) > 1 and all(tails == {""} for tails in by_next.values()):
        return "[" + "".join(re.escape(ch) for ch in sorted(by_next)) + "]"
    branches = [re.escape(ch) + _tree(tails) for ch, tails in sorted(by_next.items())]
    return branches[0] if len(branches) == 1 else "|".join(branches) if top else "(?:" + "|".join(branches) + ")"


def _variants(low: str) -> set[str]:
    """The lowercase string with each character also as its case partners (see ``_PARTNERS``)."""
    found = {""}
    for ch in low:
        found = {head + alt for head in found for alt in (ch, *_PARTNERS.get(ch, ()))}
    return found


def opening_scan(pattern: re.Pattern) -> re.Pattern | None:
    """The trie of the lowercased openings of ``pattern``'s matches (with their case partners), or None
    when they cannot be named or a match can be empty."""
    return _opening_scan(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=64)
def _opening_scan(source: str, flags: int) -> re.Pattern | None:
    """:func:`opening_scan` of a pattern's source, once per process (tests and tools load a vocabulary
    many times; reading a long pattern's tree takes tens of milliseconds)."""
    scan = opening_scan_source(source, flags)
    return None if scan is None else regex_cache.compile(scan)


@regex_cache.derived
def opening_scan_source(source: str, flags: int) -> str | None:
    """The source of :func:`opening_scan`'s trie for a pattern's source and flags, or None (kept between processes)."""
    try:
        tree = parser.parse(source, flags)
    except (re.error, TypeError, ValueError):
        return None
    # openings of one width first (as many characters of every match as can be named); else cut short where
    # the rest of an opening cannot be named ("hat" of ``hat\b.{0,30}``, "-" of ``[-–]\s*``)
    found = next((f for width in WIDTHS if (f := openings(tree, width)) is not None), None) or \
        openings(tree, WIDTHS[0], cut=True)
    found = found and {s.removesuffix(_CUT) for s in found}
    after = "".join(s[1:] for s in found if s.startswith(_AFTER)) if found else ""
    found = found and {s for s in found if not s.startswith(_AFTER)}
    if (not found and not after) or "" in found or tree.getwidth()[0] == 0:
        return None
    if any(len(s.lower()) != len(s) for s in (*found, after)):
        return None
    lowered = {variant for s in found for variant in _variants(s.lower())}
    if len(lowered) > MAX_OPENINGS:
        return None
    # every match opens at a word start (a \b or a lookbehind refusing a word character before a word
    # character): so does every candidate (lowercasing keeps whether a character is a word character)
    # (not under re.ASCII, whose \w the trie's would not be)
    word_start = prefix_of_tree(tree, flags).startswith(r"\b") and not flags & re.ASCII
    # the positions right after a lookbehind's characters (lowercased, with their case partners): a zero-width try
    behind = "(?<=[" + "".join(map(re.escape, sorted(set().union(*map(_variants, after.lower()))))) + "])" if after else ""
    return "|".join(filter(None, (_trie(lowered, word_start) if lowered else "", behind)))


SHORT = 60            # characters searched, below which the pattern is searched as it is (no scan pays there)
REMEMBERED = 4        # texts whose lowercase is kept: the sentence parts searched between an article's scans
LONG_TEXT = 1000      # characters from which a text is remembered apart (an article and its normalised copy: the
LONG_REMEMBERED = 2   # parts of its sentences, lowered between its scans, pushed it out 14 times an article)
_LAST: tuple[tuple[str, str | None], ...] = ()        # (text, its lowercase or None: unsafe), the latest first
_LAST_LONG: tuple[tuple[str, str | None], ...] = ()   # the same for the long texts


def lowered(text: str) -> str | None:
    """``text.lower()`` with the same offsets, remembered for the last few texts and apart for the last long
    ones (an article's scans share it), or None when the text holds a character the lowercase cannot stand for."""
    for seen, low in _LAST:
        if seen is text:
            return low
    long = len(text) >= LONG_TEXT
    if long:
        for seen, low in _LAST_LONG:
            if seen is text:
                return low
    low = text.lower()
    if len(low) != len(text):                     # "İ" lowercases to two characters
        low = None
    # one tuple, replaced whole: safe between threads
    if long:
        globals()["_LAST_LONG"] = ((text, low), *_LAST_LONG[:LONG_REMEMBERED - 1])
    else:
        globals()["_LAST"] = ((text, low), *_LAST[:REMEMBERED - 1])
    return low


class PrescannedPattern:
    """A compiled pattern whose ``search`` and ``finditer`` try it only at the positions its opening
    scan finds in the lowercased text; every other method and attribute is the pattern's own."""

    __slots__ = ("_pattern", "_scan", "_short", "pattern", "flags", "groupindex", "groups", "match", "fullmatch")

    def __init__(self, pattern: re.Pattern, scan: re.Pattern, short: int | None = None) -> None:
        self._pattern, self._scan, self._short = pattern, scan, short   # short None: SHORT, read at each search
        self.pattern, self.flags, self.groupindex, self.groups = pattern.pattern, pattern.flags, pattern.groupindex, pattern.groups
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_pattern", "_scan", "_short"):   # copy and pickle look these up before init
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __reduce__(self):
        return PrescannedPattern, (self._pattern, self._scan, self._short)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        short = SHORT if self._short is None else self._short
        low = lowered(string) if min(endpos, len(string)) - pos >= short else None
        if low is None:
            return self._pattern.search(string, pos, endpos)
        match = self._pattern.match
        for candidate in self._scan.finditer(low, pos, endpos):
            found = match(string, candidate.start(), endpos)
            if found is not None:
                return found
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        short = SHORT if self._short is None else self._short
        low = lowered(string) if min(endpos, len(string)) - pos >= short else None
        if low is None:
            yield from self._pattern.finditer(string, pos, endpos)
            return
        match, after = self._pattern.match, pos
        for candidate in self._scan.finditer(low, pos, endpos):
            start = candidate.start()
            if start < after:
                continue
            found = match(string, start, endpos)
            if found is not None:
                yield found
                after = found.end()

    def __repr__(self) -> str:
        return f"PrescannedPattern({self._pattern!r})"


def prescanned(pattern: re.Pattern, *, short: int | None = None) -> re.Pattern | PrescannedPattern:
    """``pattern``, searched through its opening scan where one can be named (see the module); a range under
    ``short`` characters (default :data:`SHORT`) with the pattern itself.  0: every range through the scan, for
    the largest alternations, whose own scan of even a short phrase costs more (``benchmarks/results.md``)."""
    scan = opening_scan(pattern)
    return pattern if scan is None else PrescannedPattern(pattern, scan, short)


LONG = 1200   # characters of a compiled pattern from which a prescan paid on the development sets' sentences


def prescanned_if_long(pattern: re.Pattern) -> re.Pattern | PrescannedPattern:
    """:func:`prescanned` for a long alternation; a short one is scanned as it is (its own scan costs about
    what the opening scan would, measured on the cue vocabularies: ``benchmarks/results.md``)."""
    return prescanned(pattern) if len(pattern.pattern) >= LONG else pattern
