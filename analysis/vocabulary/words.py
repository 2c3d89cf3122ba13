"""Number words and each language's rules (``number_words.yaml``, ``languages/<code>.yaml``).

Each language's rules (digit marks, slash-date order, time suffixes, fraction
base words, reference-period prepositions, abbreviations) live in
``data/languages/<code>.yaml``, so that a new language is a data change plus
tests (:func:`load_words`).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, create_model

from .. import paths
from ..schema import BOUNDS, LANGUAGES
from .base import Strict, validated

WORDS_FILE = paths.VOCABULARY_DIR / "number_words.yaml"


# -- number words and language rules (number_words.yaml) ---------------------------------------

class QualifierEntry(Strict):
    bound: Literal[BOUNDS]  # type: ignore[valid-type]
    approximate: bool


class DigitMarks(Strict):
    group_mark: str = Field(min_length=1, max_length=1)
    decimal_mark: str = Field(min_length=1, max_length=1)


class RangeWords(Strict):
    before: str = Field(min_length=1)
    between: str = Field(min_length=1)


class ReferencePrepositions(Strict):
    forward: list[str]
    open_end: list[str]
    in_span: list[str]


class LanguageRules(Strict):
    """languages/<code>.yaml: how one language writes digits, dates and periods."""

    digits: DigitMarks
    slash_date_order: Literal["month_first", "day_first"]
    time_suffixes: list[str]
    fraction_noun_needs_determiner: bool
    fraction_base: list[str]
    reference_prepositions: ReferencePrepositions
    abbreviations: list[str]
    nouns_capitalised: bool = False
    relative_periods: dict[Literal["past_week", "past_month", "last_month", "this_month", "last_year", "this_year", "next_year",
                                   "since_year_start", "year_start", "year_end", "first_months"], list[str]] = {}
    past_words: list[str] = []
    year_parts: dict[Literal["early", "late"], list[str]] = {}
    compound_number_words: bool = False
    digit_group_marks: list[str] = []
    digit_group_space: bool = False


class LanguageSection(Strict):
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
    range_from: list[str] = []
    bound_joiners: list[str] = []
    compound_joiner: str = ""
    decimal_words: list[str] = []
    negative_words: list[str] = []
    mixed_fractions: dict[str, float] = {}
    suffix_scales: dict[str, float] = {}
    currency_suffix_scales: dict[str, float] = {}


class SharedSection(Strict):
    currency_symbols: dict[str, str]
    percent_symbols: list[str]
    months: dict[str, int]
    temporal_prepositions: list[str]
    ordinal_articles: list[str]
    dateline_labels: list[str]
    section_labels: dict[str, str]
    version_labels: list[str]
    designation_prefixes: dict[str, list[str]]


# number_words.yaml: one section per language of schema.LANGUAGES, and a shared one.
NumberWordsFile = create_model(
    "NumberWordsFile", __base__=Strict,
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
    nouns_capitalised: bool
    relative_periods: dict[str, tuple[str, ...]]
    past_words: tuple[str, ...]
    year_parts: dict[str, tuple[str, ...]]
    fraction_base: tuple[str, ...]
    reference_prepositions: ReferencePrepositions
    abbreviations: frozenset[str]
    written: dict[str, tuple[str, ...]]  # section -> entries as written in the file (for patterns)
    compound_number_words: bool = False  # "zweihundertfünfzig" (one word) or "two hundred fifty"
    digit_group_marks: tuple[str, ...] = ()  # marks grouping thousands besides group_mark ("10'000")
    digit_group_space: bool = False  # whether a plain space groups thousands ("10 000")
    range_from: tuple[str, ...] = ()
    bound_joiners: tuple[str, ...] = ()
    compound_joiner: str = ""
    decimal_words: tuple[str, ...] = ()
    negative_words: tuple[str, ...] = ()
    mixed_fractions: dict[str, float] = dataclasses.field(default_factory=dict)
    suffix_scales: dict[str, float] = dataclasses.field(default_factory=dict)  # as written: "k" is not "K"
    currency_suffix_scales: dict[str, float] = dataclasses.field(default_factory=dict)

    @functools.cached_property
    def compound_parts(self) -> tuple[str, ...]:
        """The parts of a compound number word ("zwei|hundert|fünfzig"), longest first."""
        joiner = [self.compound_joiner] if self.compound_joiner else []
        return tuple(sorted([*self.cardinals, *joiner, HALF], key=len, reverse=True))

    @functools.cached_property
    def scale_endings(self) -> tuple[tuple[str, float], ...]:
        """The words a number word may end in that multiply what comes before them, with their power of ten
        ("thousand", "tausend", "hundred", "Millionen"): scales and the cardinals of 100 and 1,000."""
        words = {**{k: v for k, v in self.cardinals.items() if v in (100.0, 1000.0)}, **self.scales}
        return tuple((k, v) for k, v in words.items() if v >= 100 and math.log10(v).is_integer())

    @functools.cached_property
    def group_marks_dropped(self) -> dict[int, None]:
        """A str.translate table deleting what groups thousands besides group_mark ("10 000", "10'000")."""
        return str.maketrans("", "", " \u00a0\u2009\u202f" + "".join(self.digit_group_marks))

    @functools.cached_property
    def compound_part(self) -> re.Pattern:
        """One of compound_parts, the first that matches (an alternation tries them in order)."""
        return re.compile("|".join(map(re.escape, self.compound_parts)))

    @functools.cached_property
    def group_mark_found(self) -> re.Pattern:
        """Finds what group_marks_dropped deletes (a search costs half of a translate that deletes nothing)."""
        return re.compile("[" + re.escape("".join(map(chr, self.group_marks_dropped))) + "]")

    @functools.cached_property
    def decimal_split(self) -> re.Pattern:
        """A decimal word between single spaces in a lower-case number word ("two point five")."""
        marks = [re.escape(w.lower()) for w in self.decimal_words] or ["(?!x)x"]
        return re.compile(" (?:" + "|".join(marks) + ") ")


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
    version_labels: tuple[str, ...]
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
        # an article may stand between ("since the autumn of 2024", "seit dem Herbst")
        return re.compile(_alternation(self._prepositions("open_end"), boundary=True)
                          + r"(?:\s+(?:the|dem|der|den))?\s*$", re.IGNORECASE)

    @functools.cached_property
    def reference_in_span(self) -> re.Pattern:
        """Such a preposition at the start of a date's own span ("ab dem 1. November"), as group 1."""
        return re.compile(r"\s*(" + _alternation(self._prepositions("in_span")) + r")\s", re.IGNORECASE)

    @functools.cached_property
    def fraction_base(self) -> re.Pattern:
        """Words after a fraction or percentage that name its base ("davon", "of them"; past a closing quote: '"at
        least a third" of its force')."""
        return re.compile(r"^[\s\"”“’»«]*" + _alternation(self.every_language("fraction_base")) + r"\b", re.IGNORECASE)

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
                        "fractions", "vague", "seasons", "mixed_fractions")
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
        nouns_capitalised=rules.nouns_capitalised,
        relative_periods={k: tuple(v) for k, v in rules.relative_periods.items()},
        past_words=tuple(w.lower() for w in rules.past_words),
        year_parts={k: tuple(w.lower() for w in v) for k, v in rules.year_parts.items()},
        fraction_base=tuple(rules.fraction_base),
        reference_prepositions=rules.reference_prepositions,
        abbreviations=frozenset(w.lower() for w in rules.abbreviations),
        written={name: tuple(getattr(raw, name)) for name in written_sections},
        compound_number_words=rules.compound_number_words,
        digit_group_marks=tuple(rules.digit_group_marks),
        digit_group_space=rules.digit_group_space,
        range_from=tuple(w.lower() for w in raw.range_from),
        bound_joiners=tuple(raw.bound_joiners),
        compound_joiner=raw.compound_joiner.lower(),
        decimal_words=tuple(raw.decimal_words),
        negative_words=tuple(w.lower() for w in raw.negative_words),
        mixed_fractions=_lower_keys(raw.mixed_fractions),
        suffix_scales=dict(raw.suffix_scales),
        currency_suffix_scales=dict(raw.currency_suffix_scales),
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
        version_labels=tuple(w.lower() for w in raw.version_labels),
        designation_prefixes=prefixes,
        written={"months": tuple(raw.months), "section_labels": tuple(raw.section_labels)},
    )


@functools.cache
def load_words(path: Path = WORDS_FILE) -> Words:
    """The number vocabulary and language rules, read once from ``number_words.yaml`` and
    ``languages/<code>.yaml`` beside it."""
    raw = validated(NumberWordsFile, path)
    rules = {code: validated(LanguageRules, path.parent / "languages" / f"{code}.yaml") for code in LANGUAGES}
    return Words({code: _language_words(code, getattr(raw, code), rules[code]) for code in LANGUAGES},
                 _shared_words(raw.shared))


