"""Summaries of large selections: above :data:`~analysis.charts.encoding.MAX_MARKS` rows a chart
draws one mark per source (or publisher) and period instead of one per claim.

The period is the finest of day, week, month, quarter and year with at most about 60
periods across the time axis whose rows fit the budget; every claim is counted, none dropped.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import polars as pl

from .encoding import GLYPHS

# Periods a summary is drawn per, finest first; the finest with at most _MOST_PERIODS periods across
# the time axis (about 10 px each) whose rows fit the budget is taken.
_SUMMARY_PERIODS = ("day", "week", "month", "quarter", "year")
_PERIOD_EVERY = {"day": "1d", "week": "1w", "month": "1mo", "quarter": "1q", "year": "1y"}
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.31, "year": 365.25}
_MOST_PERIODS = 60
_STATED_SHORT = {"exact": "exact", "approximate": "approximate", "upper": "up to", "lower": "at least",
                 "range": "range", "vague": "vague"}
SUMMARY_KEYS = ["source", "source_name", "period_start", "period_end", "period_text"]



def with_period(df: pl.DataFrame, period: str) -> pl.DataFrame:
    """``df`` with the calendar ``period`` of its publication date: ``period_start``, ``period_end``, ``period_text``.

    Weeks start on Monday ('week of 2025-07-07').  A month-only date cannot be
    placed in a day or a week: it is counted in its month ('2025-07 (month-only dates)').
    """
    every = _PERIOD_EVERY[period]
    fine = period in ("day", "week")
    month_only = (pl.col("published_precision") == "month").fill_null(False) if fine else pl.lit(False)
    date, start = pl.col("published_date"), pl.col("period_start")
    df = df.with_columns(
        pl.when(month_only).then(date.dt.truncate("1mo")).otherwise(date.dt.truncate(every)).alias("period_start"),
        month_only.alias("_month_only"))
    text = {
        "day": start.dt.strftime("%Y-%m-%d"),
        "week": pl.format("week of {}", start.dt.strftime("%Y-%m-%d")),
        "month": start.dt.strftime("%Y-%m"),
        "quarter": pl.format("{}-Q{}", start.dt.year(), start.dt.quarter()),
        "year": start.dt.year().cast(pl.String),
    }[period]
    return df.with_columns(
        pl.when(pl.col("_month_only")).then(start.dt.offset_by("1mo")).otherwise(start.dt.offset_by(every))
        .alias("period_end"),
        pl.when(pl.col("_month_only")).then(pl.format("{} (month-only dates)", start.dt.strftime("%Y-%m")))
        .otherwise(text).alias("period_text"),
    ).drop("_month_only")


def summary_period(lo: dt.date, hi: dt.date, n_rows, max_marks: int) -> str:
    """The finest period with at most :data:`_MOST_PERIODS` periods from ``lo`` to ``hi`` and
    ``n_rows(period) <= max_marks``; 'year' when none fits (the summary cannot get coarser)."""
    days = (hi - lo).days + 1
    for period in _SUMMARY_PERIODS[:-1]:
        if days / _PERIOD_DAYS[period] <= _MOST_PERIODS and n_rows(period) <= max_marks:
            return period
    return "year"


def slot_x(slot: pl.Expr, n_slots: int) -> pl.Expr:
    """A time inside the period: the middle of part ``slot`` of ``n_slots`` equal parts (one per source),
    so the summaries of several sources in one period stand side by side."""
    start = pl.col("period_start").cast(pl.Datetime("ms")).cast(pl.Int64)
    end = pl.col("period_end").cast(pl.Datetime("ms")).cast(pl.Int64)
    return (start + (end - start) * (2 * slot + 1) // (2 * n_slots)).cast(pl.Datetime("ms"))


def figure_summary(df: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """One row per ``keys`` of :func:`figure_data` rows: counts and the spread of the figures.

    ``n_claims``, ``n_echoes``, ``n_articles``; ``stated_counts`` ('exact 812 ·
    approximate 40 · up to 3'); ``y_min`` and ``y_max``, the lowest and highest
    figure stated (the ends of ranges included); ``y_median``, the median of the
    figures as drawn one by one (a range counts as its midpoint).  Sorted by ``keys``.
    """
    rank = {g: i for i, g in enumerate(GLYPHS)}
    stated = (df.group_by([*keys, "glyph"]).agg(pl.len().alias("n"))
              .with_columns(pl.col("glyph").replace_strict(rank, return_dtype=pl.Int64).alias("_rank"))
              .sort([*keys, "_rank"])
              .group_by(keys, maintain_order=True)
              .agg(pl.format("{} {}", pl.col("glyph").replace_strict(_STATED_SHORT, return_dtype=pl.String),
                             pl.col("n")).str.join(" · ").alias("stated_counts")))
    figures = df.group_by(keys).agg(
        pl.len().cast(pl.Int64).alias("n_claims"),
        (pl.col("report") == "echo").sum().cast(pl.Int64).alias("n_echoes"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
        pl.coalesce("y_low", "y").min().alias("y_min"),
        pl.col("y").median().alias("y_median"),
        pl.coalesce("y_high", "y").max().alias("y_max"),
    )
    return figures.join(stated, on=keys, how="left", nulls_equal=True).sort(keys)


def vague_summary(df: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """One row per ``keys`` of vague magnitudes: ``n_claims``, ``n_echoes``, ``n_articles`` and
    ``as_written``, the three commonest wordings with their counts ('Tausende ×40 · Hunderte ×3 · …')."""
    texts = (df.group_by([*keys, "number_text"]).agg(pl.len().alias("n"))
             .sort([*keys, "n", "number_text"], descending=[False] * len(keys) + [True, False])
             .group_by(keys, maintain_order=True)
             .agg(pl.format("{} ×{}", "number_text", "n").head(3).str.join(" · ").alias("as_written"),
                  pl.len().alias("_n_texts"))
             .with_columns(pl.when(pl.col("_n_texts") > 3).then(pl.format("{} · …", "as_written"))
                           .otherwise(pl.col("as_written")).alias("as_written"))
             .drop("_n_texts"))
    counts = df.group_by(keys).agg(
        pl.len().cast(pl.Int64).alias("n_claims"),
        (pl.col("report") == "echo").sum().cast(pl.Int64).alias("n_echoes"),
        pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
    )
    return counts.join(texts, on=keys, how="left", nulls_equal=True).sort(keys)


def summary_tooltip(period_title: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("source_name:N", title="Source"),
        alt.Tooltip("period_text:N", title=period_title),
        alt.Tooltip("n_claims:Q", title="Claims", format=","),
        alt.Tooltip("n_echoes:Q", title="of which echoes", format=","),
        alt.Tooltip("n_articles:Q", title="Articles", format=","),
        alt.Tooltip("stated_counts:N", title="How stated"),
        alt.Tooltip("y_min:Q", title="Lowest figure", format=",.2~f"),
        alt.Tooltip("y_median:Q", title="Median figure", format=",.2~f"),
        alt.Tooltip("y_max:Q", title="Highest figure", format=",.2~f"),
    ]


def summary_layers(x: alt.X, x_offset: alt.XOffset | None, y_title: str, y_top: float, color: alt.Color,
                    tooltip: list[alt.Tooltip], stroke_width: float) -> list[alt.Chart]:
    """A bar from the lowest to the highest figure and a dot at the median (data from the enclosing chart)."""
    scale = alt.Scale(zero=True, domainMax=y_top, nice=True)
    axis = alt.Axis(format=",.0f")
    offset = {"xOffset": x_offset} if x_offset is not None else {}
    base = alt.Chart()
    return [
        base.mark_rule(strokeWidth=stroke_width, opacity=0.55).encode(
            x=x, y=alt.Y("y_min:Q", title=y_title, scale=scale, axis=axis), y2="y_max:Q", color=color,
            tooltip=tooltip, **offset),
        base.mark_point(filled=True, size=45, stroke="white", strokeWidth=0.8, opacity=1).encode(
            x=x, y=alt.Y("y_median:Q", title=y_title, scale=scale, axis=axis), color=color, tooltip=tooltip,
            **offset),
    ]


def summary_top(data: pl.DataFrame) -> float:
    """Top of a summary's value axis: 10% above the highest figure."""
    return float(data["y_max"].max() or 1) * 1.1


