"""Totals and their parts: a figure and the figures beside it that add up to it are one claim.

"6.000 Soldaten und Arbeiter ... 1.000 Minenräumer und 5.000 Militärbauarbeiter": the
parts (1,000 + 5,000) are linked to the total (6,000) by ``part_of``, so that tables and
charts count the total once, never the total and its parts.  A figure introduced by a
partitive word after a larger one ("darunter 1.500 Gefallene", "including 500 officers")
is a part of it too.  Parts are looked for in the total's sentence and the next sentence
of its paragraph, and, when none there add up to it, in its sentence and the one before ("1,000 deminers and 5,000
builders ... That makes 6,000 personnel in all").
"""

from __future__ import annotations

import dataclasses
import math

from ..vocabulary import Vocabulary
from .drafts import Draft
from .ellipsis import PARTITIVE

MAX_PARTS = 4  # figures after (or, when none add up, before) a total that can add up to it


def _value(draft: Draft) -> float | None:
    if draft.values.get("bound") not in ("exact", "approximate"):
        return None
    return draft.values.get("value_best")


def _neighbourhood(claims: list[Draft], i: int, step: int = 1) -> list[Draft]:
    """The claims after claims[i] (``step`` 1) or before it (-1, nearest first) in its sentence and the next (or the
    previous) sentence of its paragraph."""
    total = claims[i]
    found = []
    for other in (claims[i + 1:] if step > 0 else reversed(claims[:i])):
        if other.sentence is None or total.sentence is None:
            break
        if other.sentence.paragraph != total.sentence.paragraph or \
                abs(other.sentence.index - total.sentence.index) > 1:
            break
        found.append(other)
    return found[:MAX_PARTS]


def _summing_run(total: float, candidates: list[Draft]) -> list[Draft]:
    """The shortest run (two or more) of consecutive candidates whose values add up to ``total``."""
    for length in range(2, len(candidates) + 1):
        run = candidates[:length]
        values = [_value(d) for d in run]
        if any(v is None for v in values):
            return []
        if math.isclose(sum(values), total, rel_tol=1e-9):
            return run
    return []


def link_parts(claims: list[Draft], text: str, vocab: Vocabulary) -> dict[int, str]:
    """``id(part) -> claim_id of its total`` for every part found among one article's claims."""
    parts: dict[int, str] = {}
    for i, total in enumerate(claims):
        value = _value(total)
        if value is None or total.claim_id is None:
            continue
        after = [d for d in _neighbourhood(claims, i) if id(d) not in parts]
        run = _summing_run(value, after)
        if not run and id(total) not in parts:     # (parts named first, the total after them)
            before = [d for d in _neighbourhood(claims, i, -1) if id(d) not in parts and d.claim_id not in parts.values()]
            run = _summing_run(value, before)
        for part in run:
            parts[id(part)] = total.claim_id
        for part in after:
            if total.sentence is not part.sentence or id(part) in parts:
                continue
            lead = text[max(total.mention["char_end"], part.start - 25):part.start]
            part_value = _value(part) or part.values.get("value_high")
            # (or a partitive right after it: "50,000 troops, about 11,000 of them North Korean")
            if (vocab.part_marker.search(lead) or PARTITIVE.match(text, part.mention["char_end"])) and \
                    part_value is not None and part_value < value:
                parts[id(part)] = total.claim_id
    return parts


def attribute_totals_by_their_parts(claims: list[Draft], parts: dict[int, str]) -> None:
    """A total nobody is said to claim, whose parts are all claimed by one source in another sentence, is that source's
    figure: "Nordkorea schickt 6.000 weitere Soldaten. Wie Schoigu mitteilte, sollen 1.000 Pioniere ... und 5.000
    Militärbauarbeiter ...": the lead restates the sum of what the next sentence attributes."""
    by_total: dict[str, list[Draft]] = {}
    for d in claims:
        if id(d) in parts:
            by_total.setdefault(parts[id(d)], []).append(d)
    for total in claims:
        found = by_total.get(total.claim_id or "")
        if total.attribution is not None or not found or total.sentence is None:
            continue
        sources = {(d.attribution.source, d.attribution.source_start) if d.attribution else None for d in found}
        elsewhere = [d for d in found if d.sentence is not None and d.sentence.index != total.sentence.index]
        if len(sources) != 1 or None in sources or len(elsewhere) != len(found):
            continue
        scope = "next" if elsewhere[0].sentence.index > total.sentence.index else "previous"
        total.attribution = dataclasses.replace(found[0].attribution, scope=scope)


def attribute_parts_by_their_total(claims: list[Draft], parts: dict[int, str]) -> None:
    """Parts nobody is said to claim, in a sentence next to their total's, whose total a source claims, are that
    source's figures: "Pjöngjang will 1.000 Minenräumer und 5.000 Militärbauarbeiter schicken. Insgesamt gehe es um 6.000
    Mann, sagte Schoigu": the total restates the sum of the parts it is said of."""
    totals = {d.claim_id: d for d in claims if d.claim_id is not None}
    for part in claims:
        total = totals.get(parts.get(id(part), ""))
        if part.attribution is not None or total is None or total.attribution is None or part.sentence is None or \
                total.sentence is None or part.sentence.index == total.sentence.index:
            continue
        scope = "next" if total.sentence.index > part.sentence.index else "previous"
        part.attribution = dataclasses.replace(total.attribution, scope=scope)
