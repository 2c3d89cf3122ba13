"""Faster searches with the same matches: a vocabulary pattern that starts with one of a few characters
(or at a word boundary) says so up front.

Python's ``re`` tries every alternative of a pattern at every position of the text.  A vocabulary
alternation ("laut", "zufolge", "sagte", ... dozens of words, case-insensitive) therefore costs its
number of alternatives at each character.  :func:`compile_prefiltered` reads the pattern's syntax tree
(``re._parser``), finds the characters any match can start with, and whether every match starts at a
``\\b``, and puts them in front as zero-width tests: ``\\b(?=[klsz...])(?:pattern)``.  Positions that
cannot start a match are then rejected in one step.  Every test put in front is implied by the pattern
itself (the character class is a superset of the first characters, compiled with the same flags, so
case-insensitive matching treats it as it treats the pattern's letters), so every search, match and
``finditer`` gives the same spans and groups.  A pattern whose first character cannot be bounded
(``.``, ``\\w``, a negated class, an empty match) is compiled unchanged.
"""

from __future__ import annotations

import re
from re import _constants as c  # noqa: PLC2701 - the syntax tree's opcodes
from re import _parser as parser  # noqa: PLC2701

_ZERO_WIDTH_ASSERTIONS = (c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
MAX_RANGE = 256   # a wider character range in a class makes the first characters unbounded


def _class_chars(items) -> set[str] | None:
    """The characters of a character class, or None when unbounded (negated, \\w, a wide range)."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] <= MAX_RANGE:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None
    return chars


_UNBOUNDED = (None, False, False)


def _first_of_branch(alternatives) -> tuple[set[str] | None, bool, bool]:
    chars: set[str] = set()
    nullable, boundary = False, True
    for alternative in alternatives:
        alt, alt_nullable, alt_boundary = _first(alternative)
        if alt is None:
            return _UNBOUNDED
        chars |= alt
        nullable, boundary = nullable or alt_nullable, boundary and alt_boundary
    return chars, nullable, boundary


def _first_of_item(op, av) -> tuple[set[str] | None, bool, bool]:
    """:func:`_first` of one consuming item of a sequence."""
    if op is c.LITERAL:
        return {chr(av)}, False, False
    if op is c.IN:
        return _class_chars(av), False, False
    if op is c.SUBPATTERN:
        return _first(av[3])
    if op is c.ATOMIC_GROUP:
        return _first(av)
    if op is c.BRANCH:
        return _first_of_branch(av[1])
    if op in _REPEATS:
        chars, nullable, boundary = _first(av[2])
        return chars, nullable or av[0] == 0, boundary
    return _UNBOUNDED                             # ., a negated literal, a back reference, a conditional


def _first(items) -> tuple[set[str] | None, bool, bool]:
    """(characters a match of the sequence can start with, or None for any; whether it can match
    empty; whether a \\b stands before the first character on every path)."""
    chars: set[str] = set()
    boundary, every_path_bounded = False, True
    for op, av in items:
        if op is c.AT:
            boundary = boundary or av is c.AT_BOUNDARY
            continue
        if op in _ZERO_WIDTH_ASSERTIONS:
            continue
        sub, nullable, sub_boundary = _first_of_item(op, av)
        if sub is None:
            return _UNBOUNDED
        chars |= sub
        every_path_bounded = every_path_bounded and (boundary or sub_boundary)
        if not nullable:
            return chars, False, every_path_bounded
    return chars, True, every_path_bounded and boundary


def prefix_of(pattern: str, flags: int = 0) -> str:
    """The zero-width tests implied by ``pattern`` that can stand before it ("" when none)."""
    try:
        chars, nullable, boundary = _first(parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError):
        return ""
    if chars is None or nullable or not chars:
        return ""
    return (r"\b" if boundary else "") + "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with the tests of :func:`prefix_of` in front: the same matches, faster."""
    prefix = prefix_of(pattern, flags)
    if not prefix:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"{prefix}(?:{pattern})", flags)
    except re.error:                              # e.g. global inline flags that must open the pattern
        return re.compile(pattern, flags)
