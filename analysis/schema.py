"""The schema of every derived table, defined once.

Each field is defined a single time (type, description, allowed values,
whether it may be null); each table is a list of field names plus a primary
key.  The same definitions drive

* validation before anything is written (:func:`validate_table`: the schema's checks as one polars query,
  pandera to name the failures of a table that fails them, and the named cross-field checks of
  :data:`CROSS_FIELD_CHECKS`),
* ``data/derived/datapackage.json`` (:func:`datapackage_descriptor`, Frictionless),
* the field reference in ``data/derived/README.md`` (:func:`schema_markdown`).
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass

import polars as pl

from .errors import SchemaError

LANGUAGES = ("de", "en")  # languages the extractor reads (ISO 639-1); each has a section in number_words.yaml
CLAIM_KINDS = ("quantity", "percent", "fraction")  # kinds of mention that can be claims
DATE_KINDS = ("date", "year")  # kinds of mention that can give a claim's reference period
VALUE_FIELDS = ("value_low", "value_best", "value_high", "is_approximate", "bound", "unit")
BOUNDS = ("exact", "approximate", "upper", "lower", "range", "vague")
PRECISIONS = ("minute", "day", "month", "season", "year")
MENTION_KINDS = (
    "quantity", "percent", "fraction", "date", "datetime", "time", "year",
    "ordinal", "phone_number", "designation", "section_number", "negative_number",
)
REVIEW_STATUSES = ("auto", "confirmed", "corrected")
MENTION_STATUSES = ("claim", "repeat", "not_a_claim", "rejected")
SOURCE_TYPES = (
    "intelligence_service", "government", "military", "official_person",
    "media", "expert", "unresolved", "unattributed",
)
ATTRIBUTION_SCOPES = ("sentence", "next", "previous", "paragraph")
CASUALTY_TYPES = ("killed", "wounded", "killed_or_wounded")


@dataclass(frozen=True)
class FieldSpec:
    """One column: its polars dtype, meaning and constraints."""

    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = True
    enum: tuple[str, ...] | None = None
    minimum: float | None = None


@dataclass(frozen=True)
class TableSpec:
    """One table: an ordered list of field names and a primary key."""

    name: str
    title: str
    description: str
    fields: tuple[str, ...]
    primary_key: tuple[str, ...]


_FIELDS = [
    # -- article provenance, carried into every table ------------------------------------
    FieldSpec("article_id", pl.String(), "Article id: the raw text's file stem in data/raw/articles/ (null for ad-hoc text given to extract_claims)."),
    FieldSpec("publisher", pl.String(), "Publisher as the article states it, or 'unknown' when the text does not say."),
    FieldSpec("published_date", pl.Date(), "Publication date; the first day of the period when only the month is known (see published_precision)."),
    FieldSpec("published_precision", pl.String(), "Precision of the publication date as stated.", enum=("minute", "day", "month")),
    FieldSpec("published_as_stated", pl.String(), "The publication date and time exactly as the text gives it."),
    FieldSpec("language", pl.String(), "Language of the article (ISO 639-1).", enum=LANGUAGES),
    FieldSpec("title", pl.String(), "Title of the article."),
    FieldSpec("original_file_name", pl.String(), "File name under which the article was collected."),
    FieldSpec("sha256", pl.String(), "SHA-256 of the raw article file's bytes.", nullable=False),
    FieldSpec("n_chars", pl.Int64(), "Length of the article text in characters (Python string length).", minimum=0),
    FieldSpec("n_mentions", pl.Int64(), "Numeric expressions found in the article.", minimum=0),
    FieldSpec("n_claims", pl.Int64(), "Quantitative claims taken from the article.", minimum=0),
    # -- where a number stands -------------------------------------------------------------
    FieldSpec("char_start", pl.Int64(), "Start offset of the expression in the raw text (Python string index, inclusive).", nullable=False, minimum=0),
    FieldSpec("char_end", pl.Int64(), "End offset of the expression in the raw text (exclusive); text[char_start:char_end] == number_text.", nullable=False, minimum=0),
    FieldSpec("number_text", pl.String(), "The numeric expression exactly as written, with its qualifier ('bis zu 12.000').", nullable=False),
    FieldSpec("kind", pl.String(), "What kind of number the expression is; only quantity, percent and fraction can become claims.", nullable=False, enum=MENTION_KINDS),
    FieldSpec("reason", pl.String(), "For numbers that are not quantities: why (dateline, time of day, phone number, designation, ...)."),
    FieldSpec("date_edtf", pl.String(), "For dates, times and years: the date in EDTF (ISO 8601-2), XXXX for an unstated year, -21..-24 for seasons."),
    # -- the value (UCDP-style low / best / high) --------------------------------------------
    FieldSpec("value_low", pl.Float64(), "Lowest value the expression allows; null when open ('bis zu 12.000' has no low).", minimum=0),
    FieldSpec("value_best", pl.Float64(), "Best single value; null for ranges and vague magnitudes.", minimum=0),
    FieldSpec("value_high", pl.Float64(), "Highest value the expression allows; null when open ('mehr als 5.000').", minimum=0),
    FieldSpec("is_approximate", pl.Boolean(), "True when the text marks the value as approximate ('etwa', 'rund', 'knapp') or vague ('Tausende')."),
    FieldSpec("bound", pl.String(), "How the value is bounded.", enum=BOUNDS),
    FieldSpec("unit", pl.String(), "Unit the expression carries ('EUR', 'percent', 'fraction', 'years'); null for plain counts."),
    # -- mentions -> claims ------------------------------------------------------------------
    FieldSpec("mention_status", pl.String(), "How the mention was classified: a claim, a repeat of a claim in the same article, not a claim, or rejected in review.", nullable=False, enum=MENTION_STATUSES),
    FieldSpec("status_reason", pl.String(), "Why the mention was classified as it was, in words.", nullable=False),
    # -- claims ---------------------------------------------------------------------------------
    FieldSpec("claim_id", pl.String(), "Stable id of the claim: '<article_id>:<char_start>' of its primary mention (the attributed one, else the first in a full sentence)."),
    FieldSpec("quote", pl.String(), "The sentence or clause carrying the claim, exactly as in the raw text.", nullable=False),
    FieldSpec("quote_start", pl.Int64(), "Start offset of the quote in the raw text.", nullable=False, minimum=0),
    FieldSpec("quote_end", pl.Int64(), "End offset of the quote in the raw text (exclusive).", nullable=False, minimum=0),
    FieldSpec("mention_spans", pl.String(), "Every span in the article stating this claim, 'start-end' joined by ';' (headline and body repeats)."),
    FieldSpec("quantity", pl.String(), "What is counted, from the quantity vocabulary (analysis/data/quantities.yaml).", nullable=False),
    FieldSpec("casualty_type", pl.String(), "For casualties: killed, wounded or killed_or_wounded.", enum=CASUALTY_TYPES),
    FieldSpec("counted_text", pl.String(), "The words that say what is counted ('Soldaten', 'getötet oder verwundet')."),
    FieldSpec("source", pl.String(), "Who makes the claim: a source id from analysis/data/sources.yaml, an id composed of country and body ('kr_defence_ministry', analysis/data/claimers.yaml), 'unresolved' (the text names a claimer that cannot be placed: see source_text) or 'unattributed' (nothing in the text attributes the figure).", nullable=False),
    FieldSpec("source_text", pl.String(), "The claimer's words exactly as written, wherever they stand in the text (the antecedent of 'er' or 'the agency'); null when unattributed."),
    FieldSpec("source_text_start", pl.Int64(), "Start offset of source_text in the raw text.", minimum=0),
    FieldSpec("source_text_end", pl.Int64(), "End offset of source_text in the raw text (exclusive).", minimum=0),
    FieldSpec("source_name", pl.String(), "Readable name of the source."),
    FieldSpec("source_type", pl.String(), "Kind of source.", nullable=False, enum=SOURCE_TYPES),
    FieldSpec("via", pl.String(), "The outlet or channel between source and publisher (e.g. 'cnn'); null when none is named."),
    FieldSpec("attribution_text", pl.String(), "The words that attribute the claim, exactly as written; null when unattributed."),
    FieldSpec("attribution_scope", pl.String(), "Where the attribution stands: the figure's own sentence, the next sentence ('Das kündigte Schoigu an.'), the previous one, or earlier in the paragraph (continued by 'demnach', a pronoun or reported speech); null when unattributed.", enum=ATTRIBUTION_SCOPES),
    FieldSpec("reference_start", pl.Date(), "First day of the period the figure describes; null when the text gives none."),
    FieldSpec("reference_end", pl.Date(), "Last day of the period the figure describes; null when the text gives none."),
    FieldSpec("reference_precision", pl.String(), "Precision of the reference period.", enum=PRECISIONS),
    FieldSpec("reference_text", pl.String(), "The words that give the reference period ('im November 2024')."),
    FieldSpec("calculation", pl.String(), "Arithmetic used to resolve a fraction or percentage of a stated base."),
    FieldSpec("part_of", pl.String(), "The claim_id of the total this figure is a part of (parts that add up to a figure beside them, or 'darunter', 'including'); count the total, not its parts."),
    FieldSpec("claim_group", pl.String(), "Claims of the same figure, quantity, source and period share a group across articles."),
    FieldSpec("is_first_report", pl.Boolean(), "True for the earliest published claim of its claim_group; later ones are echoes."),
    FieldSpec("review_status", pl.String(), "auto (machine only), confirmed or corrected by an analyst in data/raw/review.yaml.", nullable=False, enum=REVIEW_STATUSES),
    FieldSpec("review_note", pl.String(), "The analyst's note from the review file."),
]

FIELDS: dict[str, FieldSpec] = {f.name: f for f in _FIELDS}

_PROVENANCE = ("article_id", "publisher", "published_date", "published_precision", "language")

TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in [
        TableSpec(
            "articles", "Articles",
            "One row per article of the corpus, with its provenance and counts.",
            ("article_id", "publisher", "published_date", "published_precision",
             "published_as_stated", "language", "title", "original_file_name", "sha256",
             "n_chars", "n_mentions", "n_claims"),
            ("article_id",),
        ),
        TableSpec(
            "mentions", "Numeric mentions",
            "Every numeric expression in every article, and how it was classified.",
            ("article_id", "char_start", "char_end", "number_text", "kind", "reason",
             "date_edtf", *VALUE_FIELDS, "mention_status", "status_reason", "claim_id"),
            ("article_id", "char_start"),
        ),
        TableSpec(
            "claims", "Quantitative claims",
            "One row per quantitative claim: the value, what is counted, who claims it, via whom, when, and the exact quote.",
            ("claim_id", *_PROVENANCE, "number_text", "char_start", "char_end", "quote",
             "quote_start", "quote_end", "mention_spans", *VALUE_FIELDS, "quantity",
             "casualty_type", "counted_text", "source", "source_text", "source_text_start",
             "source_text_end", "source_name", "source_type", "via",
             "attribution_text", "attribution_scope", "reference_start", "reference_end",
             "reference_precision", "reference_text", "calculation", "part_of", "claim_group",
             "is_first_report", "review_status", "review_note"),
            ("claim_id",),
        ),
    ]
}


def table_dtypes(table: str) -> dict[str, pl.DataType]:
    """The table's columns and their dtypes, in order (built once per table)."""
    return dict(_DTYPES[table])


