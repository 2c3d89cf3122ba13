"""Who claims a figure: a source alias tied to an attribution phrase in its sentence.

Source aliases come from ``data/sources.yaml``, attribution phrases from
``data/attribution.yaml``.  A media outlet beside another source is the channel
(``via``) through which that source is quoted.
"""

from __future__ import annotations

from ..text import Sentence
from ..vocabulary import Vocabulary
from .drafts import Attribution


def source_matches(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, source id) of every source alias between ``start`` and ``end``."""
    found = []
    for m in vocab.source_pattern.finditer(text, start, end):
        found.append((m.start(), m.end(), vocab.alias_groups[m.lastgroup]))
    return found


def find_attribution(text: str, sentence: Sentence, vocab: Vocabulary) -> Attribution | None:
    """Source (and via) attributed in one sentence by an attribution phrase, if any."""
    s, e = sentence.start, sentence.end
    aliases = source_matches(text, s, e, vocab)
    if not aliases:
        return None
    window = vocab.attribution_window
    chosen: list[tuple[tuple[int, int], tuple[int, int, str]]] = []
    cues = [(m, "before") for m in vocab.attribution_before.finditer(text, s, e)]
    cues += [(m, "after") for m in vocab.attribution_after.finditer(text, s, e)]
    cues += [(m, "either") for m in vocab.attribution_either.finditer(text, s, e)]
    for cue, side in sorted(cues, key=lambda c: c[0].start()):
        c0, c1 = cue.span()
        after = [a for a in aliases if c1 <= a[0] <= c1 + window]
        before = [a for a in aliases if c0 - window <= a[1] <= c0]
        if side == "before":
            pick = after[:1]
        elif side == "after":
            pick = before[-1:]
        else:
            adjacent = [a for a in after if a[0] - c1 <= 3]
            pick = adjacent[:1] or before[-1:] or after[:1]
        if pick:
            chosen.append(((c0, c1), pick[0]))
        # "told CNN", "berichtet CNN": a media outlet right after any cue is a channel.
        chosen += [((c0, c1), a) for a in after if a[0] - c1 <= 3 and a not in pick
                   and vocab.sources[a[2]].type == "media"]
    if not chosen:
        return None
    # The first non-media source is who claims it; a media source beside it is the channel.
    media = [c for c in chosen if vocab.sources[c[1][2]].type == "media"]
    primary = [c for c in chosen if vocab.sources[c[1][2]].type != "media"]
    main = primary[0] if primary else media[0]
    via = next((m for m in media if m[1][2] != main[1][2]), None)
    parts = [main] + ([via] if via else [])
    fragments = []
    for (c0, c1), (a0, a1, _) in sorted(parts, key=lambda p: min(p[0][0], p[1][0])):
        fragments.append(text[min(c0, a0):max(c1, a1)])
    return Attribution(main[1][2], via[1][2] if via else None, " … ".join(fragments))
