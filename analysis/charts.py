"""Charts of the claims: functions that take polars tables and return altair charts.

No I/O here: the notebooks load tables with :mod:`analysis.views` and pass them
in.  Every chart is deterministic (sorted data, no random ids) and gives each
source one colour: the sorted source ids of ``color_domain`` (default: the
sources in the data) take the colours of :data:`SOURCE_PALETTE` in turn, and
unattributed claims are always grey, so pass the whole claims table's sources
to keep a source's colour across charts and parameter sets.

How a figure was stated is drawn the same way in every chart (:data:`GLYPHS`):
a filled circle is an exact figure, a ring an approximate one, a downward
triangle an upper bound ('bis zu'), an upward one a lower bound ('mindestens'),
a vertical bar with end caps a range, a hollow diamond a vague magnitude.
Echoes of an earlier claim are faded; month-only dates are drawn as a bar over
the whole month.

A chart draws at most :data:`MAX_MARKS` rows of data (altair's own limit, and a
few MB of notebook output).  Given more claims or articles, the timeline, the
source comparison and the corpus coverage draw a summary instead, one mark per
source (or publisher) and period: a bar from the lowest to the highest figure,
a dot at the median, the counts in the tooltip; their subtitle says so.  Every
claim is counted in a summary, none is dropped.  The review chart shows the
articles with most numbers still to review and says how many it leaves out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import altair as alt
import polars as pl

from . import views

RENDERER_NAME = "nk"
# JupyterLab's renderer key; altair 6's own key (application/vnd.vegalite.v6.json) is rejected by nbformat.
VEGALITE_MIMETYPE = "application/vnd.vegalite.v5+json"

SOURCE_PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#9c755f", "#76b7b2", "#edc948",
    "#ff9da7", "#2f5c85", "#b6992d", "#499894", "#d37295", "#8cd17d", "#a0cbe8", "#ffbe7d",
    "#86bcb6", "#d4a6c8", "#fabfd2", "#9d7660",
)
UNATTRIBUTED_COLOR = "#8c8c8c"

# A ring (approximate) and a vertical bar (range), as vega symbol paths on the unit square.
_RING = ("M-1,0A1,1,0,1,1,1,0A1,1,0,1,1,-1,0Z"
         "M-0.5,0A0.5,0.5,0,1,0,0.5,0A0.5,0.5,0,1,0,-0.5,0Z")
_BAR = "M-0.2,-1L0.2,-1L0.2,1L-0.2,1Z"
# glyph id -> (legend label, vega shape)
GLYPHS = {
    "exact": (views.STATED_AS["exact"], "circle"),
    "approximate": (views.STATED_AS["approximate"], _RING),
    "upper": (views.STATED_AS["upper"], "triangle-down"),
    "lower": (views.STATED_AS["lower"], "triangle-up"),
    "range": (views.STATED_AS["range"], _BAR),
    "vague": (views.STATED_AS["vague"], "diamond"),
}
REPORT_OPACITY = {"first report": 1.0, "echo": 0.35}
MENTION_STATUS_COLORS = {"claim": "#4e79a7", "repeat": "#a0cbe8", "not_a_claim": "#bab0ac", "rejected": "#e15759"}
REVIEW_COLORS = {"unreviewed": "#f28e2b", "unreviewed (not an amount)": "#ffbe7d", "corrected": "#59a14f",
                 "confirmed": "#8cd17d", "rejected in review": "#e15759"}
LANGUAGE_COLORS = {"de": "#4e79a7", "en": "#f28e2b"}
WIDTH = 640
MAX_MARKS = 5_000  # most data rows one chart embeds (altair's own MaxRowsError limit); more: a summary


# -- notebook renderer ---------------------------------------------------------------------

def _describe(spec: dict) -> str:
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(map(str, title))
    kind = next((k for k in ("layer", "vconcat", "hconcat", "concat", "facet") if k in spec), "mark")
    return f"<altair chart ({kind}): {title}>" if title else f"<altair chart ({kind})>"


def notebook_renderer(spec: dict, **metadata) -> dict:
    """Vega-Lite JSON under JupyterLab's key, plus a plain-text line; deterministic."""
    return {VEGALITE_MIMETYPE: spec, "text/plain": _describe(spec)}


def enable_notebook_renderer():
    """Register and enable the ``nk`` renderer (see :func:`notebook_renderer`)."""
    alt.renderers.register(RENDERER_NAME, notebook_renderer)
    return alt.renderers.enable(RENDERER_NAME)


# -- colours and shapes --------------------------------------------------------------------