def empty_table(table: str) -> pl.DataFrame:
    """A zero-row DataFrame with the table's columns and dtypes (a clone of one made once: building
    the columns costs more than a short text's whole extraction)."""
    return _EMPTY[table].clone()


def frame_of_rows(rows: list[dict], table: str) -> pl.DataFrame:
    """Rows (dicts) as a frame of the table's columns and dtypes: what ``pl.DataFrame(rows, schema=...,
    orient="row")`` builds, with the schema normalised once per table instead of on every call (for a
    claims table of one to five rows that normalising was a third of the frame's cost: 60 -> 40 us)."""
    if not rows:
        return empty_table(table)
    if _FROM_DICTS is None:
        return pl.DataFrame(rows, schema=_DTYPES[table], orient="row")
    from_dicts, schemas, infer = _FROM_DICTS
    if len(rows) <= FEW_ROWS and _FROM_ROWS is not None and table in _VALUES:
        try:
            values = list(map(_VALUES[table], rows))
        except KeyError:                           # a row without a column: from_dicts makes it null
            pass
        else:
            return pl.DataFrame._from_pydf(_FROM_ROWS(values, schema=_DTYPES[table], infer_schema_length=infer))
    names, overrides = schemas[table]
    return pl.DataFrame._from_pydf(from_dicts(rows, names, overrides, strict=True, infer_schema_length=infer))


