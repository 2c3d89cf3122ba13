"""Claim groups: the same figure, quantity, source and period across articles is one claim_group.

The group id is the claim_id of the group's earliest published claim (its first
report); the others are echoes.  :func:`first_reports` finds them in one pass over
any number of claims (one row per distinct key), :func:`with_claim_groups` adds them
to a table, :func:`assign_claim_groups` does both for one table in memory, and
:func:`group_rows` for the few rows of one text held as dicts (no frame work).  The
build runs the pass once over every batch (:mod:`analysis.build.groups`).
"""

from __future__ import annotations

import calendar
import datetime as dt

import polars as pl

# Claims with the same values of these columns form one claim_group.
CLAIM_GROUP_KEY = ("quantity", "casualty_type", "source", "value_low", "value_best", "value_high",
                   "reference_start", "reference_end", "echo_key")

# What else must match for a real echo: a vague magnitude ("Tausende") is never an echo of another
# article's (each keeps its own group); two unattributed figures echo each other only when written
# the same way ("bis zu 12.000" and "bis zu 12.000"), since nothing else ties them together.
ECHO_KEY = (
    pl.when(pl.col("bound") == "vague").then(pl.col("claim_id"))
    .when(pl.col("source") == "unattributed").then(pl.col("number_text").str.to_lowercase())
    .otherwise(pl.lit(None, dtype=pl.String))
    .alias("echo_key")
)


def first_reports(claims: pl.LazyFrame) -> pl.LazyFrame:
    """Per claim-group key, the claim_id of the group's earliest published claim (the group's id).

    A month-precision publication date counts as the month's last day for this
    ordering: it cannot be shown to be earlier.  One row per distinct key, so a
    corpus's claims can be streamed through it (``collect(engine="streaming")``).
    """
    order_date = (
        pl.when(pl.col("published_precision") == "month")
        .then(pl.col("published_date").dt.month_end())
        .otherwise(pl.col("published_date"))
    )
    first = pl.col("claim_id").sort_by(order_date, "article_id", "char_start").first()
    return claims.with_columns(ECHO_KEY).group_by(CLAIM_GROUP_KEY).agg(first.alias("claim_group"))


def with_claim_groups(claims: pl.DataFrame, first: pl.DataFrame) -> pl.DataFrame:
    """``claims`` with claim_group and is_first_report from a :func:`first_reports` table."""
    return (
        claims.drop("claim_group", "is_first_report")
        .with_columns(ECHO_KEY)
        .join(first, on=list(CLAIM_GROUP_KEY), how="left", nulls_equal=True)
        .with_columns((pl.col("claim_group") == pl.col("claim_id")).alias("is_first_report"))
        .select(claims.columns)
        .sort(["article_id", "char_start"])
    )


def assign_claim_groups(claims: pl.DataFrame) -> pl.DataFrame:
    """Same figure, quantity, source and period across articles -> one claim_group (a real echo).

    The group id is the claim_id of its earliest published claim, which is the
    group's first report; the others are echoes.
    """
    if claims.is_empty():
        return claims
    return with_claim_groups(claims, first_reports(claims.lazy()).collect())


def _echo_key(row: dict) -> str | None:
    """:data:`ECHO_KEY` of one row."""
    if row["bound"] == "vague":
        return row["claim_id"]
    if row["source"] == "unattributed" and row["number_text"] is not None:
        return row["number_text"].lower()
    return None


def _report_order(row: dict) -> tuple:
    """The order of :func:`first_reports` for one row (a month counts as its last day; nulls first)."""
    published: dt.date | None = row["published_date"]
    if published is not None and row["published_precision"] == "month":
        published = published.replace(day=calendar.monthrange(published.year, published.month)[1])
    return tuple((value is not None, value) for value in (published, row["article_id"], row["char_start"]))


def group_rows(rows: list[dict]) -> list[dict]:
    """:func:`assign_claim_groups` for claims rows held as dicts, sorted the same way: for the few
    claims of one text, where the frame work would cost far more than the rule."""
    first: dict[tuple, tuple[tuple, str | None]] = {}
    keys = []
    for row in rows:
        key = (*(row[c] for c in CLAIM_GROUP_KEY[:-1]), _echo_key(row))
        keys.append(key)
        order = _report_order(row)
        if key not in first or order < first[key][0]:
            first[key] = (order, row["claim_id"])
    grouped = []
    for row, key in zip(rows, keys, strict=True):
        group = first[key][1]
        is_first = None if group is None or row["claim_id"] is None else group == row["claim_id"]
        grouped.append({**row, "claim_group": group, "is_first_report": is_first})
    return sorted(grouped, key=lambda r: ((r["article_id"] is not None, r["article_id"]),
                                          (r["char_start"] is not None, r["char_start"])))
