"""Every numeric expression in a text: where it stands, what it says, and what kind of number it is.

:func:`find_mentions` returns one row per expression, sorted by position, with
non-overlapping spans; ``text[char_start:char_end] == number_text``.  Every digit
of the text lies inside exactly one row, so each number is either a quantity or
accounted for as something else (a date, a phone number, ...).

Columns (see :data:`MENTION_SCHEMA`)
    ``kind``: quantity, percent, fraction (values that can be claims) or date,
    datetime, time, year, ordinal, phone_number, designation, section_number
    (numbers that are not quantities; ``reason`` says why in words).

    ``value_low``, ``value_best``, ``value_high`` (UCDP style) and ``bound``:

    ==========================  ============  ============  ============  ===========
    expression                  low           best          high          bound
    ==========================  ============  ============  ============  ===========
    "6.000"                     6000          6000          6000          exact
    "rund 4.000"                4000          4000          4000          approximate
    "bis zu 12.000", "knapp 5"  null          12000         12000         upper
    "mehr als 5", "über drei"   5             5             null          lower
    "zwischen 25.000 und        25000         null          30000         range
    30.000", "10.000-12.000"
    "Tausende"                  2000          null          9999          vague
    ==========================  ============  ============  ============  ===========

    A range has no best value: the text gives none, and a midpoint would be
    invented.  ``is_approximate`` is true after etwa/rund/ca./about/..., after
    knapp/fast/nearly, and for vague magnitudes.  Non-quantity kinds have null
    values, bound and is_approximate, except ``year`` and ``ordinal`` (value = the
    number).

Conventions
    * Vague magnitudes have conventional bounds (``data/number_words.yaml``): the
      plural of a power of ten means at least two of it and fewer than ten
      ("Hunderte" 200-999, "Tausende"/"thousands" 2,000-9,999, "Zehntausende"/"tens
      of thousands" 20,000-99,999); "Dutzende"/"dozens" 24-99; "mehrere hundert",
      "several hundred" 200-999.
    * The span includes the qualifier ("bis zu 30.000"), the range words
      ("zwischen 23 und 27 Jahren"), scale words and units ("500 Milliarden Euro",
      "40 Prozent"), a fraction's determiner ("die Hälfte"), and for dates the
      temporal preposition ("im November 2024", "ab dem 1. November", "seit 2022").
      A word before a number that is not in the vocabulary is not part of it
      ("zusätzlich 25.000 bis 30.000" -> "25.000 bis 30.000").
    * Ranges: "zwischen X und Y", "X bis Y", "X to Y", "X-Y", "X–Y".  "X und Y"
      without "zwischen" is two numbers; so is "X-Y" with Y < X.  In a range the
      second number's scale and unit also apply to the first ("1 bis 2 Millionen
      Euro").  Scale words multiply ("1,2 Mio." = 1,200,000).
    * ``unit``: EUR/USD/RUB/KRW for currencies (words and symbols, "$5", "100 €"),
      percent, fraction, and years/months/weeks/days/hours when a duration noun
      follows ("drei Jahren").  Percent values are in percent (40, not 0.4);
      fractions are shares ("Ein Drittel" = 1/3, "1/3", "zwei Drittel" = 2/3).
    * Year or count: a plain four-digit number from 1900 to 2100 with no
      qualifier, scale or unit is a year, except before a counted noun: in German a
      capitalised word ("2000 Soldaten"), in English a lower-case plural ("2000
      troops").  After a temporal preposition it is always a year ("im Jahr 2024").
      Two such numbers as a range are a range of years ("2022 bis 2024").
    * German "ein/eine" and English "one/a/an" count only before a scale word or a
      fraction ("ein Drittel", "eine Million", "a third"): elsewhere they are
      articles or pronouns.  "a third time" is an ordinal, "a third of" a
      fraction.  Spelled-out ordinals ("die ersten") are not read.
    * Ordinals: "3rd", and German "3." after an article or preposition ("der 3.
      Platz"); "1. November" is a date.
    * Dates: "02.07.2025" (two-digit years 00-69 are 20xx), "2025-07",
      "2024-10-18T11:35", "07/02/2025" (month first in English, day first in
      German), "18. Juni 2025", "Oct 18, 2024 at 11:35 AM", decades "1990er",
      "1990s".  A month or season name is a date when it has a day or year, or
      follows a temporal preposition ("im Juni", "seit Herbst").  A date alone on
      its line or after a label ("date", "Stand") is the article's dateline.
    * ``date_edtf`` is EDTF (ISO 8601-2): "2025-07-02", "2024-10-18T11:35",
      "2025-07", "2024", "XXXX-11-01" (year not stated), seasons "2024-23" (21
      spring ... 24 winter), decades "199X", year ranges "2022/2024".
    * Separators: see :mod:`analysis.numbers` ("12.000" and "2,5" in German,
      "12,000" and "2.5" in English, U+00A0/U+2009/U+202F group thousands in both).
      A plain space does not group digits ("2024 300" is two numbers).
    * Words are matched lower case or capitalised, not in capitals; an expression
      does not run over a line break.

How it works
    One compiled regular expression per language finds candidates: every digit,
    and every word that may start an expression after a non-word character (a
    trie of number words, vague magnitudes, fractions, month and season names,
    "zwischen"/"between").  It starts with one character class, so that the
    regex engine skips ahead in its fast loop.  Each candidate is then read with
    a detailed pattern anchored at it, which decides how far the expression runs
    ("Oct 18, 2024 at 11:35 AM"), and the words before it (qualifiers,
    prepositions, labels) are looked up backwards.  The reader always turns a
    digit into a row, which is what guarantees that every digit is accounted for.
    Rows are collected as tuples and the DataFrame is built once.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

import polars as pl

from .errors import ParameterError
from .numbers import (
    DECIMAL_MARK,
    GROUP_MARK,
    GROUP_SPACES,
    HSPACES,
    LANGUAGES,
    LanguageWords,
    SharedWords,
    load_words,
    parse_digits,
    parse_number_word,
)

__all__ = ["MENTION_SCHEMA", "find_mentions"]

MENTION_SCHEMA: dict[str, pl.DataType] = {
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "number_text": pl.String(),
    "kind": pl.String(),
    "value_low": pl.Float64(),
    "value_best": pl.Float64(),
    "value_high": pl.Float64(),
    "is_approximate": pl.Boolean(),
    "bound": pl.String(),
    "unit": pl.String(),
    "reason": pl.String(),
    "date_edtf": pl.String(),
}

# -- pattern pieces ------------------------------------------------------------------------------

_H = "[ \\t\\u00a0\\u2009\\u202f]"
SPS = _H + "+"  # at least one horizontal space
OSP = _H + "*"
# Characters after which a word can start a number expression.
_LEAD = "[" + re.escape(
    " \t\n\r\f\v\u00a0\u2009\u202f\u2002\u2003\u2007\u2028\u2029\u3000"
    "([{„“”\"'‚‘’«»‹›-–—/:;,.!?…*#+§|<>=&~"
) + "]"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"[0-9]{4}(?![0-9]|[.,][0-9])"
_HOUR = r"(?:[01]?[0-9]|2[0-3])"
_MINUTE = r"[0-5][0-9]"
_DASHES = "-–—"
_NBSP_TO_SPACE = str.maketrans({c: " " for c in "\t" + GROUP_SPACES})


def _variants(word: str) -> list[str]:
    """A lower-case entry also matches capitalised; any other only as written."""
    return [word, word[0].upper() + word[1:]] if word[:1].islower() else [word]


def _alt(words: Iterable[str], *, cased: bool = True) -> str:
    """Alternation of words, longest first; with ``cased``, lower-case ones also capitalised."""
    forms = {v for w in words for v in (_variants(w) if cased else [w])}
    return "(?:" + _trie((form, "") for form in forms) + ")"


def _trie(entries: Iterable[tuple[str, str]]) -> str:
    """One alternation for (literal word, continuation pattern) pairs, factored by prefixes.

    A flat alternation of many words costs a comparison per word wherever it is
    tried; the trie costs one per distinct next letter.  Longer words are tried
    first; a space in a word matches any run of horizontal white space.
    """
    root: dict = {}
    for word, tail in entries:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(tail)
    return _emit(root)


def _emit(node: dict) -> str:
    """The pattern of a trie node: children (same continuations share a character class), then tails."""
    by_pattern: dict[str, list[str]] = {}
    for char in sorted(k for k in node if k):
        key = _emit(node[char])  # a space is never merged into a class: it stands for SPS
        by_pattern.setdefault(key + " " if char == " " else key, []).append(char)
    branches = []
    for key, chars in by_pattern.items():
        if chars == [" "]:
            branches.append(SPS + key[:-1])
        else:
            head = re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]"
            branches.append(head + key)
    branches += list(dict.fromkeys(node.get("", [])))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _Names:
    """Named groups for the detail patterns; plain groups for the scanner."""

    def __init__(self, named: bool):
        self.named = named

    def __call__(self, name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if self.named else f"(?:{pattern})"


_PLAIN = _Names(False)
_NAMED = _Names(True)


@dataclass(frozen=True)
class _Pieces:
    """The pattern pieces of one language, shared by the scanner and the detail patterns."""

    words: LanguageWords
    shared: SharedWords
    number: str  # digits with this language's separators
    number_word: str
    article: str  # "ein", "a": a number only before a scale word or fraction
    scale: str
    fraction: str
    unit: str
    range_separator: str
    months: str
    seasons: str
    time_suffix: str

    def time(self, g: _Names, p: str) -> str:
        return (g(p + "hour", _HOUR) + ":" + g(p + "minute", _MINUTE) + f"(?::{_MINUTE})?"
                + f"(?:{OSP}" + g(p + "suffix", self.time_suffix) + ")?")

    def time_tail(self, g: _Names, p: str) -> str:
        """A time after a date: "Oct 18, 2024 at 11:35 AM", "02.07.2025, 14:01 Uhr"."""
        return f"(?:,?{SPS}(?:(?:at|um|,){SPS})?" + self.time(g, p) + ")"

    def value_rest(self, g: _Names, p: str) -> str:
        """What follows a number: a scale word or fraction noun, and a unit."""
        return (f"(?:{SPS}" + g(p + "scale", self.scale) + f"|(?:{SPS}|-)" + g(p + "frac", self.fraction) + ")?"
                + g(p + "unit", self.unit) + "?")

    def value(self, g: _Names, p: str) -> str:
        """One number with its scale word or fraction noun and unit: "500 Milliarden Euro"."""
        head = (g(p + "num", self.number) + "|" + g(p + "word", self.number_word) + "|"
                + g(p + "article", self.article) + f"(?={SPS}(?:{self.scale}|{self.fraction}))")
        return f"(?:{head})" + self.value_rest(g, p)

    def range_rest(self, g: _Names) -> str:
        return "(?:" + g("sep", self.range_separator) + self.value(g, "b_") + ")?"

    def quantity(self, g: _Names) -> str:
        """A value, optionally a range to a second value: "25.000 bis 30.000 Soldaten"."""
        return self.value(g, "a_") + self.range_rest(g)

    def between_rest(self, g: _Names) -> str:
        return (SPS + g("first", self.value(_PLAIN, "")) + SPS + _alt([self.words.range_between])
                + SPS + g("second", self.value(_PLAIN, "")))

    def month_rest(self, g: _Names) -> str:
        """After a month name: a day, year and time ("Oct 18, 2024 at 11:35 AM"), a year, or nothing."""
        day = g("md_day", _DAY) + r"(?:st|nd|rd|th|\.)?(?![0-9]|[.,][0-9])"
        return (r"(?:\.(?![0-9])|(?!\w))"
                + f"(?:{SPS}{day}(?:,?{SPS}" + g("md_year", _YEAR) + ")?(?:" + self.time_tail(g, "md_") + ")?"
                + f"|{SPS}(?:of{SPS})?" + g("md_year2", _YEAR) + ")?")

    def season_rest(self, g: _Names) -> str:
        return r"(?!\w)" + f"(?:{SPS}(?:of{SPS})?" + g("season_year", _YEAR) + ")?"


def _pieces(language: str) -> _Pieces:
    all_words = load_words()
    w, shared = all_words.languages[language], all_words.shared
    group, decimal = re.escape(GROUP_MARK[language]), re.escape(DECIMAL_MARK[language])
    number = (rf"\d{{1,3}}(?:[{group}{GROUP_SPACES}]\d{{3}})+(?!\d)(?:{decimal}\d+)?"
              r"|\d+(?:[.,]\d+)?")
    symbols = [*shared.currency_symbols, *shared.percent_symbols]
    unit = f"(?:{OSP}{_alt(symbols, cased=False)}|{SPS}{_alt(w.written['units'])}" + r"(?!\w))"
    range_separator = f"(?:{OSP}[{_DASHES}]{OSP}(?=\\d)|{SPS}{_alt(w.range_separators)}{SPS})"
    suffixes = ["Uhr", "AM", "PM", "a.m.", "p.m."] + (["am", "pm"] if language == "en" else [])
    return _Pieces(
        words=w,
        shared=shared,
        number=number,
        number_word=_number_word(w) + r"(?!\w)",
        article=_alt(w.article_numbers),
        scale=_alt(w.written["scales"]) + r"(?!\w)",
        fraction=_alt(w.written["fractions"]) + r"(?!\w)",
        unit=unit,
        range_separator=range_separator,
        months=_alt(shared.written["months"], cased=False),
        seasons=_alt(w.written["seasons"]),
        time_suffix=_alt(suffixes, cased=False) + r"(?!\w)",
    )


def _cardinal_parts(w: LanguageWords) -> tuple[list[str], list[str]]:
    """Number words that start a number on their own, and those that only start a compound."""
    compound_only = [c for c in w.written["cardinals"] if c.lower() in w.article_numbers]
    starting = [c for c in w.written["cardinals"] if c not in compound_only]
    return starting, compound_only


def _compound_joiner(w: LanguageWords) -> str:
    """What must follow "ein"/"one" for it to start a compound ("einundzwanzig", "one hundred")."""
    return "(?=und|hundert|tausend|einhalb)" if w.code == "de" else f"(?={SPS}(?:hundred|thousand))"


def _number_word_rest(w: LanguageWords) -> str:
    """What may follow the first part of a number word ("zwei|hundert|fünfzig", "two| hundred")."""
    # Possessive loops, longest part first: "vierzehn" is also "vier"+"zehn", and
    # backtracking over such splits would take exponential time on a long run.
    if w.code == "de":
        return f"(?:(?:und)?{_alt([*w.written['cardinals'], 'einhalb'], cased=False)})*+"
    bases = _alt(w.written["cardinals"], cased=False)
    below_hundred = f"{bases}(?:-{bases})?"
    return f"(?:-{bases})?(?:{SPS}(?:hundred|thousand)(?:{SPS}(?:and{SPS})?{below_hundred})?)*+"


def _number_word(w: LanguageWords) -> str:
    """A spelled-out cardinal ("zwölftausend", "twenty-five", "zweier")."""
    starting, compound_only = _cardinal_parts(w)
    rest = _number_word_rest(w)
    leads = [_alt(starting) + rest, _alt(w.written["inflections"])]
    if compound_only:
        leads.append(_alt(compound_only) + _compound_joiner(w) + rest)
    return "(?:" + "|".join(leads) + ")"


def _lead_words(p: _Pieces) -> list[tuple[str, str]]:
    """(first word, guard) of every expression that starts with a word, for the scanner.

    The scanner only finds where such an expression may start; the detail patterns
    read how far it goes.  Guards keep the commonest false starts (the article
    "ein", "a") out of the Python loop.
    """
    w = p.words
    starting, compound_only = _cardinal_parts(w)
    bases = [*w.written["cardinals"], *w.written["inflections"]]
    if w.code == "de":  # the word ends, or a compound goes on ("drei|hundert"; not "Drei|eck")
        goes_on = "(?=" + "|".join(sorted({b[:2].lower() for b in bases} | {"und"})) + r"|(?!\w))"
    else:
        goes_on = r"(?=-|(?!\w))"
    value_follows = f"(?={SPS}(?:\\d|(?i:" + "|".join(sorted({b[:2].lower() for b in bases})) + ")))"
    entries = [(v, goes_on) for c in starting for v in _variants(c)]
    entries += [(v, _compound_joiner(w)) for c in compound_only for v in _variants(c)]
    entries += [(v, r"(?!\w)") for c in w.written["inflections"] for v in _variants(c)]
    entries += [(v, f"(?={SPS}(?:{p.scale}|{p.fraction}))") for a in w.article_numbers for v in _variants(a)]
    entries += [(v, r"(?!\w)" + value_follows) for v in _variants(w.range_before)]
    entries += [(m, r"(?![^\W\d_])") for m in p.shared.written["months"]]
    entries += [(v, r"(?!\w)") for s in w.written["seasons"] for v in _variants(s)]
    entries += [(v, r"(?!\w)") for word in w.written["vague"] for v in _variants(word)]
    if w.code == "de":  # "die Hälfte": a German fraction noun after a determiner
        entries += [(v, r"(?!\w)") for f in w.written["fractions"] for v in _variants(f)]
    else:  # English "third" alone is an ordinal; only "half of", "half the"
        entries += [(v, rf"(?={SPS}(?:of|the)(?!\w))") for v in _variants("half")]
    return entries


# -- looking back from an expression -------------------------------------------------------------

class _Before:
    """Words that may stand right before an expression, found by looking back from it."""

    def __init__(self, words: Iterable[str], *, space: bool = True):
        self.words = frozenset(w.lower() for w in words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)  # longest match wins
        # A quick test before the real one: the last two characters (one for "§", "$").
        self.last_pairs = frozenset(w[-2:] for w in self.words if len(w) > 1)
        self.single = frozenset(w for w in self.words if len(w) == 1)
        self.space = space  # whether a space must separate word and expression

    def find(self, text: str, lo: int, end: int) -> tuple[int, str] | None:
        """Start and (lower-case) word ending at ``end`` (across spaces), not before ``lo``."""
        j = end
        while j > lo and text[j - 1] in HSPACES:
            j -= 1
        if (j == end and self.space) or j == lo:
            return None
        if text[j - 1] not in self.single and text[max(lo, j - 2):j].lower() not in self.last_pairs:
            return None
        seg = text[max(lo, j - self.lengths[0]):j].translate(_NBSP_TO_SPACE).lower()
        for n in self.lengths:
            word = seg[-n:]
            if len(word) == n and word in self.words:
                k = j - n
                if k > 0 and word[0].isalnum() and (text[k - 1].isalnum() or text[k - 1] == "_"):
                    continue  # the end of a longer word ("gegenüber")
                return k, word
        return None


# -- the compiled patterns of one language ---------------------------------------------------------

@dataclass(frozen=True)
class _Patterns:
    """Everything one language is read with, compiled once (:func:`_patterns`)."""

    language: str
    words: LanguageWords
    shared: SharedWords
    # Candidates: a digit, or a word that may start an expression after a non-word
    # character.  The pattern starts with one character class, so that the regex
    # engine skips to the next digit or separator in its fast loop.
    scanner: re.Pattern
    word_at_start: re.Pattern  # the same words at the start of the text (no character before)
    numeric: re.Pattern  # read at a digit: dates, times, decades, phone numbers, quantities
    quantity: re.Pattern
    phone: re.Pattern
    word: re.Pattern  # read at a word: range, month, season, vague, fraction (else a quantity)
    value: re.Pattern
    qualifiers: _Before
    determiners: _Before
    prepositions: _Before
    ordinal_articles: _Before
    section_labels: _Before
    currency_before: _Before
    currency_units: dict[str, str]  # lower-case symbol before a number -> currency
    vague_modifiers: _Before


@functools.cache
def _patterns(language: str) -> _Patterns:
    p = _pieces(language)
    w, shared, g = p.words, p.shared, _NAMED
    numeric = "|".join([
        g("iso", g("iso_y", r"[0-9]{4}") + "-" + g("iso_m", "0[1-9]|1[0-2]")
          + "(?:-" + g("iso_d", "0[1-9]|[12][0-9]|3[01]")
          + f"(?:T{g('iso_hour', _HOUR)}:{g('iso_minute', _MINUTE)}(?::{_MINUTE})?)?)?(?![0-9])"),
        g("dmy", g("dmy_d", _DAY) + r"\." + g("dmy_m", _MONTH_NUMBER) + r"\."
          + g("dmy_y", "[0-9]{4}|[0-9]{2}") + "?(?![0-9])" + f"(?:{p.time_tail(g, 'dmy_')})?"),
        g("slash", g("sl_1", "[0-9]{1,2}") + "/" + g("sl_2", "[0-9]{1,2}") + "/"
          + g("sl_y", "[0-9]{4}|[0-9]{2}") + "(?![0-9/])"),
        g("daymonth", g("dm_d", _DAY) + rf"(?:\.|st|nd|rd|th)?{SPS}(?:of{SPS})?" + g("dm_month", p.months)
          + rf"(?:\.|(?!\w))(?:{SPS}" + g("dm_y", _YEAR) + ")?" + f"(?:{p.time_tail(g, 'dm_')})?"),
        g("time", p.time(g, "t_") + f"|{_HOUR}(?:[.:]{_MINUTE})?{OSP}Uhr(?!\\w)"
          + f"|{_HOUR}{OSP}(?:AM|PM|a\\.m\\.|p\\.m\\.)(?!\\w)"),
        g("digit_fraction", g("df_n", "[0-9]{1,2}") + "/" + g("df_d", "[0-9]{1,3}") + "(?![0-9/])"),
        g("decade", g("decade_start", "(?:1[89]|20)[0-9]0") + r"(?:er|s)(?!\w)|[0-9]0er(?!\w)"),
        g("phone0", r"0[0-9]{2,5}(?:[ \u00a0/-][0-9]{2,}){1,3}(?![0-9])"),
        g("ordinal_en", g("ord_n", "[0-9]+") + r"(?:st|nd|rd|th)(?!\w)"),
        g("qty", p.quantity(g)),
    ])
    word = "|".join([
        g("between_expression", g("between", _alt([w.range_before])) + p.between_rest(g)),
        g("month", g("md_month", p.months) + p.month_rest(g)),
        g("season_expression", g("season", p.seasons) + p.season_rest(g)),
        g("vague", g("vague_word", _alt(w.written["vague"])) + r"(?!\w)" + g("vague_unit", p.unit) + "?"),
        g("fraction", _alt(w.written["fractions"]) + r"(?!\w)"),
    ])
    trie = _trie(_lead_words(p))
    phone = r"\+[0-9]{1,3}(?:" + OSP + r"\(0\))?(?:[ \u00a0./-]?[0-9]{2,}){1,5}(?![0-9])"
    return _Patterns(
        language=language,
        words=w,
        shared=shared,
        scanner=re.compile(rf"[\d{_LEAD[1:-1]}](?:(?<=\d)|(?P<word>{trie}))"),
        word_at_start=re.compile(trie),
        numeric=re.compile(numeric),
        quantity=re.compile(p.quantity(g)),
        phone=re.compile(phone),
        word=re.compile(word),
        value=re.compile(p.value(g, "")),
        qualifiers=_Before(w.qualifiers),
        determiners=_Before(w.determiners),
        prepositions=_Before(shared.temporal_prepositions),
        ordinal_articles=_Before(shared.ordinal_articles),
        section_labels=_Before(shared.section_labels, space=False),
        currency_before=_Before(shared.currency_symbols, space=False),
        currency_units={symbol.lower(): code for symbol, code in shared.currency_symbols.items()},
        vague_modifiers=_Before(w.vague_modifiers),
    )


# -- reading the candidates ------------------------------------------------------------------------

_Row = tuple  # (start, end, kind, low, best, high, is_approximate, bound, unit, reason, date_edtf)
_VALUE_KINDS = frozenset({"percent", "fraction"})  # units that are also kinds
_YEARS = (1900, 2100)


def _bounded(value: float, bound: str) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of one value: an upper bound has no low, a lower bound no high."""
    if bound == "upper":
        return None, value, value
    if bound == "lower":
        return value, value, None
    return value, value, value


