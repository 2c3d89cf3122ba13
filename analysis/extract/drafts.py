"""A mention on its way to becoming a claim: the draft and what it carries.

:class:`Draft` is one mention with what the extraction found about it (what is
counted, who claims it, the period it refers to); :class:`ArticleInfo` is what
the extraction needs to know about the article.  Review decisions
(:mod:`analysis.review`) change drafts before they become rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..dates import period_end
from ..schema import VALUE_FIELDS
from ..text import Sentence


@dataclass
class ArticleInfo:
    """What the claims need to know about the article a text comes from."""

    article_id: str | None
    publisher: str | None
    published_date: dt.date
    published_precision: str
    language: str

    @property
    def published_end(self) -> dt.date:
        """Last day of the publication period (the month's end for month precision)."""
        return period_end(self.published_date, self.published_precision)


@dataclass
class Attribution:
    """Who claims a figure: the source, the outlet between (via), the words, where they stand."""

    source: str
    via: str | None
    text: str                  # the attribution words: cue and claimer (and the outlet), as written
    source_start: int | None   # the claimer's words in the raw text
    source_end: int | None
    scope: str = "sentence"    # sentence | next | previous | paragraph (schema.ATTRIBUTION_SCOPES)


@dataclass
class Reference:
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str


@dataclass
class Draft:
    """One mention on its way to becoming a claim (or not)."""

    mention: dict
    sentence: Sentence | None
    status: str = "not_a_claim"
    status_reason: str = ""
    values: dict = field(default_factory=dict)
    quantity: str = "other"
    casualty_type: str | None = None
    counted_text: str | None = None
    attribution: Attribution | None = None
    reference: Reference | None = None
    calculation: str | None = None
    review_status: str = "auto"
    review_note: str | None = None
    claim_id: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    primary: Draft | None = None  # the claim a repeat points to (set by fold_repeats)
    planned: bool = False         # its words plan it (a planned cue, no "already"), whatever its quantity

    @property
    def start(self) -> int:
        return self.mention["char_start"]


def mention_values(mention: dict) -> dict:
    """The six value fields of a mention row, as a draft's values."""
    return {k: mention[k] for k in VALUE_FIELDS}


def value_key(values: dict) -> tuple:
    """What makes two values the same figure: the best value, else the span."""
    if values.get("value_best") is not None:
        return ("best", values["value_best"])
    return ("span", values.get("value_low"), values.get("value_high"))
