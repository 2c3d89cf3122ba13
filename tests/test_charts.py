"""Tests for analysis.charts: assert on each chart's data and encodings, no Jupyter needed.

The tables are the small schema-valid ones of tests/test_views.py.  Every chart is
also compiled to Vega with vl-convert, so a spec that altair accepts but Vega-Lite
cannot draw fails here rather than in a notebook.
"""

from __future__ import annotations

import datetime as dt
import json

import altair as alt
import nbformat
import polars as pl
import pytest
import vl_convert as vlc

from analysis import charts, views
from test_views import QUANTITIES, claim, make_articles, make_claims, make_mentions

D = dt.date


@pytest.fixture
def claims() -> pl.DataFrame:
    return make_claims()


def select(claims: pl.DataFrame, quantity: str, **kwargs) -> pl.DataFrame:
    return views.select_claims(claims, quantity=quantity, valid=QUANTITIES, **kwargs)


def leaf_charts(chart) -> list:
    """Every single-mark chart inside a layer / vconcat chart, in order."""
    if isinstance(chart, alt.LayerChart):
        return [c for layer in chart.layer for c in leaf_charts(layer)]
    if isinstance(chart, alt.VConcatChart):
        return [c for panel in chart.vconcat for c in leaf_charts(panel)]
    return [chart]


def mark_of(chart) -> str:
    mark = chart.mark
    return mark if isinstance(mark, str) else mark.type


def enc(chart, channel: str):
    """One encoding channel of a chart as a plain dict (a list for tooltips)."""
    value = getattr(chart.encoding, channel)
    return [v.to_dict() for v in value] if isinstance(value, list) else value.to_dict()


def filters_of(chart) -> list[str]:
    out = []
    for t in chart.transform if chart.transform is not alt.Undefined else []:
        f = t.filter if hasattr(t, "filter") else t.to_dict().get("filter")
        out.append(f if isinstance(f, str) else json.dumps(f.to_dict() if hasattr(f, "to_dict") else f))
    return out


def compiles(chart) -> dict:
    """The chart's Vega-Lite spec, after checking that vl-convert compiles it to Vega."""
    spec = chart.to_dict()
    vlc.vegalite_to_vega(spec, vl_version="6.4")
    return spec


def main_panel(chart):
    """The first panel of a timeline (the chart itself when it has one panel)."""
    return chart.vconcat[0] if isinstance(chart, alt.VConcatChart) else chart


def panel_data(panel) -> pl.DataFrame:
    return panel.data if isinstance(panel.data, pl.DataFrame) else leaf_charts(panel)[0].data


# -- the renderer ------------------------------------------------------------------------------

@pytest.fixture
def nk_renderer():
    previous = alt.renderers.active
    charts.enable_notebook_renderer()
    yield
    alt.renderers.enable(previous)