class _Value(NamedTuple):
    """One side of a quantity expression: its number, scale, fraction and unit."""

    raw: float  # the number as written, before scale or fraction
    value: float
    scale: float | None
    unit: str | None
    is_fraction: bool
    plain_digits: str | None  # the digits when written without separators, scale, unit or words


_WORD_READERS = {"between_expression": "between", "month": "month", "season_expression": "season",
                 "vague": "vague", "fraction": "fraction_noun"}  # group of the word pattern -> method
_SIDE_GROUPS = {prefix: tuple(prefix + name for name in ("num", "word", "scale", "frac", "unit"))
                for prefix in ("a_", "b_", "")}


class _Reader:
    """Reads one text: finds candidates, reads each, and collects rows."""

    def __init__(self, text: str, patterns: _Patterns):
        self.text = text
        self.p = patterns
        self.rows: list[_Row] = []
        self.last_end = 0  # nothing before this may join a new expression

    # -- the loop ------------------------------------------------------------------------------

    def read(self) -> list[_Row]:
        text, search = self.text, self.p.scanner.search
        pos = 0
        start_word = self.p.word_at_start.match(text)
        if start_word:
            pos = self.word(0, start_word.end())
        while (m := search(text, pos)) is not None:
            if m.lastgroup is None:
                pos = self.digits(m.start())
            else:
                pos = self.word(m.start("word"), m.end("word"))
        return self.rows

    def add(self, start: int, end: int, kind: str, low=None, best=None, high=None, approximate=None,
            bound=None, unit=None, reason=None, edtf=None) -> int:
        self.rows.append((start, end, kind, low, best, high, approximate, bound, unit, reason, edtf))
        self.last_end = end
        return end

    # -- candidates ----------------------------------------------------------------------------

    def digits(self, start: int) -> int:
        """A digit: always becomes (part of) a row, so that every digit is accounted for."""
        text = self.text
        if start > self.last_end and text[start - 1] == "+":  # "+49 7930-2699"
            phone = self.p.phone.match(text, start - 1)
            if phone and _digit_count(phone.group()) >= 7:
                return self.add(start - 1, phone.end(), "phone_number", reason="phone number")
        if start and (text[start - 1].isalpha() or (text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())):
            end = self.designation(start)
            if end:
                return end
        m = self.p.numeric.match(text, start)
        kind = m.lastgroup
        if kind == "qty":
            return self.quantity(start, m)
        if kind == "phone0":
            if _digit_count(m.group()) >= 7:
                return self.add(start, m.end(), "phone_number", reason="phone number")
            return self.quantity(start, self.p.quantity.match(text, start))
        if kind == "time":
            return self.add(start, m.end(), "time", reason="time of day")
        if kind == "ordinal_en":
            n = float(m.group("ord_n"))
            return self.add(start, m.end(), "ordinal", n, n, n, reason="ordinal number")
        if kind == "decade":
            return self.decade(start, m)
        if kind == "digit_fraction":
            return self.digit_fraction(start, m)
        return self.numeric_date(start, m)

    def word(self, start: int, lead_end: int) -> int:
        """A word that may start an expression; nothing when it does not ("zwischen Moskau")."""
        text, p = self.text, self.p
        m = p.word.match(text, start)
        if m is not None:
            end = getattr(self, _WORD_READERS[m.lastgroup])(start, m)
        else:  # a number word: "drei", "zwölftausend", "Ein Drittel", "a million"
            q = p.quantity.match(text, start)
            end = self.quantity(start, q) if q else 0
        return end or lead_end

    # -- quantities ----------------------------------------------------------------------------

    def side(self, m: re.Match, prefix: str) -> _Value | None:
        """The value of one side ("a_" or "b_") of a quantity match; None if its word is no number."""
        words = self.p.words
        num, word, scale_text, frac_text, unit_text = m.group(*_SIDE_GROUPS[prefix])
        if num is not None:
            raw = parse_digits(num, self.p.language)
        elif word is not None:
            raw = parse_number_word(word, words)
            if raw is None:
                return None
        else:
            raw = 1.0  # "ein Drittel", "a million"
        if not (scale_text or frac_text or unit_text):
            return _Value(raw, raw, None, None, False, num if num and num.isdigit() else None)
        scale = words.scales[scale_text.lower()] if scale_text else None
        value = raw * (scale or 1.0)
        if frac_text:
            value = raw * words.fractions[frac_text.lower()]
        return _Value(raw, value, scale, self.unit(unit_text), bool(frac_text), None)

    def unit(self, written: str | None) -> str | None:
        if not written:
            return None
        written = written.strip(HSPACES)
        shared = self.p.shared
        if written in shared.currency_symbols:
            return shared.currency_symbols[written]
        if written in shared.percent_symbols:
            return "percent"
        return self.p.words.units[_key(written)]

    def quantity(self, start: int, m: re.Match) -> int:
        """A number or a range of two, with what stands before it (qualifier, currency, label)."""
        text, p = self.text, self.p
        a = self.side(m, "a_")
        if a is None:
            return 0
        end = m.end()
        b = self.side(m, "b_") if m.group("sep") else None
        if b is not None and b.scale and not a.scale and a.raw <= b.raw:
            a = a._replace(value=a.raw * b.scale, scale=b.scale, plain_digits=None)
        if m.group("sep") and (b is None or b.value < a.value or a.is_fraction or b.is_fraction):
            b, end = None, m.start("sep")  # not a range: the second number is read on its own
        if a.plain_digits and b is None and end == m.end("a_num"):
            special = self.plain_number(start, end, a)
            if special:
                return special
        unit = a.unit or (b.unit if b else None)
        currency = p.currency_before.find(text, self.last_end, start) if m.group("a_num") else None
        if currency:
            start, unit = currency[0], unit or p.currency_units[currency[1]]
        if b is not None and b.plain_digits and a.plain_digits and not unit and _is_year(a.raw) and _is_year(b.raw):
            return self.year_range(start, end, a, b)
        if a.is_fraction:
            if self.ordinal_not_fraction(m):
                return 0
            unit = "fraction"
        kind = unit if unit in _VALUE_KINDS else "quantity"
        qualifier = p.qualifiers.find(text, self.last_end, start)
        approximate = False
        bound = "exact"
        if qualifier:
            start = qualifier[0]
            q = p.words.qualifiers[qualifier[1]]
            bound, approximate = q.bound, q.approximate
        if b is not None:
            return self.add(start, end, kind, a.value, None, b.value, approximate, "range", unit)
        if m.group("a_word") and a.raw in (100.0, 1000.0) and not a.scale:
            modifier = p.vague_modifiers.find(text, self.last_end, start)
            if modifier:  # "mehrere hundert", "several thousand"
                return self.add(modifier[0], end, kind, 2 * a.raw, None, 10 * a.raw - 1, True, "vague", unit)
        return self.add(start, end, kind, *_bounded(a.value, bound), approximate, bound, unit)

    def ordinal_not_fraction(self, m: re.Match) -> bool:
        """ "a third time" is an ordinal: after "a"/"an" such a noun needs "of" or a phrase end."""
        article, frac = m.group("a_article"), m.group("a_frac")
        if article is None or article.lower() not in ("a", "an") or frac.lower() not in self.p.words.ordinal_fractions:
            return False
        return _WORD_NOT_OF.match(self.text, m.end("a_frac")) is not None

    def plain_number(self, start: int, end: int, a: _Value) -> int:
        """Digits alone: a section number, an ordinal or a year, when the words around say so."""
        text, p, lo = self.text, self.p, self.last_end
        label = p.section_labels.find(text, lo, start)
        if label:  # "Artikel 4", "§ 5a"
            suffix = _LETTER_SUFFIX.match(text, end)
            return self.add(label[0], suffix.end() if suffix else end, "section_number",
                            reason=p.shared.section_labels[label[1]])
        if len(a.plain_digits) <= 3 and text.startswith(".", end) and _word_follows(text, end + 1):
            article = p.ordinal_articles.find(text, lo, start)
            if article:  # "der 3. Platz", "zum 2. Mal"
                return self.add(start, end + 1, "ordinal", a.raw, a.raw, a.raw, reason="ordinal number")
        if len(a.plain_digits) == 4 and _is_year(a.raw) and not p.qualifiers.find(text, lo, start):
            preposition = p.prepositions.find(text, lo, start)
            if preposition or not _count_noun_follows(text, end, p.language, p.shared.months):
                y = a.raw
                return self.add(preposition[0] if preposition else start, end, "year", y, y, y,
                                reason="calendar year", edtf=f"{int(y):04d}")
        return 0

    def year_range(self, start: int, end: int, a: _Value, b: _Value) -> int:
        preposition = self.p.prepositions.find(self.text, self.last_end, start)
        return self.add(preposition[0] if preposition else start, end, "year", a.raw, None, b.raw,
                        reason="range of years", edtf=f"{int(a.raw):04d}/{int(b.raw):04d}")

    def between(self, start: int, m: re.Match) -> int:
        """ "zwischen 25.000 und 30.000", "between 11,000 and 12,000"."""
        p = self.p
        first, second = (p.value.fullmatch(m.group(name)) for name in ("first", "second"))
        a, b = (self.side(v, "") if v else None for v in (first, second))
        if a is None or b is None or a.is_fraction or b.is_fraction:
            return 0  # the scanner goes on and reads the numbers one by one
        if a.plain_digits and b.plain_digits and _is_year(a.raw) and _is_year(b.raw):
            return self.year_range(start, m.end(), a, b)
        if b.scale and not a.scale and a.raw <= b.raw:
            a = a._replace(value=a.raw * b.scale, scale=b.scale, plain_digits=None)
        unit = a.unit or b.unit
        kind = "percent" if unit == "percent" else "quantity"
        low, high = sorted((a.value, b.value))
        qualifier = p.qualifiers.find(self.text, self.last_end, start)
        approximate = bool(qualifier) and p.words.qualifiers[qualifier[1]].approximate
        return self.add(qualifier[0] if qualifier else start, m.end(), kind, low, None, high,
                        approximate, "range", unit)

    def vague(self, start: int, m: re.Match) -> int:
        """ "Tausende", "zehntausende", "tens of thousands": conventional bounds, no best value."""
        low, high = self.p.words.vague[_key(m.group("vague_word"))]
        unit = self.unit(m.group("vague_unit"))
        qualifier = self.p.qualifiers.find(self.text, self.last_end, start)
        return self.add(qualifier[0] if qualifier else start, m.end(), "quantity", low, None, high,
                        True, "vague", unit)

    def fraction_noun(self, start: int, m: re.Match) -> int:
        """ "die Hälfte", "half of": a German fraction noun after a determiner (else not a number)."""
        p = self.p
        determiner = p.determiners.find(self.text, self.last_end, start)
        if not determiner and p.language == "de":
            return 0
        value = p.words.fractions[m.group().lower()]
        if determiner:
            start = determiner[0]
        qualifier = p.qualifiers.find(self.text, self.last_end, start)
        bound, approximate = "exact", False
        if qualifier:
            start, q = qualifier[0], p.words.qualifiers[qualifier[1]]
            bound, approximate = q.bound, q.approximate
        return self.add(start, m.end(), "fraction", *_bounded(value, bound), approximate, bound, "fraction")

    # -- numbers that are not quantities -----------------------------------------------------

    def designation(self, start: int) -> int:
        """ "IL-76", "Su-27SM", "A400M": letters glued to digits (0 when the letters are a word)."""
        text = self.text
        glue = start - 1 if text[start - 1] == "-" else start
        k = glue
        while k > self.last_end and text[k - 1].isalpha():
            k -= 1
        prefix = text[k:glue]
        if not prefix or (k and (text[k - 1].isalnum() or text[k - 1] in "_-")):
            return 0
        prefixes = self.p.shared.designation_prefixes
        if prefix in prefixes:
            reason = prefixes[prefix]
        elif prefix[0].isupper() and (len(prefix) <= 4 or prefix.isupper()) and prefix.lower() not in self.p.shared.months:
            reason = "designation"
        else:
            return 0
        end = _DESIGNATION_REST.match(text, start).end()
        return self.add(k, end, "designation", reason=reason)

    def digit_fraction(self, start: int, m: re.Match) -> int:
        """ "1/3", "2/3": a fraction when the numerator is the smaller; else two numbers ("24/7")."""
        n, d = float(m.group("df_n")), float(m.group("df_d"))
        if not 0 < n < d:
            return self.quantity(start, self.p.quantity.match(self.text, start))
        qualifier = self.p.qualifiers.find(self.text, self.last_end, start)
        bound, approximate = "exact", False
        if qualifier:
            start, q = qualifier[0], self.p.words.qualifiers[qualifier[1]]
            bound, approximate = q.bound, q.approximate
        return self.add(start, m.end(), "fraction", *_bounded(n / d, bound), approximate, bound, "fraction")

    def decade(self, start: int, m: re.Match) -> int:
        first = m.group("decade_start")
        if first is None:  # "90er": the century is not stated
            return self.add(start, m.end(), "year", reason="decade (century not stated)")
        year = float(first)
        return self.add(start, m.end(), "year", year, None, year + 9, reason="decade", edtf=first[:3] + "X")

    def numeric_date(self, start: int, m: re.Match) -> int:
        """ "02.07.2025", "2025-07", "18. Juni 2025", "07/02/2025", with a time if one follows."""
        kind = m.lastgroup
        months = self.p.shared.months
        if kind == "iso":
            year, month, day = (m.group(g) for g in ("iso_y", "iso_m", "iso_d"))
            time = (m.group("iso_hour"), m.group("iso_minute"), None)
        elif kind == "dmy":
            year, month, day = _full_year(m.group("dmy_y")), m.group("dmy_m"), m.group("dmy_d")
            time = (m.group("dmy_hour"), m.group("dmy_minute"), m.group("dmy_suffix"))
        elif kind == "slash":  # month first in English, day first in German, unless impossible
            first, second = int(m.group("sl_1")), int(m.group("sl_2"))
            month_first = (self.p.language == "en") != ((first if self.p.language == "en" else second) > 12)
            month, day = (first, second) if month_first else (second, first)
            year, time = _full_year(m.group("sl_y")), (None, None, None)
        else:  # daymonth
            year, day = m.group("dm_y"), m.group("dm_d")
            month = months[m.group("dm_month").lower()]
            time = (m.group("dm_hour"), m.group("dm_minute"), m.group("dm_suffix"))
        return self.date(start, m.end(), year, month, day, time)

    def month(self, start: int, m: re.Match) -> int:
        """ "Oct 18, 2024 at 11:35 AM", "im November 2024", "im Juni" (a name alone needs a preposition)."""
        day, year = m.group("md_day"), m.group("md_year") or m.group("md_year2")
        if not (day or year or self.p.prepositions.find(self.text, self.last_end, start)):
            return 0
        month = self.p.shared.months[m.group("md_month").lower()]
        return self.date(start, m.end(), year, month, day, (m.group("md_hour"), m.group("md_minute"), m.group("md_suffix")))

    def season(self, start: int, m: re.Match) -> int:
        """ "im Herbst 2024", "im Sommer": EDTF season codes 21-24."""
        year = m.group("season_year")
        preposition = self.p.prepositions.find(self.text, self.last_end, start)
        if not (year or preposition):
            return 0
        code = self.p.words.seasons[m.group("season").lower()]
        edtf = f"{int(year) if year else 'XXXX'}-{code}"
        reason = "season and year" if year else "season"
        return self.add(preposition[0] if preposition else start, m.end(), "date", reason=reason, edtf=edtf)

    def date(self, start: int, end: int, year, month, day, time: tuple) -> int:
        """A date row: EDTF with XXXX for an unstated year, the preposition before it, the reason."""
        hour, minute, suffix = time
        edtf = f"{int(year):04d}" if year else "XXXX"
        edtf += f"-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        if hour is not None:
            edtf += f"T{_hour24(int(hour), suffix):02d}:{int(minute):02d}"
        preposition = self.p.prepositions.find(self.text, self.last_end, start)
        if preposition:
            start = preposition[0]
        kind = "datetime" if hour is not None else "date"
        if not _is_calendar_date(year, month, day):  # "31.02.2025", "13/14/2024"
            return self.add(start, end, kind, reason="impossible date")
        if not preposition and self.is_dateline(start, end):
            reason = "dateline date and time" if hour is not None else "dateline date"
        elif hour is not None:
            reason = "date and time"
        elif day:
            reason = "calendar date" if year else "day of month"
        else:
            reason = "month and year" if year else "month"
        return self.add(start, end, kind, reason=reason, edtf=edtf)

    def is_dateline(self, start: int, end: int) -> bool:
        """Alone on its line, or after a label such as "date" or "Stand:" at the line's start."""
        text = self.text
        line_before = text[max(0, start - 40):start].rsplit("\n", 1)
        before = line_before[-1]
        if len(line_before) == 1 and start > 40:
            return False
        label = before.strip(HSPACES + ":").lower()
        if label and label not in self.p.shared.dateline_labels:
            return False
        rest_of_line = text[end:end + 80].split("\n", 1)[0]
        return bool(label) or not rest_of_line.strip()


