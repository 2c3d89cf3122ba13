"""The schema's cross-field checks: they pass on real tables and show the offending rows."""

from __future__ import annotations

import datetime as dt
import functools

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


def _pandera_passes(df: pl.DataFrame, table: str) -> bool:
    try:
        schema._validate_with_pandera(df, table)
    except SchemaError:
        return False
    return True


def _one_value_changed(df: pl.DataFrame, name: str, value) -> pl.DataFrame:
    return df.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(value, dtype=df.schema[name]))
                           .otherwise(pl.col(name)).alias(name))


def _broken_tables(df: pl.DataFrame, table: str):
    """The table with one value changed in every way a schema check can see, one column at a time."""
    for name in schema.TABLES[table].fields:
        field = schema.FIELDS[name]
        yield f"{name}-null", _one_value_changed(df, name, None)
        if field.dtype.is_float():
            yield f"{name}-nan", _one_value_changed(df, name, float("nan"))
        if field.enum is not None:
            yield f"{name}-not-allowed", _one_value_changed(df, name, "no such value")
        if field.minimum is not None:
            yield f"{name}-below-minimum", _one_value_changed(df, name, field.minimum - 1)
            yield f"{name}-at-minimum", _one_value_changed(df, name, field.minimum)
    key = schema.TABLES[table].primary_key
    yield "duplicate-key", df.with_columns(pl.col(k).first() for k in key)
    yield "other-dtype", df.with_columns(pl.col(df.columns[-1]).cast(pl.String))
    yield "columns-reordered", df.select(df.columns[1:] + df.columns[:1])
    yield "empty", df.clear()


@pytest.mark.parametrize("table", ["claims", "mentions"])
def test_the_quick_schema_check_agrees_with_pandera(claims, table):
    """validate_table asks pandera only about a table passes_schema refuses: the two must agree on every table
    (a check left out of the quick query lets a broken table through: this fails)."""
    from analysis.extract.drafts import ArticleInfo
    from analysis.pipeline import process_text, table_of

    text = "Laut CNN sind seit dem 1. November 3.000 Soldaten angekommen. Bis zu 12.000 sollen folgen. Seit 2024."
    mentions = process_text(text, ArticleInfo("a", None, dt.date(2025, 1, 1), "day", "de"))[1]
    good = schema.conform(claims if table == "claims" else table_of(mentions, "mentions"), table)
    assert schema.passes_schema(good, table) and _pandera_passes(good, table)
    seen = 0
    for label, broken in _broken_tables(good, table):
        assert schema.passes_schema(broken, table) == _pandera_passes(broken, table), label
        seen += 1
    assert seen > 20


def _built_from_dicts(rows: list[dict], table: str) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema.table_dtypes(table), orient="row")


def _frame_or_error(build, rows: list[dict], table: str):
    try:
        df = build(rows, table)
    except Exception as error:   # noqa: BLE001 - the two constructors must refuse the same rows the same way
        return type(error).__name__
    return df.schema, df.rows()


@pytest.mark.parametrize("table", ["claims", "mentions"])
def test_a_few_rows_make_the_frame_the_dicts_make(table):
    """frame_of_rows builds a table of a few rows from the rows' values (from_rows), a larger one from the dicts: the
    same frame as polars' own constructor, and the same refusal of a value of another type (fails when the few rows'
    path drops or misorders a column)."""
    from analysis.extract.drafts import ArticleInfo
    from analysis.pipeline import process_text

    text = "Laut CNN sind seit dem 1. November 3.000 Soldaten angekommen. Bis zu 12.000 sollen folgen. Seit 2024."
    claims, mentions = process_text(text, ArticleInfo("a", "CNN", dt.date(2025, 1, 1), "day", "de"))
    rows = claims if table == "claims" else mentions
    assert rows
    changes = {"claims": [("char_start", "x"), ("char_start", 3.5), ("value_best", 3), ("quote", 5), ("is_approximate", 1)],
               "mentions": [("char_start", "x"), ("value_best", 3), ("number_text", 5)]}[table]
    for n in range(1, schema.FEW_ROWS + 2):
        few = [dict(rows[i % len(rows)], char_start=i) for i in range(n)]
        assert _frame_or_error(schema.frame_of_rows, few, table) == _frame_or_error(_built_from_dicts, few, table)
        for column, value in changes:
            changed = [*few[:-1], {**few[-1], column: value}]
            assert _frame_or_error(schema.frame_of_rows, changed, table) == _frame_or_error(_built_from_dicts, changed, table)
    missing = {k: v for k, v in rows[0].items() if k != "char_end"}      # a row without a column: null there
    assert _frame_or_error(schema.frame_of_rows, [missing], table) == _frame_or_error(_built_from_dicts, [missing], table)


def _rows_frame_or_error(build, rows: list[tuple]):
    try:
        df = build(rows)
    except Exception as error:   # noqa: BLE001 - the two constructors must refuse the same rows the same way
        return type(error).__name__
    return df.schema, df.rows()


def test_row_frame_maker_makes_the_frame_polars_makes():
    """row_frame_maker (find_mentions' table) builds the frame polars' own constructor builds from the same tuples: the
    same columns, dtypes and values (an int in a float column, nulls), and the same refusal of a value of another type;
    a categorical column goes through the public constructor (fails when the row constructor's path drops, misorders or
    mistypes a column)."""
    from analysis.extract.mentions import MENTION_SCHEMA, _columns

    rows = list(zip(*_columns("Rund 3.000 Soldaten, am 1. November 2024 zwei Brigaden, 11.000 bis 12.000 Mann.", "de"),
                    strict=True))
    make = schema.row_frame_maker(MENTION_SCHEMA)
    public = functools.partial(pl.DataFrame, schema=MENTION_SCHEMA, orient="row")
    assert len(rows) >= 3
    assert _rows_frame_or_error(make, rows) == _rows_frame_or_error(public, rows)
    names = list(MENTION_SCHEMA)
    for column, value in [("value_best", 3), ("value_low", None), ("char_start", "x"), ("number_text", 5)]:
        changed = [*rows[:-1], tuple(value if name == column else v for name, v in zip(names, rows[-1], strict=True))]
        assert _rows_frame_or_error(make, changed) == _rows_frame_or_error(public, changed)
    categorical = {"kind": pl.Categorical(), "n": pl.Int64()}
    assert schema.row_frame_maker(categorical)([("a", 1)]).schema == pl.DataFrame([("a", 1)], schema=categorical,
                                                                                   orient="row").schema
