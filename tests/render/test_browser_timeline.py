"""The estimate timeline as a reader sees it in chromium: drawn from a hand-made claims table.

The page is the real report template (:func:`analysis.render.notebook_to_html`) around the
chart :func:`analysis.charts.plot_estimate_timeline` draws; the test reads what vega drew
(the scenegraph of ``window.nkViews[0]``) and compares it with the table.
"""

from __future__ import annotations

import datetime as dt

import nbformat
import pytest
from notebook_tables import claim, make_claims
from test_browser import assert_quiet_and_offline, open_report

from analysis import charts
from analysis.render import notebook_to_html

pytestmark = pytest.mark.browser

D = dt.date
PHONE_WIDTH = 420

# Every mark vega drew for a claim: its kind, the claim, its position and fill, and the x scale's
# pixel for the dates the test asks about (the scale maps a date to the same frame as the marks).
DRAWN = """([index, dates]) => {
  const view = window.nkViews[index];
  const marks = [];
  (function walk(node) {
    for (const item of (node && node.items) || []) {
      if (node.marktype && node.marktype !== "group" && item.datum && item.datum.claim_id) {
        marks.push({kind: node.marktype, claim: item.datum.claim_id, x: item.x, x2: item.x2,
                    fillOpacity: item.fillOpacity, review: item.datum.review});
      } else {
        walk(item);
      }
    }
  })(view.scenegraph().root);
  const x = view.scale("x");
  const at = Object.fromEntries(dates.map(d => [d, x(new Date(d + "T00:00:00Z"))]));
  return {marks, at};
}"""


def hand_made_claims():
    return make_claims([
        # reviewed, no period stated: placed at its publication
        claim("a", 10, "12.000", D(2025, 1, 10), best=12000, source="kr_nis", review_status="confirmed"),
        # unreviewed, published in June 2025 about November 2024: placed in November 2024
        claim("b", 10, "11.000", D(2025, 6, 19), best=11000, source="ua_hur",
              reference_start=D(2024, 11, 1), reference_end=D(2024, 11, 30), reference_precision="month",
              reference_text="im November 2024"),
        # reviewed, no period: at its publication
        claim("c", 10, "14.000", D(2025, 4, 28), best=14000, source="kp_government", review_status="corrected"),
    ])


@pytest.fixture(scope="module")
def timeline_page(tmp_path_factory):
    chart = charts.plot_estimate_timeline(hand_made_claims())
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Timeline of hand-made claims"),
        nbformat.v4.new_code_cell("chart", outputs=[nbformat.v4.new_output(
            "display_data", data=charts.notebook_renderer(chart.to_dict()))]),
    ])
    html = tmp_path_factory.mktemp("timeline") / "timeline.html"
    html.write_text(notebook_to_html(nb, title="timeline"), encoding="utf-8")
    return html


def drawn(page, dates: list[str]) -> dict:
    page.wait_for_function("() => window.nkViews && window.nkViews[0]")
    return page.evaluate(DRAWN, [0, dates])


def test_a_figure_with_a_reference_period_sits_in_that_period(timeline_page, watched_page):
    open_report(watched_page, timeline_page)
    got = drawn(watched_page.page, ["2024-11-01", "2024-12-01", "2025-06-19", "2025-01-10", "2025-04-28"])
    at, marks = got["at"], got["marks"]
    point = {m["claim"]: m for m in marks if m["kind"] == "symbol"}
    # described period: inside November 2024, far from its publication in June 2025
    assert at["2024-11-01"] <= point["b:10"]["x"] <= at["2024-12-01"]
    assert point["b:10"]["x"] < at["2025-01-10"] < at["2025-06-19"]
    # a bar across the month described
    spans = [m for m in marks if m["kind"] == "rule" and m["claim"] == "b:10" and m.get("x2") is not None]
    assert any(m["x"] == pytest.approx(at["2024-11-01"], abs=0.5) and m["x2"] == pytest.approx(at["2024-12-01"], abs=0.5)
               for m in spans), spans
    # a tick at the publication (rect: vega draws ticks as thin rectangles)
    ticks = [m for m in marks if m["kind"] == "rect" and m["claim"] == "b:10"]
    assert any(abs(m["x"] - at["2025-06-19"]) < 2 for m in ticks), ticks
    # no period stated: at the publication date
    assert point["a:10"]["x"] == pytest.approx(at["2025-01-10"], abs=0.5)
    assert point["c:10"]["x"] == pytest.approx(at["2025-04-28"], abs=0.5)
    assert_quiet_and_offline(watched_page, timeline_page)
    assert watched_page.console_warnings == []


def test_an_unreviewed_mark_looks_different_from_a_reviewed_one(timeline_page, watched_page):
    open_report(watched_page, timeline_page)
    point = {m["claim"]: m for m in drawn(watched_page.page, [])["marks"] if m["kind"] == "symbol"}
    reviewed, unreviewed = point["a:10"], point["b:10"]
    assert reviewed["review"] != unreviewed["review"]
    assert unreviewed["fillOpacity"] < 0.5 <= reviewed["fillOpacity"], (reviewed, unreviewed)
    assert point["c:10"]["fillOpacity"] == reviewed["fillOpacity"]


def test_the_timeline_fits_a_phone_without_scrolling_sideways(timeline_page, phone_page):
    open_report(phone_page, timeline_page)
    page = phone_page.page
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    right = page.evaluate("Math.max(...[...document.querySelectorAll('.nk-chart svg')]"
                          ".map(s => s.getBoundingClientRect().right))")
    assert right <= PHONE_WIDTH
    assert_quiet_and_offline(phone_page, timeline_page)
    assert phone_page.console_warnings == []
