"""analysis.charts.timeline: the estimate timeline, and its summary of large selections.

Every chart is also compiled to Vega with vl-convert (``compiles``), so a spec that altair accepts
but Vega-Lite cannot draw fails here rather than in a notebook.
"""

from __future__ import annotations

import datetime as dt
import json

import altair as alt
import polars as pl
import pytest
from chart_helpers import (
    compiles,
    enc,
    filters_of,
    leaf_charts,
    main_panel,
    many_claims,
    mark_of,
    panel_data,
    select,
    spec_rows,
    summary_rows,
)
from notebook_tables import claim, make_claims

from analysis import charts

D = dt.date


# -- 02: estimate timeline ---------------------------------------------------------------------

class TestEstimateTimeline:
    def test_one_measure_without_vague_is_one_layer_chart(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"), labels={"troops_planned": "Planned"})
        assert isinstance(chart, alt.LayerChart)
        assert chart.title.text == "Planned: one named source, latest figure 25,000–30,000"  # states the finding
        assert chart.title.subtitle[-1] == charts.CREDIT  # the source line, also on exported PNG/SVG
        filtered = charts.plot_estimate_timeline(select(claims, "troops_planned"), labels={"troops_planned": "Planned"},
                                                 filters="first reports only")
        assert filtered.title.text.endswith("(first reports only)")  # the filter is in the title
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
        assert vague["number_text"].to_list() == ["Tausenden", "Tausende"]  # read as 2,000-9,999 or no figure
        compiles(chart)

    def test_vague_magnitudes_sit_in_their_strip_never_on_the_value_axis(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"))
        main, strip = chart.vconcat
        assert "vague" not in panel_data(main)["glyph"].to_list()
        row = panel_data(strip).filter(pl.col("number_text") == "Tausenden").row(0, named=True)
        assert (row["glyph"], row["y_low"], row["y_high"]) == ("vague", 2000, 9999)
        assert row["value_text"] == "vague, read as 2,000–9,999"
        assert not [c for c in leaf_charts(main) if mark_of(c) == "rule" and c.mark.strokeDash == [4, 3]]

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
        mapping = dict(zip(shape["scale"]["domain"], shape["scale"]["range"], strict=True))
        data = chart.data
        assert set(mapping) == set(data.filter(pl.col("drawn_as") == "point")["stated_as"])  # only shapes shown
        assert mapping["exact figure"] == "circle"
        assert mapping["approximate (etwa, rund)"] not in ("circle", alt.Undefined)  # a ring
        glyphs = {label: shape for label, shape in charts.GLYPHS.values()}
        assert glyphs["upper bound (bis zu)"] == "triangle-down"
        assert glyphs["lower bound (mindestens)"] == "triangle-up"
        assert set(data.filter(pl.col("number_text").str.contains("4.000"))["glyph"]) == {"approximate"}

    def test_month_precision_spans_the_month(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
        row = chart.data.row(0, named=True)  # published July 2025, month only
        assert (row["x_start"], row["x_end"], row["x_date"]) == (D(2025, 7, 1), D(2025, 8, 1), D(2025, 7, 15))
        spans = [c for c in leaf_charts(chart) if c.encoding.x2 is not alt.Undefined]
        assert {enc(c, "x")["field"] for c in spans} == {"x_start"}  # no reference period: no connector
        day = panel_data(main_panel(charts.plot_estimate_timeline(select(claims, "troops_deployed"))))
        first = day.filter(pl.col("claim_id") == "a-2024-10:10").row(0, named=True)
        assert first["x_start"] is None and first["x_date"] == D(2024, 10, 18)

    @pytest.mark.parametrize(("reference", "x_start", "x_end", "x_date"), [
        pytest.param((D(2024, 9, 1), D(2024, 11, 30), "season"), D(2024, 9, 1), D(2024, 12, 1), D(2024, 10, 15),
                     id="season: a bar across it"),
        pytest.param((D(2024, 11, 1), D(2024, 11, 30), "month"), D(2024, 11, 1), D(2024, 12, 1), D(2024, 11, 15),
                     id="month: a bar across it"),
        pytest.param((D(2024, 11, 1), None, "day"), None, None, D(2024, 11, 1), id="open-ended: at its start"),
    ])
    def test_x_is_the_period_described_with_a_tick_at_the_publication(self, reference, x_start, x_end, x_date):
        start, end, precision = reference
        rows = [claim("w", 1, "10.000 bis 12.000", D(2025, 6, 19), low=10000, high=12000, bound="range",
                      source="kr_nis", reference_start=start, reference_end=end, reference_precision=precision,
                      reference_text="im Herbst 2024"),
                claim("k", 1, "14.000", D(2025, 4, 28), low=14000, bound="lower", source="kp_government")]
        chart = charts.plot_estimate_timeline(make_claims(rows))
        data = {r["claim_id"]: r for r in chart.data.to_dicts()}
        described, published = data["w:1"], data["k:1"]
        assert (described["x_start"], described["x_end"], described["x_date"]) == (x_start, x_end, x_date)
        assert described["x_basis"] == "period described" and described["pub_date"] == D(2025, 6, 19)
        assert described["placed_at"].startswith("the period described: im Herbst 2024")
        assert described["x_date"] < published["x_date"]  # the autumn-2024 figure sits before April 2025
        assert (published["x_basis"], published["x_date"], published["pub_date"]) == (
            "publication date", D(2025, 4, 28), None)
        connector = [c for c in leaf_charts(chart) if c.encoding.x2 is not alt.Undefined
                     and enc(c, "x2")["field"] == "pub_date"]
        ticks = [c for c in leaf_charts(chart) if mark_of(c) == "tick" and enc(c, "x")["field"] == "pub_date"]
        assert len(connector) == 1 and len(ticks) == 1
        compiles(chart)

    def test_month_only_publication_with_a_reference_month_is_placed_in_the_reference_month(self):
        row = claim("m", 1, "11.000", D(2025, 7, 1), best=11000, published_precision="month",
                    reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month")
        data = charts.plot_estimate_timeline(make_claims([row])).data.row(0, named=True)
        assert (data["x_start"], data["x_end"], data["pub_date"]) == (D(2024, 11, 1), D(2024, 12, 1), D(2025, 7, 15))

    def test_echoes_faded_and_joined_to_first_report(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"))
        main = main_panel(chart)
        data = panel_data(main)
        echo = data.filter(pl.col("claim_id") == "c-2025-07:300").row(0, named=True)
        assert echo["report"] == "echo" and echo["group_size"] == 2
        point = next(c for c in leaf_charts(main) if mark_of(c) == "point" and c.encoding.shape is not alt.Undefined)
        opacity = enc(point, "opacity")["scale"]
        assert dict(zip(opacity["domain"], opacity["range"], strict=True)) == {"first report": 1.0, "echo": 0.35}
        line = next(c for c in leaf_charts(main) if mark_of(c) == "line")
        assert enc(line, "detail")["field"] == "claim_group"

    def test_one_colour_per_source(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_deployed"), color_domain=claims["source"])
        point = next(c for c in leaf_charts(main_panel(chart)) if mark_of(c) == "point"
                     and c.encoding.shape is not alt.Undefined)
        color = enc(point, "color")
        assert color["field"] == "source_name"
        colors = charts.source_colors(claims["source"])
        names = dict(zip(claims["source"], claims["source_name"], strict=True))
        expected = {names[s]: colors[s] for s in ("kp_government", "kr_nis", "ua_hur", "unattributed")}
        assert dict(zip(color["scale"]["domain"], color["scale"]["range"], strict=True)) == expected

    def test_tooltip_has_what_a_reader_needs(self, claims: pl.DataFrame):
        chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
        point = next(c for c in leaf_charts(chart) if mark_of(c) in ("point", "rule")
                     and c.encoding.tooltip is not alt.Undefined)
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
        assert chart.title.text.startswith("Troops: the latest figures of")
        first, second, third, credit = chart.title.subtitle
        assert credit == charts.CREDIT
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




def test_unreviewed_marks_are_hollow_and_reviewed_solid():
    rows = [claim("r", 1, "12.000", D(2025, 1, 5), best=12000, source="ua_hur", review_status="confirmed"),
            claim("u", 1, "11.000", D(2025, 2, 5), best=11000, source="kr_nis", review_status="auto"),
            claim("v", 1, "10.000 bis 12.000", D(2025, 3, 5), low=10000, high=12000, bound="range",
                  source="kr_nis", review_status="auto")]
    chart = charts.plot_estimate_timeline(make_claims(rows))
    point = next(c for c in leaf_charts(chart) if mark_of(c) == "point")
    fill = enc(point, "fillOpacity")
    assert fill["field"] == "review"
    mapping = dict(zip(fill["scale"]["domain"], fill["scale"]["range"], strict=True))
    assert mapping["reviewed"] == 1.0 and mapping["unreviewed (machine reading)"] < 0.3
    assert enc(point, "stroke")["field"] == "source_name"  # the outline keeps the source's colour
    ranges = [c for c in leaf_charts(chart) if mark_of(c) == "rule" and c.encoding.strokeDash is not alt.Undefined]
    assert ranges and enc(ranges[0], "strokeDash")["field"] == "review"
    all_reviewed = charts.plot_estimate_timeline(make_claims(rows[:1]))
    point = next(c for c in leaf_charts(all_reviewed) if mark_of(c) == "point")
    assert enc(point, "fillOpacity")["legend"] is None  # no legend entry for a kind not drawn
    compiles(chart)


def test_belief_chart_steps_band_and_median():
    rows = [claim("a", 1, "4.000", D(2025, 1, 10), best=4000, source="ua_hur"),
            claim("b", 1, "3.000", D(2025, 1, 20), best=3000, source="kr_nis"),
            claim("d", 1, "6.000", D(2025, 3, 1), best=6000, source="ua_hur")]
    chart = charts.plot_belief_over_time(make_claims(rows), filters="first reports only")
    marks = [mark_of(c) for c in leaf_charts(chart)]
    assert marks == ["area", "line", "point", "line"]
    assert chart.title.text.startswith("What the sources believed") and "median 4,500" in chart.title.text
    assert chart.title.subtitle[-1] == charts.CREDIT
    compiles(chart)
    empty = charts.plot_belief_over_time(make_claims([claim("e", 1, "9.000", D(2025, 1, 1), best=9000)]))
    compiles(empty)
