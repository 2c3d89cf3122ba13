"""Paragraphs and sentences of an article, as character spans into the raw text.

A paragraph ends at a blank line, and a ticker's item that opens with its time stamp inside a line ("+++ 07:15 Uhr:
...", "08:40 GMT — ...") is a paragraph of its own; a sentence ends at a line break or at
``.``, ``!`` or ``?`` followed by a capital letter (with or without the space
that some scraped texts lose: "Kurzstreckenraketen.Nun").  Abbreviations
(each language's ``abbreviations`` in ``number_words.yaml``: "ca.", "Mio.", "Gen.")
and day ordinals ("1. November") do not end a sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .supersets import filtered
from .vocabulary import load_words

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# a line break, or the "+++" that parts a ticker's items ("+++ 10:15 Uhr: ... +++ Das Militär meldet ...")
_LINE_BREAK = filtered(re.compile(r"\n|\+{3,}"))
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# the end of a sentence from its punctuation on (the punctuation is consumed, not looked behind at: a pattern
# that opens with a character class is scanned for it by ``re``'s fast search, about 3x quicker over an article)
_SENTENCE_END = re.compile(
    r"""[.!?](["'“”»«)]*)(?:\s+|(?=[A-ZÄÖÜ„"“]))(?=(?:[•▪·]\s*)?["„“»«(]?[A-ZÄÖÜ0-9])"""
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int  # position within the whole text

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def _ends_sentence(text: str, dot: int, abbreviations: frozenset[str], ordinal: re.Pattern) -> bool:
    """Whether the punctuation at ``dot`` really ends a sentence."""
    if text[dot] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not word:
        return True
    token = word.group(1).lower()
    if token in abbreviations or token.rstrip(".") in abbreviations:
        return False
    if token.isdigit() and len(token) <= 2 and _MONTH_BEFORE.search(text, max(0, word.start(1) - 12), word.start(1)):
        return True                           # a day after its month is no ordinal: "said on Dec. 23. Roughly 11,000 ..."
    if token.isdigit() and len(token) <= 2 and not _DESIGNATION_BEFORE.search(text, max(0, word.start(1) - 8), word.start(1)):
        # "1. November", "3. Platz"; not "the other 26. Kyiv's estimate ...", nor a designation: "vom Typ KN-23. Genannt"
        return _OPENS_A_SENTENCE.match(text, dot + 1) is not None
    if token.isdigit() and ordinal.search(text, max(0, dot - 20), dot):
        return False                          # "des 528. Pionierregiments": an ordinal after an article
    if _INITIALS.fullmatch(token):  # an initial or an initialism: "U.S.", "J. Kirby"
        # (never a platform's one-letter name after its preposition: "wrote on X. Kyiv says ...", "schrieb auf X. Die")
        return _PLATFORM_BEFORE.search(text, max(0, word.start(1) - 8), word.start(1)) is not None and \
            len(token) == 1 and _CAPITAL_NEXT.match(text, dot + 1) is not None
    return True


# a preposition of where something was posted, right before a one-letter name ("on X", "auf X", "bei X")
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|auf|bei|über)\s+$", re.IGNORECASE)
_CAPITAL_NEXT = re.compile(r"\s+[\"'„“»«]?[A-ZÄÖÜ]")


_DESIGNATION_BEFORE = re.compile(r"[A-Za-z]-$")   # "KN-23", "Il-76": letters and a hyphen before the digits
# an English month, written out or abbreviated, right before a day ("Dec. 23", "January 6")
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+$|"
                           r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$")

# what follows a small number and a full stop when the stop ends a sentence: a determiner, pronoun or conjunction, or a
# possessive; a day ordinal is followed by its month or noun ("1. November", "11. Brigade")
_OPENS_A_SENTENCE = re.compile(r"""["'„“»«(]?\s*(?:(?:The|A|An|It|He|She|They|We|In|On|But|And|This|That|These|Those|Its|Their|"""
                               r"His|Her|As|According|After|By|For|Since|Some|More|There|When|While|If|Still|Meanwhile|"
                               r"However|Laut|Nach|Seit|Zudem|Demnach|Bisher|Inzwischen|"
                               r"Die|Der|Das|Ein|Eine|Er|Sie|Es|Wir|Im|Auch|Doch|Aber|Und|Dies|Diese|Dieser)\b|"
                               r"[A-ZÄÖÜ]\w*['’]s\b)")


@functools.lru_cache(maxsize=1)
def _ordinal_after_article() -> re.Pattern:
    """A number after one of the words that mark an ordinal (``ordinal_articles`` in ``number_words.yaml``, which
    the mention reader uses too): "des 528. Pionierregiments"."""
    words = sorted(load_words().shared.ordinal_articles, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+\d+$",
                      re.IGNORECASE)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _new_item(text: str, start: int, sentences: list[Sentence], p: int) -> int:
    """1 when the sentence at ``start`` opens a ticker's item inside a paragraph with its time stamp ("+++ 07:15 Uhr:
    ...", "08:40 GMT — ...") or a bullet run into the paragraph ("... about 2,000. • Russia launched ..."): an item is a paragraph of its own, whose attribution and topic are not the item's before
    ("+++" alone may close a headline whose text follows: "+++ Kiew: 200 getötet +++ Das Militär meldet ...")."""
    return 1 if sentences and sentences[-1].paragraph == p and (_TICKER_ITEM.match(text, start) or text[start] in "•▪·") \
        else 0


# a ticker item's time stamp: "07:15 Uhr:", "08:40 GMT —", "11:20 Uhr –", "10.05 Uhr:", "11:22 GMT -"
TICKER_TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|GMT|UTC|MEZ|MESZ|CET|CEST|BST|KST|ET|EST|EDT|am|pm|h))?\s*[:–—-]"
_TICKER_ITEM = re.compile(TICKER_TIME + r"\s")   # opening a sentence


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans (whitespace trimmed), each with its paragraph number."""
    sentences: list[Sentence] = []
    abbreviations = load_words().abbreviations
    ordinal = _ordinal_after_article()
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    paragraph_starts = [0] + [m.end() for m in breaks]
    paragraph_ends = [m.start() for m in breaks] + [len(text)]
    p = -1
    for p_start, p_end in zip(paragraph_starts, paragraph_ends, strict=True):
        p += 1
        line_start = p_start
        # (a paragraph with neither character of a line break has none: most have none, and two finds cost less)
        has_break = text.find("\n", p_start, p_end) >= 0 or text.find("+++", p_start, p_end) >= 0
        line_bounds = [m.span() for m in _LINE_BREAK.finditer(text, p_start, p_end)] if has_break else []
        line_bounds.append((p_end, p_end + 1))
        for line_end, next_start in line_bounds:
            cut = line_start
            for m in _SENTENCE_END.finditer(text, line_start, line_end):
                dot = m.start()
                if _ends_sentence(text, dot, abbreviations, ordinal):
                    s, e = _trimmed(text, cut, dot + 1 + len(m.group(1)))
                    if s < e:
                        p += _new_item(text, s, sentences, p)
                        sentences.append(Sentence(s, e, p, len(sentences)))
                    cut = m.end()
            s, e = _trimmed(text, cut, line_end)
            if s < e:
                p += _new_item(text, s, sentences, p)
                sentences.append(Sentence(s, e, p, len(sentences)))
            line_start = next_start
    return sentences


def line_start_matches(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern that can only match at a line's start (``^`` under MULTILINE) and holds
    no newline: tried at each line's start, not at every character (a transcript's speaker labels, 36 -> 3 us an
    article)."""
    start = 0
    while True:
        found = pattern.match(text, start)
        if found is not None:
            yield found
        newline = text.find("\n", start)
        if newline < 0:
            return
        start = newline + 1


class SentenceIndex:
    """Find the sentence holding an offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.sentences = split_sentences(text)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        sentence = self.sentences[i]
        return sentence if offset < max(sentence.end, sentence.start + 1) else sentence

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before, if it is in the same paragraph."""
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1]
        return before if before.paragraph == sentence.paragraph else None
