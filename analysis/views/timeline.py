"""Notebook 02, estimate timeline: each source's successive estimates and how they changed."""

from __future__ import annotations

import polars as pl

from .display import central_value, format_number, with_display_columns


def _change_text(change: float | None, previous: str | None, prev_bound: str | None, bound: str | None,
                 has_value: bool) -> str:
    if previous is None:
        return "first estimate" if has_value else "first estimate (vague)"
    if not has_value:
        return "vague: not comparable"
    if change is None:
        return "no earlier figure to compare"
    midpoint = " (midpoint)" if "range" in (bound, prev_bound) else ""
    if change == 0:
        return f"no change{midpoint}"
    sign = "+" if change > 0 else "−"
    return f"{sign}{format_number(abs(change))}{midpoint}"


def successive_estimates(selection: pl.DataFrame) -> pl.DataFrame:
    """Each source's estimates in publication order, with the change from its previous one.

    One row per claim; rows of one source (and measure: casualty type or unit)
    follow each other.  ``change`` compares central values (best, else the range
    midpoint, else the bound) with the source's previous figure that had one;
    vague magnitudes have no change.
    """
    df = (with_display_columns(selection)
          .with_columns(pl.when(pl.col("bound") != "vague").then(central_value()).alias("central"))
          .sort(["source", "measure", "published_date", "article_id", "char_start"]))
    group = ["source", "measure"]
    df = df.with_columns(
        pl.col("central").shift(1).forward_fill().over(group).alias("previous_central"),
        pl.col("value_text").shift(1).over(group).alias("previous"),
        pl.when(pl.col("central").is_not_null()).then(pl.col("bound")).shift(1).forward_fill().over(group)
        .alias("_prev_bound"),
        pl.int_range(pl.len()).over(group).add(1).cast(pl.Int64).alias("estimate_no"),
    ).with_columns((pl.col("central") - pl.col("previous_central")).alias("change"))
    rows = df.select("change", "previous", "_prev_bound", "bound", "central").to_dicts()
    df = df.with_columns(pl.Series("change_text", [
        _change_text(r["change"], r["previous"], r["_prev_bound"], r["bound"], r["central"] is not None)
        for r in rows], dtype=pl.String))
    return df.select("source_name", "measure", "estimate_no", "published_text", "number_text", "value_text",
                     "previous", "change", "change_text", "report", "via", "publisher", "source", "claim_id")


