"""Caveats a reader needs before trusting a page: how big the corpus is, who printed it, who checked it.

Computed from the tables the page shows (:func:`caveats`), so they change with the corpus and the
parameters; shown as a short list in the report (:class:`Caveats` has a Markdown repr).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from .inputs import UNATTRIBUTED

UNKNOWN_PUBLISHER = "unknown"
# Below this many articles the page says the corpus is small (the figures are what a few
# articles say, not a survey of the reporting).
SMALL_CORPUS_ARTICLES = 50


@dataclass(frozen=True)
class Caveats:
    """The caveats of one page, one sentence each; shown as a Markdown list."""

    lines: tuple[str, ...]

    def _repr_markdown_(self) -> str:
        return "**Read with care:**\n\n" + "\n".join(f"- {line}" for line in self.lines)

    def __repr__(self) -> str:
        return "Read with care:\n" + "\n".join(f"- {line}" for line in self.lines)


def _share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({100 * part / whole:.0f} %)" if whole else "none"


def caveats(claims: pl.DataFrame, articles: pl.DataFrame) -> Caveats:
    """The caveats of a page showing ``claims`` (the selection) from the corpus ``articles``.

    Corpus size (articles, claims shown, from how many articles), articles without a named
    publisher, claims that name no source, and the share of claims nobody has reviewed.
    """
    n_articles = articles.height
    shown_from = claims["article_id"].n_unique()
    size = (f"The corpus holds {n_articles:,} article{'s' if n_articles != 1 else ''}; this page shows "
            f"{claims.height:,} claim{'s' if claims.height != 1 else ''} from {shown_from:,} of them.")
    if n_articles < SMALL_CORPUS_ARTICLES:
        size += " A small corpus: the figures are what these articles say, not a survey of all reporting."
    unnamed = articles.filter(pl.col("publisher").is_null() | (pl.col("publisher") == UNKNOWN_PUBLISHER))
    unnamed_claims = claims.filter(pl.col("article_id").is_in(unnamed["article_id"].implode()))
    publisher = (f"Articles without a named publisher: {_share(unnamed.height, n_articles)}; "
                 f"{_share(unnamed_claims.height, claims.height)} claims shown come from them.")
    unattributed = claims.filter(pl.col("source") == UNATTRIBUTED).height
    source = f"Claims that name no source (unattributed): {_share(unattributed, claims.height)}."
    auto = claims.filter(pl.col("review_status") == "auto").height
    review = (f"Claims nobody has reviewed yet (the machine's reading only, drawn hollow): "
              f"{_share(auto, claims.height)}.")
    return Caveats((size, publisher, source, review))
