"""analysis.views.display: figures and dates as a reader reads them."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import views

D = dt.date


class TestFormatting:
    @pytest.mark.parametrize("args, text", [
        pytest.param((None, 12000.0, 12000.0, "upper", None), "≤ 12,000", id="upper"),
        pytest.param((14000.0, None, None, "lower", None), "≥ 14,000", id="lower"),
        pytest.param((25000.0, None, 30000.0, "range", None), "25,000–30,000", id="range"),
        pytest.param((4000.0, 4000.0, 4000.0, "approximate", None), "≈ 4,000", id="approximate"),
        pytest.param((None, 3666.67, None, "approximate", None), "≈ 3,666.67", id="fraction"),
        pytest.param((None, None, None, "vague", None), "vague (no figure)", id="vague"),
        pytest.param((2000.0, None, 9999.0, "vague", None), "vague, read as 2,000–9,999", id="vague-read"),
        pytest.param((23.0, None, 27.0, "range", "years"), "23–27 years", id="unit"),
        pytest.param((5.0, 5.0, 5.0, "exact", "percent"), "5 %", id="percent"),
    ])
    def test_format_value(self, args, text):
        assert views.format_value(*args) == text

    def test_display_columns(self, claims: pl.DataFrame):
        out = views.with_display_columns(claims).filter(pl.col("claim_id") == "c-2025-07:300").row(0, named=True)
        assert out["published_text"] == "2025-07 (month only)"
        assert out["reference_period"] == "im November 2024 (2024-11-01 to 2024-11-30, month)"
        assert out["report"] == "echo"
        assert out["via_text"] == "cnn"
        assert out["measure"] == "people"


def test_enable_notebook_display():
    views.enable_notebook_display(rows=123)
    try:
        assert pl.Config.state()["POLARS_FMT_MAX_ROWS"] == "123"
    finally:
        pl.Config.restore_defaults()



def test_time_placement_prefers_the_period_described():
    import datetime as dt

    import polars as pl

    from analysis.views import time_placement

    d = dt.date
    df = pl.DataFrame({
        "reference_start": [d(2024, 9, 1), d(2024, 11, 1), None, None],
        "reference_end": [d(2024, 11, 30), None, None, None],
        "published_date": [d(2025, 6, 19), d(2024, 10, 18), d(2025, 7, 1), d(2025, 4, 28)],
        "published_precision": ["day", "minute", "month", "day"],
    }).with_columns(time_placement())
    assert df["x_basis"].to_list() == ["period described", "period described", "publication date", "publication date"]
    assert df["x_start"].to_list() == [d(2024, 9, 1), None, d(2025, 7, 1), None]
    assert df["x_end"].to_list() == [d(2024, 12, 1), None, d(2025, 8, 1), None]
    assert df["x_date"].to_list() == [d(2024, 10, 15), d(2024, 11, 1), d(2025, 7, 15), d(2025, 4, 28)]
    assert df["pub_date"].to_list() == [d(2025, 6, 19), d(2024, 10, 18), None, None]
