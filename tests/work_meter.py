"""Counts the work ``extract_claims`` does on a text, without a clock.

Issue 19 asks that the time for 3x a hostile text be at most about 4x; the house rule says tests
never assert timings. This meter measures the two things that made the probe's texts quadratic,
deterministically, so the growth can be asserted in a test:

- characters the package's own code hands to regular-expression scans (a cue pattern run over
  the whole sentence once per mention was the probe's main finding), counted as the span a scan
  walks: from ``pos`` to the end of its match, or to ``endpos`` when it finds nothing, and the
  whole span for ``finditer``/``findall``/``sub``/``split``;
- Python function calls (a per-mention rescan of rows or a loop nested in a loop shows here).

It patches :mod:`re` before the package is imported, so it runs in its own process::

    python tests/work_meter.py < request.json   # {"language": "de", "texts": [...]}
                                                # prints [[scanned characters, calls], ...]

Only patterns compiled by modules under ``analysis`` are wrapped; libraries keep real patterns.
"""

from __future__ import annotations

import re
import sys

_REAL_COMPILE = re.compile
_SCANNED = [0]


def _span(string, pos: int, endpos: int | None, match) -> int:
    end = len(string) if endpos is None else min(endpos, len(string))
    if match is not None:
        end = match.end()
    return max(1, end - pos)


class CountedPattern:
    """A compiled pattern that adds the characters each scan walks to the meter."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: re.Pattern) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def search(self, string, pos=0, endpos=sys.maxsize):
        match = self._pattern.search(string, pos, endpos)
        _SCANNED[0] += _span(string, pos, endpos, match)
        return match

    def match(self, string, pos=0, endpos=sys.maxsize):
        match = self._pattern.match(string, pos, endpos)
        _SCANNED[0] += _span(string, pos, endpos, match) if match is not None else 1
        return match

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        _SCANNED[0] += _span(string, pos, endpos, None)
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        _SCANNED[0] += _span(string, pos, endpos, None)
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        _SCANNED[0] += _span(string, pos, endpos, None)
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        _SCANNED[0] += _span(string, 0, None, None)
        return self._pattern.sub(repl, string, count)

    def subn(self, repl, string, count=0):
        _SCANNED[0] += _span(string, 0, None, None)
        return self._pattern.subn(repl, string, count)

    def split(self, string, maxsplit=0):
        _SCANNED[0] += _span(string, 0, None, None)
        return self._pattern.split(string, maxsplit)


def _from_package(depth: int) -> bool:
    return sys._getframe(depth).f_globals.get("__name__", "").startswith("analysis")


def _compile(pattern, flags=0, *, depth=2):
    if isinstance(pattern, CountedPattern):
        pattern = pattern._pattern
    compiled = _REAL_COMPILE(pattern, flags)
    return CountedPattern(compiled) if _from_package(depth) else compiled


def _module_function(name: str):
    def scan(pattern, string, *args, flags=0, **kwargs):
        return getattr(_compile(pattern, flags, depth=3), name)(string, *args, **kwargs)
    return scan


def _sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags, depth=3).sub(repl, string, count)


def install() -> None:
    """Route the package's regular expressions through the meter (call before importing it)."""
    re.compile = _compile
    for name in ("search", "match", "fullmatch", "finditer", "findall", "split"):
        setattr(re, name, _module_function(name))
    re.sub = _sub


def measure(text: str, language: str) -> tuple[int, int]:
    """(characters scanned, Python calls) of one ``extract_claims`` call."""
    from analysis import extract_claims

    return work(lambda: extract_claims(text, published="2025-01-10", language=language))


def work(call) -> tuple[int, int]:
    """(characters scanned, Python calls) while ``call()`` runs."""
    calls = [0]

    def profile(_frame, event, _arg):
        if event == "call":
            calls[0] += 1

    _SCANNED[0] = 0
    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return _SCANNED[0], calls[0]


if __name__ == "__main__":
    import json

    install()
    request = json.load(sys.stdin)
    measure("Laut CNN sind 3.000 Soldaten angekommen.", request["language"])  # warm-up: caches filled
    print(json.dumps([measure(text, request["language"]) for text in request["texts"]]))
