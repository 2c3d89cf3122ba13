"""analysis.views.select: the claims and articles a notebook selects, never empty."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from notebook_tables import (
    QUANTITIES,
    make_articles,
)

from analysis import views
from analysis.errors import ParameterError

D = dt.date


class TestSelectClaims:
    def test_one_quantity_sorted_by_date(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantity="troops_deployed", valid=QUANTITIES)
        assert set(out["quantity"]) == {"troops_deployed"}
        assert out["published_date"].is_sorted()
        assert out.height == 5

    def test_dates_overlap_month_precision(self, claims: pl.DataFrame):
        # c-2025-07 is dated July 2025 (month only): a window from 15 July still includes it.
        out = views.select_claims(claims, quantity="troops_deployed", start_date="2025-07-15", valid=QUANTITIES)
        assert out["claim_id"].to_list() == ["c-2025-07:300"]

    def test_sources_and_echoes(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantity="troops_deployed", sources=["ua_hur"], valid=QUANTITIES)
        assert out["claim_id"].to_list() == ["a-2024-10:90", "c-2025-07:300"]
        firsts = views.select_claims(claims, quantity="troops_deployed", sources=["ua_hur"], include_echoes=False,
                                     valid=QUANTITIES)
        assert firsts["claim_id"].to_list() == ["a-2024-10:90"]

    def test_empty_selection_says_what_exists(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"no claims for quantity 'troops_planned', sources \['kr_nis'\]"
                                                 r".*published 2025-07-01 to 2025-07-01 by the sources ua_hur"):
            views.select_claims(claims, quantity="troops_planned", sources=["kr_nis"], valid=QUANTITIES)

    def test_quantity_without_claims(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"no claims for quantity 'sappers'.*pick a quantity that has claims"):
            views.select_claims(claims, quantity="sappers", valid=QUANTITIES)

    def test_casualty_type_only_for_casualties(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"casualty_type.*None unless quantity is 'casualties'"):
            views.select_claims(claims, quantity="troops_deployed", casualty_type="killed", valid=QUANTITIES)
        out = views.select_claims(claims, quantity="casualties", casualty_type="killed_or_wounded", valid=QUANTITIES)
        assert out.height == 3

    def test_unattributed_can_be_left_out(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantities=[], include_unattributed=False, valid=QUANTITIES)
        assert "unattributed" not in out["source"].to_list()
        assert out.height == claims.filter(pl.col("source") != "unattributed").height

    def test_select_articles(self, claims: pl.DataFrame):
        articles = make_articles(claims)
        assert views.select_articles(articles, start_date="2025-07-10")["article_id"].to_list() == ["c-2025-07"]
        with pytest.raises(ParameterError, match=r"no article published 2026-01-01 to \.\.\..*2024-10-18 to 2025-07-02"):
            views.select_articles(articles, start_date="2026-01-01")

    def test_several_quantities(self, claims: pl.DataFrame):
        out = views.select_claims(claims, quantities=["casualties", "troops_planned"], valid=QUANTITIES)
        assert set(out["quantity"]) == {"casualties", "troops_planned"}
        assert views.select_claims(claims, quantities=[], valid=QUANTITIES).height == claims.height

    def test_uses_the_vocabulary_by_default(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"troops_deployed"):
            views.select_claims(claims, quantity="soldiers")




def test_reviewed_only_keeps_claims_an_analyst_checked():
    import datetime as dt

    from notebook_tables import claim, make_claims

    from analysis import views
    from analysis.errors import ParameterError

    d = dt.date(2025, 1, 1)
    claims = make_claims([claim("a", 1, "100", d, best=100, review_status="confirmed"),
                          claim("a", 9, "200", d, best=200, review_status="auto"),
                          claim("a", 20, "300", d, best=300, review_status="corrected")])
    kept = views.select_claims(claims, quantity="troops_deployed", include_unreviewed=False,
                               valid=["troops_deployed"])
    assert sorted(kept["value_best"].to_list()) == [100, 300]
    assert views.select_claims(claims, quantity="troops_deployed", valid=["troops_deployed"]).height == 3
    with pytest.raises(ParameterError, match="include_unreviewed"):
        views.select_claims(claims, quantity="troops_deployed", include_unreviewed="no", valid=["troops_deployed"])
    only_auto = claims.filter(claims["review_status"] == "auto")
    with pytest.raises(ParameterError, match="reviewed only"):
        views.select_claims(only_auto, quantity="troops_deployed", include_unreviewed=False, valid=["troops_deployed"])


def test_describe_filters_in_words():
    assert views.describe_filters() == ""
    assert views.describe_filters(include_echoes=False, include_unreviewed=False, start_date="2025-01") == (
        "published 2025-01-01 to ...; first reports only; reviewed claims only")
