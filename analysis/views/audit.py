"""Notebook 04, coverage audit: every numeric expression, how it was classified, what awaits review."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import polars as pl

from analysis import schema
from analysis.errors import ParameterError

from .parameters import check_int, check_members, check_optional_choice

AMOUNT_KINDS = ("quantity", "percent", "fraction")
REVIEW_ORDER = {"unreviewed": 0, "unreviewed (not an amount)": 1, "corrected": 2, "confirmed": 3,
                "rejected in review": 4}


def _context(text: str | None, start: int, end: int, width: int) -> str:
    if text is None:
        return ""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return f"…{flat(before)}[{flat(text[start:end])}]{flat(after)}…"


def coverage_audit(mentions: pl.DataFrame, claims: pl.DataFrame, *, texts: Mapping[str, str] | None = None,
                   context_chars: object = 40) -> pl.DataFrame:
    """Every numeric expression and how it was classified, unreviewed ones first.

    ``review``: *unreviewed* for automatic claims and for amounts not taken as
    claims (what ``python -m analysis review`` lists), *unreviewed (not an
    amount)* for dates, times, phone numbers and the like, then *corrected*,
    *confirmed* and *rejected in review*.  Within each, by article and offset.
    ``context`` shows the number in brackets with ``context_chars`` either side
    (needs ``texts``, see :func:`load_article_texts`).
    """
    width = check_int("context_chars", context_chars, minimum=0, maximum=400)
    claim_info = claims.select("claim_id", "quantity", "source", "review_status")
    df = mentions.join(claim_info, on="claim_id", how="left")
    review = (pl.when(pl.col("mention_status") == "rejected").then(pl.lit("rejected in review"))
              .when(pl.col("review_status").is_in(["confirmed", "corrected"])).then(pl.col("review_status"))
              .when(pl.col("mention_status").is_in(["claim", "repeat"]) | pl.col("kind").is_in(AMOUNT_KINDS))
              .then(pl.lit("unreviewed"))
              .otherwise(pl.lit("unreviewed (not an amount)")))
    df = df.with_columns(review.alias("review"))
    df = df.with_columns(pl.col("review").replace_strict(REVIEW_ORDER, return_dtype=pl.Int64).alias("_order"))
    df = df.with_columns(pl.Series("context", _contexts(df, texts or {}, width), dtype=pl.String))
    df = df.with_columns(
        pl.when(pl.col("mention_status") == "claim").then(pl.lit("claim"))
        .when(pl.col("mention_status") == "repeat").then(pl.lit("claim (repeated)"))
        .otherwise(pl.lit("not a claim")).alias("is_claim"))
    return (df.sort(["_order", "article_id", "char_start"])
            .select("review", "article_id", "char_start", "number_text", "kind", "is_claim", "mention_status",
                    "status_reason", "reason", "quantity", "source", "claim_id", "context"))


def _contexts(mentions: pl.DataFrame, texts: Mapping[str, str], width: int) -> list[str | None]:
    """The context of every mention (in ``mentions``' order), reading each article's text once."""
    ids = mentions["article_id"].to_list()
    starts, ends = mentions["char_start"].to_list(), mentions["char_end"].to_list()
    out: list[str | None] = [None] * len(ids)
    current, text = None, None
    for i in sorted(range(len(ids)), key=ids.__getitem__):
        if ids[i] != current:
            current = ids[i]
            text = texts.get(current)
        out[i] = _context(text, starts[i], ends[i], width)
    return out


def filter_audit(audit: pl.DataFrame, *, article_id: object = "", statuses: object = None,
                 articles: Iterable[str] | None = None) -> pl.DataFrame:
    """The audit rows of one article (``""`` = all) and some mention statuses (``[]`` = all)."""
    statuses = check_members("statuses", statuses, schema.MENTION_STATUSES, "mention statuses")
    known = sorted(set(articles) if articles is not None else set(audit["article_id"].to_list()))
    article = check_optional_choice("article_id", article_id, known)
    out = audit
    if article is not None:
        out = out.filter(pl.col("article_id") == article)
    if statuses:
        out = out.filter(pl.col("mention_status").is_in(statuses))
    if out.is_empty():
        raise ParameterError("parameters 'article_id' and 'statuses'", expected="at least one mention",
                             found=f"none for article_id {article_id!r} and statuses {statuses}",
                             fix="widen the selection: article_id = '' (all) or statuses = [] (all)")
    return out


def audit_counts(audit: pl.DataFrame) -> pl.DataFrame:
    """Mentions per kind and classification, with how many still await review."""
    return (audit.group_by("kind", "mention_status")
            .agg(pl.len().cast(pl.Int64).alias("n_mentions"),
                 pl.col("review").str.starts_with("unreviewed").sum().cast(pl.Int64).alias("n_unreviewed"))
            .sort(["kind", "mention_status"]))
