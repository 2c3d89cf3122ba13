"""analysis.charts.overview: claim counts and the corpus coverage, and its summary.

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
    filters_of,
    leaf_charts,
    many_articles,
    mark_of,
    spec_rows,
)
from notebook_tables import make_articles

from analysis import charts, views

D = dt.date


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

