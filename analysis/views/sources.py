"""Notebook 03, source comparison: attribution paths, per-source summaries, disagreements between sources."""

from __future__ import annotations

import polars as pl

from .display import measure_label, with_display_columns
from .inputs import source_names
from .parameters import PERIODS, check_choice, check_int


def attribution_paths(claims: pl.DataFrame, names: dict[str, str] | None = None) -> pl.DataFrame:
    """Who claims through whom: claims per (source, via, publisher) path, with names.

    ``names`` maps source ids to readable names (default: analysis/data/sources.yaml);
    used for the ``via`` channel, which the claims table keeps as an id.
    """
    names = source_names() if names is None else names
    df = claims.with_columns(pl.col("via").fill_null("(none named)").alias("via_text"))
    out = (df.group_by("source", "via_text", "publisher")
           .agg(pl.col("source_name").first(), pl.col("source_type").first(),
                pl.len().cast(pl.Int64).alias("n_claims"),
                pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
                pl.col("quantity").unique().sort().str.join(", ").alias("quantities"))
           .rename({"via_text": "via"})
           .with_columns(pl.col("via").replace(names).alias("via_name"))
           .with_columns(pl.when(pl.col("via") == "(none named)").then(pl.lit("(none named)"))
                         .otherwise(pl.col("via_name")).alias("via_name"))
           .sort(["source", "via", "publisher"]))
    return out.select("source", "source_name", "source_type", "via", "via_name", "publisher",
                      "n_claims", "n_articles", "quantities")


def source_summary(claims: pl.DataFrame) -> pl.DataFrame:
    """Per source: how many claims, of what, through which outlets, first and last published."""
    return (claims.group_by("source")
            .agg(pl.col("source_name").first(), pl.col("source_type").first(),
                 pl.len().cast(pl.Int64).alias("n_claims"),
                 pl.col("is_first_report").fill_null(True).sum().cast(pl.Int64).alias("n_first_reports"),
                 pl.col("quantity").unique().sort().str.join(", ").alias("quantities"),
                 pl.col("via").drop_nulls().unique().sort().str.join(", ").alias("via"),
                 pl.col("publisher").unique().sort().str.join(", ").alias("publishers"),
                 pl.col("published_date").min().alias("first_published"),
                 pl.col("published_date").max().alias("last_published"))
            .sort(["n_claims", "source"], descending=[True, False])
            .select("source", "source_name", "source_type", "n_claims", "n_first_reports", "quantities",
                    "via", "publishers", "first_published", "last_published"))


def as_of_date() -> pl.Expr:
    """The date a figure is about: end of its reference period, else its start, else publication."""
    return pl.coalesce("reference_end", "reference_start", "published_date")


def period_label(period: str) -> pl.Expr:
    """The calendar period (month '2025-07', quarter '2025-Q3', year '2025') of :func:`as_of_date`."""
    date = as_of_date()
    if period == "month":
        return date.dt.strftime("%Y-%m")
    if period == "quarter":
        return pl.format("{}-Q{}", date.dt.year(), date.dt.quarter())
    return date.dt.year().cast(pl.String)


