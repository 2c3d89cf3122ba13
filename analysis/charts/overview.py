"""Notebook 01: claim counts and the articles of the corpus over time."""

from __future__ import annotations

import datetime as dt

import altair as alt
import polars as pl

from analysis import views

from .encoding import (
    LANGUAGE_COLORS,
    MAX_MARKS,
    WIDTH,
    chart_title,
    check_max_marks,
    date_scale,
    legend_counts,
    publication_x,
    time_axis,
)
from .summaries import slot_x, summary_period, with_period


def plot_claim_counts(claims: pl.DataFrame, by: str, *, top_n: int = 20) -> alt.Chart:
    """Horizontal bars of claims per value of ``by`` (quantity, source, publisher, review_status).

    Each bar is split into first reports and echoes; the ``top_n`` largest are
    shown (counts from :func:`analysis.views.count_claims`).
    """
    top_n = views.check_int("top_n", top_n, minimum=1, maximum=1000)
    counts = views.count_claims(claims, by)
    top = counts.head(top_n)
    long = (top.select("label", "n_claims", "n_first_reports", "n_echoes")
            .unpivot(index=["label", "n_claims"], on=["n_first_reports", "n_echoes"], variable_name="part",
                     value_name="n")
            .with_columns(pl.col("part").replace_strict({"n_first_reports": "first report", "n_echoes": "echo"},
                                                        return_dtype=pl.String))
            .sort(["n_claims", "label", "part"], descending=[True, False, True]))
    order = top["label"].to_list()
    more = f" (top {top_n} of {counts.height})" if counts.height > top_n else ""
    return alt.Chart(long).mark_bar().encode(
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
        x=alt.X("n:Q", stack="zero", title="Claims", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("part:N", title="Report", scale=alt.Scale(domain=["first report", "echo"],
                                                                  range=["#4e79a7", "#a0cbe8"])),
        order=alt.Order("part:N", sort="descending"),
        tooltip=[alt.Tooltip("label:N", title=by), alt.Tooltip("part:N", title="Report"),
                 alt.Tooltip("n:Q", title="Claims"), alt.Tooltip("n_claims:Q", title="All claims")],
    ).properties(width=WIDTH - 200, height=max(60, 22 * len(order)),
                 title=chart_title(f"Claims by {by.replace('_', ' ')}{more}", "dark: first reports; light: echoes"))


def _corpus_summary(articles: pl.DataFrame, max_marks: int) -> alt.LayerChart:
    """The corpus coverage of more than ``max_marks`` articles: one point per publisher, language and period."""
    def n_rows(period: str) -> int:
        return with_period(articles, period).select("publisher", "language", "period_start", "period_end").n_unique()

    period = summary_period(articles["published_date"].min(), articles["published_date"].max(), n_rows, max_marks)
    keys = ["publisher", "language", "period_start", "period_end", "period_text"]
    data = (with_period(articles, period).group_by(keys)
            .agg(pl.len().cast(pl.Int64).alias("n_articles"), pl.col("n_mentions").sum().cast(pl.Int64),
                 pl.col("n_claims").sum().cast(pl.Int64))
            .sort(keys)
            .with_columns(slot_x(pl.lit(0, pl.Int64), 1).alias("x_date"),
                          pl.col("period_text").str.ends_with("(month-only dates)").alias("month_only")))
    lo, hi = data["period_start"].min(), data["period_end"].max()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x = alt.X("x_date:T", title=f"Publication date, per {period}", axis=time_axis(lo - pad, hi + pad),
              scale=date_scale(lo - pad, hi + pad))
    y = alt.Y("publisher:N", title="Publisher", axis=alt.Axis(labelLimit=260))
    languages = sorted(set(data["language"].to_list()))
    color = alt.Color("language:N", title="Language",
                      scale=alt.Scale(domain=languages, range=[LANGUAGE_COLORS.get(v, "#999") for v in languages]))
    y_offset = alt.YOffset("language:N", sort=languages, scale=alt.Scale(domain=languages))
    tooltip = [alt.Tooltip(c, title=t, format=",") if c.endswith(":Q") else alt.Tooltip(c, title=t) for c, t in (
        ("publisher:N", "Publisher"), ("period_text:N", "Published"), ("language:N", "Language"),
        ("n_articles:Q", "Articles"), ("n_mentions:Q", "Numbers found"), ("n_claims:Q", "Claims"))]
    base = alt.Chart()
    months = base.mark_rule(strokeWidth=3, opacity=0.6).encode(
        x="period_start:T", x2="period_end:T", y=y, yOffset=y_offset, color=color, tooltip=tooltip
    ).transform_filter("datum.month_only")
    points = base.mark_circle(opacity=0.85).encode(
        x=x, y=y, yOffset=y_offset, color=color, tooltip=tooltip,
        size=alt.Size("n_articles:Q", title="Articles", scale=alt.Scale(range=[20, 300], zero=True),
                      legend=alt.Legend(values=legend_counts(data["n_articles"]), format=",d")))
    n_rows_drawn = data["publisher"].n_unique()
    subtitle = [f"{articles.height:,} articles summarised per publisher, language and {period}: size = articles; "
                f"narrow the dates to see each article.",
                f"A summary: more than the {max_marks:,} marks one chart draws. Hover for the number of articles, "
                f"numbers found and claims."]
    if data["month_only"].any():
        subtitle.append("Bar: articles of which only the month of publication is known, summarised per month.")
    return alt.layer(months, points, data=data).properties(
        width=WIDTH - 120, height=max(80, 40 * n_rows_drawn), title=chart_title("Articles of the corpus", subtitle))


def plot_corpus_coverage(articles: pl.DataFrame, *, max_marks: int = MAX_MARKS) -> alt.LayerChart:
    """The articles of the corpus by publication date and publisher, coloured by language.

    Point size is the number of claims taken from the article; a month-only
    date is drawn as a bar across the month.  More than ``max_marks`` articles:
    one point per publisher, language and publication period (the finest of
    day, week, month, quarter and year that fits), sized by the number of
    articles, the counts in the tooltip; the subtitle says it is a summary.
    """
    max_marks = check_max_marks(max_marks)
    if articles.height > max_marks:
        return _corpus_summary(articles, max_marks)
    data = (articles.with_columns(
        *publication_x(),
        pl.struct("published_date", "published_precision").map_batches(
            lambda s: pl.Series([views.format_published(r["published_date"], r["published_precision"])
                                 for r in s.to_list()], dtype=pl.String), return_dtype=pl.String)
        .alias("published_text"))
        .select("article_id", "title", "publisher", "language", "published_text", "published_as_stated",
                "n_mentions", "n_claims", "x_date", "x_start", "x_end")
        .sort(["x_date", "article_id"]))
    lo = data.select(pl.min_horizontal(pl.col("x_start").min(), pl.col("x_date").min())).item()
    hi = data.select(pl.max_horizontal(pl.col("x_end").max(), pl.col("x_date").max())).item()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x = alt.X("x_date:T", title="Publication date", axis=time_axis(lo - pad, hi + pad),
              scale=date_scale(lo - pad, hi + pad))
    y = alt.Y("publisher:N", title="Publisher", axis=alt.Axis(labelLimit=260))
    languages = sorted(set(data["language"].to_list()))
    color = alt.Color("language:N", title="Language",
                      scale=alt.Scale(domain=languages, range=[LANGUAGE_COLORS.get(v, "#999") for v in languages]))
    tooltip = [alt.Tooltip(c, title=t) for c, t in (
        ("title:N", "Title"), ("publisher:N", "Publisher"), ("published_as_stated:N", "Published (as stated)"),
        ("language:N", "Language"), ("n_mentions:Q", "Numbers found"), ("n_claims:Q", "Claims"),
        ("article_id:N", "Article"))]
    base = alt.Chart()
    months = base.mark_rule(strokeWidth=3, opacity=0.6).encode(
        x="x_start:T", x2="x_end:T", y=y, color=color, tooltip=tooltip).transform_filter(
        alt.datum.x_start != None)  # noqa: E711
    points = base.mark_circle(opacity=0.85).encode(
        x=x, y=y, color=color, tooltip=tooltip,
        size=alt.Size("n_claims:Q", title="Claims", scale=alt.Scale(range=[40, 400], zero=True),
                      legend=alt.Legend(values=legend_counts(data["n_claims"]), format="d")))
    n_rows = data["publisher"].n_unique()
    return alt.layer(months, points, data=data).properties(
        width=WIDTH - 120, height=max(80, 40 * n_rows),
        title=chart_title("Articles of the corpus", "one point per article; size: claims taken from it; "
                                               "bar: only the month of publication is known"))