# up to this many rows (what extract_claims returns for a short text), a frame from the rows' values as tuples in the
# table's column order (polars' ``from_rows``) costs less than one from the dicts (27 against 37 us for one claims row,
# 42 columns: the dicts' keys are not looked up in Rust); from about eight rows on, turning each dict into a tuple in
# Python costs more (``benchmarks/results.md``, eighth round).  Both take the same values and refuse the same ones.
FEW_ROWS = 4


_DTYPES = {table: {name: FIELDS[name].dtype for name in spec.fields} for table, spec in TABLES.items()}
_EMPTY = {table: pl.DataFrame(schema=dtypes) for table, dtypes in _DTYPES.items()}


def _from_dicts() -> tuple | None:
    """polars' row constructor for dicts and each table's schema as it takes them, normalised by polars' own
    code once (the steps of ``pl.DataFrame(rows, schema=..., orient="row")`` for dicts, polars 2.x); None
    when this polars version lays them out otherwise: then the public constructor is used."""
    try:
        from polars._plr import PyDataFrame
        from polars._utils.construction.dataframe import _include_unknowns, _unpack_schema
        from polars.datatypes.constants import N_INFER_DEFAULT
    except ImportError:
        return None
    schemas = {}
    for table, dtypes in _DTYPES.items():
        names, overrides = _unpack_schema(dtypes, schema_overrides=None)
        schemas[table] = (_include_unknowns(overrides, names), overrides)
    return PyDataFrame.from_dicts, schemas, N_INFER_DEFAULT


