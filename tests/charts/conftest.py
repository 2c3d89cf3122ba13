"""Fixtures of the charts tests: the small claims table, the notebook renderer, a weekly series."""

from __future__ import annotations

import altair as alt
import polars as pl
import pytest
from chart_helpers import weekly_claims
from notebook_tables import make_claims

from analysis import charts


@pytest.fixture
def claims() -> pl.DataFrame:
    return make_claims()


@pytest.fixture
def nk_renderer():
    previous = alt.renderers.active
    charts.enable_notebook_renderer()
    yield
    alt.renderers.enable(previous)


@pytest.fixture
def weekly() -> pl.DataFrame:
    return make_claims(weekly_claims())
