"""analysis.views.timeline: the tables of notebook 02."""

from __future__ import annotations

import datetime as dt

import polars as pl
from notebook_tables import (
    QUANTITIES,
    claim,
    make_claims,
)

from analysis import views

D = dt.date


class TestSuccessiveEstimates:
    def test_changes_within_each_source(self, claims: pl.DataFrame):
        selection = views.select_claims(claims, quantity="troops_deployed", valid=QUANTITIES)
        out = views.successive_estimates(selection)
        hur = out.filter(pl.col("source") == "ua_hur")
        assert hur["estimate_no"].to_list() == [1, 2]
        assert hur["change_text"].to_list() == ["first estimate", "no change"]
        assert hur["report"].to_list() == ["first report", "echo"]

    def test_change_against_range_uses_midpoint(self):
        rows = [claim("x", 1, "bis zu 30.000", D(2025, 6, 1), "troops_planned", best=30000, high=30000,
                      bound="upper", source="ua_hur"),
                claim("y", 1, "25.000 bis 30.000", D(2025, 7, 1), "troops_planned", low=25000, high=30000,
                      bound="range", source="ua_hur"),
                claim("z", 1, "Tausende", D(2025, 8, 1), "troops_planned", bound="vague", source="ua_hur"),
                claim("w", 1, "35.000", D(2025, 9, 1), "troops_planned", low=35000, best=35000, high=35000,
                      source="ua_hur")]
        out = views.successive_estimates(make_claims(rows))
        assert out["change"].to_list() == [None, -2500.0, None, 7500.0]
        assert out["change_text"].to_list() == ["first estimate", "−2,500 (midpoint)", "vague: not comparable",
                                                "+7,500 (midpoint)"]
        assert out["previous"].to_list() == [None, "≤ 30,000", "25,000–30,000", "vague (no figure)"]

    def test_casualty_types_are_separate_series(self):
        rows = [claim("x", 1, "100", D(2025, 1, 1), "casualties", low=100, best=100, high=100,
                      casualty_type="killed", source="kr_nis"),
                claim("y", 1, "300", D(2025, 2, 1), "casualties", low=300, best=300, high=300,
                      casualty_type="wounded", source="kr_nis")]
        out = views.successive_estimates(make_claims(rows))
        assert out["change_text"].to_list() == ["first estimate", "first estimate"]
        assert out["measure"].to_list() == ["killed", "wounded"]


