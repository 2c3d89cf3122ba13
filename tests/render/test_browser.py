"""Rendered HTML reports in headless chromium: charts drawn, tooltips, no errors, no network.

Each page is opened from disk (file://).  Every request the page makes is recorded: the
only one allowed is the page itself, so vega, vega-lite and vega-embed must be inlined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

TIMEOUT_MS = 30_000
# The mark items vega draws for data (axes, legends and titles are in other groups).
MARK_ITEMS = "g.role-mark > path, g.role-mark > line, g.role-mark > rect, g.role-mark > text, g.role-mark > g"
TIMELINE = ("02-estimate-timeline", "default")


def open_report(watched, html: Path) -> int:
    """Open ``html`` and wait until every chart on it is drawn; return the number of charts."""
    page = watched.page
    page.goto(html.as_uri())
    charts = page.locator(".nk-chart").count()
    assert charts > 0, f"{html} has no chart"
    page.wait_for_function(
        "n => document.querySelectorAll('.nk-chart .vega-embed svg.marks').length === n",
        arg=charts, timeout=TIMEOUT_MS,
    )
    assert page.locator(".nk-chart-error").count() == 0, page.locator(".nk-chart-error").first.inner_text()
    return charts


def hover_until_tooltip(page, selector: str, tries: int = 40) -> str:
    """Hover the marks matching ``selector`` one by one until vega-tooltip shows; return its text."""
    marks = page.locator(selector)
    for index in range(min(marks.count(), tries)):
        mark = marks.nth(index)
        if not mark.is_visible():
            continue
        mark.hover(force=True)
        try:
            page.wait_for_selector("#vg-tooltip-element.visible", timeout=1_000)
        except Exception:  # noqa: BLE001 - this mark has no tooltip; try the next
            continue
        return page.inner_text("#vg-tooltip-element")
    raise AssertionError(f"no tooltip appeared when hovering {selector}")


def assert_quiet_and_offline(watched, html: Path) -> None:
    assert watched.console_errors == []
    assert watched.page_errors == []
    assert watched.dialogs == []
    assert watched.requests == [html.as_uri()], "the page requested something besides itself"


def test_fixture_report_draws_charts_with_tooltips_and_no_network(fixture_reports, watched_page):
    html = fixture_reports.out_dir / "chart" / "default.html"
    assert open_report(watched_page, html) == 2
    page = watched_page.page
    assert page.locator(".nk-chart").nth(0).locator("g.mark-symbol.role-mark path").count() == 4
    assert page.locator(".nk-chart").nth(1).locator("g.mark-rule.role-mark line").count() == 4
    tooltip = hover_until_tooltip(page, "g.mark-symbol.role-mark path")
    assert "quote" in tooltip and "plain text" in tooltip
    assert_quiet_and_offline(watched_page, html)


def test_article_html_is_shown_as_text_and_never_runs(fixture_reports, watched_page):
    html = fixture_reports.out_dir / "chart" / "hostile.html"
    open_report(watched_page, html)
    page = watched_page.page
    hostile = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
    # in the table (polars escapes, and shortens long text; the page's sanitizer is the second line of defence)
    assert '"<script>window.__xss = 1</scri' in page.locator("table.dataframe").first.inner_text()
    # in the tooltip (vega-tooltip escapes)
    tooltip = hover_until_tooltip(page, "g.mark-symbol.role-mark path")
    assert hostile in tooltip
    assert page.locator("#vg-tooltip-element img, #vg-tooltip-element script").count() == 0
    # in the chart title (SVG text)
    assert "<b>bold?</b> & </script>" in page.locator(".nk-chart").first.inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert_quiet_and_offline(watched_page, html)


def test_real_timeline_report_draws_its_charts_offline(real_reports, watched_page):
    result = real_reports.result(*TIMELINE)
    assert result.ok, result.failure
    html = result.run.output(real_reports.out_dir, ".html")
    charts = open_report(watched_page, html)
    page = watched_page.page
    for number in range(charts):
        assert page.locator(".nk-chart").nth(number).locator(MARK_ITEMS).count() > 0, f"chart {number + 1} is empty"
    tooltip = hover_until_tooltip(page, "g.mark-symbol.role-mark path")
    assert tooltip.strip()
    assert_quiet_and_offline(watched_page, html)
    assert watched_page.console_warnings == []


PHONE_WIDTH = 420


@pytest.mark.parametrize("run", [TIMELINE, ("03-source-comparison", "default"), ("01-claims-overview", "default")],
                         ids=lambda run: "/".join(run))
def test_real_report_fits_a_phone_and_logs_no_warning(real_reports, phone_page, run):
    result = real_reports.result(*run)
    assert result.ok, result.failure
    html = result.run.output(real_reports.out_dir, ".html")
    charts = open_report(phone_page, html)
    page = phone_page.page
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH, "the page scrolls sideways"
    for number in range(charts):
        svg = page.locator(".nk-chart").nth(number).locator("svg.marks")
        box = svg.bounding_box()
        assert box["x"] + box["width"] <= PHONE_WIDTH, f"chart {number + 1} is cut off"
        # drawn narrower rather than shrunk, so that its text stays legible: scaled to at least 70 %
        # (drawn at its desktop width, the timeline was scaled to 31 % on a phone)
        assert box["width"] >= 0.7 * float(svg.get_attribute("width")), f"chart {number + 1} is scaled down"
    assert_quiet_and_offline(phone_page, html)
    assert phone_page.console_warnings == []
