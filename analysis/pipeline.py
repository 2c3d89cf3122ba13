"""From article texts to the claims and mentions tables: extract, apply review, fold repeats.

:func:`process_text` runs the extraction (:mod:`analysis.extract`) on one text,
applies the analysts' review decisions (:mod:`analysis.review`) and shapes the
rows; :func:`process_articles` does so for a batch of articles (one batch of the
build); :func:`extract_claims` is the public entry point for any text.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from . import schema
from .claim_groups import assign_claim_groups, group_rows
from .corpus import Article
from .dates import parse_published_text
from .extract.claims import claim_rows, draft_claims, fold_repeats, mention_rows
from .extract.cues import compiled
from .extract.drafts import ArticleInfo
from .extract.mentions import mention_records
from .review import apply_decisions, load_decisions
from .vocabulary import Vocabulary, default_vocabulary


def process_text(text: str, info: ArticleInfo, *, decisions=None, vocab: Vocabulary | None = None) -> tuple[list[dict], list[dict]]:
    """Claims and mention rows of one text; ``decisions`` are review decisions for it."""
    vocab = vocab or default_vocabulary()
    drafts = _reviewed_drafts(text, info, decisions, vocab)
    return claim_rows(drafts, text, info, vocab), mention_rows(drafts, info.article_id)


def _reviewed_drafts(text: str, info: ArticleInfo, decisions, vocab: Vocabulary) -> list:
    """Every mention of one text classified, review decisions applied, repeats folded."""
    drafts = draft_claims(text, mention_records(text, info.language), info, vocab)
    if decisions:
        apply_decisions(drafts, decisions, text)
    prefix = info.article_id or "text"
    for d in drafts:
        if d.status == "claim":
            d.claim_id = f"{prefix}:{d.start}"
    fold_repeats(drafts, text, compiled(vocab).lexicon)
    return drafts


def article_info(article: Article) -> ArticleInfo:
    """What the extraction needs to know about a corpus article."""
    p = article.provenance
    return ArticleInfo(article.article_id, p.publisher, p.published_date, p.published_precision, p.language)


def process_article(article: Article, decisions: dict, vocab: Vocabulary) -> tuple[list[dict], list[dict]]:
    """Claims and mention rows of one corpus article, with its review decisions applied."""
    return process_text(article.text, article_info(article), decisions=decisions.get(article.article_id), vocab=vocab)


def process_articles(articles: Iterable[Article], decisions: dict, vocab: Vocabulary) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims (claim groups not yet assigned) and mentions of a batch of articles."""
    claim_list: list[dict] = []
    mention_list: list[dict] = []
    for article in articles:
        claims, mentions = process_article(article, decisions, vocab)
        claim_list += claims
        mention_list += mentions
    claims_df = table_of(claim_list, "claims")
    schema.check_cross_fields(claims_df, "claims", schema.EXTRACTION_CHECKS)
    return claims_df, table_of(mention_list, "mentions")


def build_claims_and_mentions(
    articles: Iterable[Article], *, review: bool = True, root: Path | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The claims and mentions tables of a corpus (review decisions applied unless ``review=False``)."""
    vocab = default_vocabulary()
    articles = list(articles)
    decisions = load_decisions(root, {a.article_id: a.text for a in articles}, vocab) if review else {}
    claims, mentions = process_articles(articles, decisions, vocab)
    return assign_claim_groups(claims), mentions


def table_of(rows: list[dict], table: str) -> pl.DataFrame:
    """Rows as a DataFrame with the table's columns and dtypes (an empty table for no rows)."""
    return schema.frame_of_rows(rows, table)


def parse_published_argument(published: dt.date | str) -> tuple[dt.date, str]:
    """A publication date given as a date or ISO text, with its precision."""
    if isinstance(published, dt.datetime):
        return published.date(), "minute"
    if isinstance(published, dt.date):
        return published, "day"
    return _published_text(str(published))


@functools.lru_cache(maxsize=1024)
def _published_text(value: str) -> tuple[dt.date, str]:
    """:func:`parse_published_argument` of a text, remembered (a feed's items share a few dates)."""
    return parse_published_text(
        value, parameter="published", expected="a date: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM",
        fix="pass the article's publication date, e.g. published='2025-07-02'",
    )


def extract_claims(text: str, *, published: dt.date | str, language: str = "de", publisher: str | None = None) -> pl.DataFrame:
    """The claims table for any text (article columns null), to try ad-hoc text.

    ``published`` is a date or an ISO string (``2025-07-02``, ``2025-07``); it is
    used to infer years the text omits.
    """
    published_date, precision = parse_published_argument(published)
    info = ArticleInfo(None, publisher, published_date, precision, language)
    vocab = default_vocabulary()
    claims = claim_rows(_reviewed_drafts(text, info, None, vocab), text, info, vocab)   # no mention rows: not returned
    claims = group_rows(claims)   # the claim-group rule on a few dicts (assign_claim_groups' frame work costs more)
    return schema.validate_small_table(table_of(claims, "claims"), claims, "claims")
