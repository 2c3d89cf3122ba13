"""The pattern grammar of number expressions: pattern pieces, word tries and compiled patterns.

:func:`compile_patterns` builds, once per language, everything the scanner in
:mod:`analysis.extract.mentions` reads a text with: one scanner pattern whose
first character class lets the regex engine skip ahead, detail patterns anchored
at each candidate, and the word lists looked up backwards from an expression
(:class:`Before`).  The words and language rules come from ``number_words.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import regex_cache
from ..vocabulary import HALF, LanguageWords, SharedWords, load_words
from .numbers import GROUP_SPACES, HSPACES

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
# the year after a month's or season's name: this era's ("Mitte Dezember 3000 Nordkoreaner" counts people, it is no date)
_NAMED_YEAR = r"(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9])"
_HOUR = r"(?:[01]?[0-9]|2[0-3])"
_MINUTE = r"[0-5][0-9]"
_DASHES = "-–—"
# Three or more dotted parts that are not thousands groups: "2.1.3", "192.168.0.1" (not "1.234.567").
_VERSION = r"(?![0-9]{1,3}(?:\.[0-9]{3})+(?![0-9]|\.[0-9]))[0-9]+(?:\.[0-9]+){2,}(?![0-9]|\.[0-9])"


def _ranges(chars: Iterable[str]) -> str:
    """A character class body for ``chars``, runs of consecutive code points as ranges."""
    codes, runs = sorted(map(ord, chars)), []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs)


# The decimal digits of the Basic Multilingual Plane, which `\d` matches (str.isdecimal() is the
# same test).  The scanner's first class lists them instead of holding `\d`: the regex engine then
# tests most characters with one table lookup, not a table lookup and a call for the category.
_BMP_DIGITS = _ranges(c for c in map(chr, range(0x10000)) if c.isdecimal())


def _variants(word: str) -> list[str]:
    """A lower-case entry also matches capitalised, and in capitals in a word of three letters or more (a headline's "TWO
    North Korean POWs", "THOUSANDS"); any other only as written."""
    if not word[:1].islower():
        return [word]
    return [word, word[0].upper() + word[1:]] + ([word.upper()] if len(word) > 2 and word.upper() != word else [])


def _alt(words: Iterable[str], *, cased: bool = True) -> str:
    """Alternation of words, longest first; with ``cased``, lower-case ones also capitalised."""
    forms = {v for w in words for v in (_variants(w) if cased else [w])}
    return "(?:" + _trie((form, "") for form in forms) + ")"


def _capitals(words: Iterable[str]) -> list[str]:
    """Words in capitals, as a headline or a transcript's heading writes them ("OCT.", "JANUARY"), three letters or more."""
    return [w.upper() for w in words if len(w.rstrip(".")) >= 3 and w.upper() != w]


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
    suffix: str  # letters glued to digits that multiply them ("10k", "$800m")
    mixed: str  # a fraction added to a whole number ("and a half")
    fraction: str
    unit: str
    range_separator: str
    months: str
    seasons: str
    time_suffix: str
    multiplier: str  # a scale word, "hundert", "thousand": what a vague modifier makes vague

    def modified(self, g: _Names) -> str:
        """ "mehrere Millionen", "several hundred thousand", "ein paar Dutzend"."""
        return (g("modifier", _alt(self.words.vague_modifiers)) + SPS + g("modified_scale", self.multiplier)
                + f"(?:{SPS}" + g("modified_scale2", self.multiplier) + ")?" + g("modified_unit", self.unit) + "?")

    def bound_range(self, g: _Names) -> str:
        """After a lower bound: "and less than 300", "und weniger als 300"."""
        w = self.words
        uppers = [q for q, entry in w.qualifiers.items() if entry.bound == "upper"]
        joiners = w.bound_joiners or ["(?!x)x"]
        return (f"{SPS}{_alt(joiners)}{SPS}" + g("upper", _alt(uppers)) + r"(?!\w)" + SPS
                + g("upper_value", self.value(_PLAIN, "")))

    def time(self, g: _Names, p: str) -> str:
        return (g(p + "hour", _HOUR) + ":" + g(p + "minute", _MINUTE) + f"(?::{_MINUTE})?"
                + f"(?:{OSP}" + g(p + "suffix", self.time_suffix) + ")?")

    def time_tail(self, g: _Names, p: str) -> str:
        """A time after a date: "Oct 18, 2024 at 11:35 AM", "02.07.2025, 14:01 Uhr"."""
        return f"(?:,?{SPS}(?:(?:at|um|,){SPS})?" + self.time(g, p) + ")"

    def value_rest(self, g: _Names, p: str) -> str:
        """What follows a number: "and a half", a scale word (or two), a glued suffix or a fraction
        noun, and a unit ("1.5 million", "15-thousand", "a hundred thousand", "10k", "two thirds")."""
        scale = (f"(?:{SPS}|-)" + g(p + "scale", self.scale) + f"(?:{SPS}" + g(p + "scale2", self.scale) + ")?")
        return (f"(?:{SPS}" + g(p + "mixed", self.mixed) + ")?"
                + "(?:" + g(p + "suffix", self.suffix) + f"|{scale}|(?:{SPS}|-)" + g(p + "frac", self.fraction) + ")?"
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
        # (never a number with its scale word: "bis Ende März 4 Millionen Granaten")
        day = g("md_day", _DAY) + r"(?:st|nd|rd|th|\.)?(?![0-9]|[.,][0-9])" + \
            r"(?!\s+(?i:millions?|billions?|thousands?|hundreds?|millionen|million|milliarden|milliarde|mio\b|mrd\b|tausend|hundert))"
        return (r"(?:\.(?![0-9])|(?!\w))"
                + f"(?:{SPS}{day}(?:,?{SPS}" + g("md_year", _NAMED_YEAR) + ")?(?:" + self.time_tail(g, "md_") + ")?"
                + f"|{SPS}(?:of{SPS})?" + g("md_year2", _NAMED_YEAR) + ")?")

    def season_rest(self, g: _Names) -> str:
        return r"(?!\w)" + f"(?:{SPS}(?:of{SPS})?" + g("season_year", _NAMED_YEAR) + ")?"


def _digits(w: LanguageWords) -> str:
    """Digits with the language's group and decimal marks ("12.000,5", "10'000", "10 000")."""
    groupers = w.group_mark + GROUP_SPACES + "".join(w.digit_group_marks) + (" " if w.digit_group_space else "")
    # (a last group glued to a calibre is the calibre's: "50 240mm rocket launchers" are 50 launchers of 240 mm)
    grouped = rf"\d{{1,3}}(?:[{re.escape(groupers)}]\d{{3}})+(?!\d)(?!-?mm\b)(?:{re.escape(w.decimal_mark)}\d+)?"
    return grouped + r"|\d+(?:[.,]\d+)?"


def _suffix(w: LanguageWords) -> str:
    """Letters glued to the digits before them that multiply them ("10k", "1.2bn", "$800m")."""
    suffixes = [*w.suffix_scales, *w.currency_suffix_scales]
    return r"(?<=\d)" + _alt(suffixes, cased=False) + r"(?!\w)" if suffixes else "(?!x)x"


def _pieces(language: str) -> _Pieces:
    all_words = load_words()
    w, shared = all_words.languages[language], all_words.shared
    number = _digits(w)
    symbols = [*shared.currency_symbols, *shared.percent_symbols]
    unit = f"(?:{OSP}{_alt(symbols, cased=False)}|{SPS}{_alt(w.written['units'])}" + r"(?!\w))"
    # (a number word's suspended hyphen before the word that carries the scale: "zehn- bis zwölftausend",
    # "zwölf-, dreizehntausend")
    range_separator = (f"(?:{OSP}[{_DASHES}]{OSP}(?=\\d)|{SPS}{_alt(w.range_separators)}{SPS}"
                       f"|(?<=[^\\W\\d_])-(?:,|{SPS}{_alt(w.range_separators)})?{SPS}(?=[^\\W\\d_]))")
    return _Pieces(
        words=w,
        shared=shared,
        number=number,
        number_word=_number_word(w) + r"(?!\w)",
        article=_alt(w.article_numbers),
        scale=_alt(w.written["scales"]) + r"(?!\w)",
        suffix=_suffix(w),
        mixed=(_alt(w.written["mixed_fractions"]) + r"(?!\w)") if w.mixed_fractions else "(?!x)x",
        fraction=_alt(w.written["fractions"]) + r"(?!\w)",
        unit=unit,
        range_separator=range_separator,
        months=_alt([*shared.written["months"], *_capitals(shared.written["months"])], cased=False),
        seasons=_alt(w.written["seasons"]),
        time_suffix=_alt(w.time_suffixes, cased=False) + r"(?!\w)",
        multiplier=_alt([*w.written["scales"], *_cardinals_where(w, 100, 1000)]) + r"(?!\w)",
    )


def _cardinal_parts(w: LanguageWords) -> tuple[list[str], list[str]]:
    """Number words that start a number on their own, and those that only start a compound."""
    compound_only = [c for c in w.written["cardinals"] if c.lower() in w.article_numbers]
    starting = [c for c in w.written["cardinals"] if c not in compound_only]
    return starting, compound_only


def _cardinals_where(w: LanguageWords, low: float, high: float) -> list[str]:
    """The number words (as written) whose value lies in [low, high]."""
    return [c for c in w.written["cardinals"] if low <= w.cardinals[c.lower()] <= high]


_JOIN = f"(?:-|{SPS})"  # between the words of a spaced number word ("twenty-five", "fifty two")


def _compound_joiner(w: LanguageWords) -> str:
    """What must follow "ein"/"one" for it to start a number ("einundzwanzig", "one hundred",
    "one and a half", "one point five")."""
    multipliers = _alt(_cardinals_where(w, 100, 1000), cased=False)
    if w.compound_number_words:
        return f"(?={w.compound_joiner}|{multipliers}|{HALF})"
    after = [rf"{_JOIN}{multipliers}(?!\w)"]
    if w.mixed_fractions:
        after.append(SPS + _alt(w.written["mixed_fractions"]))
    if w.decimal_words:
        after.append(SPS + _alt(w.decimal_words) + SPS)
    return "(?=" + "|".join(after) + ")"


def _compound_number_word(w: LanguageWords) -> str:
    """A number word written as one word ("zwei|hundert|fünfzig", "ein|und|zwanzig")."""
    # Possessive loops, longest part first: "vierzehn" is also "vier"+"zehn", and
    # backtracking over such splits would take exponential time on a long run.
    starting, compound_only = _cardinal_parts(w)
    rest = f"(?:(?:{w.compound_joiner})?{_alt([*w.written['cardinals'], HALF], cased=False)})*+"
    leads = [_alt(starting) + rest]
    if compound_only:
        leads.append(_alt(compound_only) + _compound_joiner(w) + rest)
    return "(?:" + "|".join(leads) + ")"


def _spaced_number_word(w: LanguageWords) -> str:
    """A number word of separate words ("three hundred and thirty-one", "fifty two", "twelve
    hundred", "four-thousand-100"): tens and units, hundreds, thousands."""
    _, compound_only = _cardinal_parts(w)

    def words(low: float, high: float, cased: bool) -> str:
        return _alt([c for c in _cardinals_where(w, low, high) if not cased or c not in compound_only], cased=cased)

    def below_hundred(cased: bool) -> str:
        first = [f"{words(20, 90, cased)}(?:{_JOIN}{words(1, 9, False)})?+", words(10, 19, cased),
                 words(0 if cased else 1, 9, cased)]
        if cased and compound_only:
            first.append(_alt(compound_only) + _compound_joiner(w))
        return "(?:" + "|".join(first) + ")"

    joiner = f"(?:{SPS}{w.compound_joiner}{SPS}|{_JOIN})" if w.compound_joiner else _JOIN
    hundred, thousand = (_alt(_cardinals_where(w, v, v), cased=False) for v in (100, 1000))
    tail = rf"(?:{joiner}{below_hundred(False)}|-\d{{1,3}}(?![\d]))?+"  # "hundred and one", "thousand-100"

    def hundreds(cased: bool) -> str:
        return (f"(?:{below_hundred(cased)}(?:{_JOIN}{hundred}{tail})?+"
                f"|{_alt(_cardinals_where(w, 100, 100), cased=cased)}{tail})")

    thousands_tail = rf"(?:{joiner}{hundreds(False)}|-\d{{1,3}}(?![\d]))?+"
    return (f"(?:{hundreds(True)}(?:{_JOIN}{thousand}{thousands_tail})?+"
            f"|{_alt(_cardinals_where(w, 1000, 1000))}{thousands_tail})")


def _number_word(w: LanguageWords) -> str:
    """A spelled-out cardinal ("zwölftausend", "twenty-five", "zweier"), with decimals in words
    ("two point five", "zwei Komma drei")."""
    whole = _compound_number_word(w) if w.compound_number_words else _spaced_number_word(w)
    number = f"(?:{_alt(w.written['inflections'])}|{whole})" if w.inflections else whole
    if not w.decimal_words:
        return number
    digit = _alt(_cardinals_where(w, 0, 9), cased=False) + r"(?!\w)"
    return rf"{number}(?:(?!\w){SPS}{_alt(w.decimal_words)}{SPS}{digit}(?:{SPS}{digit})*+)?"


def _lead_words(p: _Pieces) -> list[tuple[str, str]]:
    """(first word, guard) of every expression that starts with a word, for the scanner.

    The scanner only finds where such an expression may start; the detail patterns
    read how far it goes.  Guards keep the commonest false starts (the article
    "ein", "a") out of the Python loop.
    """
    w = p.words
    starting, compound_only = _cardinal_parts(w)
    bases = [*w.written["cardinals"], *w.written["inflections"]]
    if w.compound_number_words:  # the word ends, or a compound goes on ("drei|hundert"; not "Drei|eck")
        goes_on = "(?=" + "|".join(sorted({b[:2].lower() for b in bases} | {w.compound_joiner})) + r"|(?!\w))"
    else:
        goes_on = r"(?=-|(?!\w))"
    value_follows = f"(?={SPS}(?:\\d|(?i:" + "|".join(sorted({b[:2].lower() for b in bases})) + ")))"
    entries = [(v, goes_on) for c in starting for v in _variants(c)]
    entries += [(v, _compound_joiner(w)) for c in compound_only for v in _variants(c)]
    entries += [(v, r"(?!\w)") for c in w.written["inflections"] for v in _variants(c)]
    entries += [(v, f"(?={SPS}(?:{p.scale}|{p.fraction}))") for a in w.article_numbers for v in _variants(a)]
    entries += [(v, r"(?!\w)" + value_follows) for v in _variants(w.range_before)]
    entries += [(m, r"(?![^\W\d_])") for m in p.shared.written["months"]]
    # (in capitals only before its day or year: "PENTAGON PRESS BRIEFING, OCT. 28, 2024", never "KIM MAY SEND")
    entries += [(m, rf"(?![^\W\d_])(?=\.?{SPS}\d)") for m in _capitals(p.shared.written["months"])]
    entries += [(v, r"(?!\w)") for s in w.written["seasons"] for v in _variants(s)]
    entries += [(v, r"(?!\w)") for word in w.written["vague"] for v in _variants(word)]
    entries += [(v, f"(?={SPS}{p.multiplier})") for word in w.vague_modifiers for v in _variants(word)]
    if w.code == "de":  # "die Hälfte": a German fraction noun after a determiner
        entries += [(v, r"(?!\w)") for f in w.written["fractions"] for v in _variants(f)]
    else:  # English "third" alone is an ordinal; only "half of", "half the", and "half" as a subject ("nearly half
        # had been killed", "about half were wounded")
        entries += [(v, rf"(?={SPS}(?:of|the|were|was|are|is|had|have|has|died|remain|remained|survived)(?!\w))")
                    for v in _variants("half")]
    return entries


# -- looking back from an expression -------------------------------------------------------------

class Before:
    """Words that may stand right before an expression, found by looking back from it."""

    def __init__(self, words: Iterable[str], *, space: bool = True):
        self.words = frozenset(w.lower() for w in words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)  # longest match wins
        # A quick test before the real one: the last two characters (one for "§", "$"), in
        # every mix of cases, so that the text needs no lower() first ("As", "AS"); each pair
        # gives the lengths of the words it may end (and of one-character words it ends with).
        by_pair: dict[str, set[int]] = {}
        for w in self.words:
            if len(w) > 1:
                for a in {w[-2], w[-2].upper()}:
                    for b in {w[-1], w[-1].upper()}:
                        by_pair.setdefault(a + b, set()).add(len(w))
        self.single = frozenset(w for w in self.words if len(w) == 1)
        for pair, lengths in by_pair.items():
            if pair[-1].lower() in self.single:
                lengths.add(1)
        self.lengths_by_pair = {pair: sorted(lengths, reverse=True) for pair, lengths in by_pair.items()}
        self.space = space  # whether a space must separate word and expression

    def find(self, text: str, lo: int, end: int) -> tuple[int, str] | None:
        """Start and (lower-case) word ending at ``end`` (across spaces), not before ``lo``."""
        j = end
        while j > lo and text[j - 1] in HSPACES:
            j -= 1
        if (j == end and self.space) or j == lo:
            return None
        lengths = self.lengths_by_pair.get(text[j - 2:j] if j - 2 >= lo else "")
        if lengths is None:
            if text[j - 1] not in self.single:
                return None
            lengths = self.lengths
        seg = _as_spaces(text[max(lo, j - lengths[0]):j]).lower()
        for n in lengths:
            word = seg[-n:]
            if len(word) == n and word in self.words:
                k = j - n
                if k > 0 and word[0].isalnum() and (text[k - 1].isalnum() or text[k - 1] == "_"):
                    continue  # the end of a longer word ("gegenüber")
                return k, word
        return None


def _as_spaces(segment: str) -> str:
    """A tab, no-break, thin or narrow no-break space as a space (str.translate costs ten times more)."""
    for char in _SPACE_LIKE:
        if char in segment:
            segment = segment.replace(char, " ")
    return segment


_SPACE_LIKE = "\t" + GROUP_SPACES


# -- the compiled patterns of one language ---------------------------------------------------------

@dataclass(frozen=True)
class Patterns:
    """Everything one language is read with, compiled once (:func:`compile_patterns`)."""

    language: str
    words: LanguageWords
    shared: SharedWords
    # Candidates: a digit (a match of one character), or a word that may start an
    # expression after a non-word character (the character and the word).  The pattern
    # starts with one character class, so that the regex engine skips to the next
    # digit or separator in its fast loop; it has no group, which would cost at every stop.
    # The class holds the digits of the BMP and every character beyond it (a character
    # there is a candidate only if `\d` says it is a digit).
    scanner: re.Pattern
    word_at_start: re.Pattern  # the same words at the start of the text (no character before)
    numeric: re.Pattern  # read at a digit: dates, times, decades, phone numbers; "qty" for any other number
    identifier: re.Pattern  # read where a quantity is followed by ".", "-" or ")" and a digit: "2.1.3", "555-123-4567"
    quantity: re.Pattern
    digits_alone: int  # the quantity's last group when it is digits alone (its first group, "a_num")
    phone: re.Pattern
    word: re.Pattern  # read at a word: range, month, season, vague, fraction (else a quantity)
    value: re.Pattern
    qualifiers: Before
    determiners: Before
    prepositions: Before
    ordinal_articles: Before
    section_labels: Before
    version_labels: Before  # "Version 2.0"
    currency_before: Before
    currency_units: dict[str, str]  # lower-case symbol before a number -> currency
    currency_ends: frozenset[str]  # the last characters of the symbols: a quick test before currency_before
    negative_words: Before  # "minus fünf"
    negative_word_ends: frozenset[str]  # their last letters: a quick test before the look back
    range_from: Before  # "von 10.000 bis 12.000"
    bound_range: re.Pattern  # after a lower bound: "and less than 300"


@functools.cache
def compile_patterns(language: str) -> Patterns:
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
          + rf"(?:\.|(?!\w))(?:{SPS}" + g("dm_y", _NAMED_YEAR) + ")?" + f"(?:{p.time_tail(g, 'dm_')})?"),
        g("time", p.time(g, "t_") + f"|{_HOUR}(?:[.:]{_MINUTE})?{OSP}{p.time_suffix}"),

        g("digit_fraction", g("df_n", "[0-9]{1,2}") + "/" + g("df_d", "[0-9]{1,3}") + "(?![0-9/])"),
        g("decade", g("decade_start", "(?:1[89]|20)[0-9]0") + r"(?:er|s)(?!\w)|[0-9]0er(?!\w)"),
        # (a trunk "0" set off by a space: "0 800 50 80 90", Ukraine's free line)
        g("phone0", r"0(?:[0-9]{1,5}|(?=[ \u00a0][0-9]{3}[ \u00a0]))(?:[ \u00a0/-][0-9]{2,}){1,4}(?![0-9])"
          # North American numbers: "1-800-555-0199", "800-555-0199"
          r"|(?:1-)?[2-9][0-9]{2}-[0-9]{3}-[0-9]{4}(?![0-9])"),
        g("ordinal_en", g("ord_n", "[0-9]+") + r"(?:st|nd|rd|th)(?!\w)"),
        # Any other number: read with `quantity`, whose groups are numbered from one (at each
        # repeat the engine saves every group mark set so far, so late groups cost).
        g("qty", ""),
    ])
    word = "|".join([
        g("between_expression", g("between", _alt([w.range_before])) + p.between_rest(g)),
        g("month", g("md_month", p.months) + p.month_rest(g)),
        g("season_expression", g("season", p.seasons) + p.season_rest(g)),
        g("vague", g("vague_word", _alt(w.written["vague"])) + r"(?!\w)" + g("vague_unit", p.unit) + "?"),
        g("fraction", _alt(w.written["fractions"]) + r"(?!\w)"),
        g("modified", p.modified(g)),
    ])
    lead_words = _lead_words(p)
    trie = _trie(lead_words)
    # One character class before the trie: about half of the spaces are followed by no word's first letter.
    first_letters = "[" + "".join(map(re.escape, sorted({word[0] for word, _ in lead_words}))) + "]"
    quantity = regex_cache.compile(p.quantity(g))
    # (an area code in parentheses: "+49 (0) 30 ...", "+380 (66) 580 34 98")
    phone = r"\+[0-9]{1,3}(?:" + OSP + r"\([0-9]{1,5}\))?(?:[ \u00a0./-]?[0-9]{2,}){1,5}(?![0-9])"
    return Patterns(
        language=language,
        words=w,
        shared=shared,
        scanner=regex_cache.compile(rf"[{_BMP_DIGITS}{_LEAD[1:-1]}\U00010000-\U0010ffff]"
                           rf"(?:(?<=\d)|(?={first_letters})(?<={_LEAD}){trie})"),
        word_at_start=regex_cache.compile(trie),
        numeric=regex_cache.compile(numeric),
        quantity=quantity,
        digits_alone=quantity.groupindex["a_num"],
        phone=regex_cache.compile(phone),
        word=regex_cache.compile(word),
        value=regex_cache.compile(p.value(g, "")),
        identifier=regex_cache.compile("|".join([
            g("version", _VERSION),
            g("phone_us", r"[0-9]{3}(?:\)[ ]?|[-.])[0-9]{3}[-.][0-9]{4}(?![0-9])"),
        ])),
        bound_range=regex_cache.compile(p.bound_range(g)),
        qualifiers=Before(w.qualifiers),
        determiners=Before(w.determiners),
        prepositions=Before(shared.temporal_prepositions),
        ordinal_articles=Before(shared.ordinal_articles),
        section_labels=Before(shared.section_labels, space=False),
        version_labels=Before(shared.version_labels),
        currency_before=Before(shared.currency_symbols, space=False),
        currency_units={symbol.lower(): code for symbol, code in shared.currency_symbols.items()},
        currency_ends=frozenset(c for symbol in shared.currency_symbols for c in (symbol[-1], symbol[-1].upper())),
        negative_words=Before(w.negative_words),
        negative_word_ends=frozenset(c for word in w.negative_words for c in (word[-1], word[-1].upper())),
        range_from=Before(w.range_from),
    )

