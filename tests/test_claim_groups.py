"""Claim groups: the rule on rows held as dicts (one text's claims) agrees with the frame pass."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import extract_claims
from analysis.claim_groups import assign_claim_groups, group_rows

TEXT = ("Laut CNN sind 3.000 Soldaten angekommen. Tausende sollen folgen. Bis zu 12.000 Soldaten seien es im "
        "November. Später hieß es: Tausende.")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return extract_claims(TEXT, published="2025-01-01").to_dicts()


def _in_article(rows: list[dict], article_id: str | None, published: dt.date, precision: str) -> list[dict]:
    return [{**r, "article_id": article_id, "claim_id": f"{article_id}:{r['char_start']}", "published_date": published,
             "published_precision": precision} for r in rows]


@pytest.mark.parametrize(
    ("articles", "echoes_per_claim"),
    [
        pytest.param([], 0, id="one-text"),
        pytest.param([("b", dt.date(2024, 12, 1), "month"), ("a", dt.date(2024, 12, 28), "day")], 2,
                     id="month-precision-counts-as-its-last-day"),
        pytest.param([("b", dt.date(2024, 12, 1), "day")], 1, id="null-article-id-sorts-first"),
    ],
)
def test_group_rows_agrees_with_the_frame_pass(rows, articles, echoes_per_claim):
    table = [r for article in articles for r in _in_article(rows, *article)][::-1] + rows
    expected = assign_claim_groups(pl.DataFrame(table)).to_dicts()
    assert group_rows(table) == expected
    echoing = sum(r["bound"] != "vague" for r in rows)    # a vague figure is never an echo
    assert echoing >= 2
    assert sum(not r["is_first_report"] for r in expected) == echoes_per_claim * echoing


def test_vague_figures_keep_their_own_group(rows):
    vague = [r for r in group_rows(rows + _in_article(rows, "b", dt.date(2024, 12, 1), "day")) if r["bound"] == "vague"]
    assert len(vague) == 2 * sum(r["bound"] == "vague" for r in rows) >= 2
    assert all(r["claim_group"] == r["claim_id"] for r in vague)
