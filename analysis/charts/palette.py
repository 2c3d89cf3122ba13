"""Source colours: read from analysis/data/palette.yaml, fixed by source id across renders and corpora.

A source listed under ``assigned`` has its colour; any other takes one of the colours nobody is
assigned, picked by a stable hash of its id (crc32), so adding a source never moves another
source's colour.  Unattributed claims are grey.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.errors import VocabularyError
from analysis.yamlfile import load_yaml_file

PALETTE_FILE = Path(__file__).resolve().parent.parent / "data" / "palette.yaml"
UNATTRIBUTED = "unattributed"
_HEX = re.compile(r"^#[0-9a-f]{6}$")


@dataclass(frozen=True)
class Palette:
    colors: tuple[str, ...]
    assigned: dict[str, str]
    unattributed: str

    @property
    def free(self) -> tuple[str, ...]:
        """The colours no listed source has, in palette order (for sources not listed)."""
        used = set(self.assigned.values())
        return tuple(c for c in self.colors if c not in used) or self.colors

    def color_of(self, source: str) -> str:
        if source == UNATTRIBUTED:
            return self.unattributed
        if source in self.assigned:
            return self.assigned[source]
        free = self.free
        return free[zlib.crc32(source.encode("utf-8")) % len(free)]


def _check_color(path: Path, where: str, value: object) -> str:
    if not isinstance(value, str) or not _HEX.match(value.lower()):
        raise VocabularyError(f"{path}: {where}", expected="a colour as '#rrggbb'", found=repr(value),
                              fix="write the colour in quotes, six hex digits, e.g. '#4e79a7'")
    return value.lower()


def read_palette(path: Path = PALETTE_FILE) -> Palette:
    """The palette file, validated: hex colours, every assigned colour in ``colors``, none assigned twice."""
    data, _ = load_yaml_file(path, VocabularyError, fix_unreadable="restore analysis/data/palette.yaml from git")
    if not isinstance(data, dict) or not {"colors", "assigned", "unattributed"} <= set(data):
        raise VocabularyError(path, expected="a mapping with 'unattributed', 'colors' and 'assigned'",
                              found=repr(sorted(data) if isinstance(data, dict) else data),
                              fix="see the comment at the top of the file")
    colors = tuple(_check_color(path, f"colors[{i}]", c) for i, c in enumerate(data["colors"] or []))
    assigned = {str(k): _check_color(path, f"assigned.{k}", v) for k, v in (data["assigned"] or {}).items()}
    seen: dict[str, str] = {}
    for source, color in assigned.items():
        if color not in colors:
            raise VocabularyError(f"{path}: assigned.{source}", expected="a colour listed under 'colors'",
                                  found=color, fix="add it to 'colors' or pick one listed there")
        if color in seen:
            raise VocabularyError(f"{path}: assigned.{source}", expected="a colour no other source has",
                                  found=f"{color}, already {seen[color]}'s", fix="pick a colour nobody is assigned")
        seen[color] = source
    return Palette(colors, assigned, _check_color(path, "unattributed", data["unattributed"]))


@cache
def default_palette() -> Palette:
    return read_palette()


def palette_colors(sources: Iterable[str], palette: Palette | None = None) -> dict[str, str]:
    """``source id -> colour`` for ``sources`` (and 'unattributed'), fixed by id."""
    palette = palette or default_palette()
    ids = {s for s in sources if s is not None} | {UNATTRIBUTED}
    return {s: palette.color_of(s) for s in sorted(ids)}