_FROM_DICTS = _from_dicts()


def _from_rows():
    """polars' row constructor for tuples (``PyDataFrame.from_rows``, which takes the schema as given), or None."""
    try:
        from polars._plr import PyDataFrame
    except ImportError:
        return None
    return getattr(PyDataFrame, "from_rows", None)


_FROM_ROWS = _from_rows()


def row_frame_maker(dtypes: dict):
    """A function giving the frame of rows (tuples of values in the columns' order) with these columns and dtypes: what
    ``pl.DataFrame(rows, schema=dtypes, orient="row")`` builds, through polars' row constructor with the schema as
    given (the public constructor normalises the schema on every call and then finds nothing to cast: 185 -> 31 us for
    the five mentions of a seed article); the public constructor where this polars has no such constructor or a column
    is categorical (which it builds as text and casts)."""
    if _FROM_ROWS is None or _FROM_DICTS is None or \
            any(dtype.base_type() in (pl.Categorical, pl.Enum) for dtype in dtypes.values()):
        return functools.partial(pl.DataFrame, schema=dtypes, orient="row")
    infer = _FROM_DICTS[2]
    return lambda rows: pl.DataFrame._from_pydf(_FROM_ROWS(rows, schema=dtypes, infer_schema_length=infer))
# a row's values in column order (tables of two columns or more: itemgetter of one name returns the value alone)
_VALUES = {table: operator.itemgetter(*dtypes) for table, dtypes in _DTYPES.items() if len(dtypes) > 1}


def conform(df: pl.DataFrame, table: str) -> pl.DataFrame:
    """Select the table's columns in order and cast them to their dtypes (missing ones fail)."""
    spec = TABLES[table]
    missing = [name for name in spec.fields if name not in df.columns]
    if missing:
        raise SchemaError(
            f"table {table!r}", expected=f"the columns {', '.join(spec.fields)}",
            found=f"no column(s) {', '.join(missing)}",
            fix="this is a bug in the code that builds the table: please report it",
        )
    return df.select(pl.col(name).cast(FIELDS[name].dtype) for name in spec.fields)


