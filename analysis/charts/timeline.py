"""Notebook 02: the estimate timeline, one colour per source, one panel per measure."""

from __future__ import annotations

import datetime as dt
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
    date_scale,
    figure_data,
    legend_counts,
    opacity_encoding,
    plot_columns,
    review_dash,
    review_fill,
    shape_encoding,
    source_color,
    source_scale,
    source_stroke,
    time_axis,
    y_max,
)
from .summaries import (
    SUMMARY_KEYS,
    figure_summary,
    slot_x,
    summary_layers,
    summary_period,
    summary_tooltip,
    summary_top,
    vague_summary,
    with_period,
)

X_TITLE = "When: the period the figure describes (bar across it), else the publication date"


# The row filters of the timeline's layers: a vega expression and the same test in polars, so that
# a layer that would draw nothing is left out (vega warns of an "infinite extent" for an empty one).
_FILTERS = {
    "grouped": ("datum.group_size > 1", pl.col("group_size") > 1),
    "published_later": ("datum.pub_date != null", pl.col("pub_date").is_not_null()),
    "span": ("datum.x_start != null", pl.col("x_start").is_not_null()),
    "described": (f"datum.x_basis == '{views.DESCRIBED}'", pl.col("x_basis") == views.DESCRIBED),
    "published": (f"datum.x_basis == '{views.PUBLISHED}'", pl.col("x_basis") == views.PUBLISHED),
    "point": ("datum.drawn_as == 'point'", pl.col("drawn_as") == "point"),
    "interval": ("datum.drawn_as == 'interval'", pl.col("drawn_as") == "interval"),
    "range": ("datum.glyph == 'range'", pl.col("glyph") == "range"),
}


def _filtered(layer: alt.Chart, data: pl.DataFrame, *names: str) -> alt.Chart | None:
    """``layer`` with the named filters, or None when they keep no row of ``data``."""
    if data.filter(*(_FILTERS[n][1] for n in names)).is_empty():
        return None
    for n in names:
        layer = layer.transform_filter(_FILTERS[n][0])
    return layer


def _timeline_panel(data: pl.DataFrame, scale: alt.Scale, x_scale: alt.Scale, x_axis: alt.Axis, y_title: str,
                    title: str | None, events: pl.DataFrame) -> alt.LayerChart:
    x = alt.X("x_date:T", title=X_TITLE, scale=x_scale, axis=x_axis)
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=True, domainMax=y_max(data), nice=True),
              axis=alt.Axis(format=",.0f"))
    color = source_color(scale)
    stroke = source_stroke(scale)
    opacity = opacity_encoding(data["report"].unique().to_list())
    fill, dash = review_fill(data["review"].unique().to_list()), review_dash(data["review"].unique().to_list())
    tooltip = claim_tooltip()
    base = alt.Chart()
    cap = alt.Chart().mark_tick(orient="horizontal", size=12, thickness=2)
    layers = [
        # echoes joined to their first report (same claim_group)
        _filtered(base.mark_line(strokeDash=[2, 3], color="#999", strokeWidth=1)
                  .encode(x=x, y="y:Q", detail="claim_group:N", order="x_date:T"), data, "grouped"),
        # x is the period described: a faint dotted connector to a tick at the publication date
        # (its x carries no scale: vega-lite misreads an explicit time domain on a layer with x2 and warns
        # of a conflicting domain; the other layers give the shared scale its domain)
        _filtered(base.mark_rule(color="#aaa", strokeWidth=1, strokeDash=[1, 3]).encode(
            x="x_date:T", x2="pub_date:T", y="y:Q"), data, "published_later"),
        _filtered(base.mark_tick(orient="vertical", size=10, thickness=1, color="#888").encode(
            x=alt.X("pub_date:T", scale=x_scale), y="y:Q", tooltip=tooltip), data, "published_later"),
        # a period described (month, season, span): a wide translucent bar across it
        _filtered(base.mark_rule(strokeWidth=7, strokeOpacity=0.45, strokeCap="butt").encode(
            x="x_start:T", x2="x_end:T", y="y:Q", color=color, tooltip=tooltip), data, "span", "described", "point"),
        # only the month of publication known: a thin bar over the month
        _filtered(base.mark_rule(strokeWidth=2).encode(x="x_start:T", x2="x_end:T", y="y:Q", color=color,
                                                       opacity=opacity, tooltip=tooltip),
                  data, "span", "published", "point"),
        # a range over a span of time: a box
        _filtered(base.mark_rect(fillOpacity=0.12, strokeWidth=1, strokeDash=[3, 2]).encode(
            x="x_start:T", x2="x_end:T", y="y_low:Q", y2="y_high:Q", color=color,
            stroke=source_stroke(scale), opacity=opacity, tooltip=tooltip),
            data, "span", "interval"),
        # ranges: a bar from low to high with end caps
        _filtered(base.mark_rule(strokeWidth=3).encode(x=x, y="y_low:Q", y2="y_high:Q", color=color, opacity=opacity,
                                                       strokeDash=dash, tooltip=tooltip), data, "range", "interval"),
        _filtered(cap.encode(x=x, y="y_low:Q", color=color, opacity=opacity, tooltip=tooltip), data, "range", "interval"),
        _filtered(cap.encode(x=x, y="y_high:Q", color=color, opacity=opacity, tooltip=tooltip), data, "range", "interval"),
        # everything with one value: exact, approximate, upper and lower bounds
        _filtered(base.mark_point(filled=True, size=110, strokeWidth=1.5).encode(
            x=x, y=y, color=color, stroke=stroke, fillOpacity=fill,
            shape=shape_encoding(data.filter(pl.col("drawn_as") == "point")["glyph"]),
            opacity=opacity, tooltip=tooltip), data, "point"),
    ]
    layers += _event_layers(events)
    chart = alt.layer(*[layer for layer in layers if layer is not None], data=data).properties(width=WIDTH, height=300)
    return chart.properties(title=title) if title else chart


