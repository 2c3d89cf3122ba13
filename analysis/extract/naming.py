"""The words that name a claim's source: the most specific naming of that source anywhere in the text.

A claim is often attributed through a description or an anaphor ("der ukrainische Präsident", "die staatliche
Nachrichtenagentur", "Seoul's military") while the text names the same source elsewhere by its name ("Selenskyj",
"KCNA", "the JCS").  ``source_text`` is the claimer's most specific words (LABELS.md), so a claim whose words hold
none of its source's names takes the longest naming of that source the text has: an alias from ``sources.yaml``
or another claim's words that hold one.  Only sources that are one body or one person are renamed: a
government-wide id ("us_government") stands for many speakers, whose words stay their own, and words that already
hold a person's name ("ein Sprecher der Behörde, Andrij Jussow") are never replaced.
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import Vocabulary
from .claimers import normalise
from .cues import compiled
from .drafts import Draft

# two capitalised words in a row, not the head of a genitive ("Andrij Jussow", not "Chef des"): a person's name
_NAME = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][a-zäöüß'’-]+\s+[A-ZÄÖÜ][a-zäöüß'’-]+\b(?!\s+(?:des|der|von|of)\b)")
_SHARED = "government"   # a source type whose id many speakers share


def name_sources(drafts: list[Draft], text: str, vocab: Vocabulary) -> None:
    """Give each claim whose words hold no name of its source the most specific naming of it in ``text``."""
    weak = [d for d in drafts if d.status == "claim" and _renamable(d, vocab)]
    if not weak:
        return
    plain = normalise(text)
    lex = compiled(vocab).lexicon
    aliases: dict[str, list[tuple[int, int]]] = {}
    for m in vocab.source_pattern.finditer(plain):
        aliases.setdefault(vocab.alias_groups[m.lastgroup], []).append(m.span())
    for d in weak:
        a = d.attribution
        own = aliases.get(a.source, [])
        if any(a.source_start <= s and e <= a.source_end for s, e in own) or \
                _has_name(plain, a.source_start, a.source_end, lex):
            continue                               # its words name it already
        spans = own + [(o.attribution.source_start, o.attribution.source_end) for o in drafts
                       if o.status == "claim" and o.attribution is not None and o.attribution.source == a.source
                       and o.attribution.source_start is not None
                       and any(o.attribution.source_start <= s and e <= o.attribution.source_end for s, e in own)]
        if spans:
            start, end = max(spans, key=lambda span: (span[1] - span[0], -span[0]))   # the longest, the first
            d.attribution = dataclasses.replace(a, source_start=start, source_end=end)


def _has_name(text: str, start: int, end: int, lex) -> bool:
    """Whether the words hold a person's name: two capitalised words that are no country ("North Korean state media")."""
    return any(lex.country_in(text, m.start(), m.end()) is None for m in _NAME.finditer(text, start, end))


def _renamable(d: Draft, vocab: Vocabulary) -> bool:
    a = d.attribution
    return a is not None and a.source_start is not None and a.source in vocab.sources and \
        vocab.sources[a.source].type != _SHARED
