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
from collections.abc import Iterator
from re import _constants as c  # noqa: PLC2701 - the syntax tree's opcodes
from re import _parser as parser  # noqa: PLC2701

from . import regex_cache

_ZERO_WIDTH_ASSERTIONS = (c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
MAX_RANGE = 256   # a wider character range in a class makes the first characters unbounded


def class_chars(items, *, spaces: bool = False) -> set[str] | None:
    """The characters of a character class, or None when unbounded (negated, \\w, a wide range);
    ``spaces``: ``\\s`` stands for every whitespace character (:data:`SPACES`), else it is unbounded."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] <= MAX_RANGE:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        elif spaces and op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
            chars |= SPACES
        else:
            return None
    return chars


# every character ``\s`` matches in a str pattern (str.isspace(); with re.ASCII a subset of these): none lies
# beyond U+3000 (tests check the whole range)
SPACES = frozenset(re.findall(r"\s", "".join(map(chr, range(0x3001)))))


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
    if op is c.IN:                                # "\\s*wonach": a whitespace character may open a match
        return class_chars(av, spaces=True), False, False
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


def _after_no_word(op, av) -> bool:
    """Whether the item is a lookbehind refusing a word character before: ``(?<!\\w)``, ``(?<![\\w-])``."""
    if op is not c.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1 or av[1][0][0] is not c.IN:
        return False
    items = av[1][0][1]
    return (c.CATEGORY, c.CATEGORY_WORD) in items and all(op is not c.NEGATE for op, _ in items)


def _first(items) -> tuple[set[str] | None, bool, bool]:
    """(characters a match of the sequence can start with, or None for any; whether it can match
    empty; whether a \\b, or a lookbehind refusing a word character, stands before the first
    character on every path)."""
    chars: set[str] = set()
    boundary, every_path_bounded = False, True
    for op, av in items:
        if op is c.AT:
            boundary = boundary or av is c.AT_BOUNDARY
            continue
        if op in _ZERO_WIDTH_ASSERTIONS:
            boundary = boundary or _after_no_word(op, av)
            continue
        sub, nullable, sub_boundary = _first_of_item(op, av)
        if sub is None:
            return _UNBOUNDED
        chars |= sub
        every_path_bounded = every_path_bounded and (boundary or sub_boundary)
        if not nullable:
            return chars, False, every_path_bounded
    return chars, True, every_path_bounded and boundary


def lookbehind_reach(pattern: re.Pattern) -> int | None:
    """How many characters before the start of a search the pattern can read (its lookbehinds, word
    boundaries and line starts), at most: a search's result depends on nothing further back.  None when
    it cannot be read (a back reference or a conditional)."""
    return _lookbehind_reach(pattern.pattern, pattern.flags)


@regex_cache.derived
def _lookbehind_reach(source: str, flags: int) -> int | None:
    try:
        return _reach(parser.parse(source, flags))
    except (re.error, TypeError, ValueError, _Unbounded):
        return None


class _Unbounded(Exception):
    pass


def _reach(items) -> int:
    """:func:`lookbehind_reach` of a sequence: the sum over its items (each starts at or after the sequence's
    start, so the sum is an upper bound); a branch, its widest alternative."""
    total = 0
    for op, av in items:
        if op is c.AT:
            total += 1                            # \b, \B, ^ and $ read the character before
        elif op in _ZERO_WIDTH_ASSERTIONS:
            direction, sub = av
            total += (sub.getwidth()[1] if direction == -1 else 0) + _reach(sub)
        elif op is c.SUBPATTERN:
            total += _reach(av[3])
        elif op is c.ATOMIC_GROUP:
            total += _reach(av)
        elif op is c.BRANCH:
            total += max((_reach(alternative) for alternative in av[1]), default=0)
        elif op in _REPEATS:
            total += _reach(av[2])
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS, c.GROUPREF_IGNORE, c.GROUPREF_LOC_IGNORE, c.GROUPREF_UNI_IGNORE):
            raise _Unbounded
    return total


def prefix_of(pattern: str, flags: int = 0) -> str:
    """The zero-width tests implied by ``pattern`` that can stand before it ("" when none)."""
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return ""
    return prefix_of_tree(tree, flags)


def prefix_of_tree(tree, flags: int = 0) -> str:
    """:func:`prefix_of` of a pattern's syntax tree (``re._parser.parse``)."""
    try:
        chars, nullable, boundary = _first(tree)
    except (re.error, TypeError, ValueError):
        return ""
    if chars is None or nullable or not chars:
        return ""
    return (r"\b" if _at_word_boundary(chars, boundary, flags) else "") + _class(chars)


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """(index, character) of each ``(``, ``)`` and ``|`` of the pattern's syntax: not escaped, not in a class."""
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):    # a ] first in a class is one of its characters
                i += 1
        elif ch in "()|":
            yield i, ch
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of the pattern's outermost ``|``, as source text (one item when it has none)."""
    parts, depth, start = [], 0, 0
    for i, ch in _structure(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


MIN_DISPATCH = 8     # alternatives; fewer are tried one after the other quickly enough
_PROBE = "".join(map(chr, [*range(0x250), *range(0x370, 0x400), *range(0x1E00, 0x1F00), *range(0x2100, 0x2150)]))


def _one_group_per_character(classes: list[set[str]], flags: int) -> bool:
    """Whether no character (of the Latin, Greek and letter-like ranges, where case rules can join
    letters) opens alternatives of two groups."""
    probe = _PROBE + "".join(ch + ch.upper() + ch.lower() for chars in classes for ch in chars)
    seen: set[str] = set()
    for chars in classes:
        matched = set(re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]", flags).findall(probe))
        if matched & seen:
            return False
        seen |= matched
    return True


def _opening(alternative: str, flags: int) -> tuple[set[str], bool] | None:
    """(characters an alternative opens with, whether it opens at a word boundary), or None when its
    first characters cannot be bounded, it can match empty or it refers back to a numbered group."""
    try:
        chars, nullable, boundary = _first(parser.parse(alternative, flags))
    except (re.error, TypeError, ValueError):
        return None
    if chars is None or nullable or not chars or re.search(r"\\\d|\(\?P=|\(\?\(", alternative):
        return None
    return chars, _at_word_boundary(chars, boundary, flags)


def _at_word_boundary(chars: set[str], boundary: bool, flags: int) -> bool:
    """A \\b, or no word character before and a word character first, is a word boundary."""
    return boundary and all(re.match(r"\w", ch, flags) for ch in chars)


def _class(chars: set[str]) -> str:
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def _groups(firsts: list[set[str]], flags: int) -> list[list[int]]:
    """Alternatives (by index, in order) grouped so that alternatives sharing a first character (as
    case rules match it) share a group."""
    key = str.lower if flags & re.IGNORECASE else str
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for chars in firsts:
        keys = [key(ch) for ch in sorted(chars)]
        for k in keys:
            parent.setdefault(k, k)
        for k in keys[1:]:
            parent[root(k)] = root(keys[0])
    groups: dict[str, list[int]] = {}
    for i, chars in enumerate(firsts):
        groups.setdefault(root(key(min(chars))), []).append(i)
    return list(groups.values())


MAX_COPIES = 4      # alternatives copied into the groups of each of their first characters, at most this many times over


def _copied_groups(alternatives: list[str], firsts: list[set[str]], flags: int) -> list[tuple[set[str], list[int]]] | None:
    """(first characters, alternatives by index in order) of each group of the alternatives opening with one
    character (as case rules match it), an alternative opening with several in each of their groups: a
    position then tries only the alternatives its own character opens, in their order, which is what the
    whole alternation tries there (the others fail on their first character).  None when an alternative
    captures (a copy would number or name a group twice) or the copies would make the alternation more
    than MAX_COPIES times as long."""
    try:
        if parser.parse("|".join(alternatives), flags).state.groups != 1:
            return None
    except (re.error, TypeError, ValueError):
        return None
    key = str.lower if flags & re.IGNORECASE else str
    groups: dict[str, tuple[set[str], list[int]]] = {}
    for i, chars in enumerate(firsts):
        for ch in sorted(chars):
            chars_of_key, members = groups.setdefault(key(ch), (set(), []))
            chars_of_key.add(ch)
            if not members or members[-1] != i:
                members.append(i)
    if sum(len(alternatives[i]) for _, members in groups.values() for i in members) > \
            MAX_COPIES * sum(map(len, alternatives)):
        return None
    return list(groups.values())


def dispatched(alternatives: list[str], flags: int) -> str | None:
    """The alternation regrouped by first character: ``(?=[ab])(?:alternatives opening with a or b)|...``,
    each alternative once and in its order, so a position tries only the alternatives its character
    can open (in a group of many, each alternative is :func:`guarded` too); the groups whose
    alternatives all open at a word boundary stand together behind one ``\\b``.  None when the first
    characters cannot be bounded or kept apart."""
    openings = [_opening(alternative, flags) for alternative in alternatives]
    if any(o is None for o in openings):
        return None
    firsts = [chars for chars, _ in openings]
    groups = _groups(firsts, flags)
    classes = [{ch for i in members for ch in firsts[i]} for members in groups]
    key = str.lower if flags & re.IGNORECASE else str
    if any(len(members) > 1 and len({key(ch) for ch in chars}) > 1 for chars, members in zip(classes, groups, strict=True)):
        # shared letters joined groups ("could|may|will" opens with c, m and w): one group per character instead
        copied = _copied_groups(alternatives, firsts, flags)
        if copied is not None:
            classes, groups = [chars for chars, _ in copied], [members for _, members in copied]
    if len(groups) < 2 or not _one_group_per_character(classes, flags):
        return None
    bounded, rest = [], []
    for chars, members in zip(classes, groups, strict=True):
        inner = [alternatives[i] for i in members]
        # a group that case rules or shared letters made of many alternatives ("s" opens "Syrskyj" and
        # "Shoigu", a class opens several): each alternative behind its own first characters too
        joined = len(inner) >= MIN_DISPATCH and any(firsts[i] != chars for i in members)
        body = guarded(inner, flags) if joined else "|".join(inner)
        part = _class(chars) + "(?:" + body + ")"
        (bounded if all(openings[i][1] for i in members) else rest).append((chars, part))
    if len(bounded) > 1:                          # one \b for them all: most positions end there
        rest.insert(0, (set(), r"\b" + _class(set().union(*(c for c, _ in bounded))) + "(?:"
                        + "|".join(part for _, part in bounded) + ")"))
    else:
        rest = bounded + rest
    return "|".join(part for _, part in rest)


def alternation(alternatives: list[str], flags: int = 0) -> str:
    """``"|".join(alternatives)`` for a pattern compiled with ``flags``, regrouped by first character
    (:func:`dispatched`) when there are many: the same matches, wherever it stands in a pattern."""
    if len(alternatives) < MIN_DISPATCH:
        return "|".join(alternatives)
    return dispatched(alternatives, flags) or guarded(alternatives, flags)


def guarded(alternatives: list[str], flags: int = 0) -> str:
    """``"|".join(alternatives)`` with each alternative's own :func:`prefix_of` in front of it: where
    alternatives cannot be regrouped (a named group opening with many letters), each one that cannot
    start at a position is still left in one step."""
    return "|".join(f"{prefix}(?:{alternative})" if (prefix := prefix_of(alternative, flags)) else alternative
                    for alternative in alternatives)


def _group_end(pattern: str, start: int) -> int | None:
    """The index of the ``)`` closing the group opened at ``pattern[start]``, or None."""
    depth = 0
    for i, ch in _structure(pattern[start:]):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return start + i
    return None


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
_LEADING_ASSERTIONS = re.compile(r"(?:\\b|\(\?<?[=!](?:\[\\w-?\]|\\w)\))*")   # \b, (?<!\w), (?<![\w-]), (?=\w) ...


def inner_alternation(pattern: str, flags: int = 0) -> str:
    """The pattern with a long alternation in its first group regrouped by first character, where the
    group follows nothing but zero-width tests: ``(?<!\\w)(?:a...|b...|...)`` (a vocabulary's words
    behind a boundary).  Unchanged when it has inline flags (a group's own case rules)."""
    lead = _LEADING_ASSERTIONS.match(pattern).end()
    if not pattern.startswith("(?:", lead) or _INLINE_FLAGS.search(pattern):
        return pattern
    end = _group_end(pattern, lead)
    if end is None:
        return pattern
    alternatives = top_level_alternatives(pattern[lead + 3:end])
    if len(alternatives) < MIN_DISPATCH:
        return pattern
    return pattern[:lead + 3] + alternation(alternatives, flags) + pattern[end:]


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with the tests of :func:`prefix_of` in front and a long outermost
    alternation regrouped by first character (:func:`dispatched`), or a long alternation in a first
    group behind a boundary (:func:`inner_alternation`): the same matches, faster."""
    source = prefiltered_source(pattern, flags)
    try:
        return regex_cache.compile(source, flags)
    except re.error:                              # e.g. global inline flags that must open the pattern
        return regex_cache.compile(pattern, flags)


@regex_cache.derived
def prefiltered_source(pattern: str, flags: int = 0) -> str:
    """The source :func:`compile_prefiltered` compiles (``pattern`` itself when nothing can be put in front)."""
    prefix = prefix_of(pattern, flags)
    alternatives = top_level_alternatives(pattern)
    body = alternation(alternatives, flags) if len(alternatives) >= MIN_DISPATCH else inner_alternation(pattern, flags)
    if body == pattern:
        body = pattern
    if not prefix and body is pattern:
        return pattern
    return f"{prefix}(?:{body})"
