"""analysis.views.sources: the tables of notebook 03."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from notebook_tables import (
    claim,
    make_claims,
)

from analysis import views
from analysis.errors import ParameterError

D = dt.date


class TestSourceComparison:
    def test_attribution_paths(self, claims: pl.DataFrame):
        out = views.attribution_paths(claims, names={"cnn": "CNN"})
        row = out.filter(pl.col("via") == "cnn").sort("n_claims").row(-1, named=True)
        assert row["source"] == "ua_hur" and row["via_name"] == "CNN" and row["publisher"] == "unknown"
        assert out["n_claims"].sum() == claims.height
        assert "(none named)" in out["via"].to_list()

    def test_source_summary(self, claims: pl.DataFrame):
        out = views.source_summary(claims)
        assert out["n_claims"].sum() == claims.height
        hur = out.filter(pl.col("source") == "ua_hur").row(0, named=True)
        assert hur["via"] == "cnn" and hur["quantities"] == "troops_deployed, troops_planned"

    @pytest.mark.parametrize("period, label", [("month", "2025-07"), ("quarter", "2025-Q3"), ("year", "2025")])
    def test_periods_use_the_date_a_figure_is_about(self, claims: pl.DataFrame, period: str, label: str):
        out = views.with_periods(claims, period)
        assert out.filter(pl.col("claim_id") == "c-2025-07:400")["period"].item() == label
        # the echo published in July 2025 is about November 2024
        assert out.filter(pl.col("claim_id") == "c-2025-07:300")["as_of"].item() == D(2024, 11, 30)

    def test_disagreement_of_point_values(self, claims: pl.DataFrame):
        out = views.source_disagreements(claims.filter(pl.col("quantity") == "casualties"), "year")
        assert out.select("source_a", "figure_a", "source_b", "figure_b", "gap").to_dicts() == [
            {"source_a": "South Korea's National Intelligence Service (NIS)", "figure_a": "≈ 4,000",
             "source_b": "British Defence Intelligence (UK Ministry of Defence)", "figure_b": "6,000", "gap": 2000.0},
            {"source_a": "British Defence Intelligence (UK Ministry of Defence)", "figure_a": "6,000",
             "source_b": "Unattributed", "figure_b": "≈ 4,000", "gap": 2000.0},
        ]
        # by quarter the NIS figure (Q2) and the UK one (Q3) are not at the same time
        assert views.source_disagreements(claims.filter(pl.col("quantity") == "casualties"), "quarter").height == 1

    def test_open_bounds_and_ranges(self):
        rows = [claim("x", 1, "bis zu 12.000", D(2025, 1, 1), best=12000, high=12000, bound="upper", source="kr_nis"),
                claim("y", 1, "mindestens 14.000", D(2025, 1, 2), low=14000, bound="lower", source="kp_government"),
                claim("z", 1, "10.000 bis 13.000", D(2025, 1, 3), low=10000, high=13000, bound="range",
                      source="ua_hur"),
                claim("v", 1, "Tausende", D(2025, 1, 4), bound="vague")]
        out = views.source_disagreements(make_claims(rows), "month")
        pairs = {(r["claim_a"], r["claim_b"]) for r in out.to_dicts()}
        # <=12,000 vs >=14,000 disagree; 10-13k vs >=14,000 disagree; <=12,000 vs 10-13k overlap; vague ignored
        assert pairs == {("y:1", "x:1"), ("y:1", "z:1")}

    def test_echoes_do_not_count_twice(self, claims: pl.DataFrame):
        doubled = pl.concat([claims, claims.with_columns(
            pl.col("claim_id") + "b", pl.lit(False).alias("is_first_report"))])
        assert views.source_disagreements(doubled, "year").height == views.source_disagreements(claims, "year").height

    def test_bad_period(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"parameter 'period'.*month, quarter, year"):
            views.source_disagreements(claims, "week")

    @staticmethod
    def many_figures() -> pl.DataFrame:
        """Three sources, 30 figures each, in one month: 2,670 disagreeing pairs."""
        rows = []
        for i in range(30):
            rows.append(claim(f"n-{i:02d}", 1, f"{1000 + i}", D(2025, 3, 1 + i % 28), best=1000 + i, source="kr_nis"))
            rows.append(claim(f"u-{i:02d}", 1, f"{5000 + 10 * i}", D(2025, 3, 1 + i % 28), best=5000 + 10 * i,
                              source="ua_hur"))
            rows.append(claim(f"k-{i:02d}", 1, f"{1000 + i}", D(2025, 3, 1 + i % 28), best=1000 + i,
                              source="kp_government"))
        return make_claims(rows)

    def test_counts_equal_the_listed_pairs(self):
        figures = self.many_figures()
        listed = views.source_disagreements(figures, "month")
        counts = views.disagreement_counts(figures, "month")
        assert counts["n_pairs"].to_list() == [listed.height]
        # ua_hur against each of the others: 30 x 30 pairs twice; kr_nis against kp_government: every
        # two different points (the same figure agrees), 30 x 29
        assert listed.height == 2 * 30 * 30 + 30 * 29

    def test_most_lists_the_widest_gaps_between_every_two_sources(self):
        figures = self.many_figures()
        every = views.source_disagreements(figures, "month")
        widest = views.source_disagreements(figures, "month", most=5)
        assert widest.height == 3, "one widest gap per pair of disagreeing sources, at most 5"
        assert widest["gap"].to_list() == [4290.0, 4290.0, 29.0]
        assert widest["gap"].to_list()[:2] == sorted(every["gap"].to_list(), reverse=True)[:2]
        assert set(zip(widest["source_a"], widest["source_b"], strict=True)) == set(zip(every["source_a"], every["source_b"], strict=True))
        assert views.source_disagreements(figures, "month", most=1).height == 1
        # no more pairs than ``most``: the full listing, unchanged
        assert views.source_disagreements(figures, "month", most=10_000).equals(every)


