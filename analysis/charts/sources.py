"""Notebook 03: who claims through whom, and what each source said per period."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import altair as alt
import polars as pl

from analysis import views

from .encoding import (
    MAX_MARKS,
    WIDTH,
    chart_title,
    check_max_marks,
    claim_tooltip,
    figure_data,
    legend_counts,
    opacity_encoding,
    plot_columns,
    review_fill,
    shape_encoding,
    source_color,
    source_scale,
    source_stroke,
    y_max,
)
from .summaries import figure_summary, summary_layers, summary_tooltip, summary_top

_STAGES = ("source", "via", "publisher")
_STAGE_TITLES = ("Source (who claims)", "Via (channel named)", "Publisher (who printed it)")


def plot_attribution_paths(paths: pl.DataFrame, *, color_domain: Iterable[str] | None = None) -> alt.LayerChart:
    """Source -> via -> publisher, as lines through three columns (parallel sets).

    ``paths`` is :func:`analysis.views.attribution_paths`; line width is the
    number of claims taking that path, colour the source.
    """
    rows = paths.sort(["source", "via", "publisher"]).with_columns(
        pl.int_range(pl.len()).alias("path_id"),
        pl.col("via_name").alias("via_label"), pl.col("source_name").alias("source_label"),
        pl.col("publisher").alias("publisher_label"))
    nodes = []
    for stage, name in enumerate(_STAGES):
        labels = rows.group_by(f"{name}_label").agg(pl.col("n_claims").sum()).sort(f"{name}_label")
        n = labels.height
        for rank, r in enumerate(labels.to_dicts()):
            nodes.append({"stage": stage, "stage_name": name, "node": r[f"{name}_label"],
                          "y": 1 - (rank + 0.5) / n, "n_node": r["n_claims"]})
    node_df = pl.DataFrame(nodes, schema={"stage": pl.Int64, "stage_name": pl.String, "node": pl.String,
                                          "y": pl.Float64, "n_node": pl.Int64}, orient="row")
    long = pl.concat([
        rows.select("path_id", "source", "source_name", "via_name", "publisher", "n_claims", "n_articles",
                    "quantities", pl.lit(stage, pl.Int64).alias("stage"), pl.col(f"{name}_label").alias("node"))
        for stage, name in enumerate(_STAGES)
    ]).join(node_df.select("stage", "node", "y"), on=["stage", "node"], how="left").sort(["path_id", "stage"])
    scale = source_scale(rows, color_domain)
    x = alt.X("stage:Q", axis=None, scale=alt.Scale(domain=[-1.75, 2.75]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[0, 1.08]))
    lines = alt.Chart(long).mark_line(opacity=0.75, interpolate="linear").encode(
        x=x, y=y, detail="path_id:N", order="stage:Q",
        color=source_color(scale),
        strokeWidth=alt.StrokeWidth("n_claims:Q", title="Claims", scale=alt.Scale(range=[1.5, 9], zero=False),
                                    legend=alt.Legend(values=legend_counts(rows["n_claims"]), format="d")),
        tooltip=[alt.Tooltip("source_name:N", title="Source"), alt.Tooltip("via_name:N", title="Via"),
                 alt.Tooltip("publisher:N", title="Publisher"), alt.Tooltip("n_claims:Q", title="Claims"),
                 alt.Tooltip("n_articles:Q", title="Articles"), alt.Tooltip("quantities:N", title="Quantities")])
    node_base = alt.Chart(node_df)
    points = node_base.mark_point(filled=True, color="#333", size=40).encode(
        x=x, y=y, tooltip=[alt.Tooltip("node:N", title="Node"), alt.Tooltip("n_node:Q", title="Claims")])
    left = node_base.mark_text(fontSize=11, limit=330, baseline="middle", align="right", dx=-8).encode(
        x=x, y=y, text="node:N").transform_filter("datum.stage == 0")
    middle = node_base.mark_text(fontSize=11, limit=200, baseline="bottom", align="center", dy=-7).encode(
        x=x, y=y, text="node:N").transform_filter("datum.stage == 1")
    right = node_base.mark_text(fontSize=11, limit=250, baseline="middle", align="left", dx=8).encode(
        x=x, y=y, text="node:N").transform_filter("datum.stage == 2")
    headers = alt.Chart(pl.DataFrame({"stage": [0, 1, 2], "y": [1.06] * 3, "header": list(_STAGE_TITLES)})).mark_text(
        fontWeight="bold", fontSize=12).encode(x=x, y=y, text="header:N")
    height = max(160, 26 * int(node_df.group_by("stage").len()["len"].max()))
    return alt.layer(lines, points, left, middle, right, headers).properties(
        width=WIDTH + 160, height=height,
        title=chart_title("Who claims, through whom, printed by whom",
                     "line width: number of claims; colour: source; '(none named)': no channel between source "
                     "and publisher")).configure_view(stroke=None)


def _comparison_axes(data: pl.DataFrame, scale: alt.Scale, periods: list[str]) -> tuple[alt.X, alt.XOffset]:
    """x: one band per period; within it, one slot per source present, in legend order."""
    x = alt.X("period:O", title="Period the figure is about", sort=periods, scale=alt.Scale(domain=periods),
              axis=alt.Axis(labelAngle=0, grid=True, bandPosition=0, gridColor="#bbb", tickBand="extent"))
    present = set(data["source_name"].to_list())
    slots = [name for name in scale.domain if name in present]
    x_offset = alt.XOffset("source_name:N", sort=slots, scale=alt.Scale(domain=slots))
    return x, x_offset


def _comparison_panel(data: pl.DataFrame, marks: pl.DataFrame, scale: alt.Scale, periods: list[str],
                      title: str, shared: dict[str, alt.FieldChannelMixin]) -> alt.LayerChart:
    """One quantity's panel; ``shared`` holds the shape and fill encodings built once for every panel (one
    built per panel from its own glyphs would give the shared scales conflicting domains)."""
    x, x_offset = _comparison_axes(data, scale, periods)
    y = alt.Y("y:Q", title="Figure stated", scale=alt.Scale(zero=True, domainMax=y_max(data), nice=True),
              axis=alt.Axis(format=",.0f"))
    color = source_color(scale)
    tooltip = claim_tooltip() + [alt.Tooltip("period:N", title="Period")]
    layers = []
    if marks.height:
        layers.append(alt.Chart(marks).mark_rect(color="#fbe3d6").encode(
            x=x, tooltip=[alt.Tooltip("period:N", title="Period"),
                          alt.Tooltip("n_pairs:Q", title="Disagreeing pairs of sources")]))
    base = alt.Chart(data)
    # a layer whose filter keeps no row is left out (vega warns of an "infinite extent" for it)
    if (data["drawn_as"] == "interval").any():
        layers += [
            base.mark_rule(strokeWidth=3).encode(x=x, xOffset=x_offset, y="y_low:Q", y2="y_high:Q", color=color,
                                                 opacity=opacity_encoding(), tooltip=tooltip)
            .transform_filter("datum.drawn_as == 'interval'"),
            base.mark_tick(orient="horizontal", size=10, thickness=2).encode(x=x, xOffset=x_offset, y="y_low:Q",
                                                                             color=color, opacity=opacity_encoding())
            .transform_filter("datum.drawn_as == 'interval'"),
            base.mark_tick(orient="horizontal", size=10, thickness=2).encode(x=x, xOffset=x_offset, y="y_high:Q",
                                                                             color=color, opacity=opacity_encoding())
            .transform_filter("datum.drawn_as == 'interval'"),
        ]
    if (data["drawn_as"] == "point").any():
        layers.append(base.mark_point(filled=True, size=100, strokeWidth=1.5).encode(
            x=x, xOffset=x_offset, y=y, color=color, stroke=source_stroke(scale), fillOpacity=shared["fill"],
            shape=shared["shape"], opacity=opacity_encoding(), tooltip=tooltip)
            .transform_filter("datum.drawn_as == 'point'"))
    # the shading's own xOffset scale (it has none): sharing the sources' one made it one slot wide
    return (alt.layer(*layers).resolve_scale(xOffset="independent")
            .properties(width=max(260, 110 * len(periods)), height=240, title=title))


def _comparison_summary_panel(data: pl.DataFrame, marks: pl.DataFrame, scale: alt.Scale, periods: list[str],
                              title: str, shared: dict[str, alt.FieldChannelMixin]) -> alt.LayerChart:  # noqa: ARG001
    x, x_offset = _comparison_axes(data, scale, periods)
    layers = []
    if marks.height:
        layers.append(alt.Chart(marks).mark_rect(color="#fbe3d6").encode(
            x=x, tooltip=[alt.Tooltip("period:N", title="Period"),
                          alt.Tooltip("n_pairs:Q", title="Disagreeing pairs of sources", format=",")]))
    summary = summary_layers(x, x_offset, "Figure stated", summary_top(data), source_color(scale),
                              summary_tooltip("Period"), 4)
    layers.append(alt.layer(*summary, data=data))
    return alt.layer(*layers).resolve_scale(xOffset="independent").properties(width=max(260, 110 * len(periods)), height=240, title=title)


def plot_source_comparison(
    claims: pl.DataFrame,
    period: str = "quarter",
    *,
    color_domain: Iterable[str] | None = None,
    labels: Mapping[str, str] | None = None,
    max_marks: int = MAX_MARKS,
) -> alt.VConcatChart:
    """Side by side, per period: what each source said; periods where sources disagree shaded.

    One panel per quantity and measure (casualty type, unit).  The period is the
    calendar month, quarter or year of the date the figure is about (its
    reference period if stated, else its publication; see
    :func:`analysis.views.as_of_date`).  Shaded: periods with at least one pair
    of sources in :func:`analysis.views.source_disagreements` (counted by
    :func:`analysis.views.disagreement_counts`).  Vague magnitudes are left out.

    More than ``max_marks`` figures: a summary instead of one mark per claim.  Per
    panel, period and source a bar from the lowest to the highest figure stated
    and a dot at the median; the tooltip counts claims, echoes and articles.  The
    subtitle says it is a summary.
    """
    max_marks = check_max_marks(max_marks)
    df = figure_data(views.with_periods(claims, period).drop("stated_as", "report", "value_text",
                                                             "published_text", "reference_period", "via_text",
                                                             "measure"))
    df = df.with_columns(views.period_label(period).alias("period"),
                         pl.coalesce("claim_group", "claim_id").alias("claim_group"))
    valued = df.filter(pl.col("glyph") != "vague")
    if valued.is_empty():
        raise ValueError("plot_source_comparison needs at least one claim with a figure")
    disagreements = views.disagreement_counts(claims, period)
    summarise = valued.height > max_marks
    labels = dict(labels or {})
    scale = source_scale(valued, color_domain)
    shared = {"shape": shape_encoding(valued.filter(pl.col("drawn_as") == "point")["glyph"]),
              "fill": review_fill(valued["review"].unique().to_list())}
    panels = []
    keys = valued.select("quantity", "measure").unique().sort(["quantity", "measure"]).to_dicts()
    for key in keys:
        part = valued.filter((pl.col("quantity") == key["quantity"]) & (pl.col("measure") == key["measure"]))
        if summarise:
            data = figure_summary(part, ["period", "source", "source_name"])
        else:
            data = plot_columns(part, ["period"]).sort(["period", "source", "claim_id"])
        periods = sorted(data["period"].unique().to_list())
        marks = (disagreements.filter((pl.col("quantity") == key["quantity"]) & (pl.col("measure") == key["measure"]))
                 .select("period", "n_pairs"))
        name = labels.get(key["quantity"], key["quantity"])
        n = marks["n_pairs"].sum() if marks.height else 0
        title = chart_title(f"{name} ({key['measure']})",
                       f"{n:,} disagreeing pair(s) of sources" if n else "no disagreement between sources", credit=False)
        panel = _comparison_summary_panel if summarise else _comparison_panel
        panels.append(panel(data, marks, scale, periods, title, shared))
    if summarise:
        subtitle = [f"{valued.height:,} claims summarised per source and {period}: bar = lowest to highest figure, "
                    f"dot = median; narrow the selection (quantities, sources) to see each claim.",
                    f"A summary: more than the {max_marks:,} marks one chart draws. Hover for the number of claims "
                    f"and articles and how the figures were stated. Vague magnitudes are left out.",
                    "Shaded: sources disagree (their figures cannot both be right) in that period."]
        return alt.vconcat(*panels, spacing=30, title=chart_title(f"What each source said, by {period}", subtitle)
                           ).resolve_scale(color="shared", x="independent", xOffset="independent", y="independent")
    return alt.vconcat(*panels, spacing=30, title=chart_title(
        f"What each source said, by {period}",
        ["Bars: ranges; ▼ up to; ▲ at least; ring: approximate; faded: echoes.",
         "Shaded: sources disagree (their figures cannot both be right) in that period."],
    )).resolve_scale(color="shared", shape="shared", opacity="shared", x="independent", xOffset="independent",
                     y="independent")


