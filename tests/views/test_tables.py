"""analysis.views.tables and .caveats: publication tables (great_tables) and a page's caveats."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest
from notebook_tables import claim, make_articles, make_claims

from analysis import views
from analysis.errors import ParameterError

D = dt.date


def cells(html: str, column: str) -> list[str]:
    """The HTML inside each cell of ``column`` (great_tables names it in the cell's ``headers``)."""
    return re.findall(rf'<td (?:style="[^"]*" )?headers="[^"]*-{column}" class="([^"]*)">(.*?)</td>', html, re.S)


@pytest.mark.parametrize(("quote", "number", "expected"), [
    pytest.param("Etwa 4.000 Soldaten", "4.000", "Etwa <mark>4.000</mark> Soldaten", id="highlighted"),
    pytest.param("4.000 und 4.000", "4.000", "<mark>4.000</mark> und 4.000", id="first-occurrence"),
    pytest.param("<b>12.000</b> & mehr", "12.000", "&lt;b&gt;<mark>12.000</mark>&lt;/b&gt; &amp; mehr", id="escaped"),
    pytest.param("keine Zahl", "5", "keine Zahl", id="number-not-in-quote"),
    pytest.param(None, "5", "", id="no-quote"),
])
def test_quote_is_escaped_with_the_number_highlighted(quote, number, expected):
    assert views.highlight_number(quote, number) == expected


def test_claims_table_reads_as_published_figures():
    claims = make_claims()
    html = views.publication_table(views.claims_overview(claims), "claims").as_raw_html()
    figures = cells(html, "value_text")
    assert {"≤ 12,000", "≥ 14,000", "≈ 4,000", "25,000–30,000"} <= {text for _, text in figures}
    assert all("gt_right" in css for css, _ in figures), "figures are right-aligned like numbers"
    quotes = [text for _, text in cells(html, "quote")]
    assert len(quotes) == claims.height
    assert "<mark>bis zu 12.000</mark>" not in quotes  # the fixture's quotes do not hold the number
    assert html.index(">Source</th>") < html.index(">Figure</th>") < html.index(">Quote</th>") < html.index(">Via</th>")
    assert "None" not in html and "null" not in html
    assert ">Figure</th>" in html and ">As written</th>" in html


def test_hostile_quote_stays_text_and_its_number_is_marked():
    claims = make_claims([claim("a", 5, "12.000", D(2025, 1, 1), best=12000,
                                quote="<script>alert(1)</script> 12.000 Soldaten")])
    html = views.publication_table(views.claims_overview(claims), "claims").as_raw_html()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>12.000</mark> Soldaten" in html


def test_counts_get_thousands_separators_and_floats_whole_numbers():
    frame = pl.DataFrame({"label": ["a", "b"], "n_claims": [12345, 7], "estimate": [3666.666667, None]})
    html = views.publication_table(frame, "counts").as_raw_html()
    assert [text for _, text in cells(html, "n_claims")] == ["12,345", "7"]
    assert [text for _, text in cells(html, "estimate")] == ["3,667", ""]


def test_the_same_frame_renders_to_the_same_bytes():
    frame = views.claims_overview(make_claims())
    first = views.publication_table(frame, "claims")._repr_html_()
    second = views.publication_table(frame, "claims")._repr_html_()
    assert first == second
    assert 'id="nk-claims"' in first


def test_a_table_name_must_be_a_short_word():
    with pytest.raises(ParameterError, match="a short table name"):
        views.publication_table(pl.DataFrame({"a": [1]}), "two words")


def test_caveats_count_the_corpus_publishers_sources_and_review():
    claims = make_claims()  # 11 claims in 4 articles; c-2025-07 has no named publisher
    articles = make_articles(claims)
    lines = views.caveats(claims, articles).lines
    assert lines[0].startswith("The corpus holds 4 articles; this page shows 11 claims from 4 of them.")
    assert "A small corpus" in lines[0]
    assert lines[1] == "Articles without a named publisher: 1 of 4 (25 %); 3 of 11 (27 %) claims shown come from them."
    assert lines[2] == "Claims that name no source (unattributed): 4 of 11 (36 %)."
    assert lines[3].endswith("9 of 11 (82 %).")  # all but the confirmed and the corrected one


def test_caveats_follow_the_selection():
    claims = make_claims()
    selection = claims.filter(pl.col("review_status") != "auto")
    caveats = views.caveats(selection, make_articles(claims))
    assert "shows 2 claims from 2 of them" in caveats.lines[0]
    assert caveats.lines[3].endswith("0 of 2 (0 %).")
    assert caveats._repr_markdown_().startswith("**Read with care:**\n\n- The corpus holds 4 articles")


@pytest.mark.parametrize(("columns", "expected"), [
    pytest.param(["published_text", "publisher", "number_text", "value_text", "source_name", "quote", "claim_id"],
                 ["published_text", "source_name", "publisher", "number_text", "value_text", "quote", "claim_id"],
                 id="claims"),
    pytest.param(["review", "article_id", "number_text", "kind", "reason", "context"],
                 ["review", "article_id", "number_text", "context", "kind", "reason"], id="audit"),
    pytest.param(["label", "n_claims"], ["label", "n_claims"], id="nothing-to-move"),
])
def test_the_quote_follows_its_number_and_the_source_its_date(columns, expected):
    from analysis.views.tables import reading_order

    assert reading_order(columns) == expected


def test_an_item_value_list_has_no_header_row():
    html = views.publication_table(pl.DataFrame({"item": ["articles"], "value": ["5"]}), "corpus").as_raw_html()
    table = html[html.index("<table"):]
    assert "<th " not in table and "<td " in table
