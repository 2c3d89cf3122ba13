"""Reading one number: digits with German or English separators, and number words.

The words come from ``analysis/data/number_words.yaml`` (:func:`load_words`); this
module turns one written number into its value.  Finding numbers in a text is
:mod:`analysis.mentions`.

Digits (:func:`parse_digits`)
    German: "." groups thousands when exactly three digits follow ("12.000"), ","
    is the decimal mark ("2,5").  English: the reverse ("12,000", "2.5").  A group
    mark followed by another number of digits is read as a decimal mark written the
    other language's way ("2.5" in German is 2.5).  U+00A0, U+2009 and U+202F group
    thousands in both languages ("12 000").  Any Unicode decimal digit counts.

Number words (:func:`parse_number_word`)
    German compounds are read token by token ("zweihundertfünfzigtausend" = zwei
    hundert fünfzig tausend = 250000, "einundzwanzig" = 21, "zweieinhalb" = 2.5);
    English ones word by word ("two hundred and fifty thousand", "twenty-five").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import VocabularyError
from .paths import VOCABULARY_DIR
from .schema import BOUNDS
from .vocabulary import load_yaml

LANGUAGES = ("de", "en")
WORDS_FILE = VOCABULARY_DIR / "number_words.yaml"

GROUP_SPACES = "\u00a0\u2009\u202f"  # no-break, thin and narrow no-break space
HSPACES = " \t" + GROUP_SPACES  # horizontal white space inside an expression
GROUP_MARK = {"de": ".", "en": ","}
DECIMAL_MARK = {"de": ",", "en": "."}

_DROP_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)
_HALF = "einhalb"  # German "-einhalb": plus one half ("zweieinhalb" = 2.5)


@dataclass(frozen=True)
class Qualifier:
    """A word before a number that bounds it ("bis zu": upper) or marks it approximate."""

    bound: str
    approximate: bool


@dataclass(frozen=True)
class LanguageWords:
    """The number vocabulary of one language.  Lookup keys are lower case."""

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
    written: dict[str, tuple[str, ...]]  # section -> entries as written in the file (for patterns)

    @functools.cached_property
    def compound_parts(self) -> tuple[str, ...]:
        """The parts of a German compound number word, longest first."""
        return tuple(sorted([*self.cardinals, "und", _HALF], key=len, reverse=True))


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


def _lower_keys(mapping: dict, convert=lambda v: v) -> dict:
    return {str(k).lower(): convert(v) for k, v in mapping.items()}


def _language(code: str, raw: dict) -> LanguageWords:
    qualifiers = {}
    for phrase, spec in raw["qualifiers"].items():
        if spec["bound"] not in BOUNDS:
            raise VocabularyError(WORDS_FILE, expected=f"a bound in {BOUNDS}",
                                  found=f"{spec['bound']!r} for qualifier {phrase!r}",
                                  fix="use one of the listed bounds")
        qualifiers[phrase.lower()] = Qualifier(spec["bound"], bool(spec["approximate"]))
    written_sections = ("cardinals", "inflections", "article_numbers", "scales", "units",
                        "fractions", "vague", "seasons")
    return LanguageWords(
        code=code,
        cardinals=_lower_keys(raw["cardinals"], float),
        inflections=_lower_keys(raw["inflections"], float),
        article_numbers=tuple(w.lower() for w in raw["article_numbers"]),
        scales=_lower_keys(raw["scales"], float),
        units=_lower_keys(raw["units"]),
        fractions=_lower_keys(raw["fractions"], float),
        ordinal_fractions=frozenset(w.lower() for w in raw["ordinal_fractions"]),
        determiners=tuple(w.lower() for w in raw["determiners"]),
        qualifiers=qualifiers,
        vague=_lower_keys(raw["vague"], lambda v: (float(v[0]), float(v[1]))),
        vague_modifiers=tuple(w.lower() for w in raw["vague_modifiers"]),
        range_before=raw["range_words"]["before"],
        range_between=raw["range_words"]["between"],
        range_separators=tuple(raw["range_separators"]),
        seasons=_lower_keys(raw["seasons"], int),
        written={name: tuple(str(w) for w in raw[name]) for name in written_sections},
    )


def _shared(raw: dict) -> SharedWords:
    prefixes = {prefix: reason for reason, names in raw["designation_prefixes"].items() for prefix in names}
    return SharedWords(
        currency_symbols=dict(raw["currency_symbols"]),
        percent_symbols=tuple(raw["percent_symbols"]),
        months=_lower_keys(raw["months"], int),
        temporal_prepositions=tuple(w.lower() for w in raw["temporal_prepositions"]),
        ordinal_articles=tuple(w.lower() for w in raw["ordinal_articles"]),
        dateline_labels=tuple(w.lower() for w in raw["dateline_labels"]),
        section_labels=_lower_keys(raw["section_labels"]),
        designation_prefixes=prefixes,
        written={"months": tuple(raw["months"]), "section_labels": tuple(raw["section_labels"])},
    )


@functools.cache
def load_words(path: Path = WORDS_FILE) -> Words:
    """The number vocabulary, read once from ``number_words.yaml``."""
    raw = load_yaml(path)
    try:
        return Words({code: _language(code, raw[code]) for code in LANGUAGES}, _shared(raw["shared"]))
    except (KeyError, TypeError, IndexError, ValueError, AttributeError) as exc:
        raise VocabularyError(path, expected="the sections described at the top of the file",
                              found=f"a missing or malformed entry ({exc!r})",
                              fix="compare the file with its header comment; quote words YAML reads as "
                                  "booleans or numbers (\"on\", \"no\")") from exc


def parse_digits(written: str, language: str) -> float:
    """The value of digits written with ``language``'s separators ("12.000" -> 12000.0)."""
    if written.isdigit():
        return float(written)
    s = written.translate(_DROP_GROUP_SPACES)
    group, decimal = GROUP_MARK[language], DECIMAL_MARK[language]
    whole, frac = s, ""
    if decimal in s:
        whole, frac = s.rsplit(decimal, 1)
    elif group in s:
        head, last = s.rsplit(group, 1)
        if len(last) != 3:  # not a thousands group: a decimal mark written the other way
            whole, frac = head, last
    whole = whole.replace(group, "")
    return float(f"{whole}.{frac}" if frac else whole)


