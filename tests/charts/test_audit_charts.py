"""analysis.charts.audit: mention classification and review progress.

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
    review_audit,
)
from notebook_tables import make_mentions

from analysis import charts, views

D = dt.date


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


