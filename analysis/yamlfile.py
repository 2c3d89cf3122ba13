"""The package's one way of reading YAML: safe, duplicate keys refused, errors naming file and line.

PyYAML's ``safe_load`` keeps the last of two equal keys without a word, so a
provenance record with ``publisher:`` twice, or a review decision written twice
into one item, would lose data silently.  :func:`load_yaml_text` refuses that and
turns every YAML problem into the caller's :class:`~analysis.errors.AnalysisError`
subclass, so each file keeps its own kind of error (provenance, review,
vocabulary, notebook parameters).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import AnalysisError


class DuplicateKey(yaml.YAMLError):
    """A mapping key given twice (raised by the loader, turned into the caller's error)."""

    def __init__(self, key: Any, line: int, first_line: int) -> None:
        super().__init__(f"{key!r} on line {line} again (first on line {first_line})")
        self.key, self.line, self.first_line = key, line, first_line


# libyaml's parser when PyYAML was built with it (the wheels are): about 5x faster, which counts when
# a corpus of 50,000 articles has 50,000 provenance records.  Same safe constructor either way.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(_SafeLoader):
    """A safe YAML loader (libyaml's parser if available) that refuses a key given twice in one mapping."""


def _construct_unique_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        try:
            first = seen.get(key)
        except TypeError:  # an unhashable key: construct_mapping reports it
            break
        if first is not None:
            raise DuplicateKey(key, line, first)
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def compose_yaml_text(text: str) -> yaml.Node | None:
    """The node tree of ``text`` (for line numbers of keys and items); ``None`` if it does not parse."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def load_yaml_text(text: str, where: str | Path, error: type[AnalysisError]) -> Any:
    """Plain data from YAML ``text`` read from ``where``; YAML problems raise ``error``.

    Only plain data: tags such as ``!!python/object`` are refused (safe loading).
    """
    loader = UniqueKeyLoader(text)
    try:
        return loader.get_single_data()
    except DuplicateKey as exc:
        raise error(f"{where}:{exc.line}", expected="each key once in a mapping",
                    found=f"{exc.key!r} again (first on line {exc.first_line})",
                    fix="merge the two entries into one, or remove one of them") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(f"{where}:{mark.line + 1}" if mark else str(where), expected="valid YAML",
                    found=" ".join(str(problem).split()),
                    fix="correct the YAML syntax on that line") from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path, error: type[AnalysisError], *, fix_unreadable: str) -> tuple[Any, str]:
    """(data, text) of the YAML file ``path``; an unreadable or non-UTF-8 file raises ``error``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(path, expected="a YAML file", found="no such file", fix=fix_unreadable) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(path, expected="a readable UTF-8 YAML file", found=str(exc), fix=fix_unreadable) from None
    return load_yaml_text(text, path, error), text
