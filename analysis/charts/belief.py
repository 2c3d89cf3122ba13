"""Notebook 02: what the sources believed over time -- each source's latest estimate as a step line,
the band from the lowest to the highest current estimate, and its median (see analysis.views.belief)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import altair as alt
import polars as pl

from analysis import views

from .encoding import WIDTH, chart_title, date_scale, source_color, source_scale, time_axis


def _line_points(steps: pl.DataFrame) -> pl.DataFrame:
    """Step-after points: one per estimate, plus the end of each source's last step."""
    ends = (steps.sort("valid_from").group_by(["measure", "source"], maintain_order=True).last()
            .with_columns(pl.col("valid_to").alias("valid_from")))
    return (pl.concat([steps, ends.select(steps.columns)]).rename({"valid_from": "date"})
            .select("measure", "source", "source_name", "date", "estimate", "value_text")
            .sort(["measure", "source", "date"]))


def _band_points(band: pl.DataFrame, end) -> pl.DataFrame:
    last = band.sort("date").group_by("measure", maintain_order=True).last().with_columns(pl.lit(end).alias("date"))
    return pl.concat([band, last.select(band.columns)]).sort(["measure", "date"])


def plot_belief_over_time(selection: pl.DataFrame, *, labels: Mapping[str, str] | None = None,
                          filters: str = "") -> alt.LayerChart | alt.VConcatChart:
    """Each independent source's latest estimate as a step line over publication time; the grey band
    spans the lowest to the highest current estimate, the black line is their median."""
    steps = views.belief_steps(selection)
    band = views.belief_band(selection)
    labels = dict(labels or {})
    quantity = ", ".join(labels.get(q, q) for q in sorted(selection["quantity"].unique().to_list()))
    if steps.is_empty():
        return alt.Chart(pl.DataFrame({"text": ["No named source stated a figure in this selection."]})).mark_text(
            align="left", fontSize=13).encode(text="text:N").properties(
            width=WIDTH, height=40, title=chart_title(f"What the sources believed: {quantity}", filters or None))
    end = selection["published_date"].max()
    lo, hi = steps["valid_from"].min(), end
    pad = max((hi - lo) * 0.03, dt.timedelta(days=7))
    x_scale = date_scale(lo - pad, hi + pad)
    x = alt.X("date:T", title="Publication date (a figure counts from the day it was published)", scale=x_scale,
              axis=time_axis(lo - pad, hi + pad))
    scale = source_scale(steps)
    lines, bands = _line_points(steps), _band_points(band, end)
    panels = []
    measures = lines["measure"].unique().sort().to_list()
    for m in measures:
        part_band = bands.filter(pl.col("measure") == m)
        part_lines = lines.filter(pl.col("measure") == m)
        top = float(max(part_lines["estimate"].max(), part_band["high"].max())) * 1.1
        y_scale, y_axis = alt.Scale(zero=True, domainMax=top, nice=True), alt.Axis(format=",.0f")
        y = alt.Y("estimate:Q", title=f"Estimate ({m})", scale=y_scale, axis=y_axis)
        band_tooltip = [alt.Tooltip("date:T", title="From", format="%d %b %Y"),
                        alt.Tooltip("low:Q", title="Lowest", format=",.0f"),
                        alt.Tooltip("median:Q", title="Median", format=",.0f"),
                        alt.Tooltip("high:Q", title="Highest", format=",.0f"),
                        alt.Tooltip("n_sources:Q", title="Sources")]
        layers = [
            alt.Chart(part_band).mark_area(interpolate="step-after", color="#bbb", opacity=0.35).encode(
                x=x, y=alt.Y("low:Q", scale=y_scale, title=f"Estimate ({m})", axis=y_axis), y2="high:Q", tooltip=band_tooltip),
            alt.Chart(part_lines).mark_line(interpolate="step-after", strokeWidth=2).encode(
                x=x, y=y, color=source_color(scale), detail="source:N"),
            alt.Chart(part_lines).mark_point(filled=True, size=50).encode(
                x=x, y=y, color=source_color(scale),
                tooltip=[alt.Tooltip("source_name:N", title="Source"), alt.Tooltip("value_text:N", title="Figure"),
                         alt.Tooltip("date:T", title="From", format="%d %b %Y")]),
            alt.Chart(part_band).mark_line(interpolate="step-after", color="#222", strokeDash=[6, 3],
                                           strokeWidth=1.5).encode(x=x, y="median:Q", tooltip=band_tooltip),
        ]
        chart = alt.layer(*layers).properties(width=WIDTH, height=260)
        panels.append(chart.properties(title=m) if len(measures) > 1 else chart)
    last = band.sort("date").group_by("measure", maintain_order=True).last()
    first = last.row(0, named=True)
    finding = (f"What the sources believed: {quantity} -- by {end:%d %b %Y}, {first['n_sources']} "
               f"source{'s' if first['n_sources'] != 1 else ''} between {views.format_number(first['low'])} and "
               f"{views.format_number(first['high'])} (median {views.format_number(first['median'])})")
    subtitle = ["Each line: a named source's latest figure (first reports only; echoes, unattributed and vague "
                "figures left out), counted from its publication date.",
                "Grey band: lowest to highest current figure across sources; dashed black: their median."
                + (f" {filters}." if filters else "")]
    if len(panels) == 1:
        return panels[0].properties(title=chart_title(finding, subtitle))
    return alt.vconcat(*panels, title=chart_title(finding, subtitle), spacing=24).resolve_scale(
        color="shared", x="shared", y="independent")
