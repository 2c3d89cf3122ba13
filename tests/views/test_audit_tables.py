"""analysis.views.audit: the tables of notebook 04."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from notebook_tables import (
    make_mentions,
)

from analysis import views
from analysis.errors import ParameterError
from analysis.views import audit as audit_tables

D = dt.date


class TestCoverageAudit:
    def test_unreviewed_first(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        order = [views.REVIEW_ORDER[r] for r in audit["review"].to_list()]
        assert order == sorted(order)
        assert audit["review"][0] == "unreviewed"
        assert audit.height == make_mentions(claims).height

    def test_classification_and_review(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        by_key = {(r["article_id"], r["char_start"]): r for r in audit.to_dicts()}
        assert by_key[("a-2024-10", 500)]["review"] == "unreviewed"  # an amount not taken as a claim
        assert by_key[("a-2024-10", 600)]["review"] == "unreviewed (not an amount)"
        assert by_key[("b-2025-04", 900)]["review"] == "rejected in review"
        assert by_key[("b-2025-04", 70)]["review"] == "confirmed"
        assert by_key[("c-2025-07", 400)]["review"] == "corrected"
        assert by_key[("a-2024-10", 0)]["is_claim"] == "claim (repeated)"
        assert by_key[("a-2024-10", 0)]["source"] == "kr_nis"

    def test_context(self, claims: pl.DataFrame):
        mentions = make_mentions(claims).filter(pl.col("char_start") == 500)
        text = "x" * 480 + "Es waren\n damals 42 Leute dort." + "y" * 100
        mentions = mentions.with_columns(pl.lit(text.index("42"), pl.Int64).alias("char_start"),
                                         pl.lit(text.index("42") + 2, pl.Int64).alias("char_end"))
        audit = views.coverage_audit(mentions, claims, texts={"a-2024-10": text}, context_chars=10)
        assert audit["context"].item() == "…n damals [42] Leute dor…"

    def test_each_article_text_is_read_once_and_contexts_keep_the_row_order(self, claims: pl.DataFrame):
        mentions = make_mentions(claims)
        texts = {a: f"{a} " + "0123456789 " * 80 for a in mentions["article_id"].unique().to_list()}
        reads: list[str] = []

        class Counting(dict):
            def get(self, key, default=None):
                reads.append(key)
                return super().get(key, default)

        audit = views.coverage_audit(mentions, claims, texts=Counting(texts), context_chars=3)
        assert sorted(reads) == sorted(set(reads)) == sorted(texts)
        ends = {(r["article_id"], r["char_start"]): r["char_end"] for r in mentions.to_dicts()}
        for row in audit.to_dicts():
            key = (row["article_id"], row["char_start"])
            assert row["context"] == audit_tables._context(texts[key[0]], key[1], ends[key], 3)
        assert audit.height == mentions.height

    def test_context_chars_validated(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"context_chars"):
            views.coverage_audit(make_mentions(claims), claims, context_chars=-5)

    def test_filter_and_counts(self, claims: pl.DataFrame):
        audit = views.coverage_audit(make_mentions(claims), claims)
        one = views.filter_audit(audit, article_id="a-2024-10", statuses=["not_a_claim"])
        assert one["number_text"].to_list() == ["42", "18.10.2024"]
        with pytest.raises(ParameterError, match=r"article_id.*did you mean 'a-2024-10'"):
            views.filter_audit(audit, article_id="a-2024-1")
        with pytest.raises(ParameterError, match=r"statuses.*unknown 'claims'"):
            views.filter_audit(audit, statuses=["claims"])
        with pytest.raises(ParameterError, match=r"at least one mention"):
            views.filter_audit(audit, article_id="d-2025-07", statuses=["rejected"])
        counts = views.audit_counts(audit)
        assert counts["n_mentions"].sum() == audit.height
        assert counts.filter(pl.col("kind") == "date")["n_unreviewed"].item() == 1