EVENT_ROW_PX = 12


def _event_layers(events: pl.DataFrame) -> list[alt.Chart]:
    """Each event as a dashed vertical line with its label at the top of the panel (events on one day
    stacked); the tooltip names the source of a new high.  Its x carries no scale (the panel's)."""
    if events.is_empty():
        return []
    rows = events.with_columns(pl.col("date").cum_count().over("date").sub(1).alias("row"),
                               pl.col("detail").fill_null(""))
    x = alt.X("date:T")
    tooltip = [alt.Tooltip("date:T", title="Date", format="%d %b %Y"), alt.Tooltip("label:N", title="Event"),
               alt.Tooltip("detail:N", title="Source")]
    base = alt.Chart(rows)
    layers = [base.mark_rule(color="#777", strokeDash=[4, 3], strokeWidth=1).encode(x=x, tooltip=tooltip)]
    for row in range(int(rows["row"].max()) + 1):
        layers.append(base.mark_text(align="left", baseline="top", dx=3, fontSize=10, color="#444", limit=220)
                      .encode(x=x, y=alt.value(2 + EVENT_ROW_PX * row), text="label:N", tooltip=tooltip)
                      .transform_filter(f"datum.row == {row}"))
    return layers


def _vague_strip(data: pl.DataFrame, scale: alt.Scale, x_scale: alt.Scale, x_axis: alt.Axis) -> alt.LayerChart:
    x = alt.X("x_date:T", title=X_TITLE, scale=x_scale, axis=x_axis)
    y = alt.Y("source_name:N", title=None, axis=alt.Axis(labelLimit=260))
    tooltip = claim_tooltip()
    base = alt.Chart(data)
    points = base.mark_point(filled=True, size=110, strokeWidth=1.5, shape="diamond").encode(
        x=x, y=y, color=source_color(scale), stroke=source_stroke(scale),
        fillOpacity=review_fill(data["review"].unique().to_list()),
        opacity=opacity_encoding(data["report"].unique().to_list()), tooltip=tooltip)
    months = base.mark_rule(strokeWidth=2).encode(
        x="x_start:T", x2="x_end:T", y=y, color=source_color(scale),
        opacity=opacity_encoding(data["report"].unique().to_list()), tooltip=tooltip,
    ).transform_filter(alt.datum.x_start != None)  # noqa: E711
    # the words as written, alternately above and below the row's middle (one layer each), so that
    # two said close together in time do not print over each other
    label_rows = data.with_columns((pl.col("x_date").rank("ordinal").over("source_name") % 2).alias("label_row"))
    labels = [alt.Chart(label_rows).mark_text(align="left", dx=8, dy=dy, fontSize=11, color="#333").encode(
        x=x, y=y, text="number_text:N", opacity=opacity_encoding(data["report"].unique().to_list()),
    ).transform_filter(f"datum.label_row == {row}") for row, dy in ((1, -6), (0, 6))
        if label_rows["label_row"].eq(row).any()]
    n_rows = data["source_name"].n_unique()
    layers = [months, points, *labels] if data["x_start"].is_not_null().any() else [points, *labels]
    return alt.layer(*layers).properties(
        width=WIDTH, height=24 * n_rows + 10,
        title=chart_title("Vague magnitudes without a figure", "e.g. 'Tausende' (thousands): when they were said, "
                                                          "not how many"))


