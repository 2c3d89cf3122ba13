"""Reading one number: digits with German or English separators, and number words.

The words and separators come from ``analysis/data/number_words.yaml``
(:func:`analysis.vocabulary.load_words`); this module turns one written number
into its value.  Finding numbers in a text is :mod:`analysis.extract.mentions`.

Digits (:func:`parse_digits`)
    German: "." groups thousands when exactly three digits follow ("12.000"), ","
    is the decimal mark ("2,5").  English: the reverse ("12,000", "2.5").  A group
    mark followed by another number of digits is read as a decimal mark written the
    other language's way ("2.5" in German is 2.5).  U+00A0, U+2009 and U+202F group
    thousands in both languages ("12 000"), and so do a language's ``digit_group_marks``
    ("10'000") and, with ``digit_group_space``, a plain space.  Any Unicode decimal
    digit counts.

Number words (:func:`parse_number_word`)
    German compounds are read token by token ("zweihundertfünfzigtausend" = zwei
    hundert fünfzig tausend = 250000, "einundzwanzig" = 21, "zweieinhalb" = 2.5);
    English ones word by word ("two hundred and fifty thousand", "twenty-five", and
    digits after a scale word: "four-thousand-100").  After a decimal word, digit
    words are decimals ("two point five", "zwei Komma drei").
"""

from __future__ import annotations

import re

from ..vocabulary import HALF, LanguageWords

GROUP_SPACES = "\u00a0\u2009\u202f"  # no-break, thin and narrow no-break space
HSPACES = " \t" + GROUP_SPACES  # horizontal white space inside an expression
# Characters that never split a number or word ("10\u200b000", "zwei\u00adhundert"): zero-width
# space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen.  The scanner reads a
# text without them and maps the offsets back to the raw text.
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
MAX_DIGITS = 15  # a longer run of digits is an identifier, not a count (float keeps 15 exactly)


def parse_digits(written: str, words: LanguageWords) -> float:
    """The value of digits written with a language's separators ("12.000" -> 12000.0)."""
    if written.isdigit():
        return float(written)
    s = written.translate(words.group_marks_dropped) if words.group_mark_found.search(written) else written
    group, decimal = words.group_mark, words.decimal_mark
    whole, frac = s, ""
    if decimal in s:
        whole, frac = s.rsplit(decimal, 1)
    elif group in s:
        head, last = s.rsplit(group, 1)
        if len(last) != 3:  # not a thousands group: a decimal mark written the other way
            whole, frac = head, last
    whole = whole.replace(group, "")
    return float(f"{whole}.{frac}" if frac else whole)


def _compound_tokens(word: str, part: re.Pattern) -> list[str] | None:
    """Split a compound number word into known parts, longest first ("zwölf|tausend")."""
    tokens, i = [], 0
    while i < len(word):
        m = part.match(word, i)
        if m is None:
            return None
        tokens.append(m.group())
        i = m.end()
    return tokens


def _combine(tokens: list[str], words: LanguageWords) -> float | None:
    """Add up number-word tokens: "hundert" multiplies what precedes it, "tausend" closes a group.

    Digits in a word number add ("four-thousand-100" = 4100).
    """
    values = words.cardinals
    total = current = 0.0
    previous = None
    for token in tokens:
        if token == words.compound_joiner:
            continue
        if token == HALF:
            current += 0.5
            continue
        if token.isdigit():
            current += float(token)
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


def _whole_number_word(word: str, words: LanguageWords) -> float | None:
    if word in words.inflections:
        return words.inflections[word]
    if words.compound_number_words:
        tokens = _compound_tokens(word, words.compound_part)
    else:
        tokens = [t for t in re.split(r"[\s\-]+", word) if t and t != words.compound_joiner]
        if any(t not in words.cardinals and not t.isdigit() for t in tokens):
            return None
    if not tokens:
        return None
    return _combine(tokens, words)


def parse_number_word(written: str, words: LanguageWords) -> float | None:
    """The value of a spelled-out cardinal, or None when it is not one.

    After a decimal word, digit words are the decimals ("two point five" = 2.5,
    "zwei Komma drei" = 2.3).
    """
    word = " ".join(written.lower().split())
    whole, *decimals = words.decimal_split.split(word, 1)
    value = _whole_number_word(whole, words)
    if value is None or not decimals:
        return value
    digits = [words.cardinals.get(t) for t in decimals[0].split()]
    if any(d is None or not 0 <= d <= 9 for d in digits):
        return None
    return value + float("0." + "".join(str(int(d)) for d in digits))
