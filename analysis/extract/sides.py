"""Which side an unplaced military claimer is on: the one that fights the North's soldiers.

"Ein Sprecher der 95. Luftlandebrigade berichtete, seine Einheit habe rund 50 nordkoreanische Angreifer
ausgeschaltet", "the 47th Mechanized Brigade said it had captured two North Korean soldiers": a brigade, a general
staff or a commander that counts the North Koreans it killed, wounded or took prisoner, and whose words name no
country (nor a place the vocabulary does not know), is of the army facing them (``FACING_SIDE``).  Figures of deployments are not read this way: Russia's
units and commands report those too.  Called by :func:`analysis.extract.claims.draft_claims` once the claims are
attributed, before their sources are named.
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import Vocabulary
from .cues import compiled
from .drafts import Draft
from .lexicon import UNRESOLVED

FACING_SIDE = "ua"                                 # the army the North's soldiers fight
INFLICTED = frozenset({"casualties", "captured"})  # what the facing side counts of them
# words that may name a place the vocabulary does not know ("the head of Latvia's army", "der lettischen Armee")
_PLACE_LIKE = re.compile(r"(?-i:[A-Z][\w-]*['’]s\b|\b[A-Z][a-z]+(?:ian|ish|ese)\b)|\b[a-zäöü]+ische[nmrs]?\b")


def place_facing_units(drafts: list[Draft], text: str, vocab: Vocabulary) -> None:
    """Give the facing side's military to each casualty or prisoner claim whose claimer is a military body the text
    places in no country."""
    lex = compiled(vocab).lexicon
    for d in drafts:
        a = d.attribution
        if d.status != "claim" or d.quantity not in INFLICTED or a is None or a.source != UNRESOLVED or \
                a.source_start is None:
            continue
        if lex.body_in(text, a.source_start, a.source_end) != "military" or \
                lex.country_in(text, a.source_start, a.source_end) is not None or \
                _PLACE_LIKE.search(text, a.source_start, a.source_end):
            continue
        d.attribution = dataclasses.replace(a, source=lex.compose(FACING_SIDE, "military"))