def test_renderer_emits_a_vegalite_bundle_nbformat_accepts(nk_renderer, claims: pl.DataFrame):
    assert alt.renderers.active == charts.RENDERER_NAME
    chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
    bundle = chart._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    assert set(bundle) == {charts.VEGALITE_MIMETYPE, "text/plain"}
    assert bundle[charts.VEGALITE_MIMETYPE]["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert bundle["text/plain"] == "<altair chart (layer): Estimates of troops_planned over time>"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "chart", outputs=[nbformat.v4.new_output("display_data", data=bundle)])])
    nbformat.validate(nb)  # altair's own "application/vnd.vegalite.v6.json" would fail here


def test_renderer_output_is_deterministic(nk_renderer, claims: pl.DataFrame):
    first = charts.plot_estimate_timeline(select(claims, "troops_deployed"))._repr_mimebundle_()
    second = charts.plot_estimate_timeline(select(claims, "troops_deployed"))._repr_mimebundle_()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert "altair-viz-" not in json.dumps(first)


def test_plain_text_names_the_title():
    assert charts._describe({"title": {"text": "Hello"}, "layer": []}) == "<altair chart (layer): Hello>"
    assert charts._describe({"mark": "bar"}) == "<altair chart (mark)>"


# -- colours -----------------------------------------------------------------------------------

def test_source_colors_are_stable_and_unattributed_is_grey():
    colors = charts.source_colors(["ua_hur", "kr_nis", "unattributed"])
    assert colors == {"kr_nis": charts.SOURCE_PALETTE[0], "ua_hur": charts.SOURCE_PALETTE[1],
                      "unattributed": charts.UNATTRIBUTED_COLOR}
    assert charts.source_colors(reversed(["ua_hur", "kr_nis"]))["ua_hur"] == colors["ua_hur"]


def test_colour_of_a_source_does_not_depend_on_the_selection(claims: pl.DataFrame):
    everything = claims["source"]
    full = charts.source_scale(claims, everything)
    only_hur = charts.source_scale(claims.filter(pl.col("source") == "ua_hur"), everything)
    hur = "Ukraine's Defence Intelligence (HUR)"
    assert only_hur.domain == [hur]
    assert only_hur.range == [full.range[full.domain.index(hur)]]


# -- 02: estimate timeline ---------------------------------------------------------------------

class TestEstimateTimeline:
    def test_one_measure_without_vague_is_one_layer_chart(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"), labels={"troops_planned": "Planned"})
        assert isinstance(chart, alt.LayerChart)
        assert chart.title.text == "Estimates of Planned over time"
        compiles(chart)

    def test_data_sorted_with_every_claim(self, claims: pl.DataFrame):
        no_figure = claim("e-2025-08", 9, "Tausende", D(2025, 8, 3), bound="vague")
        both = pl.concat([claims, make_claims([no_figure])])
        selection = select(both, "troops_deployed")
        chart = charts.plot_estimate_timeline(selection)
        assert isinstance(chart, alt.VConcatChart)  # a strip for the 'Tausende' without a figure
        main, strip = chart.vconcat
        valued, vague = panel_data(main), panel_data(strip)
        assert sorted(valued["claim_id"].to_list() + vague["claim_id"].to_list()) == sorted(selection["claim_id"])
        assert valued["x_date"].is_sorted()
        assert vague["number_text"].to_list() == ["Tausende"]
        compiles(chart)

    def test_vague_magnitude_read_as_interval_is_dashed(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"))
        assert isinstance(chart, alt.LayerChart)
        row = chart.data.filter(pl.col("number_text") == "Tausenden").row(0, named=True)
        assert (row["glyph"], row["drawn_as"], row["y_low"], row["y_high"]) == ("vague", "interval", 2000, 9999)
        assert row["value_text"] == "vague, read as 2,000–9,999"
        dashed = [c for c in leaf_charts(chart) if mark_of(c) == "rule" and c.mark.strokeDash == [4, 3]]
        assert len(dashed) == 1 and "datum.glyph == 'vague'" in filters_of(dashed[0])[0]
        ranges = [c for c in leaf_charts(chart) if mark_of(c) == "rule" and c.mark.strokeWidth == 3]
        assert "datum.glyph == 'range'" in filters_of(ranges[0])[0]  # vague is not drawn as a range

    def test_glyphs_and_values(self, claims: pl.DataFrame):
        data = panel_data(main_panel(charts.plot_estimate_timeline(select(claims, "troops_deployed"))))
        by_id = {r["claim_id"]: r for r in data.to_dicts()}
        assert by_id["a-2024-10:10"]["glyph"] == "upper" and by_id["a-2024-10:10"]["y"] == 12000
        assert by_id["b-2025-04:5"]["glyph"] == "lower" and by_id["b-2025-04:5"]["y"] == 14000
        assert by_id["a-2024-10:90"]["glyph"] == "exact"
        assert by_id["a-2024-10:10"]["stated_as"] == "upper bound (bis zu)"

    def test_ranges_drawn_from_low_to_high(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
        data = chart.data
        row = data.row(0, named=True)
        assert (row["glyph"], row["y_low"], row["y_high"], row["y"]) == ("range", 25000, 30000, 27500)
        rules = [c for c in leaf_charts(chart) if mark_of(c) == "rule"
                 and c.encoding.y2 is not alt.Undefined and enc(c, "y")["field"] == "y_low"]
        assert rules and any("datum.glyph == 'range'" in f for f in filters_of(rules[0]))

    def test_shapes_distinguish_exact_approximate_and_bounds(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "casualties"))
        points = [c for c in leaf_charts(chart) if mark_of(c) == "point" and c.encoding.shape is not alt.Undefined]
        shape = enc(points[0], "shape")
        mapping = dict(zip(shape["scale"]["domain"], shape["scale"]["range"]))
        assert mapping["exact figure"] == "circle"
        assert mapping["approximate (etwa, rund)"] not in ("circle", alt.Undefined)  # a ring
        assert mapping["upper bound (bis zu)"] == "triangle-down"
        assert mapping["lower bound (mindestens)"] == "triangle-up"
        data = chart.data
        assert set(data.filter(pl.col("number_text").str.contains("4.000"))["glyph"]) == {"approximate"}

    def test_month_precision_spans_the_month(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
        row = chart.data.row(0, named=True)  # published July 2025, month only
        assert (row["x_start"], row["x_end"], row["x_date"]) == (D(2025, 7, 1), D(2025, 8, 1), D(2025, 7, 15))
        spans = [c for c in leaf_charts(chart) if c.encoding.x2 is not alt.Undefined]
        assert {enc(c, "x")["field"] for c in spans} == {"x_start"}
        day = panel_data(main_panel(charts.plot_estimate_timeline(select(claims, "troops_deployed"))))
        first = day.filter(pl.col("claim_id") == "a-2024-10:10").row(0, named=True)
        assert first["x_start"] is None and first["x_date"] == D(2024, 10, 18)

    def test_echoes_faded_and_joined_to_first_report(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"))
        main = main_panel(chart)
        data = panel_data(main)
        echo = data.filter(pl.col("claim_id") == "c-2025-07:300").row(0, named=True)
        assert echo["report"] == "echo" and echo["group_size"] == 2
        point = next(c for c in leaf_charts(main) if mark_of(c) == "point" and c.encoding.shape is not alt.Undefined)
        opacity = enc(point, "opacity")["scale"]
        assert dict(zip(opacity["domain"], opacity["range"])) == {"first report": 1.0, "echo": 0.35}
        line = next(c for c in leaf_charts(main) if mark_of(c) == "line")
        assert enc(line, "detail")["field"] == "claim_group"

    def test_one_colour_per_source(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"), color_domain=claims["source"])
        point = next(c for c in leaf_charts(main_panel(chart)) if mark_of(c) == "point"
                     and c.encoding.shape is not alt.Undefined)
        color = enc(point, "color")
        assert color["field"] == "source_name"
        colors = charts.source_colors(claims["source"])
        names = dict(zip(claims["source"], claims["source_name"]))
        expected = {names[s]: colors[s] for s in ("kp_government", "kr_nis", "ua_hur", "unattributed")}
        assert dict(zip(color["scale"]["domain"], color["scale"]["range"])) == expected

    def test_tooltip_has_what_a_reader_needs(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
        point = next(c for c in leaf_charts(chart) if mark_of(c) == "point")
        fields = {t["field"]: t["title"] for t in enc(point, "tooltip")}
        for field in ("number_text", "quote", "source_name", "via_text", "publisher", "published_text",
                      "reference_period"):
            assert field in fields
        assert chart.data.row(0, named=True)["value_text"] == "25,000–30,000"

    def test_one_panel_per_measure(self):
        rows = [claim("x", 1, "100", D(2025, 1, 1), "casualties", low=100, best=100, high=100,
                      casualty_type="killed", source="kr_nis"),
                claim("y", 1, "300", D(2025, 2, 1), "casualties", low=300, best=300, high=300,
                      casualty_type="wounded", source="kr_nis")]
        chart = charts.plot_estimate_timeline(make_claims(rows))
        assert [p.title for p in chart.vconcat] == ["killed", "wounded"]
        assert [panel_data(p)["number_text"].to_list() for p in chart.vconcat] == [["100"], ["300"]]
        compiles(chart)

    def test_only_vague_claims(self):
        rows = [claim("x", 1, "Tausende", D(2025, 1, 1), bound="vague")]
        chart = charts.plot_estimate_timeline(make_claims(rows))
        assert isinstance(chart, alt.LayerChart)
        assert chart.title.text == "Estimates of troops_deployed over time"
        compiles(chart)

    def test_empty_selection_is_refused(self, claims: pl.DataFrame):
        with pytest.raises(ValueError, match="at least one claim"):
            charts.plot_estimate_timeline(claims.clear())

    def test_same_input_same_spec(self, claims: pl.DataFrame):
        a = charts.plot_estimate_timeline(select(claims, "troops_deployed")).to_json()
        b = charts.plot_estimate_timeline(select(claims, "troops_deployed")).to_json()
        assert a == b


# -- 01: overview ------------------------------------------------------------------------------

@pytest.mark.parametrize("by", ["quantity", "source", "publisher", "review_status"])
def test_claim_counts(claims: pl.DataFrame, by: str):
    counts = views.count_claims(claims, by)
    chart = charts.plot_claim_counts(claims, by)
    data = chart.data
    assert data["n"].sum() == claims.height
    assert set(data["part"]) <= {"first report", "echo"}
    assert enc(chart, "y")["sort"] == counts["label"].to_list()
    compiles(chart)


def test_claim_counts_top_n(claims: pl.DataFrame):
    chart = charts.plot_claim_counts(claims, "source", top_n=2)
    assert chart.data["label"].n_unique() == 2
    assert "top 2 of 5" in chart.title.text


@pytest.mark.parametrize("top_n", [0, 2.5, "3"])
def test_claim_counts_top_n_validated(claims: pl.DataFrame, top_n):
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match="top_n"):
        charts.plot_claim_counts(claims, "source", top_n=top_n)


def test_corpus_coverage(claims: pl.DataFrame):
    articles = make_articles(claims)
    chart = charts.plot_corpus_coverage(articles)
    data = chart.data
    assert data.height == articles.height
    month = data.filter(pl.col("article_id") == "c-2025-07").row(0, named=True)
    assert (month["x_start"], month["x_end"], month["published_text"]) == (
        D(2025, 7, 1), D(2025, 8, 1), "2025-07 (month only)")
    point = next(c for c in leaf_charts(chart) if mark_of(c) == "circle")
    assert enc(point, "color")["field"] == "language"
    compiles(chart)


# -- 03: source comparison ---------------------------------------------------------------------

def test_attribution_paths(claims: pl.DataFrame):
    paths = views.attribution_paths(claims, names={"cnn": "CNN"})
    chart = charts.plot_attribution_paths(paths)
    lines = next(c for c in leaf_charts(chart) if mark_of(c) == "line")
    long = lines.data
    assert long.height == 3 * paths.height
    hur_cnn = long.filter((pl.col("source") == "ua_hur") & (pl.col("via_name") == "CNN")).sort("stage")
    assert hur_cnn["node"].to_list() == ["Ukraine's Defence Intelligence (HUR)", "CNN", "unknown"]
    assert enc(lines, "strokeWidth")["field"] == "n_claims"
    assert long["y"].is_not_null().all()
    compiles(chart)


def test_source_comparison_panels_and_disagreements(claims: pl.DataFrame):
    chart = charts.plot_source_comparison(claims.filter(pl.col("quantity") != "other"), "year",
                                          labels={"casualties": "Casualties"})
    titles = [p.title.text for p in chart.vconcat]
    assert titles == ["Casualties (killed or wounded)", "troops_deployed (people)", "troops_planned (people)"]
    casualties = chart.vconcat[0]
    shaded = [c for c in leaf_charts(casualties) if mark_of(c) == "rect"]
    assert len(shaded) == 1 and shaded[0].data.to_dicts() == [{"period": "2025", "n_pairs": 2}]
    assert not [c for c in leaf_charts(chart.vconcat[1]) if mark_of(c) == "rect"]
    points = next(c for c in leaf_charts(casualties) if mark_of(c) == "point")
    assert enc(points, "xOffset")["field"] == "source_name"
    compiles(chart)


def test_source_comparison_period_is_validated(claims: pl.DataFrame):
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match="period"):
        charts.plot_source_comparison(claims, "decade")


def test_source_comparison_needs_a_figure():
    rows = [claim("x", 1, "Tausende", D(2025, 1, 1), bound="vague")]
    with pytest.raises(ValueError, match="at least one claim with a figure"):
        charts.plot_source_comparison(make_claims(rows))


# -- 04: coverage audit ------------------------------------------------------------------------

def test_mention_classification(claims: pl.DataFrame):
    audit = views.coverage_audit(make_mentions(claims), claims)
    chart = charts.plot_mention_classification(audit)
    assert chart.data["n_mentions"].sum() == audit.height
    assert enc(chart, "y")["sort"] == ["quantity", "date"]
    assert enc(chart, "color")["scale"]["domain"] == list(charts.MENTION_STATUS_COLORS)
    compiles(chart)


def test_review_status(claims: pl.DataFrame):
    audit = views.coverage_audit(make_mentions(claims), claims)
    chart = charts.plot_review_status(audit)
    assert chart.data["n_mentions"].sum() == audit.height
    assert enc(chart, "color")["scale"]["domain"][0] == "unreviewed"
    compiles(chart)
