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


MAX_YAML_CHARS = 50_000_000  # a review file for a very large corpus stays far below this


def _refuse_aliases(text: str, where: str | Path, error: type[AnalysisError]) -> None:
    """Anchors and aliases have no use in our files, and nested aliases expand into gigabytes
    ("billion laughs"): an alias is refused before anything is built from it."""
    if "*" not in text or "&" not in text:
        return
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise error(f"{where}:{event.start_mark.line + 1}", expected="plain YAML without anchors and aliases",
                            found=f"an alias *{event.anchor}", fix="write the value out instead of referring to an anchor")
    except yaml.YAMLError:
        return                                   # the loader reports the syntax error with its line


def _bad_scalar_line(text: str) -> int | None:
    """The line of a plain scalar that looks like a date but is none ("2025-02-30")."""
    resolver = yaml.resolver.Resolver()
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.ScalarEvent) and event.implicit[0] and \
                resolver.resolve(yaml.ScalarNode, event.value, event.implicit) == "tag:yaml.org,2002:timestamp":
            try:
                yaml.safe_load(event.value)
            except ValueError:
                return event.start_mark.line + 1
    return None


def load_yaml_text(text: str, where: str | Path, error: type[AnalysisError]) -> Any:
    """Plain data from YAML ``text`` read from ``where``; YAML problems raise ``error``.

    Only plain data: tags such as ``!!python/object`` are refused (safe loading), and so are
    aliases (no value is ever expanded from an anchor) and documents over :data:`MAX_YAML_CHARS`.
    """
    if len(text) > MAX_YAML_CHARS:
        raise error(where, expected=f"a YAML file of at most {MAX_YAML_CHARS:,} characters",
                    found=f"{len(text):,} characters", fix="split the file or remove what does not belong in it")
    _refuse_aliases(text, where, error)
    loader = UniqueKeyLoader(text)
    try:
        return loader.get_single_data()
    except ValueError as exc:                    # an unquoted impossible date: "published: 2025-02-30"
        line = _bad_scalar_line(text)
        raise error(f"{where}:{line}" if line else str(where), expected="a real calendar date",
                    found=str(exc), fix="correct the date, or quote it if it is meant as text") from None
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
