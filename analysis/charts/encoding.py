"""How the charts encode claims: palette, glyphs, the time axis, the notebook renderer.

Every chart gives each source one colour, fixed by its id in analysis/data/palette.yaml
(:mod:`.palette`): the same in every chart, render and corpus; unattributed claims are grey.  How a figure was stated is drawn
the same way in every chart (:data:`GLYPHS`).  The encodings, tooltips and helpers
here are shared by the topic modules (overview, timeline, sources, audit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import altair as alt
import polars as pl

from analysis import views

from .palette import default_palette, palette_colors

RENDERER_NAME = "nk"
# JupyterLab's renderer key; altair 6's own key (application/vnd.vegalite.v6.json) is rejected by nbformat.
VEGALITE_MIMETYPE = "application/vnd.vegalite.v5+json"

SOURCE_PALETTE = default_palette().colors
UNATTRIBUTED_COLOR = default_palette().unattributed

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


def notebook_renderer(spec: dict, **_metadata) -> dict:
    """Vega-Lite JSON under JupyterLab's key, plus a plain-text line; deterministic."""
    return {VEGALITE_MIMETYPE: spec, "text/plain": _describe(spec)}


def enable_notebook_renderer():
    """Register and enable the ``nk`` renderer (see :func:`notebook_renderer`)."""
    alt.renderers.register(RENDERER_NAME, notebook_renderer)
    return alt.renderers.enable(RENDERER_NAME)


# -- colours and shapes --------------------------------------------------------------------

def source_colors(sources: Iterable[str]) -> dict[str, str]:
    """``source id -> colour`` from analysis/data/palette.yaml: fixed by id, whatever other sources
    the corpus holds (see :mod:`.palette`); 'unattributed' is grey."""
    return palette_colors(sources)


def source_scale(df: pl.DataFrame, color_domain: Iterable[str] | None = None) -> alt.Scale:
    """Colour scale on ``source_name`` for the sources in ``df``, coloured by ``color_domain``."""
    palette = source_colors(list(color_domain) + list(df["source"]) if color_domain is not None else df["source"])
    present = (df.select("source", "source_name").unique("source").sort("source")
               .with_columns(pl.col("source_name").fill_null(pl.col("source"))))
    return alt.Scale(domain=present["source_name"].to_list(),
                     range=[palette[s] for s in present["source"].to_list()])


def _source_legend() -> alt.Legend:
    return alt.Legend(labelLimit=320)  # orient: the chart's default (right; below on a narrow page)


def source_color(scale: alt.Scale, legend: bool = True) -> alt.Color:
    return alt.Color("source_name:N", scale=scale, title="Source", legend=_source_legend() if legend else None)


def source_stroke(scale: alt.Scale) -> alt.Stroke:
    """The outline in the source's colour.  Its legend is the colour's (vega merges the two into one);
    a stroke without a legend beside a colour with one makes vega warn of a conflicting legend."""
    return alt.Stroke("source_name:N", scale=scale, title="Source", legend=_source_legend())


def shape_encoding(present: Iterable[str] | None = None) -> alt.Shape:
    keys = [k for k in GLYPHS if present is None or k in set(present)]
    return alt.Shape("stated_as:N", title="How stated",
                     scale=alt.Scale(domain=[GLYPHS[k][0] for k in keys], range=[GLYPHS[k][1] for k in keys]),
                     legend=alt.Legend(symbolFillColor="#555", symbolStrokeColor="#555", labelLimit=260))


def opacity_encoding(present: Iterable[str] | None = None) -> alt.Opacity:
    """Echoes faded; the legend lists only the kinds of report in ``present`` (default: both)."""
    keys = [k for k in REPORT_OPACITY if present is None or k in set(present)]
    return alt.Opacity("report:O", title="Report", scale=alt.Scale(domain=keys, range=[REPORT_OPACITY[k] for k in keys]),
                       legend=None if keys == ["first report"] else alt.Legend())


# Unreviewed claims (the machine's reading only) are drawn hollow: outline in the source's colour.
REVIEW_FILL = {views.REVIEWED: 1.0, views.UNREVIEWED: 0.12}
REVIEW_DASH = {views.REVIEWED: [1, 0], views.UNREVIEWED: [3, 2]}


def review_fill(present: Iterable[str] | None = None) -> alt.FillOpacity:
    """Fill of a point: solid when reviewed, almost none when not; a legend only when both are drawn."""
    keys = [k for k in REVIEW_FILL if present is None or k in set(present)]
    return alt.FillOpacity("review:O", title="Review", scale=alt.Scale(domain=keys, range=[REVIEW_FILL[k] for k in keys]),
                           legend=alt.Legend(symbolStrokeColor="#555", symbolFillColor="#555") if len(keys) > 1
                           else None)


def review_dash(present: Iterable[str] | None = None) -> alt.StrokeDash:
    """Stroke of a rule: solid when reviewed, dashed when not (no legend: the points carry it)."""
    keys = [k for k in REVIEW_DASH if present is None or k in set(present)]
    return alt.StrokeDash("review:N", scale=alt.Scale(domain=keys, range=[REVIEW_DASH[k] for k in keys]), legend=None)


