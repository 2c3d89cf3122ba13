"""Notebook 04: every number found by kind and classification, and review progress per article."""

from __future__ import annotations

import altair as alt
import polars as pl

from analysis import views

from .encoding import MENTION_STATUS_COLORS, REVIEW_COLORS, WIDTH, chart_title


def plot_mention_classification(audit: pl.DataFrame) -> alt.Chart:
    """Numbers found per kind, split by how they were classified (claim, repeat, not a claim, rejected).

    ``audit`` is :func:`analysis.views.coverage_audit`.
    """
    counts = (audit.group_by("kind", "mention_status").agg(pl.len().cast(pl.Int64).alias("n_mentions"))
              .with_columns(pl.col("n_mentions").sum().over("kind").alias("n_kind"))
              .sort(["n_kind", "kind", "mention_status"], descending=[True, False, False]))
    order = counts.unique("kind", maintain_order=True)["kind"].to_list()
    return _stacked_counts(
        counts, ("kind", "Kind of number", "Kind"), ("mention_status", "Classified as", "status_rank"), MENTION_STATUS_COLORS,
        order, y_axis=None, height=max(60, 24 * len(order)),
        title=chart_title("Every number found, by kind and classification",
                          "only quantities, percentages and fractions can be claims"))


def plot_review_status(audit: pl.DataFrame, *, most_articles: int = 40) -> alt.Chart:
    """Per article: how many of its numbers are still unreviewed, corrected, confirmed or rejected.

    Articles in order of their id.  More than ``most_articles`` articles: the
    ``most_articles`` with most numbers still to review (*unreviewed*; ties in
    order of article id), most first; the title says how many of how many
    articles are drawn, the subtitle how many articles and numbers await review in all.
    """
    most_articles = views.check_int("most_articles", most_articles, minimum=1, maximum=1000)
    counts = (audit.group_by("article_id", "review").agg(pl.len().cast(pl.Int64).alias("n_mentions"))
              .sort(["article_id", "review"]))
    order = sorted(counts["article_id"].unique().to_list())
    title = chart_title("Review progress per article", "orange: still to review (python -m analysis review)")
    if len(order) > most_articles:
        ranked = (counts.group_by("article_id")
                  .agg(pl.col("n_mentions").filter(pl.col("review") == "unreviewed").sum().alias("n_unreviewed"))
                  .sort(["n_unreviewed", "article_id"], descending=[True, False]))
        waiting = ranked.filter(pl.col("n_unreviewed") > 0)
        n_all = len(order)
        order = ranked.head(most_articles)["article_id"].to_list()
        counts = counts.filter(pl.col("article_id").is_in(order))
        title = chart_title(f"Review progress: {len(order):,} of {n_all:,} articles, those with most numbers still "
                       f"to review", [
                           "orange: still to review (python -m analysis review); most first, ties by article id",
                           f"{waiting.height:,} of the {n_all:,} articles have numbers still to review "
                           f"({waiting['n_unreviewed'].sum():,} numbers); set article_id to see one article"])
    return _stacked_counts(counts, ("article_id", "Article", "Article"), ("review", "Review", "review_rank"), REVIEW_COLORS, order,
                           y_axis=alt.Axis(labelLimit=300), height=max(60, 26 * len(order)), title=title)


def _stacked_counts(counts: pl.DataFrame, y: tuple[str, str, str], part: tuple[str, str, str], colors: dict[str, str],
                    order: list[str], *, y_axis: alt.Axis | None, height: int, title) -> alt.Chart:
    """Horizontal bars of ``n_mentions`` per ``y`` (field, axis title, tooltip title), stacked by ``part``
    (field, title, name of its rank) in the order and colours of ``colors``."""
    (field, axis_title, tip), (part_field, part_title, rank) = y, part
    keys = list(colors)
    y_kwargs = {"axis": y_axis} if y_axis is not None else {}
    return alt.Chart(counts).mark_bar().encode(
        y=alt.Y(f"{field}:N", sort=order, title=axis_title, **y_kwargs),
        x=alt.X("n_mentions:Q", title="Numbers found", stack="zero", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color(f"{part_field}:N", title=part_title, scale=alt.Scale(domain=keys, range=[colors[k] for k in keys])),
        order=alt.Order(f"{rank}:Q"),
        tooltip=[alt.Tooltip(f"{field}:N", title=tip), alt.Tooltip(f"{part_field}:N", title=part_title),
                 alt.Tooltip("n_mentions:Q", title="Numbers")],
    ).transform_calculate(
        **{rank: " + ".join(f"(datum.{part_field} == '{k}' ? {i} : 0)" for i, k in enumerate(keys))}
    ).properties(width=WIDTH - 160, height=height, title=title)
