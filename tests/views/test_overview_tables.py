"""analysis.views.overview: the tables of notebook 01."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from notebook_tables import (
    make_articles,
)

from analysis import views
from analysis.errors import ParameterError

D = dt.date


class TestOverview:
    def test_claims_overview_columns_and_order(self, claims: pl.DataFrame):
        out = views.claims_overview(claims)
        assert out.columns == list(views.OVERVIEW_COLUMNS)
        assert out["claim_id"][0] == "a-2024-10:10"

    @pytest.mark.parametrize("by", ["quantity", "source", "publisher", "review_status"])
    def test_counts_add_up(self, claims: pl.DataFrame, by: str):
        out = views.count_claims(claims, by)
        assert out["n_claims"].sum() == claims.height
        assert out["n_claims"].is_sorted(descending=True)
        assert (out["n_first_reports"] + out["n_echoes"]).to_list() == out["n_claims"].to_list()

    def test_source_counts_carry_names(self, claims: pl.DataFrame):
        out = views.count_claims(claims, "source")
        assert out.filter(pl.col("source") == "ua_hur").row(0, named=True) == {
            "source": "ua_hur", "label": "Ukraine's Defence Intelligence (HUR)", "n_claims": 3,
            "n_first_reports": 2, "n_echoes": 1, "n_articles": 2}

    def test_count_by_unknown_column(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"column of the claims table"):
            views.count_claims(claims, "colour")

    def test_corpus_summary(self, claims: pl.DataFrame):
        out = dict(views.corpus_summary(make_articles(claims), claims).iter_rows())
        assert out["articles"] == "4"
        assert out["first published"] == "2024-10-18"
        assert out["last published"] == "2025-07-02"
        assert out["languages"] == "de (4)"
        assert out["echoes"] == "1"
        assert out["reviewed claims"] == "2 of 11"


