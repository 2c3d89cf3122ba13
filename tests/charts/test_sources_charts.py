"""analysis.charts.sources: attribution paths and the source comparison (and the counts it shades).

Every chart is also compiled to Vega with vl-convert (``compiles``), so a spec that altair accepts
but Vega-Lite cannot draw fails here rather than in a notebook.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from chart_helpers import (
    compiles,
    enc,
    leaf_charts,
    listed_disagreements,
    mark_of,
    random_claims,
    spec_rows,
    summary_rows,
)
from notebook_tables import claim, make_claims

from analysis import charts, views

D = dt.date


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