def _vague_summary_strip(data: pl.DataFrame, scale: alt.Scale, x_scale: alt.Scale, x_axis: alt.Axis,
                         period: str) -> alt.Chart:
    x = alt.X("x_date:T", title=f"Publication date, per {period}", scale=x_scale, axis=x_axis)
    y = alt.Y("source_name:N", title=None, axis=alt.Axis(labelLimit=260))
    tooltip = [alt.Tooltip("source_name:N", title="Source"), alt.Tooltip("period_text:N", title="Published"),
               alt.Tooltip("n_claims:Q", title="Vague magnitudes", format=","),
               alt.Tooltip("n_echoes:Q", title="of which echoes", format=","),
               alt.Tooltip("n_articles:Q", title="Articles", format=","),
               alt.Tooltip("as_written:N", title="As written")]
    n_rows = data["source_name"].n_unique()
    return alt.Chart(data).mark_point(shape="diamond", filled=True, strokeWidth=0, opacity=0.85).encode(
        x=x, y=y, color=source_color(scale), tooltip=tooltip,
        size=alt.Size("n_claims:Q", title="Vague magnitudes", scale=alt.Scale(range=[20, 240], zero=False),
                      legend=alt.Legend(values=legend_counts(data["n_claims"]), format=",d")),
    ).properties(width=WIDTH, height=24 * n_rows + 10,
                 title=chart_title("Vague magnitudes, counted", f"e.g. 'Tausende' (thousands): how many were said per "
                                                           f"source and {period}, not how many troops"))


def _timeline_summary(df: pl.DataFrame, scale: alt.Scale, heading: str,
                      max_marks: int) -> alt.LayerChart | alt.VConcatChart:
    """The timeline of more than ``max_marks`` claims: per measure, source and period, a bar from the
    lowest to the highest figure and a dot at the median; vague magnitudes counted in a strip."""
    valued = df.filter(pl.col("glyph") != "vague")
    vague = df.filter(pl.col("glyph") == "vague")

    def n_rows(period: str) -> int:
        keys = ["source", "period_start", "period_end"]
        return (with_period(valued, period).select("measure", *keys).n_unique() if valued.height else 0) + (
            with_period(vague, period).select(keys).n_unique() if vague.height else 0)

    period = summary_period(df["published_date"].min(), df["published_date"].max(), n_rows, max_marks)
    keys = ["measure", *SUMMARY_KEYS]
    summary = figure_summary(with_period(valued, period), keys)
    slot = (pl.col("source").rank("dense") - 1).cast(pl.Int64)  # sources in order of id, as in the legend
    summary = summary.with_columns(slot_x(slot, max(1, summary["source"].n_unique())).alias("x_date"))
    strip = vague_summary(with_period(vague, period), SUMMARY_KEYS).with_columns(
        slot_x(pl.lit(0, pl.Int64), 1).alias("x_date"))
    bounds = pl.concat([summary.select("period_start", "period_end"), strip.select("period_start", "period_end")])
    lo, hi = bounds["period_start"].min(), bounds["period_end"].max()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x_scale = date_scale(lo - pad, hi + pad)
    x_axis = time_axis(lo - pad, hi + pad)
    x = alt.X("x_date:T", title=f"Publication date, per {period}", scale=x_scale, axis=x_axis)
    color = source_color(scale)
    month_only = period in ("day", "week") and summary["period_text"].str.ends_with("(month-only dates)").any()
    subtitle = [f"{df.height:,} claims summarised per source and {period}: bar = lowest to highest figure, "
                f"dot = median; narrow the selection (dates, sources) to see each claim.",
                f"A summary: more than the {max_marks:,} marks one chart draws. Hover for the number of claims "
                f"and articles and how the figures were stated."
                + (" Month-only publication dates are summarised per month." if month_only else "")]
    if vague.height:
        subtitle.append(f"{vague.height:,} vague magnitudes ('Tausende', also those read as 2,000–9,999) are "
                        f"counted per source and {period} in the strip below, not drawn as figures.")
    measures = summary["measure"].unique().sort().to_list()
    panels = []
    for m in measures:
        part = summary.filter(pl.col("measure") == m)
        chart = alt.layer(*summary_layers(x, None, f"Figure stated ({m})", summary_top(part), color,
                                           summary_tooltip("Published"), 3), data=part)
        chart = chart.properties(width=WIDTH, height=300)
        panels.append(chart.properties(title=m) if len(measures) > 1 else chart)
    if strip.height:
        panels.append(_vague_summary_strip(strip, scale, x_scale, x_axis, period))
    if len(panels) == 1:
        return panels[0].properties(title=chart_title(heading, subtitle))
    return (alt.vconcat(*panels, title=chart_title(heading, subtitle), spacing=24)
            .resolve_scale(x="shared", color="shared", y="independent"))


