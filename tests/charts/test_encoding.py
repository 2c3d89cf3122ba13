"""analysis.charts.encoding: the notebook renderer and the colours of sources.

Every chart is also compiled to Vega with vl-convert (``compiles``), so a spec that altair accepts
but Vega-Lite cannot draw fails here rather than in a notebook.
"""

from __future__ import annotations

import datetime as dt
import json

import altair as alt
import nbformat
import polars as pl
import pytest
from chart_helpers import (
    select,
)

from analysis import charts
from analysis.charts import encoding

D = dt.date


@pytest.mark.usefixtures("nk_renderer")
def test_renderer_emits_a_vegalite_bundle_nbformat_accepts(claims: pl.DataFrame):
    assert alt.renderers.active == charts.RENDERER_NAME
    chart = charts.plot_estimate_timeline(select(claims, "troops_planned"))
    bundle = chart._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    assert set(bundle) == {charts.VEGALITE_MIMETYPE, "text/plain"}
    assert bundle[charts.VEGALITE_MIMETYPE]["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert bundle["text/plain"] == "<altair chart (layer): Estimates of troops_planned over time>"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "chart", outputs=[nbformat.v4.new_output("display_data", data=bundle)])])
    nbformat.validate(nb)  # altair's own "application/vnd.vegalite.v6.json" would fail here


@pytest.mark.usefixtures("nk_renderer")
def test_renderer_output_is_deterministic(claims: pl.DataFrame):
    first = charts.plot_estimate_timeline(select(claims, "troops_deployed"))._repr_mimebundle_()
    second = charts.plot_estimate_timeline(select(claims, "troops_deployed"))._repr_mimebundle_()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert "altair-viz-" not in json.dumps(first)


def test_plain_text_names_the_title():
    assert encoding._describe({"title": {"text": "Hello"}, "layer": []}) == "<altair chart (layer): Hello>"
    assert encoding._describe({"mark": "bar"}) == "<altair chart (mark)>"


# -- colours -----------------------------------------------------------------------------------

def test_source_colors_are_stable_and_unattributed_is_grey():
    colors = charts.source_colors(["ua_hur", "kr_nis", "unattributed"])
    assert colors == {"kr_nis": charts.SOURCE_PALETTE[0], "ua_hur": charts.SOURCE_PALETTE[1],
                      "unattributed": charts.UNATTRIBUTED_COLOR}
    assert charts.source_colors(reversed(["ua_hur", "kr_nis"]))["ua_hur"] == colors["ua_hur"]


def test_colour_of_a_source_does_not_depend_on_the_selection(claims: pl.DataFrame):
    everything = claims["source"]
    full = charts.source_scale(claims, everything)
    only_hur = charts.source_scale(claims.filter(pl.col("source") == "ua_hur"), everything)
    hur = "Ukraine's Defence Intelligence (HUR)"
    assert only_hur.domain == [hur]
    assert only_hur.range == [full.range[full.domain.index(hur)]]


