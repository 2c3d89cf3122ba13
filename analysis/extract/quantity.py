"""What a figure counts: the counted noun after the number and the quantity it makes.

Counted nouns and the rules that map a noun class and the cues of a sentence to a
quantity (and casualty type) come from ``data/quantities.yaml``.
"""

from __future__ import annotations

import re

from ..vocabulary import Vocabulary

NOUN_WINDOW = 48  # characters after a number in which its counted noun must start
SMALL_WORD_COUNT = 13  # spelled-out counts below this, with no counted noun, are not claims
_WORD = re.compile(r"[\w-]+")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def counted_noun(text: str, end: int, stop: int, vocab: Vocabulary) -> tuple[str, str | None]:
    """Noun class and words of what a number ending at ``end`` counts: the first vocabulary noun after it."""
    window = text[end:min(stop, end + NOUN_WINDOW)]
    best: tuple[int, str, str] | None = None
    for noun_class, pattern in vocab.noun_patterns.items():
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0]):
            word = _WORD.match(window[m.start():])
            best = (m.start(), noun_class, word.group(0) if word else m.group(0))
    if best is None:
        return "none", None
    return best[1], best[2]


def other_noun(text: str, end: int, stop: int) -> str | None:
    """The word right after a number, when no vocabulary noun follows it."""
    m = _NEXT_WORD.match(text[end:stop])
    return m.group(1) if m else None


def classify_quantity(sentence_text: str, noun_class: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """Quantity and casualty type from the noun class and the cues in the sentence."""
    present = {cue for cue, pattern in vocab.cue_patterns.items() if pattern.search(sentence_text)}
    for rule in vocab.rules:
        if noun_class in rule.noun and all(c in present for c in rule.cues):
            return rule.quantity, rule.casualty_type
    return "other", None


def is_small_word_count(mention: dict, noun_class: str) -> bool:
    """A small spelled-out exact count with no counted noun ("drei Staaten"): not a claim."""
    is_word = not any(ch.isdigit() for ch in mention["number_text"])
    return (is_word and mention["bound"] == "exact" and (mention["value_best"] or 0) < SMALL_WORD_COUNT
            and mention["unit"] is None and noun_class == "none")
