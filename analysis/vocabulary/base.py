"""What every vocabulary file shares: the YAML reader, strict models, line numbers in errors."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .. import regex_cache
from ..errors import VocabularyError
from ..yamlfile import compose_yaml_text, load_yaml_file


def load_yaml(path: Path):
    """Safe-load a vocabulary file, refusing duplicate keys, with errors naming file and line."""
    return load_yaml_file(path, VocabularyError, fix_unreadable="restore the file from git")[0]


def line_of(source: str, loc: tuple) -> int | None:
    """1-based line of the YAML node at a pydantic error location (the deepest one found)."""
    node, line = compose_yaml_text(source), None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def check_regex(value: str) -> str:
    """A vocabulary pattern, checked, that also matches the Swiss spelling: every ``ß`` outside a
    character class matches ``ss`` too ("gemäß" / "gemäss", "äußerte" / "äusserte")."""
    try:
        regex_cache.compile(value)
    except re.error as exc:
        raise ValueError(f"{value!r} is not a valid regular expression ({exc})") from None
    return sharp_s_or_ss(value)


_EITHER_SPELLING = "(?:ß|ss)"


def sharp_s_or_ss(pattern: str) -> str:
    """``pattern`` with each ``ß`` outside ``[...]`` written ``(?:ß|ss)`` (once: a pattern that went through it before,
    as every vocabulary pattern does on loading, comes back as it is)."""
    if "ß" not in pattern:
        return pattern
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if not in_class and pattern.startswith(_EITHER_SPELLING, i):
            out.append(_EITHER_SPELLING)
            i += len(_EITHER_SPELLING)
            continue
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(_EITHER_SPELLING if char == "ß" and not in_class else char)
        i += 1
    return "".join(out)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def validated(model: type[BaseModel], path: Path):
    data, source = load_yaml_file(path, VocabularyError, fix_unreadable="restore the file from git")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        line = line_of(source, err["loc"])
        raise VocabularyError(
            f"{path}:{line}" if line else path, expected=f"a valid entry at {where}",
            found=f"{err['msg']} (value: {err.get('input')!r})"
            + (f"; and {len(exc.errors()) - 1} more problem(s)" if len(exc.errors()) > 1 else ""),
            fix="correct the entry; the file's header comment describes the format",
        ) from None


