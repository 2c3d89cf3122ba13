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
    assert bundle["text/plain"] == "<altair chart (layer): troops_planned: one named source, latest figure 25,000–30,000>"
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
    assert colors == {"kr_nis": "#4e79a7", "ua_hur": "#f28e2b", "unattributed": charts.UNATTRIBUTED_COLOR}
    assert charts.source_colors(reversed(["ua_hur", "kr_nis"]))["ua_hur"] == colors["ua_hur"]


def test_a_source_keeps_its_colour_in_two_corpora_with_different_sources():
    from notebook_tables import claim, make_claims

    d = dt.date
    first = make_claims([claim("a", 1, "12.000", d(2024, 10, 18), best=12000, source="ua_hur"),
                         claim("a", 9, "11.000", d(2024, 10, 18), best=11000, source="kr_nis")])
    second = make_claims([claim("b", 1, "14.000", d(2025, 4, 28), best=14000, source="kp_government"),
                          claim("b", 9, "11.000", d(2025, 4, 28), best=11000, source="uk_intelligence"),
                          claim("b", 20, "12.000", d(2025, 4, 28), best=12000, source="ua_hur")])

    def colours(corpus):
        chart = charts.plot_estimate_timeline(corpus)
        scale = chart.to_dict()["layer"][-1]["encoding"]["color"]["scale"]
        return dict(zip(scale["domain"], scale["range"], strict=True))

    name = "Ukraine's Defence Intelligence (HUR)"
    assert colours(first)[name] == colours(second)[name] == charts.source_colors(["ua_hur"])["ua_hur"]
    assert len(set(colours(second).values())) == 3


def test_a_new_source_takes_a_free_colour_without_moving_the_others():
    from analysis.charts.palette import default_palette, palette_colors

    before = palette_colors(["ua_hur", "kr_nis", "ru_shoigu"])
    after = palette_colors(["ua_hur", "kr_nis", "ru_shoigu", "a_new_source", "another_one"])
    assert {k: after[k] for k in before} == before
    assert after["a_new_source"] in default_palette().free
    assert after["a_new_source"] not in default_palette().assigned.values()


def test_every_source_of_the_vocabulary_has_its_own_colour():
    from analysis import views
    from analysis.charts.palette import default_palette

    palette = default_palette()
    assert set(views.source_names()) - {"unattributed"} <= set(palette.assigned)
    assert len(set(palette.assigned.values())) == len(palette.assigned)


@pytest.mark.parametrize(("text", "match"), [
    pytest.param("unattributed: '#8c8c8c'\ncolors: ['#000000']\nassigned: {a: '#111111'}\n", "listed under",
                 id="colour not in the palette"),
    pytest.param("unattributed: '#8c8c8c'\ncolors: ['#000000']\nassigned: {a: '#000000', b: '#000000'}\n",
                 "no other source", id="colour twice"),
    pytest.param("unattributed: grey\ncolors: []\nassigned: {}\n", "#rrggbb", id="not a hex colour"),
])
def test_a_bad_palette_file_is_refused(tmp_path, text, match):
    from analysis.charts.palette import read_palette
    from analysis.errors import VocabularyError

    path = tmp_path / "palette.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError, match=match):
        read_palette(path)


def test_colour_of_a_source_does_not_depend_on_the_selection(claims: pl.DataFrame):
    everything = claims["source"]
    full = charts.source_scale(claims, everything)
    only_hur = charts.source_scale(claims.filter(pl.col("source") == "ua_hur"), everything)
    hur = "Ukraine's Defence Intelligence (HUR)"
    assert only_hur.domain == [hur]
    assert only_hur.range == [full.range[full.domain.index(hur)]]


