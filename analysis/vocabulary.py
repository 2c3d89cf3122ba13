"""The analysts' vocabularies: quantities, sources and attribution phrases.

They live in YAML files in ``analysis/data/`` so that analysts extend them
without touching code.  Each file is validated on load (pydantic); a duplicate
or malformed entry is a :class:`~analysis.errors.VocabularyError` naming the
file, the line and the entry.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import paths
from .errors import VocabularyError
from .schema import CASUALTY_TYPES, SOURCE_TYPES
from .yamlfile import load_yaml_file


def load_yaml(path: Path):
    """Safe-load a vocabulary file, refusing duplicate keys, with errors naming file and line."""
    return load_yaml_file(path, VocabularyError, fix_unreadable="restore the file from git")[0]


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{value!r} is not a valid regular expression ({exc})") from None
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuantityEntry(_Strict):
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)


class QuantityRule(_Strict):
    noun: list[str] = Field(min_length=1)
    cues: list[str] = []
    quantity: str
    casualty_type: str | None = None

    @field_validator("casualty_type")
    @classmethod
    def _casualty(cls, value):
        if value is not None and value not in CASUALTY_TYPES:
            raise ValueError(f"casualty_type must be one of {CASUALTY_TYPES}")
        return value


class QuantitiesFile(_Strict):
    quantities: dict[str, QuantityEntry]
    counted_nouns: dict[str, list[str]]
    context_cues: dict[str, list[str]]
    rules: list[QuantityRule]

    @field_validator("counted_nouns", "context_cues")
    @classmethod
    def _regexes(cls, value):
        for patterns in value.values():
            for pattern in patterns:
                _check_regex(pattern)
        return value


class SourceEntry(_Strict):
    name: str = Field(min_length=1)
    type: str
    aliases: list[str] = Field(min_length=1)

    @field_validator("type")
    @classmethod
    def _type(cls, value):
        if value not in SOURCE_TYPES or value == "unattributed":
            raise ValueError(f"type must be one of {[t for t in SOURCE_TYPES if t != 'unattributed']}")
        return value

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, value):
        return [_check_regex(v) for v in value]


class SourcesFile(_Strict):
    sources: dict[str, SourceEntry]


class AttributionCues(_Strict):
    before: list[str]
    after: list[str]
    either: list[str]


class AttributionFile(_Strict):
    window: int = Field(gt=0)
    cues: AttributionCues


def _validated(model: type[BaseModel], path: Path):
    data = load_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise VocabularyError(
            path, expected=f"a valid entry at {where}",
            found=f"{err['msg']} (value: {err.get('input')!r})"
            + (f"; and {len(exc.errors()) - 1} more problem(s)" if len(exc.errors()) > 1 else ""),
            fix="correct the entry; the file's header comment describes the format",
        ) from None


@dataclass(frozen=True)
class Vocabulary:
    """All three vocabularies, validated and cross-checked, with compiled patterns."""

    quantities: dict[str, QuantityEntry]
    noun_patterns: dict[str, re.Pattern]
    cue_patterns: dict[str, re.Pattern]
    rules: list[QuantityRule]
    sources: dict[str, SourceEntry]
    source_pattern: re.Pattern
    alias_groups: dict[str, str]
    attribution_before: re.Pattern
    attribution_after: re.Pattern
    attribution_either: re.Pattern
    attribution_window: int


def _union(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Load and validate ``quantities.yaml``, ``sources.yaml`` and ``attribution.yaml``."""
    directory = directory or paths.VOCABULARY_DIR
    qfile: QuantitiesFile = _validated(QuantitiesFile, directory / "quantities.yaml")
    sfile: SourcesFile = _validated(SourcesFile, directory / "sources.yaml")
    afile: AttributionFile = _validated(AttributionFile, directory / "attribution.yaml")

    if "other" not in qfile.quantities:
        raise VocabularyError(directory / "quantities.yaml", expected="a quantity 'other'",
                              found="none", fix="add 'other:' under quantities")
    classes = set(qfile.counted_nouns) | {"none"}
    for i, rule in enumerate(qfile.rules):
        bad = [n for n in rule.noun if n not in classes]
        bad_cues = [c for c in rule.cues if c not in qfile.context_cues]
        if rule.quantity not in qfile.quantities or bad or bad_cues:
            raise VocabularyError(
                f"{directory / 'quantities.yaml'}: rules[{i}]",
                expected="a quantity, noun classes and cues defined in the same file",
                found=f"quantity {rule.quantity!r}, unknown nouns {bad}, unknown cues {bad_cues}",
                fix="define them under quantities/counted_nouns/context_cues, or fix the spelling",
            )

    seen_alias: dict[str, str] = {}
    groups: dict[str, str] = {}
    alternatives = []
    for source_id, entry in sfile.sources.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", source_id):
            raise VocabularyError(directory / "sources.yaml", expected="source ids of lowercase letters, digits and _",
                                  found=repr(source_id), fix="rename the source id")
        for j, alias in enumerate(entry.aliases):
            key = alias.lower()
            if key in seen_alias:
                raise VocabularyError(
                    directory / "sources.yaml", expected="each alias under one source",
                    found=f"alias {alias!r} under both {seen_alias[key]!r} and {source_id!r}",
                    fix="keep the alias under the source it names",
                )
            seen_alias[key] = source_id
            group = f"s_{source_id}_{j}"
            groups[group] = source_id
            alternatives.append(f"(?P<{group}>{alias})")
    source_pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)

    return Vocabulary(
        quantities=qfile.quantities,
        noun_patterns={k: re.compile(r"(?<!\w)(?:" + "|".join(v) + ")", re.IGNORECASE)
                       for k, v in qfile.counted_nouns.items()},
        cue_patterns={k: _union(v) for k, v in qfile.context_cues.items()},
        rules=qfile.rules,
        sources=sfile.sources,
        source_pattern=source_pattern,
        alias_groups=groups,
        attribution_before=_union(afile.cues.before),
        attribution_after=_union(afile.cues.after),
        attribution_either=_union(afile.cues.either),
        attribution_window=afile.window,
    )


@functools.cache
def default_vocabulary() -> Vocabulary:
    """The package's vocabulary, loaded once per process."""
    return load_vocabulary()
