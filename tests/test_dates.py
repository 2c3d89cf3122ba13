"""Publication dates, month ends, EDTF periods and reference periods (analysis.dates)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.dates import edtf_period, month_end, parse_published_text, precision_of, resolve_reference
from analysis.errors import ParameterError
from analysis.extract.drafts import ArticleInfo


def test_year_inference_for_forward_prepositions():
    info = ArticleInfo(None, None, dt.date(2024, 12, 20), "day", "de")
    assert resolve_reference("XXXX-01-05", "ab dem", info)[0] == dt.date(2025, 1, 5)
    assert resolve_reference("XXXX-01-05", "am", info)[0] == dt.date(2024, 1, 5)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        pytest.param("2025-07-02T14:01", "minute", id="minute"),
        pytest.param("2025-07-02", "day", id="day"),
        pytest.param("2025-07", "month", id="month"),
        pytest.param("02.07.2025", None, id="not-iso"),
    ],
)
def test_precision_of(value, precision):
    assert precision_of(value) == precision


def test_parse_published_text_names_the_parameter():
    assert parse_published_text("2025-07", parameter="p", expected="x", fix="y") == (dt.date(2025, 7, 1), "month")
    with pytest.raises(ParameterError, match=r"--when: expected ISO; found 'gestern'"):
        parse_published_text("gestern", parameter="--when", expected="ISO", fix="write it in ISO form")


@pytest.mark.parametrize(
    ("year", "month", "end"),
    [
        pytest.param(2024, 2, dt.date(2024, 2, 29), id="leap-february"),
        pytest.param(2025, 2, dt.date(2025, 2, 28), id="common-february"),
        pytest.param(2024, 12, dt.date(2024, 12, 31), id="december"),
    ],
)
def test_month_end(year, month, end):
    assert month_end(year, month) == end


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        pytest.param("XXXX-11", (dt.date(2024, 11, 1), dt.date(2024, 11, 30), "month"), id="month-no-year"),
        pytest.param("2024-24", (dt.date(2024, 12, 1), dt.date(2025, 2, 28), "season"), id="winter"),
        pytest.param("199X", (dt.date(1990, 1, 1), dt.date(1999, 12, 31), "year"), id="decade"),
        pytest.param("2022/2024", (dt.date(2022, 1, 1), dt.date(2024, 12, 31), "year"), id="interval"),
    ],
)
def test_edtf_period(edtf, expected):
    assert edtf_period(edtf, 2024) == expected


def test_open_end_prepositions_leave_the_period_open():
    info = ArticleInfo(None, None, dt.date(2024, 12, 20), "day", "de")
    assert resolve_reference("2024-11", "seit", info)[1] is None
    assert resolve_reference("2024-11", "since", info)[1] is None


@pytest.mark.parametrize(
    ("value", "found"),
    [
        pytest.param("2025-13-01", "there is no month 13", id="month-13"),
        pytest.param("2025-02-30", "there is no day 30 in February 2025 (it has 28 days)", id="feb-30"),
        pytest.param("2024-02-30", "it has 29 days", id="leap-feb-30"),
        pytest.param("2025-06-19T25:00", "there is no time 25:00", id="hour-25"),
    ],
)
def test_an_impossible_date_says_what_is_wrong(value, found):
    from analysis.dates import parse_published_text
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match=re.escape(found)):
        parse_published_text(value, parameter="--published", expected="YYYY-MM-DD", fix="fix it")


@pytest.mark.parametrize("value", ["2999-01-01", "1899-12-31", "0001-01-01"])
def test_a_publication_after_today_or_before_1900_is_refused_unless_allowed(value):
    from analysis.dates import parse_published_text
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match="between 1900 and today"):
        parse_published_text(value, parameter="--published", expected="x", fix="y", allow_future=False)
    assert parse_published_text(value, parameter="--published", expected="x", fix="y", allow_future=True)[1] == "day"