def _finding(selection: pl.DataFrame, quantity: str, filters: str) -> str:
    """A title that states what the figures say (the latest figure of each named source) and the filter."""
    latest = views.latest_estimates(selection)
    shown = f" ({filters})" if filters else ""
    if latest.is_empty():
        return f"Estimates of {quantity} over time{shown}"
    lo, hi = latest.sort("estimate").row(0, named=True), latest.sort("estimate").row(-1, named=True)
    n = latest["source"].n_unique()
    if n == 1:
        return f"{quantity}: one named source, latest figure {hi['value_text']}{shown}"
    return f"{quantity}: the latest figures of {n} named sources run from {lo['value_text']} to {hi['value_text']}{shown}"


def plot_estimate_timeline(
    selection: pl.DataFrame,
    *,
    color_domain: Iterable[str] | None = None,
    labels: Mapping[str, str] | None = None,
    title: str | None = None,
    filters: str = "",
    max_marks: int = MAX_MARKS,
    events: pl.DataFrame | None = None,
) -> alt.LayerChart | alt.VConcatChart:
    """Estimates of one quantity over publication time, one colour per source.

    ``selection`` is a slice of the claims table (see :func:`analysis.views.select_claims`).
    x is the publication date (always known; the period a figure is about is in
    the tooltip).  Figures with a number are drawn in one panel per measure
    (casualty type or unit, when there are several); vague magnitudes without a
    number ('Tausende') in a strip below.  Returns a layer chart, or a vertical
    concatenation of panels.  ``labels`` maps quantity ids to titles
    (:func:`analysis.views.quantity_labels`); ``color_domain`` see the module docstring.

    More than ``max_marks`` claims: a summary instead of one mark per claim.  Per
    measure, source and publication period (the finest of day, week, month,
    quarter and year that fits ``max_marks`` rows and about 60 periods), a bar from
    the lowest to the highest figure stated and a dot at the median, the sources
    of a period side by side; the tooltip counts claims, echoes and articles.
    Vague magnitudes (also those read as an interval) are counted per source and
    period in the strip.  The subtitle says it is a summary.

    ``events`` (:func:`analysis.views.timeline_events`: analysts' notes and new highs) are drawn
    as dashed vertical lines labelled at the top of each panel, those inside the time axis only.
    """
    max_marks = check_max_marks(max_marks)
    if selection.is_empty():
        raise ValueError("plot_estimate_timeline needs at least one claim (select_claims refuses empty selections)")
    df = figure_data(selection).with_columns(pl.len().over("claim_group").alias("group_size"))
    data = plot_columns(df, ["x_date", "x_start", "x_end", "x_basis", "pub_date", "group_size"]).sort(
        ["x_date", "source", "claim_id"])
    scale = source_scale(data, color_domain)
    labels = dict(labels or {})
    quantity = ", ".join(labels.get(q, q) for q in sorted(selection["quantity"].unique().to_list()))
    heading = title or _finding(selection, quantity, filters)
    if data.height > max_marks:
        return _timeline_summary(df, scale, heading, max_marks)
    lo = data.select(pl.min_horizontal(pl.col("x_start").min(), pl.col("x_date").min(), pl.col("pub_date").min())).item()
    hi = data.select(pl.max_horizontal(pl.col("x_end").max(), pl.col("x_date").max(), pl.col("pub_date").max())).item()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x_scale = date_scale(lo - pad, hi + pad)
    x_axis = time_axis(lo - pad, hi + pad)
    subtitle = ["x: the period a figure describes when the article states one (wide pale bar across a month or "
                "season; a faint dotted line to a grey tick at its publication), else the publication date.",
                "Filled circle: exact; ring: approximate; ▼ up to; ▲ at least; bar with caps: range. "
                "Faded, joined by a dotted line: echoes. Thin bar: only the month of publication known."]
    valued = data.filter(pl.col("glyph") != "vague")
    vague = data.filter(pl.col("glyph") == "vague")
    measures = valued["measure"].unique().sort().to_list()
    shown_events = (events if events is not None else pl.DataFrame(schema=views.EVENT_SCHEMA)).filter(
        pl.col("date").is_between(lo - pad, hi + pad))
    panels = [
        _timeline_panel(valued.filter(pl.col("measure") == m), scale, x_scale, x_axis,
                        f"Figure stated ({m})", f"{m}" if len(measures) > 1 else None, shown_events)
        for m in measures
    ]
    if vague.height:
        panels.append(_vague_strip(vague, scale, x_scale, x_axis))
    if len(panels) == 1:
        return panels[0].properties(title=chart_title(heading, subtitle))
    return (alt.vconcat(*panels, title=chart_title(heading, subtitle), spacing=24)
            .resolve_scale(x="shared", color="shared", shape="shared", opacity="shared", y="independent"))


