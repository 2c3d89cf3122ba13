"""Reading one number: digits with German or English separators, and number words.

The words and separators come from ``analysis/data/number_words.yaml``
(:func:`analysis.vocabulary.load_words`); this module turns one written number
into its value.  Finding numbers in a text is :mod:`analysis.extract.mentions`.

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

import re

from ..vocabulary import HALF, LanguageWords

GROUP_SPACES = "\u00a0\u2009\u202f"  # no-break, thin and narrow no-break space
HSPACES = " \t" + GROUP_SPACES  # horizontal white space inside an expression

_DROP_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)


def parse_digits(written: str, words: LanguageWords) -> float:
    """The value of digits written with a language's separators ("12.000" -> 12000.0)."""
    if written.isdigit():
        return float(written)
    s = written.translate(_DROP_GROUP_SPACES)
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
        if token == HALF:
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