def _german_tokens(word: str, parts: tuple[str, ...]) -> list[str] | None:
    """Split a German number word into known parts, longest first ("zwölftausend")."""
    tokens, i = [], 0
    while i < len(word):
        part = next((p for p in parts if word.startswith(p, i)), None)
        if part is None:
            return None
        tokens.append(part)
        i += len(part)
    return tokens


def _combine(tokens: list[str], values: dict[str, float]) -> float | None:
    """Add up number-word tokens: "hundert" multiplies what precedes it, "tausend" closes a group."""
    total = current = 0.0
    previous = None
    for token in tokens:
        if token == "und":
            continue
        if token == _HALF:
            current += 0.5
            continue
        value = values[token]
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0.0
        elif previous is not None and previous < 10 and value < 10:
            return None  # "zweidrei", "two three": not one number
        else:
            current += value
        previous = value
    return total + current


def parse_number_word(written: str, words: LanguageWords) -> float | None:
    """The value of a spelled-out cardinal, or None when it is not one."""
    word = written.lower()
    if word in words.inflections:
        return words.inflections[word]
    if words.code == "de":
        tokens = _german_tokens(word, words.compound_parts)
    else:
        tokens = [t for t in re.split(r"[\s\-]+", word) if t and t != "and"]
        if any(t not in words.cardinals for t in tokens):
            return None
    if not tokens:
        return None
    return _combine(tokens, words.cardinals)