def source_colors(sources: Iterable[str]) -> dict[str, str]:
    """``source id -> colour``: sorted ids take the palette in turn; 'unattributed' is grey."""
    ids = sorted({s for s in sources if s is not None} - {views.UNATTRIBUTED})
    colors = {s: SOURCE_PALETTE[i % len(SOURCE_PALETTE)] for i, s in enumerate(ids)}
    colors[views.UNATTRIBUTED] = UNATTRIBUTED_COLOR
    return colors


def source_scale(df: pl.DataFrame, color_domain: Iterable[str] | None = None) -> alt.Scale:
    """Colour scale on ``source_name`` for the sources in ``df``, coloured by ``color_domain``."""
    palette = source_colors(list(color_domain) + list(df["source"]) if color_domain is not None else df["source"])
    present = (df.select("source", "source_name").unique("source").sort("source")
               .with_columns(pl.col("source_name").fill_null(pl.col("source"))))
    return alt.Scale(domain=present["source_name"].to_list(),
                     range=[palette[s] for s in present["source"].to_list()])


def _source_color(scale: alt.Scale, legend: bool = True) -> alt.Color:
    return alt.Color("source_name:N", scale=scale, title="Source",
                     legend=alt.Legend(labelLimit=320, orient="right") if legend else None)


def _shape(present: Iterable[str] | None = None) -> alt.Shape:
    keys = [k for k in GLYPHS if present is None or k in set(present)]
    return alt.Shape("stated_as:N", title="How stated",
                     scale=alt.Scale(domain=[GLYPHS[k][0] for k in keys], range=[GLYPHS[k][1] for k in keys]),
                     legend=alt.Legend(symbolFillColor="#555", symbolStrokeColor="#555", labelLimit=260))


def _opacity() -> alt.Opacity:
    return alt.Opacity("report:N", title="Report",
                       scale=alt.Scale(domain=list(REPORT_OPACITY), range=list(REPORT_OPACITY.values())))


def _tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("number_text:N", title="As written"),
        alt.Tooltip("value_text:N", title="Value"),
        alt.Tooltip("stated_as:N", title="Stated as"),
        alt.Tooltip("source_name:N", title="Source"),
        alt.Tooltip("via_text:N", title="Via"),
        alt.Tooltip("publisher:N", title="Publisher"),
        alt.Tooltip("published_text:N", title="Published"),
        alt.Tooltip("reference_period:N", title="Reference period"),
        alt.Tooltip("report:N", title="Report"),
        alt.Tooltip("quote:N", title="Quote"),
        alt.Tooltip("review_status:N", title="Review"),
        alt.Tooltip("claim_id:N", title="Claim"),
    ]


def glyph() -> pl.Expr:
    """Which glyph a figure gets (keys of :data:`GLYPHS`)."""
    low, best, high = pl.col("value_low"), pl.col("value_best"), pl.col("value_high")
    return (pl.when((low.is_null() & best.is_null() & high.is_null()) | (pl.col("bound") == "vague"))
            .then(pl.lit("vague"))
            .when((pl.col("bound") == "range") | (best.is_null() & low.is_not_null() & high.is_not_null()))
            .then(pl.lit("range"))
            .when(pl.col("bound") == "upper").then(pl.lit("upper"))
            .when(pl.col("bound") == "lower").then(pl.lit("lower"))
            .when(pl.col("bound").is_in(["approximate", "vague"]) | pl.col("is_approximate").fill_null(False))
            .then(pl.lit("approximate"))
            .otherwise(pl.lit("exact")))


def figure_data(claims: pl.DataFrame) -> pl.DataFrame:
    """Claims with the plotting columns every figure chart uses.

    ``glyph`` and ``stated_as`` (legend label); ``drawn_as``: *point* (one
    value), *interval* (a range, or a vague magnitude the extractor read as an
    interval, e.g. 'Tausende' = 2,000-9,999) or *none* (no number at all);
    ``y`` (the value a point is drawn at: best, else the bound; the midpoint of
    an interval), ``y_low``/``y_high`` (the ends of intervals), ``x_date``
    (publication date; mid-month for month-only dates), ``x_start``/``x_end``
    (the month a month-only date covers), and the text columns of
    :func:`analysis.views.with_display_columns`.
    """
    month = pl.col("published_precision") == "month"
    df = views.with_display_columns(claims).with_columns(glyph().alias("glyph"))
    low, best, high = pl.col("value_low"), pl.col("value_best"), pl.col("value_high")
    drawn_as = (pl.when(low.is_null() & best.is_null() & high.is_null()).then(pl.lit("none"))
                .when(pl.col("glyph").is_in(["range", "vague"]) & low.is_not_null() & high.is_not_null())
                .then(pl.lit("interval"))
                .otherwise(pl.lit("point")))
    df = df.with_columns(drawn_as.alias("drawn_as"))
    interval = pl.col("drawn_as") == "interval"
    return df.with_columns(
        pl.col("glyph").replace_strict({k: v[0] for k, v in GLYPHS.items()}, return_dtype=pl.String)
        .alias("stated_as"),
        views.central_value().alias("y"),
        pl.when(interval).then(low).alias("y_low"),
        pl.when(interval).then(high).alias("y_high"),
        pl.when(month).then(pl.col("published_date").dt.offset_by("14d"))
        .otherwise(pl.col("published_date")).alias("x_date"),
        pl.when(month).then(pl.col("published_date")).alias("x_start"),
        pl.when(month).then(pl.col("published_date").dt.month_end().dt.offset_by("1d")).alias("x_end"),
    )


