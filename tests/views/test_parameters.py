"""analysis.views.parameters: every check_* names the parameter, what was expected, what was found, the fix."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from notebook_tables import (
    QUANTITIES,
)

from analysis import views
from analysis.errors import ParameterError

D = dt.date


class TestParameters:
    def test_unknown_quantity_lists_the_valid_ones(self):
        with pytest.raises(ParameterError, match=r"quantity.*troops_deployed, troops_planned.*did you mean 'troops_planned'") as info:
            views.check_quantity("troops_plan", QUANTITIES)
        assert info.value.where == "parameter 'quantity'"
        assert info.value.found == "'troops_plan'"

    def test_quantity_of_wrong_type(self):
        with pytest.raises(ParameterError, match=r"expected a string.*found int 3"):
            views.check_quantity(3, QUANTITIES)

    @pytest.mark.parametrize("value, expected", [
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
        pytest.param("2025-07-02", D(2025, 7, 2), id="day"),
        pytest.param("2025-07", D(2025, 7, 1), id="month"),
        pytest.param(D(2025, 1, 5), D(2025, 1, 5), id="date"),
        pytest.param(dt.datetime(2025, 1, 5, 12), D(2025, 1, 5), id="datetime"),
    ])
    def test_dates(self, value, expected):
        assert views.check_date("start_date", value) == expected

    def test_month_end_date_covers_the_month(self):
        assert views.check_date("end_date", "2024-02", end_of_period=True) == D(2024, 2, 29)
        assert views.check_date("end_date", "2024-12", end_of_period=True) == D(2024, 12, 31)

    @pytest.mark.parametrize("value, match", [
        pytest.param("2025-13-01", r"'2025-13-01' \(month must be in 1\..12\).*real calendar date", id="month-13"),
        pytest.param("2025-02-30", r"day is out of range", id="feb-30"),
        pytest.param("02.07.2025", r"found '02\.07\.2025'.*year-month-day", id="german-format"),
        pytest.param(20250702, r"found int 20250702.*in quotes", id="int"),
        pytest.param(True, r"found bool True", id="bool"),
    ])
    def test_bad_dates(self, value, match):
        with pytest.raises(ParameterError, match=match) as info:
            views.check_date("start_date", value)
        assert info.value.where == "parameter 'start_date'"

    def test_start_after_end(self):
        with pytest.raises(ParameterError, match=r"start_date 2025-08-01 after end_date 2025-07-31.*swap"):
            views.check_date_range("2025-08-01", "2025-07")

    @pytest.mark.parametrize("value", [pytest.param("yes", id="str"), pytest.param(1, id="int"),
                                       pytest.param(None, id="none")])
    def test_bool(self, value):
        with pytest.raises(ParameterError, match=r"True or False"):
            views.check_bool("include_echoes", value)

    @pytest.mark.parametrize("value, match", [
        pytest.param(-1, r"from 0 to 400.*found -1", id="below"),
        pytest.param(401, r"found 401.*within 0\.\.400", id="above"),
        pytest.param(40.0, r"found float 40\.0", id="float"),
        pytest.param(True, r"found bool True", id="bool"),
        pytest.param("40", r"found str '40'", id="str"),
    ])
    def test_int_range_and_type(self, value, match):
        with pytest.raises(ParameterError, match=match):
            views.check_int("context_chars", value, minimum=0, maximum=400)

    def test_string_list(self):
        assert views.check_string_list("sources", None) == []
        assert views.check_string_list("sources", "ua_hur") == ["ua_hur"]
        assert views.check_string_list("sources", ["a", "b", "a"]) == ["a", "b"]
        with pytest.raises(ParameterError, match=r"list of strings.*found dict"):
            views.check_string_list("sources", {"a": 1})
        with pytest.raises(ParameterError, match=r"found list \[1, 2\]"):
            views.check_string_list("sources", [1, 2])

    def test_unknown_source_lists_those_with_claims(self, claims: pl.DataFrame):
        with pytest.raises(ParameterError, match=r"kp_government, kr_nis, ua_hur.*unknown 'ua_hr'.*'ua_hr' -> 'ua_hur'"):
            views.check_sources(["ua_hr"], claims)

    def test_choice(self):
        assert views.check_choice("period", "year", views.PERIODS) == "year"
        with pytest.raises(ParameterError, match=r"one of: month, quarter, year.*did you mean 'month'"):
            views.check_choice("period", "months", views.PERIODS)


