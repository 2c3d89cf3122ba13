"""Claim groups: the same figure, quantity, source and period across articles is one claim_group.

The group id is the claim_id of the group's earliest published claim (its first
report); the others are echoes.  :func:`first_reports` finds them in one pass over
any number of claims (one row per distinct key), :func:`with_claim_groups` adds them
to a table, :func:`assign_claim_groups` does both for one table in memory.  The
build runs the pass once over every batch (:mod:`analysis.build.groups`).
"""

from __future__ import annotations

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
