"""analysis.views.belief: each source's latest estimate as a step, and the band across sources."""

from __future__ import annotations

import datetime as dt

import polars as pl
from notebook_tables import claim, make_claims

from analysis import views

D = dt.date


def casualty_claims() -> pl.DataFrame:
    return make_claims([
        claim("a", 1, "4.000", D(2025, 1, 10), "casualties", best=4000, bound="approximate", source="ua_hur"),
        claim("b", 1, "3.000", D(2025, 1, 20), "casualties", best=3000, source="kr_nis"),
        claim("c", 1, "4.000", D(2025, 2, 1), "casualties", best=4000, source="ua_hur", is_first_report=False,
              claim_group="a:1"),  # an echo: not a new belief
        claim("d", 1, "6.000", D(2025, 3, 1), "casualties", best=6000, source="ua_hur"),
        claim("e", 1, "9.000", D(2025, 3, 5), "casualties", best=9000),  # unattributed: nobody's belief
        claim("f", 1, "Tausende", D(2025, 3, 9), "casualties", bound="vague", source="kr_nis"),  # no figure
        claim("g", 1, "2.000 bis 4.000", D(2025, 4, 1), "casualties", low=2000, high=4000, bound="range",
              source="kp_government"),
    ])


def test_steps_run_from_each_publication_to_the_source_s_next_estimate():
    steps = views.belief_steps(casualty_claims())
    rows = [(r["source"], r["valid_from"], r["valid_to"], r["estimate"]) for r in steps.to_dicts()]
    assert rows == [
        ("kp_government", D(2025, 4, 1), D(2025, 4, 1), 3000.0),
        ("kr_nis", D(2025, 1, 20), D(2025, 4, 1), 3000.0),
        ("ua_hur", D(2025, 1, 10), D(2025, 3, 1), 4000.0),
        ("ua_hur", D(2025, 3, 1), D(2025, 4, 1), 6000.0),
    ]


def test_band_is_the_range_and_median_of_current_estimates():
    band = views.belief_band(casualty_claims())
    rows = [(r["date"], r["low"], r["median"], r["high"], r["n_sources"]) for r in band.to_dicts()]
    assert rows == [
        (D(2025, 1, 10), 4000, 4000, 4000, 1),
        (D(2025, 1, 20), 3000, 3500, 4000, 2),
        (D(2025, 3, 1), 3000, 4500, 6000, 2),  # HUR moved 4,000 -> 6,000; the echo of Feb 1 changed nothing
        (D(2025, 4, 1), 3000, 3000, 6000, 3),
    ]


def test_latest_estimate_per_source():
    latest = views.latest_estimates(casualty_claims())
    assert latest.select("source", "value_text", "n_estimates").rows() == [
        ("ua_hur", "6,000", 2), ("kp_government", "2,000–4,000", 1), ("kr_nis", "3,000", 1)]


def test_same_day_figures_of_one_source_count_as_their_median():
    claims = make_claims([claim("a", 1, "100", D(2025, 1, 1), best=100, source="ua_hur"),
                          claim("a", 9, "300", D(2025, 1, 1), best=300, source="ua_hur")])
    assert views.belief_steps(claims)["estimate"].to_list() == [200.0]


def test_no_named_source_with_a_figure_gives_an_empty_band():
    claims = make_claims([claim("a", 1, "100", D(2025, 1, 1), best=100)])
    assert views.belief_band(claims).is_empty() and views.latest_estimates(claims).is_empty()