_DESIGNATION_REST = re.compile(r"\d+(?:[A-Za-z]+\d*)*")
_LETTER_SUFFIX = re.compile(r"[a-z](?!\w)")


def _key(written: str) -> str:
    """A vocabulary lookup key: lower case, white space runs as one space ("tens  of thousands")."""
    return " ".join(written.lower().split())


def _is_calendar_date(year: str | None, month, day) -> bool:
    """Whether the day exists (in a leap year when the year is not stated)."""
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    try:
        datetime.date(int(year) if year else 2000, int(month), int(day))
    except ValueError:
        return False
    return True


def _digit_count(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _is_year(value: float) -> bool:
    return _YEARS[0] <= value <= _YEARS[1] and value == int(value)


def _full_year(written: str | None) -> str | None:
    """A two-digit year in the current era: 00-69 -> 20xx, 70-99 -> 19xx."""
    if written is None or len(written) == 4:
        return written
    return str((2000 if int(written) < 70 else 1900) + int(written))


def _hour24(hour: int, suffix: str | None) -> int:
    marker = (suffix or "").lower()[:1]
    if marker == "p" and hour < 12:
        return hour + 12
    if marker == "a" and hour == 12:
        return 0
    return hour


def _word_follows(text: str, pos: int) -> bool:
    """Whether white space and then a letter follow ``pos`` on the same line."""
    return _SPACE_THEN_LETTER.match(text, pos) is not None


_SPACE_THEN_LETTER = re.compile(rf"{SPS}[^\W\d_]")


def _count_noun_follows(text: str, pos: int, language: str, months: dict) -> bool:
    """Whether the next word makes a bare 1900-2100 a count rather than a year.

    German: a capitalised word, a noun ("2000 Soldaten"; not a month name).  English:
    a lower-case plural ("2000 troops"; not "2024 was").
    """
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    if language == "de":
        return word[0].isupper() and word.lower() not in months
    return word.islower() and len(word) > 3 and word.endswith("s") and word not in _NOT_PLURALS


_NEXT_WORD = re.compile(rf"{SPS}([^\W\d_]\w*)")
_WORD_NOT_OF = re.compile(rf"{SPS}(?!of\b)[^\W\d_]")
_NOT_PLURALS = frozenset("does across always whereas perhaps unless besides towards afterwards".split())


# -- the public function -------------------------------------------------------------------------

def find_mentions(text: str, language: str = "de") -> pl.DataFrame:
    """Every numeric expression in ``text``, one row each, sorted by position (see module doc).

    ``language`` ("de" or "en") decides the digit separators and the words read;
    dates, times, phone numbers and designations are read in both.  Never raises
    for a str; a text that is not a str is a TypeError.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_mentions() needs the text as a str, not {type(text).__name__}")
    if language not in LANGUAGES:
        raise ParameterError("language", expected=f"one of {', '.join(LANGUAGES)}", found=repr(language),
                             fix='pass language="de" or language="en"')
    rows = _Reader(text, _patterns(language)).read()
    if not rows:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    columns = [list(map(itemgetter(i), rows)) for i in range(len(rows[0]))]
    starts, ends = columns[0], columns[1]
    data = {
        "char_start": starts,
        "char_end": ends,
        "number_text": [text[s:e] for s, e in zip(starts, ends)],
        "kind": columns[2],
        "value_low": columns[3],
        "value_best": columns[4],
        "value_high": columns[5],
        "is_approximate": columns[6],
        "bound": columns[7],
        "unit": columns[8],
        "reason": columns[9],
        "date_edtf": columns[10],
    }
    return pl.DataFrame(data, schema=MENTION_SCHEMA)
