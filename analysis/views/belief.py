"""What the sources believed over time: each independent source's latest estimate, and the range across them.

The rule, in words a reader can check: take the first reports (echoes of an earlier claim are
left out) of named sources (unattributed claims are nobody's belief) that state a figure (vague
magnitudes have none); a figure counts from the day it was published until the same source
publishes its next one for the same measure; on any day, the band runs from the lowest to the
highest of the sources' current figures, with their median.  One figure per claim: the value,
the midpoint of a range, or the bound of an 'up to' / 'at least' (:func:`central_value`).  Two
figures of one source on the same day: their median.
"""

from __future__ import annotations

import polars as pl

from .display import central_value, format_value, measure_label
from .inputs import UNATTRIBUTED

_KEYS = ["quantity", "measure", "source"]


def independent_estimates(selection: pl.DataFrame) -> pl.DataFrame:
    """The figures that count as a source's belief: first reports, named source, a figure stated.

    One row per source, measure and publication day (two figures the same day: their median),
    sorted by quantity, measure, source and date.
    """
    df = (selection
          .filter(pl.col("is_first_report").fill_null(True) & (pl.col("source") != UNATTRIBUTED)
                  & (pl.col("bound") != "vague"))
          .with_columns(central_value().alias("estimate"), measure_label().alias("measure"))
          .filter(pl.col("estimate").is_not_null()))
    rows = df.select("value_low", "value_best", "value_high", "bound", "unit").to_dicts()
    df = df.with_columns(pl.Series("value_text", [format_value(r["value_low"], r["value_best"], r["value_high"],
                                                               r["bound"], r["unit"]) for r in rows], dtype=pl.String))
    return (df.sort([*_KEYS, "published_date", "article_id", "char_start"])
            .group_by([*_KEYS, "published_date"], maintain_order=True)
            .agg(pl.col("source_name").first(), pl.col("estimate").median(),
                 pl.col("value_text").str.join(" / "), pl.col("publisher").first(),
                 pl.col("reference_text").drop_nulls().first(), pl.len().cast(pl.Int64).alias("n_claims")))


def belief_steps(selection: pl.DataFrame) -> pl.DataFrame:
    """Each source's estimate as a step: from its publication until the source's next one.

    ``valid_from`` (publication) and ``valid_to`` (the next estimate's publication, else the last
    publication date in ``selection``, so the last step reaches the end of the chart).
    """
    est = independent_estimates(selection)
    end = selection["published_date"].max()
    return (est.with_columns(pl.col("published_date").alias("valid_from"),
                             pl.col("published_date").shift(-1).over(_KEYS).fill_null(end).alias("valid_to"))
            .select(*_KEYS, "source_name", "valid_from", "valid_to", "estimate", "value_text", "n_claims"))


def belief_band(selection: pl.DataFrame) -> pl.DataFrame:
    """Per quantity and measure, on each day some source's estimate changes: the lowest, median and
    highest of the sources' current estimates and how many sources hold one (``n_sources``)."""
    steps = belief_steps(selection)
    if steps.is_empty():
        return pl.DataFrame(schema={"quantity": pl.String, "measure": pl.String, "date": pl.Date,
                                    "low": pl.Float64, "median": pl.Float64, "high": pl.Float64,
                                    "n_sources": pl.Int64})
    days = steps.select("quantity", "measure", pl.col("valid_from").alias("date")).unique()
    # on each day, each source's estimate is its latest one published on or before that day
    current = (days.join(steps, on=["quantity", "measure"]).filter(pl.col("valid_from") <= pl.col("date"))
               .sort("valid_from").group_by(["quantity", "measure", "date", "source"]).agg(pl.col("estimate").last()))
    return (current.group_by(["quantity", "measure", "date"])
            .agg(pl.col("estimate").min().alias("low"), pl.col("estimate").median().alias("median"),
                 pl.col("estimate").max().alias("high"), pl.len().cast(pl.Int64).alias("n_sources"))
            .sort(["quantity", "measure", "date"]))


def latest_estimates(selection: pl.DataFrame) -> pl.DataFrame:
    """Each named source's latest figure per quantity and measure (echoes and vague words left out)."""
    est = independent_estimates(selection)
    return (est.group_by(_KEYS, maintain_order=True).agg(pl.all().last(), pl.len().cast(pl.Int64).alias("n_estimates"))
            .sort(["quantity", "measure", "estimate", "source"], descending=[False, False, True, False])
            .select("quantity", "measure", "source", "source_name", "published_date", "value_text", "estimate",
                    "reference_text", "publisher", "n_estimates"))
