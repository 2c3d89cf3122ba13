"""Display: figures, dates and periods as a reader reads them, and the text columns tables and tooltips show."""

from __future__ import annotations

import datetime as dt

import polars as pl

# How a figure was stated, in words a reader understands (keys: schema.BOUNDS).
STATED_AS = {
    "exact": "exact figure",
    "approximate": "approximate (etwa, rund)",
    "upper": "upper bound (bis zu)",
    "lower": "lower bound (mindestens)",
    "range": "range (zwischen ... und)",
    "vague": "vague magnitude (Tausende)",
}


# Whether an analyst checked a claim (``review``): 'auto' claims are the machine's reading only.
REVIEWED = "reviewed"
UNREVIEWED = "unreviewed (machine reading)"


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def format_value(low: float | None, best: float | None, high: float | None, bound: str | None,
                 unit: str | None = None) -> str:
    """A figure as a reader reads it: '≤ 12,000', '25,000–30,000', '≈ 4,000', 'vague'."""
    if low is None and best is None and high is None:
        text = "vague (no figure)"
    elif bound == "vague":
        read = format_value(low, best, high, "approximate" if best is not None else None, unit)
        return f"vague, read as {read}"
    elif bound == "range" or (best is None and low is not None and high is not None):
        text = f"{format_number(low)}–{format_number(high)}"
    elif bound == "upper" or (low is None and high is not None and best in (None, high)):
        text = f"≤ {format_number(high if high is not None else best)}"
    elif bound == "lower" or (high is None and low is not None and best in (None, low)):
        text = f"≥ {format_number(low if low is not None else best)}"
    else:
        text = format_number(best if best is not None else (low if low is not None else high))
        if bound in ("approximate", "vague"):
            text = f"≈ {text}"
    if unit and not text.startswith("vague"):
        text += " %" if unit == "percent" else f" {unit}"
    return text


def format_published(date: dt.date | None, precision: str | None) -> str:
    if date is None:
        return ""
    if precision == "month":
        return f"{date:%Y-%m} (month only)"
    return date.isoformat()


def format_reference(start: dt.date | None, end: dt.date | None, precision: str | None, text: str | None) -> str:
    if start is None and end is None and not text:
        return "not stated"
    span = f"{start or '...'} to {end or '...'}" if end != start else f"{start}"
    return f"{text} ({span}, {precision})" if text else f"{span} ({precision})"


def central_value() -> pl.Expr:
    """One number per figure for differences: best, else the range midpoint, else the bound."""
    return (pl.when(pl.col("value_best").is_not_null()).then(pl.col("value_best"))
            .when(pl.col("value_low").is_not_null() & pl.col("value_high").is_not_null())
            .then((pl.col("value_low") + pl.col("value_high")) / 2)
            .otherwise(pl.coalesce("value_high", "value_low")))


def measure_label() -> pl.Expr:
    """What a figure measures within a quantity: the casualty type, else the unit, else 'people'."""
    return (pl.when(pl.col("casualty_type").is_not_null())
            .then(pl.col("casualty_type").str.replace_all("_", " "))
            .when(pl.col("unit").is_not_null()).then(pl.col("unit"))
            .otherwise(pl.lit("people")))


def with_display_columns(claims: pl.DataFrame) -> pl.DataFrame:
    """Claims plus text columns for tables and tooltips (value_text, published_text, ...)."""
    rows = claims.select("value_low", "value_best", "value_high", "bound", "unit", "published_date",
                         "published_precision", "reference_start", "reference_end", "reference_precision",
                         "reference_text").to_dicts()
    return claims.with_columns(
        pl.Series("value_text", [format_value(r["value_low"], r["value_best"], r["value_high"], r["bound"], r["unit"])
                                 for r in rows], dtype=pl.String),
        pl.Series("published_text", [format_published(r["published_date"], r["published_precision"]) for r in rows],
                  dtype=pl.String),
        pl.Series("reference_period", [format_reference(r["reference_start"], r["reference_end"],
                                                        r["reference_precision"], r["reference_text"]) for r in rows],
                  dtype=pl.String),
        pl.col("bound").replace_strict(STATED_AS, default="unknown", return_dtype=pl.String).alias("stated_as"),
        pl.when(pl.col("is_first_report").fill_null(True)).then(pl.lit("first report"))
        .otherwise(pl.lit("echo")).alias("report"),
        pl.col("via").fill_null("(none named)").alias("via_text"),
        pl.when(pl.col("review_status") == "auto").then(pl.lit(UNREVIEWED)).otherwise(pl.lit(REVIEWED))
        .alias("review"),
        measure_label().alias("measure"),
    )


def enable_notebook_display(rows: int = 200, text_width: int = 160) -> None:
    """Let polars show whole tables (up to ``rows``) and long quotes in notebooks."""
    pl.Config.set_tbl_rows(rows)
    pl.Config.set_fmt_str_lengths(text_width)
    pl.Config.set_tbl_width_chars(400)




# Where a figure sits in time (the same rule in every notebook): the period it describes when the
# text states one, else its publication.  Values of ``x_basis``:
DESCRIBED = "period described"
PUBLISHED = "publication date"


def _day_number(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Int32)


def _midpoint(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """A day inside ``start..end`` (end exclusive): the middle, the 15th for a calendar month."""
    days = _day_number(end) - _day_number(start)
    return (_day_number(start) + pl.max_horizontal(days // 2 - 1, pl.lit(0))).cast(pl.Date)


def time_placement() -> list[pl.Expr]:
    """Where a claim is placed on a time axis: the period it describes, else its publication.

    ``x_basis``: :data:`DESCRIBED` when ``reference_start`` is stated, else :data:`PUBLISHED`.
    ``x_start``/``x_end`` (end exclusive): the span drawn as a bar -- a reference period longer
    than a day (month, season, span), or a month-only publication date; null for a single day
    (an open-ended period, 'ab dem 1. November', is drawn at its start).  ``x_date``: the point a
    mark sits at (the middle of the span, else the day).  ``pub_date``: the publication (mid-month
    when only the month is known), set only when x is the period described, for the faint tick
    that shows when the figure was published.
    """
    described = pl.col("reference_start").is_not_null()
    ref_end = pl.col("reference_end").dt.offset_by("1d")
    ref_span = described & pl.col("reference_end").is_not_null() & (pl.col("reference_end") > pl.col("reference_start"))
    month = pl.col("published_precision") == "month"
    pub_start, pub_end = pl.col("published_date"), pl.col("published_date").dt.month_end().dt.offset_by("1d")
    pub_point = pl.when(month).then(_midpoint(pub_start, pub_end)).otherwise(pub_start)
    x_start = pl.when(ref_span).then(pl.col("reference_start")).when(~described & month).then(pub_start)
    x_end = pl.when(ref_span).then(ref_end).when(~described & month).then(pub_end)
    return [
        pl.when(described).then(pl.lit(DESCRIBED)).otherwise(pl.lit(PUBLISHED)).alias("x_basis"),
        x_start.alias("x_start"),
        x_end.alias("x_end"),
        pl.when(ref_span).then(_midpoint(pl.col("reference_start"), ref_end))
        .when(described).then(pl.col("reference_start"))
        .otherwise(pub_point).alias("x_date"),
        pl.when(described).then(pub_point).alias("pub_date"),
    ]