def pandera_schema(table: str):
    """The pandera (polars) schema of a table, built from the field definitions."""
    import pandera.polars as pa

    spec = TABLES[table]
    columns = {}
    for name in spec.fields:
        field = FIELDS[name]
        checks = []
        if field.enum is not None:
            checks.append(pa.Check.isin(list(field.enum)))
        if field.minimum is not None:
            checks.append(pa.Check.ge(field.minimum))
        nullable = field.nullable and name not in spec.primary_key
        columns[name] = pa.Column(field.dtype, checks=checks, nullable=nullable)
    return pa.DataFrameSchema(
        columns, strict=True, ordered=True, unique=list(spec.primary_key), name=table
    )


# -- cross-field checks: named, each returns the offending rows --------------------------------

def _ordered(low: str, high: str) -> pl.Expr:
    return pl.col(low).is_null() | pl.col(high).is_null() | (pl.col(low) <= pl.col(high))


def _in_order(*values) -> bool:
    """:func:`_ordered` on one row's Python values: each pair in order unless one of them is null."""
    return all(a is None or b is None or a <= b for i, a in enumerate(values) for b in values[i + 1:])


def values_out_of_order(df: pl.DataFrame) -> pl.DataFrame:
    """Rows whose values break value_low <= value_best <= value_high."""
    ok = _ordered("value_low", "value_best") & _ordered("value_best", "value_high") & _ordered("value_low", "value_high")
    return df.filter(~ok)


def quotes_missing_their_mention(df: pl.DataFrame) -> pl.DataFrame:
    """Claims whose quote does not contain the mention's span and words."""
    inside = (pl.col("quote_start") <= pl.col("char_start")) & (pl.col("char_end") <= pl.col("quote_end"))
    return df.filter(~(inside & pl.col("quote").str.contains(pl.col("number_text"), literal=True)))


def _quote_holds_mention(row: dict) -> bool:
    keys = ("quote_start", "char_start", "char_end", "quote_end", "quote", "number_text")
    if any(row[k] is None for k in keys):
        return True                               # a null comparison selects no row in the frame check
    return row["quote_start"] <= row["char_start"] and row["char_end"] <= row["quote_end"] and \
        row["number_text"] in row["quote"]


def periods_out_of_order(df: pl.DataFrame) -> pl.DataFrame:
    """Claims whose reference_start is after their reference_end."""
    return df.filter(~_ordered("reference_start", "reference_end"))


def first_reports_not_their_group(df: pl.DataFrame) -> pl.DataFrame:
    """First reports whose claim_group is not their own claim_id."""
    return df.filter(pl.col("is_first_report").fill_null(False) & (pl.col("claim_group") != pl.col("claim_id")).fill_null(True))


# Each cross-field check on one row held as a dict (True: the row passes), for tables of a few rows,
# where a frame query costs more than the extraction (:func:`rows_pass`); tests hold them to the frame checks.
ROW_CHECKS = {
    values_out_of_order: lambda r: _in_order(r["value_low"], r["value_best"], r["value_high"]),
    quotes_missing_their_mention: _quote_holds_mention,
    periods_out_of_order: lambda r: _in_order(r["reference_start"], r["reference_end"]),
    first_reports_not_their_group: lambda r: not r["is_first_report"] or (
        r["claim_group"] is not None and r["claim_id"] is not None and r["claim_group"] == r["claim_id"]),
}


# Run by validate_table on every table.
CROSS_FIELD_CHECKS = {
    "mentions": (values_out_of_order,),
    "claims": (periods_out_of_order, first_reports_not_their_group),
}
# Run on the claims of every batch as they are extracted (analysis.pipeline), before they are
# written.  Not in CROSS_FIELD_CHECKS yet: the tests of the notebook helpers validate claims
# tables with a placeholder quote and, on purpose, a figure with value_low above value_high;
# once those fixtures change, move these checks there.
EXTRACTION_CHECKS = {"claims": (values_out_of_order, quotes_missing_their_mention)}


