"""The schema's cross-field checks: they pass on real tables and show the offending rows."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import extract_claims, schema
from analysis.errors import SchemaError


@pytest.fixture(scope="module")
def claims() -> pl.DataFrame:
    text = "Laut CNN sind seit dem 1. November 3.000 Soldaten angekommen. Bis zu 12.000 sollen folgen."
    return extract_claims(text, published="2025-01-01")


def test_real_claims_pass_every_check(claims):
    assert claims.height == 2
    for check in (*schema.CROSS_FIELD_CHECKS["claims"], *schema.EXTRACTION_CHECKS["claims"]):
        assert check(claims).is_empty(), check.__name__


@pytest.mark.parametrize(
    ("change", "check"),
    [
        pytest.param({"value_low": 5000.0}, "values_out_of_order", id="low-above-best"),
        pytest.param({"quote_start": 50}, "quotes_missing_their_mention", id="quote-after-mention"),
        pytest.param({"reference_start": dt.date(2030, 1, 1), "reference_end": dt.date(2029, 1, 1)},
                     "periods_out_of_order", id="period-reversed"),
        pytest.param({"claim_group": "other:1"}, "first_reports_not_their_group", id="first-report-elsewhere"),
    ],
)
def test_broken_rows_are_shown(claims, change, check):
    first = claims.row(0, named=True)
    broken = claims.with_columns(
        *(pl.when(pl.col("claim_id") == first["claim_id"]).then(pl.lit(v)).otherwise(pl.col(k)).alias(k)
          for k, v in change.items())
    )
    with pytest.raises(SchemaError, match=rf"{check}.*1 row\(s\), keys \[\('{first['claim_id']}',\)\]"):
        schema.validate_table(broken, "claims")
        schema.check_cross_fields(broken, "claims", schema.EXTRACTION_CHECKS)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"value_low": 5000.0}, id="low-above-best"),
        pytest.param({"quote_start": 50}, id="quote-after-mention"),
        pytest.param({"number_text": "4.000"}, id="words-not-in-quote"),
        pytest.param({"reference_start": dt.date(2030, 1, 1), "reference_end": dt.date(2029, 1, 1)}, id="period-reversed"),
        pytest.param({"claim_group": "other:1"}, id="first-report-elsewhere"),
        pytest.param({"source": None}, id="required-null"),
        pytest.param({"source_type": "oracle"}, id="not-allowed"),
        pytest.param({"char_start": -1}, id="below-minimum"),
        pytest.param({"claim_id": "text:other"}, id="duplicate-key"),
    ],
)
def test_small_tables_fail_with_the_full_validations_error(claims, change):
    rows = claims.to_dicts()
    rows[0].update(change)
    if "claim_id" in change:
        rows[1]["claim_id"] = change["claim_id"]
    broken = pl.DataFrame(rows, schema=claims.schema, orient="row")
    assert not schema.rows_pass(rows, "claims", schema.EXTRACTION_CHECKS["claims"])
    with pytest.raises(SchemaError) as full:
        schema.check_cross_fields(broken, "claims", schema.EXTRACTION_CHECKS)
        schema.validate_table(broken, "claims")
    with pytest.raises(SchemaError) as small:
        schema.validate_small_table(broken, rows, "claims")
    assert str(small.value) == str(full.value)


def test_small_tables_that_pass_are_returned_unchanged(claims):
    rows = claims.to_dicts()
    assert schema.rows_pass(rows, "claims", schema.EXTRACTION_CHECKS["claims"])
    assert schema.validate_small_table(claims, rows, "claims") is claims
