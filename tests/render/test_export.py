"""analysis.render.export: the offline HTML page, chart files, the index page, HTML safety."""

from __future__ import annotations

import json
import re

import pytest

from analysis.render import clean_html_output, script_json

# -- HTML safety helpers ------------------------------------------------------------------


def test_script_json_cannot_close_its_script_element():
    text = script_json({"quote": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"quote": "</script><script>alert(1)</script> & <!--"}


@pytest.mark.parametrize(("html", "kept", "gone"), [
    pytest.param("<table><tr><th>a</th><td colspan='2'>b</td></tr></table>", "<td colspan=\"2\">b</td>", None, id="table"),
    pytest.param("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script", id="script"),
    pytest.param("<img src=x onerror=alert(1)>", "&lt;img", "<img", id="img-onerror"),
    pytest.param("<a href='javascript:alert(1)'>x</a>", "<a>x</a>", "javascript:", id="javascript-link"),
    pytest.param("<div><style>.x{}</style><small>shape</small></div>", "<small>shape</small>", "<style", id="style"),
    pytest.param("<td>a <mark>12.000</mark> b</td>", "<mark>12.000</mark>", None, id="highlighted-number"),
    pytest.param('<table><colgroup><col style="width:26em;"/></colgroup><tr><td>x</td></tr></table>',
                 '<col style="width:26em;">', None, id="great-tables-column-width"),
    pytest.param('<div style="background-image: url(http://x/y.png); overflow-x: auto;">t</div>',
                 'style="overflow-x: auto;"', "url(", id="css-allow-list"),
])
def test_output_html_keeps_tables_and_shows_other_tags_as_text(html: str, kept: str, gone: str | None):
    cleaned = clean_html_output(html)
    assert kept in cleaned
    if gone:
        assert gone not in cleaned


def test_report_page_is_offline_with_vega_inlined_once(fixture_reports):
    page = (fixture_reports.out_dir / "chart" / "default.html").read_text(encoding="utf-8")
    assert page.count("window.vegaEmbed=") == 1
    assert page.count('class="nk-chart-spec"') == 2
    assert not re.search(r"<script[^>]+src=", page), "no script is loaded from elsewhere"
    assert not re.search(r"<link[^>]+href=\"?https?:", page)
    assert "require.min.js" not in page and "MathJax" not in page and "mermaid" not in page.lower()


def test_report_page_shows_outputs_and_leaves_the_code_out(fixture_reports):
    page = (fixture_reports.out_dir / "chart" / "default.html").read_text(encoding="utf-8")
    assert "The table: one row per day" in page  # markdown cells stay
    assert "alt.renderers.register" not in page and "pl.DataFrame({" not in page  # code cells go
    assert "jp-InputPrompt jp-InputArea-prompt" not in page and "jp-OutputPrompt jp-OutputArea-prompt" not in page
    assert "<table" in page  # the outputs stay


def test_article_text_stays_text_in_the_page(fixture_reports):
    page = (fixture_reports.out_dir / "chart" / "hostile.html").read_text(encoding="utf-8")
    assert "<script>window.__xss" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    specs = re.findall(r'<script[^>]*class="nk-chart-spec"[^>]*>(.*?)</script>', page, re.S)
    assert len(specs) == 2
    assert all("<" not in spec for spec in specs)
    assert "\\u003cscript\\u003ewindow.__xss" in specs[0]


def test_index_page_links_every_report(fixture_reports):
    out = fixture_reports.out_dir
    index = (out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', index)
    for target in ("chart/default.html", "chart/hostile.html", "chart/hostile.chart-2.svg", "failing/ok.html",
                   "failing/zero.failed.ipynb"):
        assert target in links
    assert all((out / link).exists() for link in links)
    assert "&lt;script&gt;window.__xss" in index and "<script>window" not in index
    assert "failed: cell 5" in index
    # what the notebook answers, the parameter set in words (escaped), the first chart as a thumbnail
    assert "<strong>Answers:</strong> what do the fixture points look like?" in index
    assert "Four points &amp; a &lt;b&gt;table&lt;/b&gt;" in index
    thumbnails = re.findall(r'<img class="thumb" src="([^"]+)"', index)
    assert "chart/default.chart-1.png" in thumbnails
    assert all((out / src).exists() for src in thumbnails)