def check_cross_fields(df: pl.DataFrame, table: str, checks: dict = CROSS_FIELD_CHECKS) -> None:
    """Run the table's cross-field ``checks``; raise :class:`SchemaError` showing the offending rows."""
    for check in checks.get(table, ()):
        bad = check(df)
        if bad.height:
            keys = bad.select(TABLES[table].primary_key).head(10).rows()
            raise SchemaError(
                f"table {table!r}", expected=f"no rows found by the check {check.__name__} ({check.__doc__})",
                found=f"{bad.height} row(s), keys {keys}; the first: {bad.row(0, named=True)}",
                fix="the table was not written; correct the input (e.g. a review decision) or report a bug",
            )


@dataclass(frozen=True)
class _ValueChecks:
    """What :func:`validate_table` checks in each value of a table, for :func:`rows_pass`."""

    required: tuple[str, ...]
    allowed: tuple[tuple[str, frozenset[str]], ...]
    minimum: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, table: str) -> _ValueChecks:
        spec = TABLES[table]
        fields = [FIELDS[name] for name in spec.fields]
        return cls(tuple(f.name for f in fields if not f.nullable or f.name in spec.primary_key),
                   tuple((f.name, frozenset(f.enum)) for f in fields if f.enum is not None),
                   tuple((f.name, f.minimum) for f in fields if f.minimum is not None))

    def pass_(self, row: dict) -> bool:
        return (all(row[name] is not None for name in self.required)
                and all(row[name] is None or row[name] in allowed for name, allowed in self.allowed)
                and all(row[name] is None or row[name] >= least for name, least in self.minimum))


_VALUE_CHECKS = {table: _ValueChecks.of(table) for table in TABLES}


def rows_pass(rows: list[dict], table: str, checks: tuple = ()) -> bool:
    """Whether rows (built with the table's dtypes, see ``analysis.pipeline.table_of``) pass what
    :func:`validate_table` checks beyond the dtypes: required values, allowed values, minimums, a
    unique primary key, the table's cross-field checks and ``checks``; in Python, microseconds for a
    few rows.  When it says no, :func:`validate_table` on the frame gives the error."""
    values = _VALUE_CHECKS[table]
    if not all(values.pass_(row) for row in rows):
        return False
    key = TABLES[table].primary_key
    if len({tuple(row[k] for k in key) for row in rows}) != len(rows):
        return False
    return all(ROW_CHECKS[check](row) for check in (*CROSS_FIELD_CHECKS.get(table, ()), *checks) for row in rows)


def validate_small_table(df: pl.DataFrame, rows: list[dict], table: str, checks: dict = EXTRACTION_CHECKS) -> pl.DataFrame:
    """:func:`validate_table` (and ``checks``) for a table of a few rows built from ``rows``, with the same
    errors: the rows are checked in Python (:func:`rows_pass`) and only a failure runs the full validation,
    whose message is raised."""
    conformed = df.columns == list(TABLES[table].fields)
    if conformed and rows_pass(rows, table, checks.get(table, ())):
        return df
    check_cross_fields(df, table, checks)
    validate_table(df, table)
    raise SchemaError(
        f"table {table!r}", expected="rows that pass the checks in analysis/schema.py",
        found="a row failed the row-wise checks (schema.rows_pass) that the frame checks passed",
        fix="this is a bug in analysis/schema.py (the two forms of a check disagree): please report it",
    )


def validate_table(df: pl.DataFrame, table: str) -> pl.DataFrame:
    """Validate a table against its schema and cross-field checks; raise :class:`SchemaError` listing failing rows.

    The schema's checks run first as one polars query (:func:`passes_schema`); only a table it does not pass goes
    through pandera, which names the failures (importing pandera and its per-check queries cost about 0.5 s once
    and 10-25 ms a table, whatever its size: 4 % of a build)."""
    df = conform(df, table)
    if not passes_schema(df, table):
        _validate_with_pandera(df, table)
    check_cross_fields(df, table)
    return df


