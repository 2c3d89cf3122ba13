"""The analysts' vocabularies: quantities, sources, attribution phrases and number words.

They live in YAML files in ``analysis/data/`` so that analysts extend them
without touching code.  This module is the one loader of all four files: each
is validated on load (pydantic); a duplicate or malformed entry is a
:class:`~analysis.errors.VocabularyError` naming the file, the line and the entry.

Each language's rules (digit marks, slash-date order, time suffixes, fraction
base words, reference-period prepositions, abbreviations) live in
``data/languages/<code>.yaml``, so that a new language is a data change plus
tests (:func:`load_words`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator

from . import paths
from .errors import VocabularyError
from .schema import BOUNDS, CASUALTY_TYPES, LANGUAGES, SOURCE_TYPES
from .yamlfile import compose_yaml_text, load_yaml_file

WORDS_FILE = paths.VOCABULARY_DIR / "number_words.yaml"


def load_yaml(path: Path):
    """Safe-load a vocabulary file, refusing duplicate keys, with errors naming file and line."""
    return load_yaml_file(path, VocabularyError, fix_unreadable="restore the file from git")[0]


def _line_of(source: str, loc: tuple) -> int | None:
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
    data, source = load_yaml_file(path, VocabularyError, fix_unreadable="restore the file from git")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        line = _line_of(source, err["loc"])
        raise VocabularyError(
            f"{path}:{line}" if line else path, expected=f"a valid entry at {where}",
            found=f"{err['msg']} (value: {err.get('input')!r})"
            + (f"; and {len(exc.errors()) - 1} more problem(s)" if len(exc.errors()) > 1 else ""),
            fix="correct the entry; the file's header comment describes the format",
        ) from None


# -- number words and language rules (number_words.yaml) ---------------------------------------

class QualifierEntry(_Strict):
    bound: Literal[BOUNDS]  # type: ignore[valid-type]
    approximate: bool


class DigitMarks(_Strict):
    group_mark: str = Field(min_length=1, max_length=1)
    decimal_mark: str = Field(min_length=1, max_length=1)


class RangeWords(_Strict):
    before: str = Field(min_length=1)
    between: str = Field(min_length=1)


class ReferencePrepositions(_Strict):
    forward: list[str]
    open_end: list[str]
    in_span: list[str]


class LanguageRules(_Strict):
    """languages/<code>.yaml: how one language writes digits, dates and periods."""

    digits: DigitMarks
    slash_date_order: Literal["month_first", "day_first"]
    time_suffixes: list[str]
    fraction_noun_needs_determiner: bool
    fraction_base: list[str]
    reference_prepositions: ReferencePrepositions
    abbreviations: list[str]


class LanguageSection(_Strict):
    """One language's section of number_words.yaml."""

    cardinals: dict[str, float]
    inflections: dict[str, float]
    article_numbers: list[str]
    scales: dict[str, float]
    units: dict[str, str]
    fractions: dict[str, float]
    ordinal_fractions: list[str]
    determiners: list[str]
    qualifiers: dict[str, QualifierEntry]
    vague: dict[str, tuple[float, float]]
    vague_modifiers: list[str]
    range_words: RangeWords
    range_separators: list[str]
    seasons: dict[str, int]


class SharedSection(_Strict):
    currency_symbols: dict[str, str]
    percent_symbols: list[str]
    months: dict[str, int]
    temporal_prepositions: list[str]
    ordinal_articles: list[str]
    dateline_labels: list[str]
    section_labels: dict[str, str]
    designation_prefixes: dict[str, list[str]]


# number_words.yaml: one section per language of schema.LANGUAGES, and a shared one.
NumberWordsFile = create_model(
    "NumberWordsFile", __base__=_Strict,
    **{code: (LanguageSection, ...) for code in LANGUAGES}, shared=(SharedSection, ...),
)


@dataclass(frozen=True)
class Qualifier:
    """A word before a number that bounds it ("bis zu": upper) or marks it approximate."""

    bound: str
    approximate: bool


HALF = "einhalb"  # German "-einhalb": plus one half ("zweieinhalb" = 2.5)


@dataclass(frozen=True)
class LanguageWords:
    """The number vocabulary and rules of one language.  Lookup keys are lower case."""

    code: str
    cardinals: dict[str, float]
    inflections: dict[str, float]
    article_numbers: tuple[str, ...]
    scales: dict[str, float]
    units: dict[str, str]
    fractions: dict[str, float]
    ordinal_fractions: frozenset[str]
    determiners: tuple[str, ...]
    qualifiers: dict[str, Qualifier]
    vague: dict[str, tuple[float, float]]
    vague_modifiers: tuple[str, ...]
    range_before: str
    range_between: str
    range_separators: tuple[str, ...]
    seasons: dict[str, int]
    group_mark: str
    decimal_mark: str
    month_first: bool  # slash dates "07/02/2025"
    time_suffixes: tuple[str, ...]
    fraction_noun_needs_determiner: bool
    fraction_base: tuple[str, ...]
    reference_prepositions: ReferencePrepositions
    abbreviations: frozenset[str]
    written: dict[str, tuple[str, ...]]  # section -> entries as written in the file (for patterns)

    @functools.cached_property
    def compound_parts(self) -> tuple[str, ...]:
        """The parts of a German compound number word, longest first."""
        return tuple(sorted([*self.cardinals, "und", HALF], key=len, reverse=True))


