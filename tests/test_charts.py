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
from test_views import QUANTITIES, SOURCE_INFO, claim, make_articles, make_claims, make_mentions

from analysis import charts, schema, views

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


# -- large selections: summaries instead of one mark per claim ---------------------------------

def spec_rows(chart) -> int:
    """Rows of data embedded in a chart's spec, all datasets together (raises MaxRowsError like a notebook)."""
    return sum(len(rows) for rows in chart.to_dict().get("datasets", {}).values())


def layer_frames(chart) -> list[pl.DataFrame]:
    """The distinct data frames of a chart (its own, its panels' and its layers'), in order."""
    out: list[pl.DataFrame] = []

    def walk(c):
        if isinstance(getattr(c, "data", None), pl.DataFrame) and not any(c.data is f for f in out):
            out.append(c.data)
        for part in [*(getattr(c, "vconcat", None) or []), *(getattr(c, "layer", None) or [])]:
            walk(part)

    walk(chart)
    return out


def summary_rows(chart) -> pl.DataFrame:
    """Every summary row of a chart (the frames with ``y_median``), panel after panel."""
    return pl.concat([f for f in layer_frames(chart) if "y_median" in f.columns])


def weekly_claims() -> list[dict]:
    """Three sources, one figure a week from 6 January 2025 (26 weeks), plus a known group and vague magnitudes.

    kr_nis in March 2025: its five weekly figures (10,800 ... 11,200), a range 5,000-25,000, an upper
    bound of 30,000 and an echo of its 10 March figure (10,900), from 7 articles.
    """
    rows = []
    for s, source in enumerate(["kr_nis", "ua_hur", "unattributed"]):
        for w in range(26):
            value = 10_000 + 100 * w + 1000 * s
            rows.append(claim(f"w{w:02d}-{source}", 10, f"{value}", D(2025, 1, 6) + dt.timedelta(days=7 * w + s),
                              low=value, best=value, high=value, source=source))
    rows += [
        claim("m1", 20, "5.000 bis 25.000", D(2025, 3, 12), low=5000, high=25000, bound="range", source="kr_nis"),
        claim("m1", 50, "bis zu 30.000", D(2025, 3, 20), best=30000, high=30000, bound="upper", source="kr_nis"),
        claim("m2", 30, "10.900", D(2025, 3, 25), low=10900, best=10900, high=10900, source="kr_nis",
              claim_group="w09-kr_nis:10", is_first_report=False),
        claim("v1", 5, "Tausende", D(2025, 2, 3), bound="vague"),
        claim("v2", 5, "Tausende", D(2025, 2, 17), bound="vague"),
        claim("v3", 5, "Tausenden", D(2025, 2, 18), low=2000, high=9999, bound="vague", source="ua_hur"),
    ]
    return rows


@pytest.fixture
def weekly() -> pl.DataFrame:
    return make_claims(weekly_claims())