def passes_schema(df: pl.DataFrame, table: str) -> bool:
    """Whether a table passes every check of its pandera schema (:func:`pandera_schema`), the way pandera runs
    them: columns in order with their dtypes, no null (nor NaN in a float column) where a value is required,
    allowed values and minimums where a value is given, a unique primary key.  One query instead of one per
    check; False says only that pandera must look (it raises with the failures)."""
    spec = TABLES[table]
    if df.columns != list(spec.fields) or any(dtype != FIELDS[name].dtype for name, dtype in df.schema.items()):
        return False
    passed = []
    for name in spec.fields:
        field, column = FIELDS[name], pl.col(name)
        if not field.nullable or name in spec.primary_key:
            passed.append((column.is_not_null() & column.is_not_nan()) if field.dtype.is_float() else column.is_not_null())
        for check in ((column.is_in(list(field.enum)),) if field.enum is not None else ()) + \
                ((column.ge(field.minimum),) if field.minimum is not None else ()):
            passed.append(check | check.is_null())    # pandera's checks ignore nulls (ignore_na)
    if passed and not df.select(pl.all_horizontal(passed).all()).item():
        return False
    return not df.select(spec.primary_key).is_duplicated().any()


def _validate_with_pandera(df: pl.DataFrame, table: str) -> None:
    """Run the table's pandera schema on a conformed table; raise :class:`SchemaError` with its failures."""
    import pandera.errors

    try:
        pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        shown = cases.head(10).to_dicts() if hasattr(cases, "head") else cases
        raise SchemaError(
            f"table {table!r}",
            expected="every row to satisfy the schema in analysis/schema.py",
            found=f"{len(cases)} failure(s), first: {shown}",
            fix="the table was not written; fix the input named in the failure, or report a bug",
        ) from None


_FRICTIONLESS_TYPES = {
    pl.String: "string", pl.Int64: "integer", pl.Float64: "number",
    pl.Boolean: "boolean", pl.Date: "date",
}


def frictionless_field(name: str, primary_key: tuple[str, ...] = ()) -> dict:
    field = FIELDS[name]
    descriptor: dict = {
        "name": name,
        "type": _FRICTIONLESS_TYPES[type(field.dtype)],
        "description": field.description,
    }
    constraints: dict = {}
    if not field.nullable or name in primary_key:
        constraints["required"] = True
    if field.enum is not None:
        constraints["enum"] = list(field.enum)
    if field.minimum is not None:
        constraints["minimum"] = int(field.minimum) if field.dtype == pl.Int64() else field.minimum
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def datapackage_descriptor(tables: list[str] | None = None) -> dict:
    """The Frictionless Data Package descriptor for the CSV tables in data/derived/."""
    resources = []
    for name in tables or list(TABLES):
        spec = TABLES[name]
        resources.append({
            "name": name,
            "title": spec.title,
            "description": spec.description,
            "path": f"{name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": [frictionless_field(f, spec.primary_key) for f in spec.fields],
                "primaryKey": list(spec.primary_key),
                "missingValues": [""],
            },
        })
    return {
        "name": "nk-troops-claims",
        "title": "Quantitative claims about North Korean troops in Russia",
        "description": "Built by `python -m analysis build` from data/raw/; never edit by hand.",
        "profile": "tabular-data-package",
        "resources": resources,
    }


def schema_markdown() -> str:
    """The field reference of every table, as Markdown."""
    lines = ["# Derived tables", "", "Generated by `python -m analysis build` from `analysis/schema.py`; do not edit.", ""]
    for spec in TABLES.values():
        lines += [f"## `{spec.name}`: {spec.title}", "", spec.description, "",
                  f"Primary key: `{', '.join(spec.primary_key)}`. Files: `{spec.name}.csv`, `{spec.name}.parquet`.", "",
                  "| field | type | required | allowed | description |", "|---|---|---|---|---|"]
        for name in spec.fields:
            f = FIELDS[name]
            allowed = ", ".join(f.enum) if f.enum else (f">= {f.minimum:g}" if f.minimum is not None else "")
            required = "yes" if not f.nullable or name in spec.primary_key else ""
            lines.append(f"| `{name}` | {_FRICTIONLESS_TYPES[type(f.dtype)]} | {required} | {allowed} | {f.description} |")
        lines.append("")
    return "\n".join(lines)
