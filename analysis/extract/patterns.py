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
    group, decimal = re.escape(w.group_mark), re.escape(w.decimal_mark)
    number = (rf"\d{{1,3}}(?:[{group}{GROUP_SPACES}]\d{{3}})+(?!\d)(?:{decimal}\d+)?"
              r"|\d+(?:[.,]\d+)?")
    symbols = [*shared.currency_symbols, *shared.percent_symbols]
    unit = f"(?:{OSP}{_alt(symbols, cased=False)}|{SPS}{_alt(w.written['units'])}" + r"(?!\w))"
    range_separator = f"(?:{OSP}[{_DASHES}]{OSP}(?=\\d)|{SPS}{_alt(w.range_separators)}{SPS})"
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
        time_suffix=_alt(w.time_suffixes, cased=False) + r"(?!\w)",
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
        return f"(?:(?:und)?{_alt([*w.written['cardinals'], HALF], cased=False)})*+"
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

class Before:
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
class Patterns:
    """Everything one language is read with, compiled once (:func:`compile_patterns`)."""

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
    qualifiers: Before
    determiners: Before
    prepositions: Before
    ordinal_articles: Before
    section_labels: Before
    currency_before: Before
    currency_units: dict[str, str]  # lower-case symbol before a number -> currency
    vague_modifiers: Before


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
    return Patterns(
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
        qualifiers=Before(w.qualifiers),
        determiners=Before(w.determiners),
        prepositions=Before(shared.temporal_prepositions),
        ordinal_articles=Before(shared.ordinal_articles),
        section_labels=Before(shared.section_labels, space=False),
        currency_before=Before(shared.currency_symbols, space=False),
        currency_units={symbol.lower(): code for symbol, code in shared.currency_symbols.items()},
        vague_modifiers=Before(w.vague_modifiers),
    )