def with_periods(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """Claims with ``as_of`` and ``period`` columns and display text (see :func:`period_label`)."""
    period = check_choice("period", period, PERIODS)
    return with_display_columns(claims).with_columns(as_of_date().alias("as_of"),
                                                     period_label(period).alias("period"))


def comparable_figures(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """The figures :func:`source_disagreements` compares, each as an interval ``lo``..``hi``.

    Exact and approximate values are a point, ranges their span, 'bis zu' from 0
    to the bound, 'mindestens' from the bound up.  One row per claim_group and
    ``period`` (so an echo does not count twice); vague magnitudes ('Tausende')
    are left out: the interval the extractor reads into them (2,000-9,999) is a
    convention, not the source's figure.
    """
    return (with_periods(claims, period)
            .filter(pl.any_horizontal(pl.col("value_low", "value_best", "value_high").is_not_null())
                    & (pl.col("bound").fill_null("") != "vague"))
            .with_columns(
                pl.coalesce("value_low", pl.when(pl.col("value_high").is_not_null()).then(0.0), "value_best").alias("lo"),
                pl.coalesce("value_high", pl.when(pl.col("value_low").is_not_null()).then(float("inf")),
                            "value_best").alias("hi"),
                pl.coalesce("claim_group", "claim_id").alias("group"))
            .sort(["published_date", "claim_id"])
            .unique(["group", "period"], keep="first", maintain_order=True))


COMPARED = ("quantity", "casualty_type", "unit", "period")


def source_disagreements(claims: pl.DataFrame, period: object = "quarter", *, most: int | None = None) -> pl.DataFrame:
    """Pairs of sources whose figures for the same thing and period do not overlap.

    Each figure is an interval (:func:`comparable_figures`).  Two figures disagree
    when their intervals do not touch.  Compared: the same quantity, casualty type
    and unit, in the same calendar ``period`` of the date the figure is about
    (:func:`as_of_date`), different sources only.

    Every pair is listed, unless ``most`` is given and there are more pairs than
    that (their number grows with the square of the claims: 1.2 million at 5,000
    articles; :func:`disagreement_counts` counts them all).  Then each two sources
    get one row per period and measure, their widest gap (found among each
    source's extreme figures: lowest top, highest bottom), and the ``most`` widest
    of those rows are listed, widest first.
    """
    df = comparable_figures(claims, period)
    if most is not None:
        most = check_int("most", most, minimum=1, maximum=1_000_000)
        total = disagreement_counts(claims, period)["n_pairs"].sum()
        if total > most:
            key = list(COMPARED)
            lowest_top = df.sort(["hi", "claim_id"]).unique([*key, "source"], keep="first", maintain_order=True)
            highest_bottom = df.sort(["lo", "claim_id"], descending=[True, False]).unique(
                [*key, "source"], keep="first", maintain_order=True)
            extremes = pl.concat([lowest_top, highest_bottom]).unique("claim_id", keep="first", maintain_order=True)
            widest = (_disagreeing_pairs(extremes)
                      .sort(["gap", "claim_a", "claim_b"], descending=[True, False, False])
                      .unique([*key, "source_a", "source_b"], keep="first", maintain_order=True))
            return widest.head(most)
    return _disagreeing_pairs(df)


def _disagreeing_pairs(df: pl.DataFrame) -> pl.DataFrame:
    """Every disagreeing pair of figures of different sources in ``df`` (:func:`comparable_figures`)."""
    key = list(COMPARED)
    cols = ["source", "source_name", "value_text", "number_text", "published_text", "lo", "hi", "claim_id"]
    left = df.select(key + cols)
    pairs = left.join(left, on=key, how="inner", nulls_equal=True, suffix="_b").filter(
        (pl.col("source") < pl.col("source_b"))
        & ((pl.col("hi") < pl.col("lo_b")) | (pl.col("hi_b") < pl.col("lo"))))
    gap = pl.max_horizontal(pl.col("lo_b") - pl.col("hi"), pl.col("lo") - pl.col("hi_b")).round(2)
    out = pairs.with_columns(gap.alias("gap")).sort(key + ["source", "source_b", "claim_id", "claim_id_b"],
                                                   nulls_last=True)
    return out.select(
        "quantity", "casualty_type", "unit", "period",
        pl.col("source_name").alias("source_a"), pl.col("value_text").alias("figure_a"),
        pl.col("published_text").alias("published_a"),
        pl.col("source_name_b").alias("source_b"), pl.col("value_text_b").alias("figure_b"),
        pl.col("published_text_b").alias("published_b"), "gap",
        pl.col("claim_id").alias("claim_a"), pl.col("claim_id_b").alias("claim_b"),
    )


def disagreement_counts(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """How many pairs of sources disagree, per quantity, measure and period.

    The counts of :func:`source_disagreements` (same figures,
    intervals and periods) without listing the pairs, which grows with the square
    of the claims (1.2 million pairs at 5,000 articles): two figures of different
    sources disagree when the top of one lies below the bottom of the other, so
    sorting the bottoms and tops of a period counts them.  Columns ``quantity``,
    ``measure`` (:func:`measure_label`), ``period``, ``n_pairs``
    (only periods with a disagreement); sorted.
    """
    df = comparable_figures(claims, period)
    key = list(COMPARED)
    columns = ["quantity", "measure", "period", "n_pairs"]
    if df.select((pl.col("lo") > pl.col("hi")) | pl.col("lo").is_nan() | pl.col("hi").is_nan()
                 | pl.col("source").is_null()).to_series().any():
        # a figure whose bottom is above its top (or no source): count the listed pairs instead
        pairs = source_disagreements(claims, period).with_columns(measure_label().alias("measure"))
        return (pairs.group_by("quantity", "measure", "period").agg(pl.len().cast(pl.Int64).alias("n_pairs"))
                .sort(["quantity", "measure", "period"]).select(columns))

    def below(keys: list[str]) -> pl.DataFrame:
        # per ``key``: pairs (a, b) within ``keys`` with a's top strictly below b's bottom
        ends = pl.concat([df.select(*keys, pl.col("hi").alias("v"), pl.lit(1, pl.Int64).alias("is_top")),
                          df.select(*keys, pl.col("lo").alias("v"), pl.lit(0, pl.Int64).alias("is_top"))])
        return (ends.sort(["v", "is_top"])  # a top equal to a bottom comes after it: not below
                .with_columns(pl.col("is_top").cum_sum().over(keys).alias("n_below"))
                .filter(pl.col("is_top") == 0)
                .group_by(key).agg(pl.col("n_below").sum().cast(pl.Int64)))

    counts = (below(key).join(below([*key, "source"]).rename({"n_below": "n_same"}), on=key, how="left",
                              nulls_equal=True)
              .with_columns((pl.col("n_below") - pl.col("n_same").fill_null(0)).alias("n_pairs")))
    return (counts.with_columns(measure_label().alias("measure"))
            .group_by("quantity", "measure", "period").agg(pl.col("n_pairs").sum().cast(pl.Int64))
            .filter(pl.col("n_pairs") > 0).sort(["quantity", "measure", "period"]).select(columns))