def _plot_columns(df: pl.DataFrame, extra: Iterable[str] = ()) -> pl.DataFrame:
    keep = ["claim_id", "claim_group", "source", "source_name", "via_text", "publisher", "published_text",
            "reference_period", "number_text", "value_text", "stated_as", "glyph", "report", "quote",
            "review_status", "measure", "drawn_as", "y", "y_low", "y_high", *extra]
    return df.select(list(dict.fromkeys(keep)))


def _y_max(df: pl.DataFrame) -> float:
    """Top of a value axis: 10% above the largest value drawn, so marks at the top stay visible."""
    top = df.select(pl.max_horizontal(pl.col("y").max(), pl.col("y_high").max())).item()
    return float(top or 1) * 1.1


def _time_axis(lo: dt.date, hi: dt.date) -> alt.Axis:
    """Month ticks labelled 'Jul 2025' over long spans; day ticks over a few weeks."""
    days = (hi - lo).days
    if days <= 75:
        return alt.Axis(format="%d %b %Y", labelAngle=0, tickCount={"interval": "week", "step": 1})
    step = 1 if days <= 400 else (3 if days <= 1200 else 12)
    return alt.Axis(format="%b %Y", labelAngle=0, tickCount={"interval": "month", "step": step})


def _title(text: str, subtitle: str | list[str] | None = None) -> alt.TitleParams:
    return alt.TitleParams(text=text, subtitle=subtitle or "", anchor="start", subtitleColor="#555")


# -- summaries of large selections -------------------------------------------------------------

# Periods a summary is drawn per, finest first; the finest with at most _MOST_PERIODS periods across
# the time axis (about 10 px each) whose rows fit the budget is taken.
_SUMMARY_PERIODS = ("day", "week", "month", "quarter", "year")
_PERIOD_EVERY = {"day": "1d", "week": "1w", "month": "1mo", "quarter": "1q", "year": "1y"}
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.31, "year": 365.25}
_MOST_PERIODS = 60
_STATED_SHORT = {"exact": "exact", "approximate": "approximate", "upper": "up to", "lower": "at least",
                 "range": "range", "vague": "vague"}
_SUMMARY_KEYS = ["source", "source_name", "period_start", "period_end", "period_text"]


def _check_max_marks(max_marks: object) -> int:
    return views.check_int("max_marks", max_marks, minimum=1, maximum=1_000_000)


def _with_period(df: pl.DataFrame, period: str) -> pl.DataFrame:
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


def _summary_period(lo: dt.date, hi: dt.date, n_rows, max_marks: int) -> str:
    """The finest period with at most :data:`_MOST_PERIODS` periods from ``lo`` to ``hi`` and
    ``n_rows(period) <= max_marks``; 'year' when none fits (the summary cannot get coarser)."""
    days = (hi - lo).days + 1
    for period in _SUMMARY_PERIODS[:-1]:
        if days / _PERIOD_DAYS[period] <= _MOST_PERIODS and n_rows(period) <= max_marks:
            return period
    return "year"