def many_claims(n: int) -> pl.DataFrame:
    """``n`` schema-valid claims of troops_deployed, four per article, over two years, three sources."""
    base = make_claims([claim("syn", 0, "11.000", D(2024, 1, 1), low=11000, best=11000, high=11000)])
    sources = ["kr_nis", "ua_hur", "unattributed"]
    i = pl.col("i")
    df = base.join(pl.DataFrame({"i": range(n)}), how="cross").with_columns(
        pl.format("syn-{}", i // 4).alias("article_id"),
        (i % 4 * 100).alias("char_start"),
        (pl.lit(D(2024, 1, 1)) + pl.duration(days=i % 700)).alias("published_date"),
        pl.lit(None, pl.Float64).alias("value_low"),
        (1000.0 + (i * 37) % 20000).alias("value_best"),
        pl.lit(None, pl.Float64).alias("value_high"),
    ).with_columns(
        pl.format("{}:{}", "article_id", "char_start").alias("claim_id"),
        pl.col("value_best").alias("value_low"), pl.col("value_best").alias("value_high"),
        i.map_elements(lambda k: sources[k % 3], return_dtype=pl.String).alias("source"),
    ).with_columns(
        pl.col("claim_id").alias("claim_group"), (pl.col("char_start") + 6).alias("char_end"),
        pl.col("source").replace_strict({s: SOURCE_INFO[s][0] for s in sources}).alias("source_name"),
        pl.col("source").replace_strict({s: SOURCE_INFO[s][1] for s in sources}).alias("source_type"),
    )
    return schema.validate_table(df.select(base.columns), "claims")


class TestTimelineSummary:
    def test_more_claims_than_altair_allows_draw_a_summary(self):
        claims = many_claims(6000)
        with pytest.raises(alt.MaxRowsError):  # one mark per claim: what notebooks got before
            charts.plot_estimate_timeline(claims, max_marks=1_000_000).to_dict()
        chart = charts.plot_estimate_timeline(claims)
        assert spec_rows(chart) <= charts.MAX_MARKS
        assert chart.title.subtitle[0].startswith("6,000 claims summarised per source and month")
        assert summary_rows(chart)["n_claims"].sum() == 6000  # every claim counted
        compiles(chart)

    def test_summary_per_source_and_month(self, weekly: pl.DataFrame):
        chart = charts.plot_estimate_timeline(weekly, max_marks=40)
        assert spec_rows(chart) <= 40
        assert isinstance(chart, alt.VConcatChart)  # figures, and the strip of vague magnitudes
        main, strip = chart.vconcat
        data = panel_data(main)
        assert "claim_id" not in data.columns and "drawn_as" not in data.columns
        march = data.filter((pl.col("source") == "kr_nis") & (pl.col("period_text") == "2025-03")).row(0, named=True)
        assert (march["n_claims"], march["n_articles"], march["n_echoes"]) == (8, 7, 1)
        assert (march["y_min"], march["y_median"], march["y_max"]) == (5000, 11050, 30000)
        assert march["stated_counts"] == "exact 6 · up to 1 · range 1"
        assert (march["period_start"], march["period_end"]) == (D(2025, 3, 1), D(2025, 4, 1))
        assert data["n_claims"].sum() == weekly.height - 3  # the three vague magnitudes are in the strip
        vague = panel_data(strip)
        assert vague.select("source", "period_text", "n_claims", "as_written").to_dicts() == [
            {"source": "ua_hur", "period_text": "2025-02", "n_claims": 1, "as_written": "Tausenden ×1"},
            {"source": "unattributed", "period_text": "2025-02", "n_claims": 2, "as_written": "Tausende ×2"}]
        feb = data.filter((pl.col("source") == "ua_hur") & (pl.col("period_text") == "2025-02")).row(0, named=True)
        assert feb["y_min"] == 11_400  # not the 2,000 read into 'Tausenden'
        compiles(chart)

    def test_every_group_is_right(self, weekly: pl.DataFrame):
        import statistics

        data = panel_data(charts.plot_estimate_timeline(weekly, max_marks=40).vconcat[0])
        expected: dict[tuple[str, str], list[dict]] = {}
        for r in weekly.filter(pl.col("bound") != "vague").to_dicts():
            expected.setdefault((r["source"], f"{r['published_date']:%Y-%m}"), []).append(r)
        assert data.height == len(expected)
        for row in data.to_dicts():
            group = expected[(row["source"], row["period_text"])]
            central = [r["value_best"] if r["value_best"] is not None else (r["value_low"] + r["value_high"]) / 2
                       for r in group]
            assert row["n_claims"] == len(group)
            assert row["y_median"] == statistics.median(central)
            assert row["y_min"] == min(r["value_low"] if r["value_low"] is not None else r["value_best"] for r in group)
            assert row["y_max"] == max(r["value_high"] for r in group)

    def test_subtitle_says_it_is_a_summary(self, weekly: pl.DataFrame):
        chart = charts.plot_estimate_timeline(weekly, labels={"troops_deployed": "Troops"}, max_marks=40)
        assert chart.title.text == "Estimates of Troops over time"
        first, second, third = chart.title.subtitle
        assert first == (f"{weekly.height} claims summarised per source and month: bar = lowest to highest figure, "
                         "dot = median; narrow the selection (dates, sources) to see each claim.")
        assert "more than the 40 marks one chart draws" in second
        assert third.startswith("3 vague magnitudes") and "per source and month in the strip" in third

    def test_bar_from_lowest_to_highest_dot_at_median(self, weekly: pl.DataFrame):
        main = charts.plot_estimate_timeline(weekly, max_marks=40).vconcat[0]
        rule, dot = leaf_charts(main)
        assert (mark_of(rule), enc(rule, "y")["field"], enc(rule, "y2")["field"]) == ("rule", "y_min", "y_max")
        assert (mark_of(dot), enc(dot, "y")["field"]) == ("point", "y_median")
        tooltip = {t["field"] for t in enc(dot, "tooltip")}
        assert {"n_claims", "n_articles", "y_min", "y_median", "y_max", "period_text", "source_name"} <= tooltip

    def test_sources_of_a_period_side_by_side(self, weekly: pl.DataFrame):
        data = panel_data(charts.plot_estimate_timeline(weekly, max_marks=40).vconcat[0])
        january = data.filter(pl.col("period_text") == "2025-01").sort("source")
        assert january["x_date"].to_list() == [dt.datetime(2025, 1, 6, 4), dt.datetime(2025, 1, 16, 12),
                                               dt.datetime(2025, 1, 26, 20)]

    def test_finer_period_when_it_fits(self, weekly: pl.DataFrame):
        # 26 weeks x 3 sources + 3 weeks with vague magnitudes = 81 rows: weeks fit 81, not 80
        chart = charts.plot_estimate_timeline(weekly, max_marks=81)
        assert "summarised per source and week" in chart.title.subtitle[0]
        data = panel_data(chart.vconcat[0])
        week = data.filter((pl.col("source") == "kr_nis") & (pl.col("period_text") == "week of 2025-03-10"))
        assert week.select("n_claims", "y_min", "y_median", "y_max").row(0) == (2, 5000, 12950, 25000)
        assert spec_rows(chart) == 81
        assert "per source and month" in charts.plot_estimate_timeline(weekly, max_marks=80).title.subtitle[0]

    def test_days_over_a_short_span_and_month_only_dates_per_month(self):
        rows = [claim(f"d{k}", 1, "100", D(2025, 3, 3) + dt.timedelta(days=k % 10), low=100 + k, best=100 + k,
                      high=100 + k, source="kr_nis" if k // 10 % 2 else "ua_hur") for k in range(60)]
        rows.append(claim("mo", 1, "999", D(2025, 3, 1), low=999, best=999, high=999, source="kr_nis",
                          published_precision="month"))
        chart = charts.plot_estimate_timeline(make_claims(rows), max_marks=40)
        assert "summarised per source and day" in chart.title.subtitle[0]
        assert "Month-only publication dates are summarised per month." in chart.title.subtitle[1]
        data = chart.data
        month = data.filter(pl.col("period_text") == "2025-03 (month-only dates)").row(0, named=True)
        assert (month["source"], month["n_claims"], month["period_end"]) == ("kr_nis", 1, D(2025, 4, 1))
        assert data.filter(pl.col("period_text") == "2025-03-03")["n_claims"].to_list() == [3, 3]
        compiles(chart)

    def test_only_vague_magnitudes(self):
        rows = [claim(f"v{k}", 1, "Tausende" if k % 3 else "Hunderte", D(2025, 1, 1) + dt.timedelta(days=k),
                      bound="vague") for k in range(30)]
        chart = charts.plot_estimate_timeline(make_claims(rows), max_marks=5)
        assert isinstance(chart, alt.Chart) and spec_rows(chart) == 5  # 30 days: five weeks
        assert chart.data["n_claims"].sum() == 30
        assert chart.data["as_written"][0] == "Tausende ×3 · Hunderte ×2"  # 1-5 January: k = 0 and 3 are Hunderte
        compiles(chart)

    def test_up_to_max_marks_each_claim_is_drawn_as_before(self, weekly: pl.DataFrame):
        exactly = charts.plot_estimate_timeline(weekly, max_marks=weekly.height)
        assert exactly.to_json() == charts.plot_estimate_timeline(weekly).to_json()
        data = panel_data(exactly.vconcat[0])
        assert {"claim_id", "drawn_as", "quote"} <= set(data.columns)
        assert "summarised" not in json.dumps(exactly.title.to_dict())
        one_less = charts.plot_estimate_timeline(weekly, max_marks=weekly.height - 1)
        assert "summarised" in one_less.title.subtitle[0]

    def test_summary_is_deterministic(self, weekly: pl.DataFrame):
        a = charts.plot_estimate_timeline(weekly, max_marks=40).to_json()
        b = charts.plot_estimate_timeline(weekly.sample(fraction=1.0, shuffle=True, seed=3), max_marks=40).to_json()
        assert a == b

    @pytest.mark.parametrize("max_marks", [0, 2.5, "100", True])
    def test_max_marks_validated(self, weekly: pl.DataFrame, max_marks):
        from analysis.errors import ParameterError

        with pytest.raises(ParameterError, match="max_marks"):
            charts.plot_estimate_timeline(weekly, max_marks=max_marks)


def random_claims(seed: int, n: int = 240) -> pl.DataFrame:
    """Claims with every kind of bound, few distinct values (so intervals touch), echoes and reference periods."""
    import random

    rng = random.Random(seed)
    values = [100, 200, 300, 500, 1000, 2000]
    rows = []
    for k in range(n):
        quantity, extra = rng.choice([("troops_deployed", {}), ("casualties", {"casualty_type": "killed"}),
                                      ("casualties", {"casualty_type": "wounded"}), ("other", {"unit": "EUR"}),
                                      ("other", {"unit": "years"})])
        a, b = sorted(rng.sample(values, 2))
        bound, value = rng.choice([
            ("exact", {"low": a, "best": a, "high": a}), ("approximate", {"low": b, "best": b, "high": b}),
            ("upper", {"best": b, "high": b}), ("lower", {"low": a}), ("range", {"low": a, "high": b}),
            ("vague", {"low": a, "high": b}), ("vague", {})])
        if rng.random() < 0.3:
            month = D(2024, rng.randint(1, 12), 1)
            extra = {**extra, "reference_start": month, "reference_end": month + dt.timedelta(days=27),
                     "reference_precision": "month", "reference_text": "im Monat"}
        if rows and rng.random() < 0.2:  # an echo of an earlier claim
            extra = {**extra, "claim_group": rng.choice(rows)["claim_id"], "is_first_report": False}
        rows.append(claim(f"r{k // 3:03d}", k % 3 * 50, "x", D(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700)),
                          quantity, bound=bound, source=rng.choice(list(SOURCE_INFO)), **value, **extra))
    return make_claims(rows)


def listed_disagreements(claims: pl.DataFrame, period: str) -> pl.DataFrame:
    """The counts of disagreeing pairs the slow way: by listing them."""
    return (views.source_disagreements(claims, period).with_columns(views.measure_label().alias("measure"))
            .group_by("quantity", "measure", "period").agg(pl.len().cast(pl.Int64).alias("n_pairs"))
            .sort(["quantity", "measure", "period"]))


class TestDisagreementCounts:
    @pytest.mark.parametrize("period", ["month", "quarter", "year"])
    def test_same_counts_as_listing_the_pairs(self, claims: pl.DataFrame, period: str):
        assert views.disagreement_counts(claims, period).equals(listed_disagreements(claims, period))

    @pytest.mark.parametrize("seed", [1, 2, 3])
    @pytest.mark.parametrize("period", ["month", "year"])
    def test_same_counts_on_random_claims(self, seed: int, period: str):
        claims = random_claims(seed)
        counts = views.disagreement_counts(claims, period)
        assert counts["n_pairs"].sum() > 20  # the test compares something
        assert counts.equals(listed_disagreements(claims, period))

    def test_a_figure_with_bottom_above_top_is_still_counted_right(self):
        rows = [claim("a", 1, "x", D(2025, 1, 5), low=500, high=100, bound="range", source="kr_nis"),
                claim("b", 1, "x", D(2025, 1, 6), low=50, best=50, high=50, source="ua_hur"),
                claim("c", 1, "x", D(2025, 1, 7), low=900, best=900, high=900, source="ua_hur")]
        claims = make_claims(rows)
        assert views.disagreement_counts(claims, "year").equals(listed_disagreements(claims, "year"))

    def test_no_disagreement(self):
        claims = make_claims([claim("a", 1, "x", D(2025, 1, 5), low=5, best=5, high=5)])
        counts = views.disagreement_counts(claims, "year")
        assert counts.is_empty() and counts.columns == ["quantity", "measure", "period", "n_pairs"]


class TestSourceComparisonSummary:
    def test_summary_per_period_and_source(self, weekly: pl.DataFrame):
        chart = charts.plot_source_comparison(weekly, "quarter", max_marks=40)
        assert spec_rows(chart) <= 40
        (panel,) = chart.vconcat
        data = summary_rows(panel)
        assert "claim_id" not in data.columns
        q1 = data.filter((pl.col("source") == "kr_nis") & (pl.col("period") == "2025-Q1")).row(0, named=True)
        # 13 weekly figures 10,000 ... 11,200, the range 5,000-25,000 (midpoint 15,000), 'bis zu 30.000', the echo
        figures = sorted([10_000 + 100 * w for w in range(13)] + [15_000, 30_000, 10_900])
        assert (q1["n_claims"], q1["n_echoes"], q1["n_articles"]) == (16, 1, 15)
        assert (q1["y_min"], q1["y_median"], q1["y_max"]) == (5000, (figures[7] + figures[8]) / 2, 30000)
        assert data["n_claims"].sum() == weekly.height - 3  # vague magnitudes are left out, as before
        assert data.select("period", "source").rows() == sorted(data.select("period", "source").rows())
        compiles(chart)

    def test_disagreements_still_shaded(self, weekly: pl.DataFrame):
        panel = charts.plot_source_comparison(weekly, "quarter", max_marks=40).vconcat[0]
        shaded = next(c for c in leaf_charts(panel) if mark_of(c) == "rect")
        expected = listed_disagreements(weekly, "quarter").select("period", "n_pairs")
        assert shaded.data.equals(expected) and expected["n_pairs"].sum() > 0
        assert panel.title.subtitle == f"{expected['n_pairs'].sum():,} disagreeing pair(s) of sources"

    def test_bars_and_dots_side_by_side(self, weekly: pl.DataFrame):
        panel = charts.plot_source_comparison(weekly, "quarter", max_marks=40).vconcat[0]
        rule = next(c for c in leaf_charts(panel) if mark_of(c) == "rule")
        dot = next(c for c in leaf_charts(panel) if mark_of(c) == "point")
        assert (enc(rule, "y")["field"], enc(rule, "y2")["field"], enc(dot, "y")["field"]) == (
            "y_min", "y_max", "y_median")
        assert enc(dot, "xOffset")["field"] == "source_name"

    def test_subtitle_says_it_is_a_summary(self, weekly: pl.DataFrame):
        chart = charts.plot_source_comparison(weekly, "quarter", max_marks=40)
        assert chart.title.subtitle[0] == (
            f"{weekly.height - 3} claims summarised per source and quarter: bar = lowest to highest figure, "
            "dot = median; narrow the selection (quantities, sources) to see each claim.")
        assert "more than the 40 marks" in chart.title.subtitle[1]

    def test_up_to_max_marks_each_claim_is_drawn_as_before(self, weekly: pl.DataFrame):
        n = weekly.filter(pl.col("bound") != "vague").height
        exactly = charts.plot_source_comparison(weekly, "quarter", max_marks=n)
        assert exactly.to_json() == charts.plot_source_comparison(weekly, "quarter").to_json()
        points = next(c for c in leaf_charts(exactly.vconcat[0]) if mark_of(c) == "point")
        assert {"claim_id", "drawn_as"} <= set(points.data.columns) and points.data.height == n
        assert "summarised" in charts.plot_source_comparison(weekly, "quarter", max_marks=n - 1).title.subtitle[0]

    def test_summary_is_deterministic(self, weekly: pl.DataFrame):
        a = charts.plot_source_comparison(weekly, "month", max_marks=10).to_json()
        b = charts.plot_source_comparison(weekly.sample(fraction=1.0, shuffle=True, seed=5), "month",
                                          max_marks=10).to_json()
        assert a == b


def review_audit(unreviewed: dict[str, int], other: dict[str, dict[str, int]] | None = None) -> pl.DataFrame:
    """An audit table (the columns the review chart reads): ``unreviewed`` numbers per article, plus ``other``."""
    rows = [{"article_id": a, "review": "unreviewed"} for a, n in unreviewed.items() for _ in range(n)]
    for article, reviews in (other or {}).items():
        rows += [{"article_id": article, "review": r} for r, n in reviews.items() for _ in range(n)]
    return pl.DataFrame(rows, schema={"article_id": pl.String, "review": pl.String})


class TestReviewStatusOfManyArticles:
    AUDIT = review_audit({"a": 1, "b": 5, "c": 5, "e": 3, "f": 5, "g": 4},
                         {"a": {"unreviewed (not an amount)": 10}, "d": {"confirmed": 2}, "c": {"corrected": 1}})

    def test_articles_with_most_numbers_to_review(self):
        chart = charts.plot_review_status(self.AUDIT, most_articles=4)
        assert enc(chart, "y")["sort"] == ["b", "c", "f", "g"]  # most first, ties by article id
        assert sorted(set(chart.data["article_id"])) == ["b", "c", "f", "g"]
        assert chart.data["n_mentions"].sum() == 5 + 5 + 1 + 5 + 4
        assert chart.title.text == "Review progress: 4 of 7 articles, those with most numbers still to review"
        assert chart.title.subtitle[1] == ("6 of the 7 articles have numbers still to review (23 numbers); "
                                           "set article_id to see one article")
        assert chart.height == 4 * 26
        compiles(chart)

    def test_unchanged_up_to_most_articles(self):
        chart = charts.plot_review_status(self.AUDIT, most_articles=7)
        assert enc(chart, "y")["sort"] == ["a", "b", "c", "d", "e", "f", "g"]
        assert chart.data["n_mentions"].sum() == self.AUDIT.height
        assert chart.title.text == "Review progress per article"
        assert chart.to_json() == charts.plot_review_status(self.AUDIT).to_json()  # 7 <= 40

    def test_default_is_forty_articles(self):
        audit = review_audit({f"art-{k:03d}": k % 7 for k in range(100)},
                             {f"art-{k:03d}": {"confirmed": 1} for k in range(100)})
        chart = charts.plot_review_status(audit)
        order = enc(chart, "y")["sort"]
        assert len(order) == 40 and order[:3] == ["art-006", "art-013", "art-020"]
        assert "40 of 100 articles" in chart.title.text
        assert chart.to_json() == charts.plot_review_status(audit.reverse()).to_json()

    @pytest.mark.parametrize("most_articles", [0, 1.5, "40"])
    def test_most_articles_validated(self, most_articles):
        from analysis.errors import ParameterError

        with pytest.raises(ParameterError, match="most_articles"):
            charts.plot_review_status(self.AUDIT, most_articles=most_articles)


def many_articles() -> pl.DataFrame:
    """240 articles, 1 March to 26 October 2025, three publishers in two languages, one dated by month only."""
    rows = [{"article_id": f"art-{k:03d}", "title": f"Title {k}", "publisher": ["Nordkurier", "Westpost", "CNN"][k % 3],
             "language": "en" if k % 3 == 2 else "de", "published_date": D(2025, 3, 1) + dt.timedelta(days=k),
             "published_precision": "day", "published_as_stated": "", "n_mentions": 4, "n_claims": k % 5}
            for k in range(240)]
    rows.append({**rows[0], "article_id": "month-only", "published_date": D(2025, 3, 1),
                 "published_precision": "month", "n_claims": 7})
    return pl.DataFrame(rows)


class TestCorpusCoverageSummary:
    def test_summary_per_publisher_language_and_month(self):
        articles = many_articles()
        chart = charts.plot_corpus_coverage(articles, max_marks=50)
        assert spec_rows(chart) <= 50
        data = chart.data
        assert "article_id" not in data.columns
        assert data["n_articles"].sum() == articles.height and data["n_claims"].sum() == articles["n_claims"].sum()
        march = data.filter((pl.col("publisher") == "Nordkurier") & (pl.col("period_text") == "2025-03"))
        assert march.select("language", "n_articles", "n_mentions").row(0) == ("de", 11 + 1, 48)  # + month-only
        assert chart.title.subtitle[0] == ("241 articles summarised per publisher, language and month: "
                                           "size = articles; narrow the dates to see each article.")
        point = next(c for c in leaf_charts(chart) if mark_of(c) == "circle")
        assert enc(point, "size")["field"] == "n_articles"
        compiles(chart)

    def test_weeks_keep_month_only_dates_per_month(self):
        chart = charts.plot_corpus_coverage(many_articles(), max_marks=120)
        assert "per publisher, language and week" in chart.title.subtitle[0]
        month = chart.data.filter(pl.col("month_only")).to_dicts()
        assert [(r["publisher"], r["period_text"], r["n_articles"]) for r in month] == [
            ("Nordkurier", "2025-03 (month-only dates)", 1)]
        bar = next(c for c in leaf_charts(chart) if mark_of(c) == "rule")
        assert filters_of(bar) == ["datum.month_only"]
        compiles(chart)

    def test_unchanged_up_to_max_marks(self):
        articles = many_articles()
        chart = charts.plot_corpus_coverage(articles, max_marks=articles.height)
        assert chart.data.height == articles.height and "article_id" in chart.data.columns
        assert chart.to_json() == charts.plot_corpus_coverage(articles).to_json()