@dataclass(frozen=True)
class SharedWords:
    """Words for dates, times, designations and labels, the same in every language."""

    currency_symbols: dict[str, str]
    percent_symbols: tuple[str, ...]
    months: dict[str, int]
    temporal_prepositions: tuple[str, ...]
    ordinal_articles: tuple[str, ...]
    dateline_labels: tuple[str, ...]
    section_labels: dict[str, str]
    designation_prefixes: dict[str, str]  # prefix as written -> reason
    written: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Words:
    languages: dict[str, LanguageWords]
    shared: SharedWords

    def every_language(self, name: str) -> list[str]:
        """The entries of a rule of every language (rules read whatever the article's language)."""
        return [w for lang in self.languages.values() for w in getattr(lang, name)]

    def _prepositions(self, kind: str) -> list[str]:
        return [w for lang in self.languages.values() for w in getattr(lang.reference_prepositions, kind)]

    @functools.cached_property
    def reference_forward(self) -> re.Pattern:
        """A forward-looking preposition at the end of a text ("ab dem", "from")."""
        return re.compile(_alternation(self._prepositions("forward"), boundary=True) + r"\s*$", re.IGNORECASE)

    @functools.cached_property
    def reference_open_end(self) -> re.Pattern:
        """A preposition that leaves a period open at the end of a text ("seit", "since")."""
        return re.compile(_alternation(self._prepositions("open_end"), boundary=True) + r"\s*$", re.IGNORECASE)

    @functools.cached_property
    def reference_in_span(self) -> re.Pattern:
        """Such a preposition at the start of a date's own span ("ab dem 1. November"), as group 1."""
        return re.compile(r"\s*(" + _alternation(self._prepositions("in_span")) + r")\s", re.IGNORECASE)

    @functools.cached_property
    def fraction_base(self) -> re.Pattern:
        """Words after a fraction or percentage that name its base ("davon", "of them")."""
        return re.compile(r"^\s*" + _alternation(self.every_language("fraction_base")) + r"\b", re.IGNORECASE)

    @functools.cached_property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations of every language whose dot does not end a sentence."""
        return frozenset(self.every_language("abbreviations"))


def _alternation(words: list[str], *, boundary: bool = False) -> str:
    """A non-capturing alternation of literal words, longest first (``boundary``: each after ``\\b``)."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "(?:" + "|".join((r"\b" if boundary else "") + re.escape(w) for w in ordered) + ")"


def _lower_keys(mapping: dict) -> dict:
    return {k.lower(): v for k, v in mapping.items()}


def _language_words(code: str, raw: LanguageSection, rules: LanguageRules) -> LanguageWords:
    written_sections = ("cardinals", "inflections", "article_numbers", "scales", "units",
                        "fractions", "vague", "seasons")
    return LanguageWords(
        code=code,
        cardinals=_lower_keys(raw.cardinals),
        inflections=_lower_keys(raw.inflections),
        article_numbers=tuple(w.lower() for w in raw.article_numbers),
        scales=_lower_keys(raw.scales),
        units=_lower_keys(raw.units),
        fractions=_lower_keys(raw.fractions),
        ordinal_fractions=frozenset(w.lower() for w in raw.ordinal_fractions),
        determiners=tuple(w.lower() for w in raw.determiners),
        qualifiers={k.lower(): Qualifier(q.bound, q.approximate) for k, q in raw.qualifiers.items()},
        vague=_lower_keys(raw.vague),
        vague_modifiers=tuple(w.lower() for w in raw.vague_modifiers),
        range_before=raw.range_words.before,
        range_between=raw.range_words.between,
        range_separators=tuple(raw.range_separators),
        seasons=_lower_keys(raw.seasons),
        group_mark=rules.digits.group_mark,
        decimal_mark=rules.digits.decimal_mark,
        month_first=rules.slash_date_order == "month_first",
        time_suffixes=tuple(rules.time_suffixes),
        fraction_noun_needs_determiner=rules.fraction_noun_needs_determiner,
        fraction_base=tuple(rules.fraction_base),
        reference_prepositions=rules.reference_prepositions,
        abbreviations=frozenset(w.lower() for w in rules.abbreviations),
        written={name: tuple(getattr(raw, name)) for name in written_sections},
    )


def _shared_words(raw: SharedSection) -> SharedWords:
    prefixes = {prefix: reason for reason, names in raw.designation_prefixes.items() for prefix in names}
    return SharedWords(
        currency_symbols=dict(raw.currency_symbols),
        percent_symbols=tuple(raw.percent_symbols),
        months=_lower_keys(raw.months),
        temporal_prepositions=tuple(w.lower() for w in raw.temporal_prepositions),
        ordinal_articles=tuple(w.lower() for w in raw.ordinal_articles),
        dateline_labels=tuple(w.lower() for w in raw.dateline_labels),
        section_labels=_lower_keys(raw.section_labels),
        designation_prefixes=prefixes,
        written={"months": tuple(raw.months), "section_labels": tuple(raw.section_labels)},
    )


@functools.cache
def load_words(path: Path = WORDS_FILE) -> Words:
    """The number vocabulary and language rules, read once from ``number_words.yaml`` and
    ``languages/<code>.yaml`` beside it."""
    raw = _validated(NumberWordsFile, path)
    rules = {code: _validated(LanguageRules, path.parent / "languages" / f"{code}.yaml") for code in LANGUAGES}
    return Words({code: _language_words(code, getattr(raw, code), rules[code]) for code in LANGUAGES},
                 _shared_words(raw.shared))


# -- the analysts' vocabulary ---------------------------------------------------------------------

@dataclass(frozen=True)
class Vocabulary:
    """All four vocabularies, validated and cross-checked, with compiled patterns."""

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
    words: Words


def _union(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Load and validate ``quantities.yaml``, ``sources.yaml``, ``attribution.yaml`` and ``number_words.yaml``."""
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
        words=load_words(directory / "number_words.yaml"),
    )


@functools.cache
def default_vocabulary() -> Vocabulary:
    """The package's vocabulary, loaded once per process."""
    return load_vocabulary()