def _slot_x(slot: pl.Expr, n_slots: int) -> pl.Expr:
    """A time inside the period: the middle of part ``slot`` of ``n_slots`` equal parts (one per source),
    so the summaries of several sources in one period stand side by side."""
    start = pl.col("period_start").cast(pl.Datetime("ms")).cast(pl.Int64)
    end = pl.col("period_end").cast(pl.Datetime("ms")).cast(pl.Int64)
    return (start + (end - start) * (2 * slot + 1) // (2 * n_slots)).cast(pl.Datetime("ms"))


def _figure_summary(df: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
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


def _vague_summary(df: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
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


def _summary_tooltip(period_title: str) -> list[alt.Tooltip]:
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


def _summary_layers(x: alt.X, x_offset: alt.XOffset | None, y_title: str, y_top: float, color: alt.Color,
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


def _summary_top(data: pl.DataFrame) -> float:
    """Top of a summary's value axis: 10% above the highest figure."""
    return float(data["y_max"].max() or 1) * 1.1


# -- 02: the estimate timeline ---------------------------------------------------------------

def _timeline_panel(data: pl.DataFrame, scale: alt.Scale, x_scale: alt.Scale, x_axis: alt.Axis, y_title: str,
                    title: str | None) -> alt.LayerChart:
    x = alt.X("x_date:T", title="Publication date (month-only dates: bar across the month)", scale=x_scale,
              axis=x_axis)
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=True, domainMax=_y_max(data), nice=True),
              axis=alt.Axis(format=",.0f"))
    color = _source_color(scale)
    opacity = _opacity()
    tooltip = _tooltip()
    base = alt.Chart()
    month_only = alt.datum.x_start != None  # noqa: E711 - a vega expression, not Python
    ranges = "datum.glyph == 'range' && datum.drawn_as == 'interval'"
    vague = "datum.glyph == 'vague' && datum.drawn_as == 'interval'"
    layers = [
        # echoes joined to their first report (same claim_group); not for vague magnitudes
        base.mark_line(strokeDash=[2, 3], color="#999", strokeWidth=1)
        .encode(x=x, y="y:Q", detail="claim_group:N", order="x_date:T")
        .transform_filter("datum.group_size > 1 && datum.glyph != 'vague'"),
        # month-only publication dates: a bar over the month (points) or a box (intervals)
        base.mark_rule(strokeWidth=2).encode(x="x_start:T", x2="x_end:T", y="y:Q", color=color,
                                             opacity=opacity, tooltip=tooltip)
        .transform_filter(month_only).transform_filter("datum.drawn_as == 'point'"),
        base.mark_rect(fillOpacity=0.12, strokeWidth=1, strokeDash=[3, 2]).encode(
            x="x_start:T", x2="x_end:T", y="y_low:Q", y2="y_high:Q", color=color,
            stroke=alt.Stroke("source_name:N", scale=scale, legend=None), opacity=opacity, tooltip=tooltip)
        .transform_filter(month_only).transform_filter("datum.drawn_as == 'interval'"),
        # ranges: a bar from low to high with end caps
        base.mark_rule(strokeWidth=3).encode(x=x, y="y_low:Q", y2="y_high:Q", color=color, opacity=opacity,
                                             tooltip=tooltip).transform_filter(ranges),
        base.mark_tick(orient="horizontal", size=12, thickness=2).encode(x=x, y="y_low:Q", color=color,
                                                                         opacity=opacity, tooltip=tooltip)
        .transform_filter(ranges),
        base.mark_tick(orient="horizontal", size=12, thickness=2).encode(x=x, y="y_high:Q", color=color,
                                                                         opacity=opacity, tooltip=tooltip)
        .transform_filter(ranges),
        # vague magnitudes read as an interval ('Tausende' = 2,000-9,999): dashed, diamonds at the ends
        base.mark_rule(strokeWidth=2, strokeDash=[4, 3]).encode(x=x, y="y_low:Q", y2="y_high:Q", color=color,
                                                                opacity=opacity, tooltip=tooltip)
        .transform_filter(vague),
        base.mark_point(shape="diamond", filled=True, size=60, strokeWidth=0).encode(
            x=x, y="y_low:Q", color=color, opacity=opacity, tooltip=tooltip).transform_filter(vague),
        base.mark_point(shape="diamond", filled=True, size=60, strokeWidth=0).encode(
            x=x, y="y_high:Q", color=color, opacity=opacity, tooltip=tooltip).transform_filter(vague),
        # everything with one value: exact, approximate, upper and lower bounds
        base.mark_point(filled=True, size=110, strokeWidth=0).encode(
            x=x, y=y, color=color, shape=_shape(), opacity=opacity, tooltip=tooltip)
        .transform_filter("datum.drawn_as == 'point'"),
    ]
    chart = alt.layer(*layers, data=data).properties(width=WIDTH, height=300)
    return chart.properties(title=title) if title else chart


def _vague_strip(data: pl.DataFrame, scale: alt.Scale, x_scale: alt.Scale, x_axis: alt.Axis) -> alt.LayerChart:
    x = alt.X("x_date:T", title="Publication date", scale=x_scale, axis=x_axis)
    y = alt.Y("source_name:N", title=None, axis=alt.Axis(labelLimit=260))
    tooltip = _tooltip()
    base = alt.Chart(data)
    points = base.mark_point(filled=True, size=110, strokeWidth=0).encode(
        x=x, y=y, color=_source_color(scale), shape=_shape(), opacity=_opacity(), tooltip=tooltip)
    months = base.mark_rule(strokeWidth=2).encode(
        x="x_start:T", x2="x_end:T", y=y, color=_source_color(scale), opacity=_opacity(), tooltip=tooltip,
    ).transform_filter(alt.datum.x_start != None)  # noqa: E711
    labels = base.mark_text(align="left", dx=8, fontSize=11, color="#333").encode(
        x=x, y=y, text="number_text:N", opacity=_opacity())
    n_rows = data["source_name"].n_unique()
    return alt.layer(months, points, labels).properties(
        width=WIDTH, height=24 * n_rows + 10,
        title=_title("Vague magnitudes without a figure", "e.g. 'Tausende' (thousands): when they were said, "
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
        x=x, y=y, color=_source_color(scale), tooltip=tooltip,
        size=alt.Size("n_claims:Q", title="Vague magnitudes", scale=alt.Scale(range=[20, 240], zero=False),
                      legend=alt.Legend(values=_legend_counts(data["n_claims"]), format=",d")),
    ).properties(width=WIDTH, height=24 * n_rows + 10,
                 title=_title("Vague magnitudes, counted", f"e.g. 'Tausende' (thousands): how many were said per "
                                                           f"source and {period}, not how many troops"))


def _timeline_summary(df: pl.DataFrame, scale: alt.Scale, heading: str,
                      max_marks: int) -> alt.LayerChart | alt.VConcatChart:
    """The timeline of more than ``max_marks`` claims: per measure, source and period, a bar from the
    lowest to the highest figure and a dot at the median; vague magnitudes counted in a strip."""
    valued = df.filter(pl.col("glyph") != "vague")
    vague = df.filter(pl.col("glyph") == "vague")

    def n_rows(period: str) -> int:
        keys = ["source", "period_start", "period_end"]
        return (_with_period(valued, period).select("measure", *keys).n_unique() if valued.height else 0) + (
            _with_period(vague, period).select(keys).n_unique() if vague.height else 0)

    period = _summary_period(df["published_date"].min(), df["published_date"].max(), n_rows, max_marks)
    keys = ["measure", *_SUMMARY_KEYS]
    summary = _figure_summary(_with_period(valued, period), keys)
    slot = (pl.col("source").rank("dense") - 1).cast(pl.Int64)  # sources in order of id, as in the legend
    summary = summary.with_columns(_slot_x(slot, max(1, summary["source"].n_unique())).alias("x_date"))
    strip = _vague_summary(_with_period(vague, period), _SUMMARY_KEYS).with_columns(
        _slot_x(pl.lit(0, pl.Int64), 1).alias("x_date"))
    bounds = pl.concat([summary.select("period_start", "period_end"), strip.select("period_start", "period_end")])
    lo, hi = bounds["period_start"].min(), bounds["period_end"].max()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x_scale = alt.Scale(domain=[(lo - pad).isoformat(), (hi + pad).isoformat()])
    x_axis = _time_axis(lo - pad, hi + pad)
    x = alt.X("x_date:T", title=f"Publication date, per {period}", scale=x_scale, axis=x_axis)
    color = _source_color(scale)
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
        chart = alt.layer(*_summary_layers(x, None, f"Figure stated ({m})", _summary_top(part), color,
                                           _summary_tooltip("Published"), 3), data=part)
        chart = chart.properties(width=WIDTH, height=300)
        panels.append(chart.properties(title=m) if len(measures) > 1 else chart)
    if strip.height:
        panels.append(_vague_summary_strip(strip, scale, x_scale, x_axis, period))
    if len(panels) == 1:
        return panels[0].properties(title=_title(heading, subtitle))
    return (alt.vconcat(*panels, title=_title(heading, subtitle), spacing=24)
            .resolve_scale(x="shared", color="shared", y="independent"))


def plot_estimate_timeline(
    selection: pl.DataFrame,
    *,
    color_domain: Iterable[str] | None = None,
    labels: Mapping[str, str] | None = None,
    title: str | None = None,
    max_marks: int = MAX_MARKS,
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
    """
    max_marks = _check_max_marks(max_marks)
    if selection.is_empty():
        raise ValueError("plot_estimate_timeline needs at least one claim (select_claims refuses empty selections)")
    df = figure_data(selection).with_columns(pl.len().over("claim_group").alias("group_size"))
    data = _plot_columns(df, ["x_date", "x_start", "x_end", "group_size"]).sort(
        ["x_date", "source", "claim_id"])
    scale = source_scale(data, color_domain)
    labels = dict(labels or {})
    quantity = ", ".join(labels.get(q, q) for q in sorted(selection["quantity"].unique().to_list()))
    heading = title or f"Estimates of {quantity} over time"
    if data.height > max_marks:
        return _timeline_summary(df, scale, heading, max_marks)
    lo = data.select(pl.min_horizontal(pl.col("x_start").min(), pl.col("x_date").min())).item()
    hi = data.select(pl.max_horizontal(pl.col("x_end").max(), pl.col("x_date").max())).item()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x_scale = alt.Scale(domain=[(lo - pad).isoformat(), (hi + pad).isoformat()])
    x_axis = _time_axis(lo - pad, hi + pad)
    subtitle = ["x: publication date. Filled circle: exact; ring: approximate; ▼ up to; ▲ at least; "
                "bar with caps: range; dashed with diamond ends: vague ('Tausende', as read).",
                "Faded, joined by a dotted line: echoes of an earlier claim. "
                "Bar across a month: only the month of publication is known. Hover for the quote."]
    valued = data.filter(pl.col("drawn_as") != "none")
    vague = data.filter(pl.col("drawn_as") == "none")
    measures = valued["measure"].unique().sort().to_list()
    panels = [
        _timeline_panel(valued.filter(pl.col("measure") == m), scale, x_scale, x_axis,
                        f"Figure stated ({m})", f"{m}" if len(measures) > 1 else None)
        for m in measures
    ]
    if vague.height:
        panels.append(_vague_strip(vague, scale, x_scale, x_axis))
    if len(panels) == 1:
        return panels[0].properties(title=_title(heading, subtitle))
    return (alt.vconcat(*panels, title=_title(heading, subtitle), spacing=24)
            .resolve_scale(x="shared", color="shared", shape="shared", opacity="shared", y="independent"))


# -- 01: overview ------------------------------------------------------------------------------

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
                 title=_title(f"Claims by {by.replace('_', ' ')}{more}", "dark: first reports; light: echoes"))


def _corpus_summary(articles: pl.DataFrame, max_marks: int) -> alt.LayerChart:
    """The corpus coverage of more than ``max_marks`` articles: one point per publisher, language and period."""
    def n_rows(period: str) -> int:
        return _with_period(articles, period).select("publisher", "language", "period_start", "period_end").n_unique()

    period = _summary_period(articles["published_date"].min(), articles["published_date"].max(), n_rows, max_marks)
    keys = ["publisher", "language", "period_start", "period_end", "period_text"]
    data = (_with_period(articles, period).group_by(keys)
            .agg(pl.len().cast(pl.Int64).alias("n_articles"), pl.col("n_mentions").sum().cast(pl.Int64),
                 pl.col("n_claims").sum().cast(pl.Int64))
            .sort(keys)
            .with_columns(_slot_x(pl.lit(0, pl.Int64), 1).alias("x_date"),
                          pl.col("period_text").str.ends_with("(month-only dates)").alias("month_only")))
    lo, hi = data["period_start"].min(), data["period_end"].max()
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    x = alt.X("x_date:T", title=f"Publication date, per {period}", axis=_time_axis(lo - pad, hi + pad),
              scale=alt.Scale(domain=[(lo - pad).isoformat(), (hi + pad).isoformat()]))
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
                      legend=alt.Legend(values=_legend_counts(data["n_articles"]), format=",d")))
    n_rows_drawn = data["publisher"].n_unique()
    subtitle = [f"{articles.height:,} articles summarised per publisher, language and {period}: size = articles; "
                f"narrow the dates to see each article.",
                f"A summary: more than the {max_marks:,} marks one chart draws. Hover for the number of articles, "
                f"numbers found and claims."]
    if data["month_only"].any():
        subtitle.append("Bar: articles of which only the month of publication is known, summarised per month.")
    return alt.layer(months, points, data=data).properties(
        width=WIDTH - 120, height=max(80, 40 * n_rows_drawn), title=_title("Articles of the corpus", subtitle))


def plot_corpus_coverage(articles: pl.DataFrame, *, max_marks: int = MAX_MARKS) -> alt.LayerChart:
    """The articles of the corpus by publication date and publisher, coloured by language.

    Point size is the number of claims taken from the article; a month-only
    date is drawn as a bar across the month.  More than ``max_marks`` articles:
    one point per publisher, language and publication period (the finest of
    day, week, month, quarter and year that fits), sized by the number of
    articles, the counts in the tooltip; the subtitle says it is a summary.
    """
    max_marks = _check_max_marks(max_marks)
    if articles.height > max_marks:
        return _corpus_summary(articles, max_marks)
    month = pl.col("published_precision") == "month"
    data = (articles.with_columns(
        pl.when(month).then(pl.col("published_date").dt.offset_by("14d")).otherwise(pl.col("published_date"))
        .alias("x_date"),
        pl.when(month).then(pl.col("published_date")).alias("x_start"),
        pl.when(month).then(pl.col("published_date").dt.month_end().dt.offset_by("1d")).alias("x_end"),
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
    x = alt.X("x_date:T", title="Publication date", axis=_time_axis(lo - pad, hi + pad),
              scale=alt.Scale(domain=[(lo - pad).isoformat(), (hi + pad).isoformat()]))
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
                      legend=alt.Legend(values=_legend_counts(data["n_claims"]), format="d")))
    n_rows = data["publisher"].n_unique()
    return alt.layer(months, points, data=data).properties(
        width=WIDTH - 120, height=max(80, 40 * n_rows),
        title=_title("Articles of the corpus", "one point per article; size: claims taken from it; "
                                               "bar: only the month of publication is known"))


# -- 03: source comparison ---------------------------------------------------------------------

def _legend_counts(counts: pl.Series, most: int = 5) -> list[int]:
    """Whole numbers for a size or width legend: every count when few, else an even spread."""
    values = sorted(set(int(v) for v in counts.to_list()))
    if len(values) <= most:
        return values
    step = (len(values) - 1) / (most - 1)
    return sorted({values[round(i * step)] for i in range(most)})


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
        color=_source_color(scale),
        strokeWidth=alt.StrokeWidth("n_claims:Q", title="Claims", scale=alt.Scale(range=[1.5, 9], zero=False),
                                    legend=alt.Legend(values=_legend_counts(rows["n_claims"]), format="d")),
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
        title=_title("Who claims, through whom, printed by whom",
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
                      title: str) -> alt.LayerChart:
    x, x_offset = _comparison_axes(data, scale, periods)
    y = alt.Y("y:Q", title="Figure stated", scale=alt.Scale(zero=True, domainMax=_y_max(data), nice=True),
              axis=alt.Axis(format=",.0f"))
    color = _source_color(scale)
    tooltip = _tooltip() + [alt.Tooltip("period:N", title="Period")]
    layers = []
    if marks.height:
        layers.append(alt.Chart(marks).mark_rect(color="#fbe3d6").encode(
            x=x, tooltip=[alt.Tooltip("period:N", title="Period"),
                          alt.Tooltip("n_pairs:Q", title="Disagreeing pairs of sources")]))
    base = alt.Chart(data)
    layers += [
        base.mark_rule(strokeWidth=3).encode(x=x, xOffset=x_offset, y="y_low:Q", y2="y_high:Q", color=color,
                                             opacity=_opacity(), tooltip=tooltip)
        .transform_filter("datum.drawn_as == 'interval'"),
        base.mark_tick(orient="horizontal", size=10, thickness=2).encode(x=x, xOffset=x_offset, y="y_low:Q",
                                                                         color=color, opacity=_opacity())
        .transform_filter("datum.drawn_as == 'interval'"),
        base.mark_tick(orient="horizontal", size=10, thickness=2).encode(x=x, xOffset=x_offset, y="y_high:Q",
                                                                         color=color, opacity=_opacity())
        .transform_filter("datum.drawn_as == 'interval'"),
        base.mark_point(filled=True, size=100, strokeWidth=0).encode(
            x=x, xOffset=x_offset, y=y, color=color, shape=_shape(), opacity=_opacity(), tooltip=tooltip)
        .transform_filter("datum.drawn_as == 'point'"),
    ]
    return alt.layer(*layers).properties(width=max(260, 110 * len(periods)), height=240, title=title)


def _comparison_summary_panel(data: pl.DataFrame, marks: pl.DataFrame, scale: alt.Scale, periods: list[str],
                              title: str) -> alt.LayerChart:
    x, x_offset = _comparison_axes(data, scale, periods)
    layers = []
    if marks.height:
        layers.append(alt.Chart(marks).mark_rect(color="#fbe3d6").encode(
            x=x, tooltip=[alt.Tooltip("period:N", title="Period"),
                          alt.Tooltip("n_pairs:Q", title="Disagreeing pairs of sources", format=",")]))
    summary = _summary_layers(x, x_offset, "Figure stated", _summary_top(data), _source_color(scale),
                              _summary_tooltip("Period"), 4)
    layers.append(alt.layer(*summary, data=data))
    return alt.layer(*layers).properties(width=max(260, 110 * len(periods)), height=240, title=title)


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
    max_marks = _check_max_marks(max_marks)
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
    panels = []
    keys = valued.select("quantity", "measure").unique().sort(["quantity", "measure"]).to_dicts()
    for key in keys:
        part = valued.filter((pl.col("quantity") == key["quantity"]) & (pl.col("measure") == key["measure"]))
        if summarise:
            data = _figure_summary(part, ["period", "source", "source_name"])
        else:
            data = _plot_columns(part, ["period"]).sort(["period", "source", "claim_id"])
        periods = sorted(data["period"].unique().to_list())
        marks = (disagreements.filter((pl.col("quantity") == key["quantity"]) & (pl.col("measure") == key["measure"]))
                 .select("period", "n_pairs"))
        name = labels.get(key["quantity"], key["quantity"])
        n = marks["n_pairs"].sum() if marks.height else 0
        title = _title(f"{name} ({key['measure']})",
                       f"{n:,} disagreeing pair(s) of sources" if n else "no disagreement between sources")
        panel = _comparison_summary_panel if summarise else _comparison_panel
        panels.append(panel(data, marks, scale, periods, title))
    if summarise:
        subtitle = [f"{valued.height:,} claims summarised per source and {period}: bar = lowest to highest figure, "
                    f"dot = median; narrow the selection (quantities, sources) to see each claim.",
                    f"A summary: more than the {max_marks:,} marks one chart draws. Hover for the number of claims "
                    f"and articles and how the figures were stated. Vague magnitudes are left out.",
                    "Shaded: sources disagree (their figures cannot both be right) in that period."]
        return alt.vconcat(*panels, spacing=30, title=_title(f"What each source said, by {period}", subtitle)
                           ).resolve_scale(color="shared", x="independent", xOffset="independent", y="independent")
    return alt.vconcat(*panels, spacing=30, title=_title(
        f"What each source said, by {period}",
        ["Bars: ranges; ▼ up to; ▲ at least; ring: approximate; faded: echoes.",
         "Shaded: sources disagree (their figures cannot both be right) in that period."],
    )).resolve_scale(color="shared", shape="shared", opacity="shared", x="independent", xOffset="independent",
                     y="independent")


# -- 04: coverage audit --------------------------------------------------------------------------

def plot_mention_classification(audit: pl.DataFrame) -> alt.Chart:
    """Numbers found per kind, split by how they were classified (claim, repeat, not a claim, rejected).

    ``audit`` is :func:`analysis.views.coverage_audit`.
    """
    counts = (audit.group_by("kind", "mention_status").agg(pl.len().cast(pl.Int64).alias("n_mentions"))
              .with_columns(pl.col("n_mentions").sum().over("kind").alias("n_kind"))
              .sort(["n_kind", "kind", "mention_status"], descending=[True, False, False]))
    order = counts.unique("kind", maintain_order=True)["kind"].to_list()
    statuses = list(MENTION_STATUS_COLORS)
    return alt.Chart(counts).mark_bar().encode(
        y=alt.Y("kind:N", sort=order, title="Kind of number"),
        x=alt.X("n_mentions:Q", title="Numbers found", stack="zero", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("mention_status:N", title="Classified as",
                        scale=alt.Scale(domain=statuses, range=[MENTION_STATUS_COLORS[s] for s in statuses])),
        order=alt.Order("status_rank:Q"),
        tooltip=[alt.Tooltip("kind:N", title="Kind"), alt.Tooltip("mention_status:N", title="Classified as"),
                 alt.Tooltip("n_mentions:Q", title="Numbers")],
    ).transform_calculate(
        status_rank=" + ".join(f"(datum.mention_status == '{m}' ? {i} : 0)" for i, m in enumerate(statuses))
    ).properties(width=WIDTH - 160, height=max(60, 24 * len(order)),
                 title=_title("Every number found, by kind and classification",
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
    title = _title("Review progress per article", "orange: still to review (python -m analysis review)")
    if len(order) > most_articles:
        ranked = (counts.group_by("article_id")
                  .agg(pl.col("n_mentions").filter(pl.col("review") == "unreviewed").sum().alias("n_unreviewed"))
                  .sort(["n_unreviewed", "article_id"], descending=[True, False]))
        waiting = ranked.filter(pl.col("n_unreviewed") > 0)
        n_all = len(order)
        order = ranked.head(most_articles)["article_id"].to_list()
        counts = counts.filter(pl.col("article_id").is_in(order))
        title = _title(f"Review progress: {len(order):,} of {n_all:,} articles, those with most numbers still "
                       f"to review", [
                           "orange: still to review (python -m analysis review); most first, ties by article id",
                           f"{waiting.height:,} of the {n_all:,} articles have numbers still to review "
                           f"({waiting['n_unreviewed'].sum():,} numbers); set article_id to see one article"])
    reviews = list(REVIEW_COLORS)
    return alt.Chart(counts).mark_bar().encode(
        y=alt.Y("article_id:N", sort=order, title="Article", axis=alt.Axis(labelLimit=300)),
        x=alt.X("n_mentions:Q", title="Numbers found", stack="zero", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("review:N", title="Review",
                        scale=alt.Scale(domain=reviews, range=[REVIEW_COLORS[r] for r in reviews])),
        order=alt.Order("review_rank:Q"),
        tooltip=[alt.Tooltip("article_id:N", title="Article"), alt.Tooltip("review:N", title="Review"),
                 alt.Tooltip("n_mentions:Q", title="Numbers")],
    ).transform_calculate(
        review_rank=" + ".join(f"(datum.review == '{r}' ? {i} : 0)" for i, r in enumerate(reviews))
    ).properties(width=WIDTH - 160, height=max(60, 26 * len(order)), title=title)
