"""Mentions read from words and shapes: ranges in words, vague magnitudes, fraction nouns, and
numbers that are not counts (identifiers, designations, digit fractions).

A mixin of :class:`analysis.extract.mentions.MentionReader` (like :mod:`.date_mentions`): the
methods use the reader's text, patterns and ``add``.
"""

from __future__ import annotations

import math
import re

from .numbers import parse_number_word

YEARS = (1900, 2100)
IDENTIFIERS = {"version": "version number", "phone_us": "phone number"}
DESIGNATION_REST = re.compile(r"\d+(?:[A-Za-z]+\d*)*")


def bounded(value: float, bound: str) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of one value: an upper bound has no low, a lower bound no high."""
    if bound == "upper":
        return None, value, value
    if bound == "lower":
        return value, value, None
    return value, value, value


def is_year(value: float) -> bool:
    return YEARS[0] <= value <= YEARS[1] and value == int(value)


def vocabulary_key(written: str) -> str:
    """A vocabulary lookup key: lower case, white space runs as one space ("tens  of thousands")."""
    return " ".join(written.lower().split())


class WordMentions:
    """Readers of ranges in words, vague magnitudes, fraction nouns, identifiers and designations."""

    def between(self, start: int, m: re.Match) -> int:
        """ "zwischen 25.000 und 30.000", "between 11,000 and 12,000"."""
        p = self.p
        first, second = (p.value.fullmatch(m.group(name)) for name in ("first", "second"))
        a, b = (self.side(v, "") if v else None for v in (first, second))
        if a is None or b is None or a.is_fraction or b.is_fraction:
            return 0  # the scanner goes on and reads the numbers one by one
        if a.plain_digits and b.plain_digits and is_year(a.raw) and is_year(b.raw):
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

    def modified(self, start: int, m: re.Match) -> int:
        """ "mehrere Millionen", "several hundred thousand": at least two of the scale, below the next power of ten."""
        scale = 1.0
        for name in ("modified_scale", "modified_scale2"):
            written = m.group(name)
            if written:
                value = self.p.words.scales.get(written.lower()) or parse_number_word(written, self.p.words)
                scale *= value or 1.0
        high = 10 ** (math.floor(math.log10(scale)) + 1) - 1
        unit = self.unit(m.group("modified_unit"))
        qualifier = self.p.qualifiers.find(self.text, self.last_end, start)
        return self.add(qualifier[0] if qualifier else start, m.end(), "quantity", 2 * scale, None, high,
                        True, "vague", unit)

    def vague(self, start: int, m: re.Match) -> int:
        """ "Tausende", "zehntausende", "tens of thousands": conventional bounds, no best value."""
        low, high = self.p.words.vague[vocabulary_key(m.group("vague_word"))]
        unit = self.unit(m.group("vague_unit"))
        qualifier = self.p.qualifiers.find(self.text, self.last_end, start)
        return self.add(qualifier[0] if qualifier else start, m.end(), "quantity", low, None, high,
                        True, "vague", unit)

    def fraction_noun(self, start: int, m: re.Match) -> int:
        """ "die Hälfte", "half of": a German fraction noun after a determiner (else not a number)."""
        p = self.p
        determiner = p.determiners.find(self.text, self.last_end, start)
        if not determiner and p.words.fraction_noun_needs_determiner:
            return 0
        value = p.words.fractions[m.group().lower()]
        if determiner:
            start = determiner[0]
        qualifier = p.qualifiers.find(self.text, self.last_end, start)
        bound, approximate = "exact", False
        if qualifier:
            start, q = qualifier[0], p.words.qualifiers[qualifier[1]]
            bound, approximate = q.bound, q.approximate
        return self.add(start, m.end(), "fraction", *bounded(value, bound), approximate, bound, "fraction")

    # -- numbers that are not quantities -----------------------------------------------------

    def identifier(self, start: int, m: re.Match) -> int:
        """A digit run too long to be a count, a version number ("2.1.3"), a US phone number."""
        kind = m.lastgroup
        if kind == "phone_us":
            if start > self.last_end and self.text[start - 1] == "(":  # "(555) 123-4567"
                start -= 1
            return self.add(start, m.end(), "phone_number", reason="phone number")
        return self.add(start, m.end(), "designation", reason=IDENTIFIERS[kind])

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
        end = DESIGNATION_REST.match(text, start).end()
        # a name and a short number glued by a hyphen: "Su-27", "Rossiya-1" (a channel), never a count
        if prefix in prefixes:
            reason = prefixes[prefix]
        elif prefix[0].isupper() and (len(prefix) <= 4 or prefix.isupper() or (glue != start and end - start <= 3)) \
                and prefix.lower() not in self.p.shared.months:
            reason = "designation"
        else:
            return 0
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
        return self.add(start, m.end(), "fraction", *bounded(n / d, bound), approximate, bound, "fraction")