def claim_tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("number_text:N", title="As written"),
        alt.Tooltip("value_text:N", title="Value"),
        alt.Tooltip("stated_as:N", title="Stated as"),
        alt.Tooltip("source_name:N", title="Source"),
        alt.Tooltip("via_text:N", title="Via"),
        alt.Tooltip("publisher:N", title="Publisher"),
        alt.Tooltip("published_text:N", title="Published"),
        alt.Tooltip("reference_period:N", title="Reference period"),
        alt.Tooltip("placed_at:N", title="Placed at"),
        alt.Tooltip("report:N", title="Report"),
        alt.Tooltip("quote:N", title="Quote"),
        alt.Tooltip("review:N", title="Review"),
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
    an interval), ``y_low``/``y_high`` (the ends of intervals), where it sits in
    time (:func:`analysis.views.time_placement`: ``x_basis``, ``x_date``,
    ``x_start``/``x_end``, ``pub_date`` -- the period the figure describes when the
    text states one, else the publication), ``placed_at`` (words for the tooltip),
    and the text columns of :func:`analysis.views.with_display_columns`.
    """
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
        *views.time_placement(),
    ).with_columns(
        pl.when(pl.col("x_basis") == views.DESCRIBED)
        .then(pl.lit("the period described: ") + pl.col("reference_period"))
        .otherwise(pl.lit("the publication date")).alias("placed_at"),
    )


def publication_x() -> list[pl.Expr]:
    """Where a publication date is drawn: ``x_date`` (mid-month for a month-only date), and for a
    month-only date ``x_start``/``x_end``, the month it covers (end: the first day of the next month).

    The one place the charts find the end of a month-precision publication date (for analysis.dates).
    """
    month = pl.col("published_precision") == "month"
    date = pl.col("published_date")
    return [
        pl.when(month).then(date.dt.offset_by("14d")).otherwise(date).alias("x_date"),
        pl.when(month).then(date).alias("x_start"),
        pl.when(month).then(date.dt.month_end().dt.offset_by("1d")).alias("x_end"),
    ]


def plot_columns(df: pl.DataFrame, extra: Iterable[str] = ()) -> pl.DataFrame:
    keep = ["claim_id", "claim_group", "source", "source_name", "via_text", "publisher", "published_text",
            "reference_period", "number_text", "value_text", "stated_as", "glyph", "report", "quote",
            "review_status", "review", "measure", "drawn_as", "y", "y_low", "y_high", "placed_at", *extra]
    return df.select(list(dict.fromkeys(keep)))


def y_max(df: pl.DataFrame) -> float:
    """Top of a value axis: 10% above the largest value drawn, so marks at the top stay visible."""
    top = df.select(pl.max_horizontal(pl.col("y").max(), pl.col("y_high").max())).item()
    return float(top or 1) * 1.1


def date_scale(lo: dt.date, hi: dt.date) -> alt.Scale:
    """A time scale from ``lo`` to ``hi`` as vega-lite DateTime objects.

    Every layer and panel of a chart sharing the x scale gets this same domain.  (ISO strings are
    read as a datetime signal in some layers and kept as strings in others, and vega warns of a
    "conflicting scale property domain".)
    """
    def as_datetime(day: dt.date) -> alt.DateTime:
        return alt.DateTime(year=day.year, month=day.month, date=day.day)

    return alt.Scale(domain=[as_datetime(lo), as_datetime(hi)])


def time_axis(lo: dt.date, hi: dt.date) -> alt.Axis:
    """Month ticks labelled 'Jul 2025' over long spans; day ticks over a few weeks."""
    days = (hi - lo).days
    if days <= 75:
        return alt.Axis(format="%d %b %Y", labelAngle=0, tickCount={"interval": "week", "step": 1})
    step = 1 if days <= 400 else (3 if days <= 1200 else 12)
    return alt.Axis(format="%b %Y", labelAngle=0, tickCount={"interval": "month", "step": step})


CREDIT = ("Source: figures as stated in the news articles of data/raw (claims extracted and reviewed with "
          "nk-claims-analysis); hover a mark for the article and the quote.")


def chart_title(text: str, subtitle: str | list[str] | None = None, *, credit: bool = True) -> alt.TitleParams:
    """A title; its last subtitle line is always the source/credit line (:data:`CREDIT`), so that it is on
    every chart and every exported PNG/SVG."""
    lines = [subtitle] if isinstance(subtitle, str) else list(subtitle or [])
    if not credit:  # a panel inside a chart whose own title carries the credit
        return alt.TitleParams(text=text, subtitle=subtitle or "", anchor="start", subtitleColor="#555")
    return alt.TitleParams(text=text, subtitle=[*[line for line in lines if line], CREDIT], anchor="start",
                           subtitleColor="#555")




def check_max_marks(max_marks: object) -> int:
    return views.check_int("max_marks", max_marks, minimum=1, maximum=1_000_000)



def legend_counts(counts: pl.Series, most: int = 5) -> list[int]:
    """Whole numbers for a size or width legend: every count when few, else an even spread."""
    values = sorted(set(int(v) for v in counts.to_list()))
    if len(values) <= most:
        return values
    step = (len(values) - 1) / (most - 1)
    return sorted({values[round(i * step)] for i in range(most)})

