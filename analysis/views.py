"""Tables for the notebooks: loading, parameter checks, selections, counts, audits.

The notebooks in ``notebooks/`` call these helpers one per cell; nothing here
draws (see :mod:`analysis.charts`).  Three groups:

* **Loading** -- :func:`load_derived` reads a table of ``data/derived/`` and
  fails with a :class:`~analysis.errors.DerivedDataError` that says how to build
  it when the directory is missing, unreadable, built by another schema, or
  stale (the articles it was built from differ from ``data/raw/articles/``).
* **Parameters** -- ``check_*`` functions validate a notebook parameter and
  return it normalised, or raise :class:`~analysis.errors.ParameterError`
  naming the parameter, what was expected, what was found and the fix.
  :func:`select_claims` applies them and refuses an empty selection.
* **Tables** -- counts, the successive estimates of each source, attribution
  paths, disagreements between sources, and the coverage audit of every number.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import polars as pl

from . import paths, schema
from .errors import DerivedDataError, ParameterError, VocabularyError
from .yamlfile import load_yaml_file

BUILD_COMMAND = "python -m analysis build"
QUANTITIES_FILE = "quantities.yaml"
SOURCES_FILE = "sources.yaml"
PERIODS = ("month", "quarter", "year")
AMOUNT_KINDS = ("quantity", "percent", "fraction")
UNATTRIBUTED = "unattributed"

# How a figure was stated, in words a reader understands (keys: schema.BOUNDS).
STATED_AS = {
    "exact": "exact figure",
    "approximate": "approximate (etwa, rund)",
    "upper": "upper bound (bis zu)",
    "lower": "lower bound (mindestens)",
    "range": "range (zwischen ... und)",
    "vague": "vague magnitude (Tausende)",
}


# -- loading ------------------------------------------------------------------------------

def _build_fix(root: Path | None) -> str:
    where = paths.repo_root() if root is None else Path(root)
    return (f"run `{BUILD_COMMAND}` in {where} with the project's environment "
            f"(e.g. `.venv/bin/python -m analysis build`), then run the notebook again")


# Per articles directory: the (name, mtime, size) of every record when last read, and their checksums.
_CHECKSUMS: dict[Path, tuple[tuple, dict[str, str]]] = {}


def provenance_checksums(root: Path | None = None) -> dict[str, str]:
    """``article_id -> sha256`` from every ``data/raw/articles/*.provenance.yaml``.

    Read without validation (the build validates), so the freshness check stays
    cheap; a record without a sha256 maps to ``""``.  The records are read again
    only when one was added, removed or rewritten (name, modification time or
    size changed): a notebook that loads three tables of 50,000 articles reads
    50,000 records once, not three times.
    """
    files = sorted(paths.articles_dir(root).glob("*.provenance.yaml"))
    signature = tuple((path.name, stat.st_mtime_ns, stat.st_size) for path in files for stat in [path.stat()])
    key = paths.articles_dir(root).resolve()
    cached = _CHECKSUMS.get(key)
    if cached is not None and cached[0] == signature:
        return dict(cached[1])
    out: dict[str, str] = {}
    for path in files:
        record, _ = load_yaml_file(path, DerivedDataError, fix_unreadable=f"repair the record, then run `{BUILD_COMMAND}`")
        article_id = path.name[: -len(".provenance.yaml")]
        sha = record.get("sha256") if isinstance(record, dict) else None
        out[article_id] = str(sha) if sha else ""
    _CHECKSUMS[key] = (signature, out)
    return dict(out)


def check_derived_fresh(root: Path | None = None) -> None:
    """Raise :class:`DerivedDataError` unless data/derived/ was built from today's raw articles.

    Stale means: the ``(article_id, sha256)`` pairs of ``articles.parquet`` differ
    from the provenance records in ``data/raw/articles/``.  This compares content,
    not file times: a git checkout writes files in arbitrary order, so a raw file
    being newer than the Parquet file proves nothing.  Also stale: a
    ``data/raw/review.yaml`` or vocabulary file that differs from the one the build
    read (``build_inputs`` in datapackage.json).
    """
    derived = paths.derived_dir(root)
    articles_path = derived / "articles.parquet"
    if not articles_path.exists():
        raise DerivedDataError(
            articles_path, expected="the derived tables built from data/raw/",
            found="no data/derived/ directory" if not derived.exists() else "no articles.parquet",
            fix=_build_fix(root),
        )
    try:
        built = pl.read_parquet(articles_path, columns=["article_id", "sha256"])
    except Exception as exc:  # noqa: BLE001 - any unreadable file has the same fix
        raise DerivedDataError(articles_path, expected="a readable Parquet file with article_id and sha256",
                               found=f"{type(exc).__name__}: {exc}", fix=_build_fix(root)) from None
    derived_pairs = dict(zip(built["article_id"].to_list(), built["sha256"].to_list()))
    raw_pairs = provenance_checksums(root)
    if derived_pairs == raw_pairs:
        check_inputs_fresh(root)
        return
    new = sorted(set(raw_pairs) - set(derived_pairs))
    gone = sorted(set(derived_pairs) - set(raw_pairs))
    changed = sorted(a for a in set(raw_pairs) & set(derived_pairs) if raw_pairs[a] != derived_pairs[a])
    parts = [f"{label}: {', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''}"
             for label, ids in (("not yet built", new), ("removed from data/raw", gone), ("changed", changed)) if ids]
    raise DerivedDataError(
        articles_path,
        expected=f"the {len(raw_pairs)} article(s) of data/raw/articles/ with their provenance sha256",
        found=f"a stale build of {len(derived_pairs)} article(s) ({'; '.join(parts)})",
        fix=_build_fix(root),
    )


def check_inputs_fresh(root: Path | None = None) -> None:
    """Raise :class:`DerivedDataError` if review.yaml or a vocabulary file changed since the build."""
    from .build import REVIEW_NOT_APPLIED, build_inputs

    package = paths.derived_dir(root) / "datapackage.json"
    try:
        recorded = json.loads(package.read_text(encoding="utf-8")).get("build_inputs")
    except (OSError, ValueError, AttributeError) as exc:
        raise DerivedDataError(package, expected="the datapackage.json the build writes",
                               found=f"{type(exc).__name__}: {exc}", fix=_build_fix(root)) from None
    if not isinstance(recorded, dict):
        raise DerivedDataError(package, expected="'build_inputs' recorded by the build",
                               found="none (built by an older version of the package)", fix=_build_fix(root))
    current = build_inputs(root, review=recorded.get("review") != REVIEW_NOT_APPLIED)
    changed = {"review": "data/raw/review.yaml", "vocabulary": "a vocabulary file in analysis/data/"}
    differing = [changed[key] for key in ("review", "vocabulary") if recorded.get(key) != current[key]]
    if differing:
        raise DerivedDataError(
            package, expected="tables built from today's review decisions and vocabulary",
            found=f"a build from before {' and '.join(differing)} changed", fix=_build_fix(root),
        )


def load_derived(name: str, root: Path | None = None, *, check_fresh: bool = True) -> pl.DataFrame:
    """A table of data/derived/ (``articles``, ``mentions`` or ``claims``), checked first.

    Missing, unreadable, stale, or built with other columns than
    :mod:`analysis.schema` defines: :class:`DerivedDataError` saying how to rebuild.
    """
    from .build import load_table

    if name not in schema.TABLES:
        raise ParameterError("table", expected=f"one of {', '.join(schema.TABLES)}", found=repr(name),
                             fix="pass the name of a derived table")
    path = paths.derived_dir(root) / f"{name}.parquet"
    if not path.exists():
        raise DerivedDataError(
            path, expected=f"the {name} table built from data/raw/",
            found="no data/derived/ directory" if not path.parent.exists() else f"no {path.name}",
            fix=_build_fix(root),
        )
    if check_fresh:
        check_derived_fresh(root)
    try:
        df = load_table(name, root)
    except Exception as exc:  # noqa: BLE001
        raise DerivedDataError(path, expected="a readable Parquet file", found=f"{type(exc).__name__}: {exc}",
                               fix=_build_fix(root)) from None
    expected = {f: schema.FIELDS[f].dtype for f in schema.TABLES[name].fields}
    found = dict(df.schema)
    missing = [f for f in expected if f not in found]
    extra = [f for f in found if f not in expected]
    wrong = [f"{f} is {found[f]}, not {expected[f]}" for f in expected if f in found and found[f] != expected[f]]
    if missing or extra or wrong:
        problems = "; ".join(p for p in (
            f"missing {', '.join(missing)}" if missing else "",
            f"unexpected {', '.join(extra)}" if extra else "",
            "; ".join(wrong),
        ) if p)
        raise DerivedDataError(path, expected="the columns analysis/schema.py defines", found=problems,
                               fix=_build_fix(root) + " (the table was built by another version of the code)")
    return df.select(list(expected))


class ArticleTexts(Mapping):
    """``article_id -> text`` of the raw articles, each file read when asked for (nothing held).

    A large corpus's texts do not fit comfortably in a notebook kernel (231 MB of
    text at 50,000 articles, twice that as Python strings); :func:`coverage_audit`
    reads them one article at a time.
    """

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._ids = [p.stem for p in sorted(directory.glob("*.txt"))]
        self._known = set(self._ids)

    def __getitem__(self, article_id: str) -> str:
        if article_id not in self._known:
            raise KeyError(article_id)
        return (self._directory / f"{article_id}.txt").read_text(encoding="utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def load_article_texts(root: Path | None = None) -> ArticleTexts:
    """``article_id -> text`` of every raw article (for quoting a mention in its context), read lazily."""
    return ArticleTexts(paths.articles_dir(root))


# -- vocabularies -------------------------------------------------------------------------

def _vocabulary_mapping(file_name: str, key: str, directory: Path | None) -> dict:
    from .vocabulary import load_yaml

    path = (directory or paths.VOCABULARY_DIR) / file_name
    if not path.exists():
        raise VocabularyError(path, expected=f"the vocabulary file {file_name}", found="no such file",
                              fix=f"restore analysis/data/{file_name} from git")
    data = load_yaml(path)
    mapping = data.get(key) if isinstance(data, dict) else None
    if not isinstance(mapping, dict) or not mapping:
        raise VocabularyError(path, expected=f"a top-level '{key}:' mapping of ids to entries",
                              found=repr(type(mapping).__name__ if mapping is not None else None),
                              fix=f"start the file with '{key}:' followed by indented entries")
    return mapping


def quantity_labels(directory: Path | None = None) -> dict[str, str]:
    """``quantity id -> label`` in vocabulary order, from analysis/data/quantities.yaml."""
    mapping = _vocabulary_mapping(QUANTITIES_FILE, "quantities", directory)
    return {str(k): str((v or {}).get("label", k)) if isinstance(v, dict) else str(k) for k, v in mapping.items()}


def valid_quantities(directory: Path | None = None) -> list[str]:
    """The quantity ids a ``quantity`` parameter may take, in vocabulary order."""
    return list(quantity_labels(directory))


def source_names(directory: Path | None = None) -> dict[str, str]:
    """``source id -> readable name`` from analysis/data/sources.yaml (plus 'unattributed')."""
    mapping = _vocabulary_mapping(SOURCES_FILE, "sources", directory)
    names = {str(k): str(v.get("name", k)) if isinstance(v, dict) else str(k) for k, v in mapping.items()}
    return {**names, UNATTRIBUTED: "Unattributed"}


# -- parameters ---------------------------------------------------------------------------

def _type_name(value: object) -> str:
    return f"{type(value).__name__} {value!r}"


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``, else a ParameterError listing them."""
    choices = list(choices)
    if not isinstance(value, str):
        raise ParameterError(f"parameter {name!r}", expected=f"a string, one of: {', '.join(choices)}",
                             found=_type_name(value), fix=f"set {name} = {choices[0]!r} (or another listed value)")
    if value not in choices:
        close = difflib.get_close_matches(value, choices, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ParameterError(f"parameter {name!r}", expected=f"one of: {', '.join(choices)}",
                             found=repr(value), fix=f"set {name} to a listed value{hint}")
    return value


def check_quantity(quantity: object, valid: Iterable[str] | None = None) -> str:
    """A quantity id from the vocabulary (analysis/data/quantities.yaml)."""
    return check_choice("quantity", quantity, list(valid) if valid is not None else valid_quantities())


def check_optional_choice(name: str, value: object, choices: Sequence[str]) -> str | None:
    """``None`` (or ``""``) for "no restriction", else one of ``choices``."""
    if value is None or value == "":
        return None
    return check_choice(name, value, choices)


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ParameterError(f"parameter {name!r}", expected="True or False", found=_type_name(value),
                             fix=f"set {name} = True or {name} = False (no quotes)")
    return value


def check_int(name: str, value: object, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(f"parameter {name!r}", expected=f"a whole number from {minimum} to {maximum}",
                             found=_type_name(value), fix=f"set {name} to a whole number, e.g. {name} = {minimum}")
    if not minimum <= value <= maximum:
        raise ParameterError(f"parameter {name!r}", expected=f"a whole number from {minimum} to {maximum}",
                             found=str(value), fix=f"set {name} within {minimum}..{maximum}")
    return value


def check_date(name: str, value: object, *, end_of_period: bool = False) -> dt.date | None:
    """A date parameter: None/"" (no limit), a date, or text ``YYYY-MM-DD`` / ``YYYY-MM``.

    ``YYYY-MM`` means the first day of the month, or its last day when
    ``end_of_period`` (so ``end_date = "2025-07"`` includes all of July).
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    expected = "a date as text 'YYYY-MM-DD' or 'YYYY-MM', or None for no limit"
    if not isinstance(value, str):
        raise ParameterError(f"parameter {name!r}", expected=expected, found=_type_name(value),
                             fix=f"write the date in quotes, e.g. {name} = '2025-07-01'")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = dt.date.fromisoformat(text + "-01")
            if not end_of_period:
                return first
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
    except ValueError as exc:
        raise ParameterError(f"parameter {name!r}", expected=expected, found=f"{value!r} ({exc})",
                             fix=f"give a real calendar date, e.g. {name} = '2025-07-01'") from None
    raise ParameterError(f"parameter {name!r}", expected=expected, found=repr(value),
                         fix=f"write it as year-month-day, e.g. {name} = '2025-07-01'")


def check_date_range(start_date: object, end_date: object) -> tuple[dt.date | None, dt.date | None]:
    start = check_date("start_date", start_date)
    end = check_date("end_date", end_date, end_of_period=True)
    if start and end and start > end:
        raise ParameterError("parameters 'start_date' and 'end_date'", expected="start_date on or before end_date",
                             found=f"start_date {start} after end_date {end}", fix="swap the two dates")
    return start, end


def check_string_list(name: str, value: object) -> list[str]:
    """A list of strings; ``None`` or ``[]`` is an empty list, a single string a list of one."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ParameterError(f"parameter {name!r}", expected="a list of strings, e.g. ['ua_hur', 'kr_nis'], or []",
                             found=_type_name(value), fix=f"write {name} as a list of quoted ids")
    return list(dict.fromkeys(value))


def check_members(name: str, values: object, allowed: Iterable[str], what: str) -> list[str]:
    """A list parameter whose every element is in ``allowed`` (``what`` names them)."""
    items = check_string_list(name, values)
    allowed = sorted(set(allowed))
    unknown = [v for v in items if v not in allowed]
    if unknown:
        hints = [f"{u!r} -> {m[0]!r}" for u in unknown if (m := difflib.get_close_matches(u, allowed, n=1))]
        raise ParameterError(
            f"parameter {name!r}", expected=f"{what}: {', '.join(allowed)}",
            found=f"unknown {', '.join(repr(u) for u in unknown)}",
            fix="use listed ids" + (f" (did you mean {'; '.join(hints)}?)" if hints else ""),
        )
    return items


def check_sources(sources: object, claims: pl.DataFrame) -> list[str]:
    """Source ids present in the claims table (``[]`` means every source)."""
    return check_members("sources", sources, claims["source"].unique().to_list(),
                         "source ids that have claims in data/derived/claims")


# -- selections ---------------------------------------------------------------------------

def published_end() -> pl.Expr:
    """Last day of the publication period (the month for month-precision dates)."""
    return (pl.when(pl.col("published_precision") == "month")
            .then(pl.col("published_date").dt.month_end())
            .otherwise(pl.col("published_date")))


def filter_published(df: pl.DataFrame, start: dt.date | None, end: dt.date | None) -> pl.DataFrame:
    """Rows whose publication period overlaps ``start..end`` (either may be None)."""
    if start is not None:
        df = df.filter(published_end() >= start)
    if end is not None:
        df = df.filter(pl.col("published_date") <= end)
    return df


def select_articles(articles: pl.DataFrame, *, start_date: object = None, end_date: object = None) -> pl.DataFrame:
    """The articles published in ``start_date..end_date`` (validated), by date; never empty."""
    start, end = check_date_range(start_date, end_date)
    out = filter_published(articles, start, end).sort(["published_date", "article_id"])
    if out.is_empty():
        raise ParameterError(
            "parameters 'start_date' and 'end_date'", expected="a period with at least one article",
            found=f"no article published {start or '...'} to {end or '...'}",
            fix=f"the corpus was published {_span(articles)}; widen the dates",
        )
    return out


def _span(df: pl.DataFrame) -> str:
    if df.is_empty():
        return "none"
    return f"{df['published_date'].min()} to {df['published_date'].max()}"


def select_claims(
    claims: pl.DataFrame,
    *,
    quantity: object = None,
    quantities: object = None,
    start_date: object = None,
    end_date: object = None,
    sources: object = None,
    casualty_type: object = None,
    include_echoes: object = True,
    include_unattributed: object = True,
    valid: Iterable[str] | None = None,
) -> pl.DataFrame:
    """The claims a notebook's parameters select, validated, sorted; never empty.

    ``quantity`` (one id) or ``quantities`` (a list, ``[]`` = all) pick what is
    counted; dates restrict the publication period; ``sources`` (``[]`` = all)
    the sources; ``include_echoes=False`` keeps first reports only;
    ``include_unattributed=False`` drops claims nobody is named for.
    """
    valid = list(valid) if valid is not None else valid_quantities()
    start, end = check_date_range(start_date, end_date)
    picked = check_sources(sources, claims)
    echoes = check_bool("include_echoes", include_echoes)
    attributed_only = not check_bool("include_unattributed", include_unattributed)
    ctype = check_optional_choice("casualty_type", casualty_type, schema.CASUALTY_TYPES)
    out = claims
    wanted: list[str]
    if quantity is not None:
        wanted = [check_quantity(quantity, valid)]
    else:
        wanted = check_members("quantities", quantities, valid, "quantity ids") or valid
    out = out.filter(pl.col("quantity").is_in(wanted))
    described = f"quantity {wanted[0]!r}" if quantity is not None else f"quantities {wanted}"
    of_quantity = out
    if ctype is not None:
        if quantity is not None and wanted != ["casualties"]:
            raise ParameterError("parameter 'casualty_type'", expected="None unless quantity is 'casualties'",
                                 found=repr(ctype), fix="set casualty_type = None, or quantity = 'casualties'")
        out = out.filter(pl.col("casualty_type") == ctype)
        described += f", casualty_type {ctype!r}"
    if picked:
        out = out.filter(pl.col("source").is_in(picked))
        described += f", sources {picked}"
    out = filter_published(out, start, end)
    if start or end:
        described += f", published {start or '...'} to {end or '...'}"
    if not echoes:
        out = out.filter(pl.col("is_first_report").fill_null(True))
        described += ", first reports only"
    if attributed_only:
        out = out.filter(pl.col("source") != UNATTRIBUTED)
        described += ", attributed only"
    if out.is_empty():
        present = sorted(of_quantity["source"].unique().to_list())
        raise ParameterError(
            "the parameters", expected="a selection with at least one claim",
            found=f"no claims for {described}",
            fix=(f"claims of {'this quantity' if quantity is not None else 'these quantities'} were published "
                 f"{_span(of_quantity)} by the sources {', '.join(present) or '(none)'}; widen the dates, "
                 f"change the sources, or pick another quantity" if present else
                 "pick a quantity that has claims: " + ", ".join(sorted(claims['quantity'].unique().to_list()))),
        )
    return out.sort(["published_date", "source", "claim_id"])


# -- formatting ---------------------------------------------------------------------------

def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def format_value(low: float | None, best: float | None, high: float | None, bound: str | None,
                 unit: str | None = None) -> str:
    """A figure as a reader reads it: '≤ 12,000', '25,000–30,000', '≈ 4,000', 'vague'."""
    if low is None and best is None and high is None:
        text = "vague (no figure)"
    elif bound == "vague":
        read = format_value(low, best, high, "approximate" if best is not None else None, unit)
        return f"vague, read as {read}"
    elif bound == "range" or (best is None and low is not None and high is not None):
        text = f"{format_number(low)}–{format_number(high)}"
    elif bound == "upper" or (low is None and high is not None and best in (None, high)):
        text = f"≤ {format_number(high if high is not None else best)}"
    elif bound == "lower" or (high is None and low is not None and best in (None, low)):
        text = f"≥ {format_number(low if low is not None else best)}"
    else:
        text = format_number(best if best is not None else (low if low is not None else high))
        if bound in ("approximate", "vague"):
            text = f"≈ {text}"
    if unit and not text.startswith("vague"):
        text += " %" if unit == "percent" else f" {unit}"
    return text


def format_published(date: dt.date | None, precision: str | None) -> str:
    if date is None:
        return ""
    if precision == "month":
        return f"{date:%Y-%m} (month only)"
    return date.isoformat()


def format_reference(start: dt.date | None, end: dt.date | None, precision: str | None, text: str | None) -> str:
    if start is None and end is None and not text:
        return "not stated"
    span = f"{start or '...'} to {end or '...'}" if end != start else f"{start}"
    return f"{text} ({span}, {precision})" if text else f"{span} ({precision})"


def central_value() -> pl.Expr:
    """One number per figure for differences: best, else the range midpoint, else the bound."""
    return (pl.when(pl.col("value_best").is_not_null()).then(pl.col("value_best"))
            .when(pl.col("value_low").is_not_null() & pl.col("value_high").is_not_null())
            .then((pl.col("value_low") + pl.col("value_high")) / 2)
            .otherwise(pl.coalesce("value_high", "value_low")))


def measure_label() -> pl.Expr:
    """What a figure measures within a quantity: the casualty type, else the unit, else 'people'."""
    return (pl.when(pl.col("casualty_type").is_not_null())
            .then(pl.col("casualty_type").str.replace_all("_", " "))
            .when(pl.col("unit").is_not_null()).then(pl.col("unit"))
            .otherwise(pl.lit("people")))


def with_display_columns(claims: pl.DataFrame) -> pl.DataFrame:
    """Claims plus text columns for tables and tooltips (value_text, published_text, ...)."""
    rows = claims.select("value_low", "value_best", "value_high", "bound", "unit", "published_date",
                         "published_precision", "reference_start", "reference_end", "reference_precision",
                         "reference_text").to_dicts()
    return claims.with_columns(
        pl.Series("value_text", [format_value(r["value_low"], r["value_best"], r["value_high"], r["bound"], r["unit"])
                                 for r in rows], dtype=pl.String),
        pl.Series("published_text", [format_published(r["published_date"], r["published_precision"]) for r in rows],
                  dtype=pl.String),
        pl.Series("reference_period", [format_reference(r["reference_start"], r["reference_end"],
                                                        r["reference_precision"], r["reference_text"]) for r in rows],
                  dtype=pl.String),
        pl.col("bound").replace_strict(STATED_AS, default="unknown", return_dtype=pl.String).alias("stated_as"),
        pl.when(pl.col("is_first_report").fill_null(True)).then(pl.lit("first report"))
        .otherwise(pl.lit("echo")).alias("report"),
        pl.col("via").fill_null("(none named)").alias("via_text"),
        measure_label().alias("measure"),
    )


def enable_notebook_display(rows: int = 200, text_width: int = 160) -> None:
    """Let polars show whole tables (up to ``rows``) and long quotes in notebooks."""
    pl.Config.set_tbl_rows(rows)
    pl.Config.set_fmt_str_lengths(text_width)
    pl.Config.set_tbl_width_chars(400)


# -- 01 claims overview -------------------------------------------------------------------

OVERVIEW_COLUMNS = ("published_text", "publisher", "quantity", "measure", "number_text", "value_text",
                    "source_name", "via", "report", "review_status", "quote", "claim_id")


def claims_overview(claims: pl.DataFrame) -> pl.DataFrame:
    """The tidy claims table, reduced to the columns a reader scans, in publication order."""
    return (with_display_columns(claims)
            .sort(["published_date", "article_id", "char_start"])
            .select(OVERVIEW_COLUMNS))


def count_claims(claims: pl.DataFrame, by: str) -> pl.DataFrame:
    """Claims per value of ``by`` (quantity, source, publisher, review_status, ...), largest first.

    Columns: ``by``, ``label`` (the source name for sources), ``n_claims``,
    ``n_first_reports``, ``n_echoes``, ``n_articles``.
    """
    if by not in claims.columns:
        raise ParameterError("by", expected=f"a column of the claims table ({', '.join(claims.columns)})",
                             found=repr(by), fix="count by quantity, source, publisher or review_status")
    label = pl.col("source_name").first() if by == "source" else pl.col(by).first().cast(pl.String)
    return (claims.group_by(by)
            .agg(label.fill_null("(none)").alias("label"),
                 pl.len().cast(pl.Int64).alias("n_claims"),
                 pl.col("is_first_report").fill_null(True).sum().cast(pl.Int64).alias("n_first_reports"),
                 pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"))
            .with_columns((pl.col("n_claims") - pl.col("n_first_reports")).alias("n_echoes"))
            .with_columns(pl.col(by).cast(pl.String).fill_null("(none)"))
            .sort(["n_claims", by], descending=[True, False])
            .select(by, "label", "n_claims", "n_first_reports", "n_echoes", "n_articles"))


def corpus_summary(articles: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """What the corpus covers, as ``item, value`` rows: size, dates, languages, publishers."""
    def when(df: pl.DataFrame, pick) -> str:
        if df.is_empty():
            return "none"
        row = df.sort("published_date", descending=pick == "max").row(0, named=True)
        return format_published(row["published_date"], row["published_precision"])

    languages = articles.group_by("language").len().sort("language")
    precisions = articles.group_by("published_precision").len().sort("published_precision")
    publishers = articles["publisher"].unique().sort().to_list()
    items = [
        ("articles", str(articles.height)),
        ("first published", when(articles, "min")),
        ("last published", when(articles, "max")),
        ("languages", ", ".join(f"{r['language']} ({r['len']})" for r in languages.to_dicts()) or "none"),
        ("date precision", ", ".join(f"{r['published_precision']} ({r['len']})" for r in precisions.to_dicts()) or "none"),
        ("publishers", f"{len(publishers)}: {', '.join(publishers)}"),
        ("numeric mentions", str(int(articles["n_mentions"].sum() or 0))),
        ("claims", str(claims.height)),
        ("first reports", str(int(claims["is_first_report"].fill_null(True).sum() or 0))),
        ("echoes", str(int((~claims["is_first_report"].fill_null(True)).sum() or 0))),
        ("quantities", ", ".join(sorted(claims["quantity"].unique().to_list())) or "none"),
        ("reviewed claims", f"{claims.filter(pl.col('review_status') != 'auto').height} of {claims.height}"),
    ]
    return pl.DataFrame(items, schema={"item": pl.String, "value": pl.String}, orient="row")


# -- 02 estimate timeline -----------------------------------------------------------------

def _change_text(change: float | None, previous: str | None, prev_bound: str | None, bound: str | None,
                 has_value: bool) -> str:
    if previous is None:
        return "first estimate" if has_value else "first estimate (vague)"
    if not has_value:
        return "vague: not comparable"
    if change is None:
        return "no earlier figure to compare"
    midpoint = " (midpoint)" if "range" in (bound, prev_bound) else ""
    if change == 0:
        return f"no change{midpoint}"
    sign = "+" if change > 0 else "−"
    return f"{sign}{format_number(abs(change))}{midpoint}"


def successive_estimates(selection: pl.DataFrame) -> pl.DataFrame:
    """Each source's estimates in publication order, with the change from its previous one.

    One row per claim; rows of one source (and measure: casualty type or unit)
    follow each other.  ``change`` compares central values (best, else the range
    midpoint, else the bound) with the source's previous figure that had one;
    vague magnitudes have no change.
    """
    df = (with_display_columns(selection)
          .with_columns(pl.when(pl.col("bound") != "vague").then(central_value()).alias("central"))
          .sort(["source", "measure", "published_date", "article_id", "char_start"]))
    group = ["source", "measure"]
    df = df.with_columns(
        pl.col("central").shift(1).forward_fill().over(group).alias("previous_central"),
        pl.col("value_text").shift(1).over(group).alias("previous"),
        pl.when(pl.col("central").is_not_null()).then(pl.col("bound")).shift(1).forward_fill().over(group)
        .alias("_prev_bound"),
        pl.int_range(pl.len()).over(group).add(1).cast(pl.Int64).alias("estimate_no"),
    ).with_columns((pl.col("central") - pl.col("previous_central")).alias("change"))
    rows = df.select("change", "previous", "_prev_bound", "bound", "central").to_dicts()
    df = df.with_columns(pl.Series("change_text", [
        _change_text(r["change"], r["previous"], r["_prev_bound"], r["bound"], r["central"] is not None)
        for r in rows], dtype=pl.String))
    return df.select("source_name", "measure", "estimate_no", "published_text", "number_text", "value_text",
                     "previous", "change", "change_text", "report", "via", "publisher", "source", "claim_id")


# -- 03 source comparison -----------------------------------------------------------------

def attribution_paths(claims: pl.DataFrame, names: dict[str, str] | None = None) -> pl.DataFrame:
    """Who claims through whom: claims per (source, via, publisher) path, with names.

    ``names`` maps source ids to readable names (default: analysis/data/sources.yaml);
    used for the ``via`` channel, which the claims table keeps as an id.
    """
    names = source_names() if names is None else names
    df = claims.with_columns(pl.col("via").fill_null("(none named)").alias("via_text"))
    out = (df.group_by("source", "via_text", "publisher")
           .agg(pl.col("source_name").first(), pl.col("source_type").first(),
                pl.len().cast(pl.Int64).alias("n_claims"),
                pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
                pl.col("quantity").unique().sort().str.join(", ").alias("quantities"))
           .rename({"via_text": "via"})
           .with_columns(pl.col("via").replace(names).alias("via_name"))
           .with_columns(pl.when(pl.col("via") == "(none named)").then(pl.lit("(none named)"))
                         .otherwise(pl.col("via_name")).alias("via_name"))
           .sort(["source", "via", "publisher"]))
    return out.select("source", "source_name", "source_type", "via", "via_name", "publisher",
                      "n_claims", "n_articles", "quantities")


def source_summary(claims: pl.DataFrame) -> pl.DataFrame:
    """Per source: how many claims, of what, through which outlets, first and last published."""
    return (claims.group_by("source")
            .agg(pl.col("source_name").first(), pl.col("source_type").first(),
                 pl.len().cast(pl.Int64).alias("n_claims"),
                 pl.col("is_first_report").fill_null(True).sum().cast(pl.Int64).alias("n_first_reports"),
                 pl.col("quantity").unique().sort().str.join(", ").alias("quantities"),
                 pl.col("via").drop_nulls().unique().sort().str.join(", ").alias("via"),
                 pl.col("publisher").unique().sort().str.join(", ").alias("publishers"),
                 pl.col("published_date").min().alias("first_published"),
                 pl.col("published_date").max().alias("last_published"))
            .sort(["n_claims", "source"], descending=[True, False])
            .select("source", "source_name", "source_type", "n_claims", "n_first_reports", "quantities",
                    "via", "publishers", "first_published", "last_published"))


def as_of_date() -> pl.Expr:
    """The date a figure is about: end of its reference period, else its start, else publication."""
    return pl.coalesce("reference_end", "reference_start", "published_date")


def period_label(period: str) -> pl.Expr:
    """The calendar period (month '2025-07', quarter '2025-Q3', year '2025') of :func:`as_of_date`."""
    date = as_of_date()
    if period == "month":
        return date.dt.strftime("%Y-%m")
    if period == "quarter":
        return pl.format("{}-Q{}", date.dt.year(), date.dt.quarter())
    return date.dt.year().cast(pl.String)


def with_periods(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """Claims with ``as_of`` and ``period`` columns and display text (see :func:`period_label`)."""
    period = check_choice("period", period, PERIODS)
    return with_display_columns(claims).with_columns(as_of_date().alias("as_of"),
                                                     period_label(period).alias("period"))


def comparable_figures(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """The figures :func:`source_disagreements` compares, each as an interval ``lo``..``hi``.

    Exact and approximate values are a point, ranges their span, 'bis zu' from 0
    to the bound, 'mindestens' from the bound up.  One row per claim_group and
    ``period`` (so an echo does not count twice); vague magnitudes ('Tausende')
    are left out: the interval the extractor reads into them (2,000-9,999) is a
    convention, not the source's figure.
    """
    return (with_periods(claims, period)
            .filter(pl.any_horizontal(pl.col("value_low", "value_best", "value_high").is_not_null())
                    & (pl.col("bound").fill_null("") != "vague"))
            .with_columns(
                pl.coalesce("value_low", pl.when(pl.col("value_high").is_not_null()).then(0.0), "value_best").alias("lo"),
                pl.coalesce("value_high", pl.when(pl.col("value_low").is_not_null()).then(float("inf")),
                            "value_best").alias("hi"),
                pl.coalesce("claim_group", "claim_id").alias("group"))
            .sort(["published_date", "claim_id"])
            .unique(["group", "period"], keep="first", maintain_order=True))


COMPARED = ("quantity", "casualty_type", "unit", "period")


def source_disagreements(claims: pl.DataFrame, period: object = "quarter", *, most: int | None = None) -> pl.DataFrame:
    """Pairs of sources whose figures for the same thing and period do not overlap.

    Each figure is an interval (:func:`comparable_figures`).  Two figures disagree
    when their intervals do not touch.  Compared: the same quantity, casualty type
    and unit, in the same calendar ``period`` of the date the figure is about
    (:func:`as_of_date`), different sources only.

    Every pair is listed, unless ``most`` is given and there are more pairs than
    that (their number grows with the square of the claims: 1.2 million at 5,000
    articles; :func:`disagreement_counts` counts them all).  Then each two sources
    get one row per period and measure, their widest gap (found among each
    source's extreme figures: lowest top, highest bottom), and the ``most`` widest
    of those rows are listed, widest first.
    """
    df = comparable_figures(claims, period)
    if most is not None:
        most = check_int("most", most, minimum=1, maximum=1_000_000)
        total = disagreement_counts(claims, period)["n_pairs"].sum()
        if total > most:
            key = list(COMPARED)
            lowest_top = df.sort(["hi", "claim_id"]).unique([*key, "source"], keep="first", maintain_order=True)
            highest_bottom = df.sort(["lo", "claim_id"], descending=[True, False]).unique(
                [*key, "source"], keep="first", maintain_order=True)
            extremes = pl.concat([lowest_top, highest_bottom]).unique("claim_id", keep="first", maintain_order=True)
            widest = (_disagreeing_pairs(extremes)
                      .sort(["gap", "claim_a", "claim_b"], descending=[True, False, False])
                      .unique([*key, "source_a", "source_b"], keep="first", maintain_order=True))
            return widest.head(most)
    return _disagreeing_pairs(df)


def _disagreeing_pairs(df: pl.DataFrame) -> pl.DataFrame:
    """Every disagreeing pair of figures of different sources in ``df`` (:func:`comparable_figures`)."""
    key = list(COMPARED)
    cols = ["source", "source_name", "value_text", "number_text", "published_text", "lo", "hi", "claim_id"]
    left = df.select(key + cols)
    pairs = left.join(left, on=key, how="inner", nulls_equal=True, suffix="_b").filter(
        (pl.col("source") < pl.col("source_b"))
        & ((pl.col("hi") < pl.col("lo_b")) | (pl.col("hi_b") < pl.col("lo"))))
    gap = pl.max_horizontal(pl.col("lo_b") - pl.col("hi"), pl.col("lo") - pl.col("hi_b")).round(2)
    out = pairs.with_columns(gap.alias("gap")).sort(key + ["source", "source_b", "claim_id", "claim_id_b"],
                                                   nulls_last=True)
    return out.select(
        "quantity", "casualty_type", "unit", "period",
        pl.col("source_name").alias("source_a"), pl.col("value_text").alias("figure_a"),
        pl.col("published_text").alias("published_a"),
        pl.col("source_name_b").alias("source_b"), pl.col("value_text_b").alias("figure_b"),
        pl.col("published_text_b").alias("published_b"), "gap",
        pl.col("claim_id").alias("claim_a"), pl.col("claim_id_b").alias("claim_b"),
    )


def disagreement_counts(claims: pl.DataFrame, period: object = "quarter") -> pl.DataFrame:
    """How many pairs of sources disagree, per quantity, measure and period.

    The counts of :func:`source_disagreements` (same figures,
    intervals and periods) without listing the pairs, which grows with the square
    of the claims (1.2 million pairs at 5,000 articles): two figures of different
    sources disagree when the top of one lies below the bottom of the other, so
    sorting the bottoms and tops of a period counts them.  Columns ``quantity``,
    ``measure`` (:func:`measure_label`), ``period``, ``n_pairs``
    (only periods with a disagreement); sorted.
    """
    df = comparable_figures(claims, period)
    key = list(COMPARED)
    columns = ["quantity", "measure", "period", "n_pairs"]
    if df.select((pl.col("lo") > pl.col("hi")) | pl.col("lo").is_nan() | pl.col("hi").is_nan()
                 | pl.col("source").is_null()).to_series().any():
        # a figure whose bottom is above its top (or no source): count the listed pairs instead
        pairs = source_disagreements(claims, period).with_columns(measure_label().alias("measure"))
        return (pairs.group_by("quantity", "measure", "period").agg(pl.len().cast(pl.Int64).alias("n_pairs"))
                .sort(["quantity", "measure", "period"]).select(columns))

    def below(keys: list[str]) -> pl.DataFrame:
        # per ``key``: pairs (a, b) within ``keys`` with a's top strictly below b's bottom
        ends = pl.concat([df.select(*keys, pl.col("hi").alias("v"), pl.lit(1, pl.Int64).alias("is_top")),
                          df.select(*keys, pl.col("lo").alias("v"), pl.lit(0, pl.Int64).alias("is_top"))])
        return (ends.sort(["v", "is_top"])  # a top equal to a bottom comes after it: not below
                .with_columns(pl.col("is_top").cum_sum().over(keys).alias("n_below"))
                .filter(pl.col("is_top") == 0)
                .group_by(key).agg(pl.col("n_below").sum().cast(pl.Int64)))

    counts = (below(key).join(below([*key, "source"]).rename({"n_below": "n_same"}), on=key, how="left",
                              nulls_equal=True)
              .with_columns((pl.col("n_below") - pl.col("n_same").fill_null(0)).alias("n_pairs")))
    return (counts.with_columns(measure_label().alias("measure"))
            .group_by("quantity", "measure", "period").agg(pl.col("n_pairs").sum().cast(pl.Int64))
            .filter(pl.col("n_pairs") > 0).sort(["quantity", "measure", "period"]).select(columns))


# -- 04 coverage audit --------------------------------------------------------------------

REVIEW_ORDER = {"unreviewed": 0, "unreviewed (not an amount)": 1, "corrected": 2, "confirmed": 3,
                "rejected in review": 4}


def _context(text: str | None, start: int, end: int, width: int) -> str:
    if text is None:
        return ""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return f"…{flat(before)}[{flat(text[start:end])}]{flat(after)}…"


def coverage_audit(mentions: pl.DataFrame, claims: pl.DataFrame, *, texts: Mapping[str, str] | None = None,
                   context_chars: object = 40) -> pl.DataFrame:
    """Every numeric expression and how it was classified, unreviewed ones first.

    ``review``: *unreviewed* for automatic claims and for amounts not taken as
    claims (what ``python -m analysis review`` lists), *unreviewed (not an
    amount)* for dates, times, phone numbers and the like, then *corrected*,
    *confirmed* and *rejected in review*.  Within each, by article and offset.
    ``context`` shows the number in brackets with ``context_chars`` either side
    (needs ``texts``, see :func:`load_article_texts`).
    """
    width = check_int("context_chars", context_chars, minimum=0, maximum=400)
    claim_info = claims.select("claim_id", "quantity", "source", "review_status")
    df = mentions.join(claim_info, on="claim_id", how="left")
    review = (pl.when(pl.col("mention_status") == "rejected").then(pl.lit("rejected in review"))
              .when(pl.col("review_status").is_in(["confirmed", "corrected"])).then(pl.col("review_status"))
              .when(pl.col("mention_status").is_in(["claim", "repeat"]) | pl.col("kind").is_in(AMOUNT_KINDS))
              .then(pl.lit("unreviewed"))
              .otherwise(pl.lit("unreviewed (not an amount)")))
    df = df.with_columns(review.alias("review"))
    df = df.with_columns(pl.col("review").replace_strict(REVIEW_ORDER, return_dtype=pl.Int64).alias("_order"))
    df = df.with_columns(pl.Series("context", _contexts(df, texts or {}, width), dtype=pl.String))
    df = df.with_columns(
        pl.when(pl.col("mention_status") == "claim").then(pl.lit("claim"))
        .when(pl.col("mention_status") == "repeat").then(pl.lit("claim (repeated)"))
        .otherwise(pl.lit("not a claim")).alias("is_claim"))
    return (df.sort(["_order", "article_id", "char_start"])
            .select("review", "article_id", "char_start", "number_text", "kind", "is_claim", "mention_status",
                    "status_reason", "reason", "quantity", "source", "claim_id", "context"))


def _contexts(mentions: pl.DataFrame, texts: Mapping[str, str], width: int) -> list[str | None]:
    """The context of every mention (in ``mentions``' order), reading each article's text once."""
    ids = mentions["article_id"].to_list()
    starts, ends = mentions["char_start"].to_list(), mentions["char_end"].to_list()
    out: list[str | None] = [None] * len(ids)
    current, text = None, None
    for i in sorted(range(len(ids)), key=ids.__getitem__):
        if ids[i] != current:
            current = ids[i]
            text = texts.get(current)
        out[i] = _context(text, starts[i], ends[i], width)
    return out


def filter_audit(audit: pl.DataFrame, *, article_id: object = "", statuses: object = None,
                 articles: Iterable[str] | None = None) -> pl.DataFrame:
    """The audit rows of one article (``""`` = all) and some mention statuses (``[]`` = all)."""
    statuses = check_members("statuses", statuses, schema.MENTION_STATUSES, "mention statuses")
    known = sorted(set(articles) if articles is not None else set(audit["article_id"].to_list()))
    article = check_optional_choice("article_id", article_id, known)
    out = audit
    if article is not None:
        out = out.filter(pl.col("article_id") == article)
    if statuses:
        out = out.filter(pl.col("mention_status").is_in(statuses))
    if out.is_empty():
        raise ParameterError("parameters 'article_id' and 'statuses'", expected="at least one mention",
                             found=f"none for article_id {article_id!r} and statuses {statuses}",
                             fix="widen the selection: article_id = '' (all) or statuses = [] (all)")
    return out


def audit_counts(audit: pl.DataFrame) -> pl.DataFrame:
    """Mentions per kind and classification, with how many still await review."""
    return (audit.group_by("kind", "mention_status")
            .agg(pl.len().cast(pl.Int64).alias("n_mentions"),
                 pl.col("review").str.starts_with("unreviewed").sum().cast(pl.Int64).alias("n_unreviewed"))
            .sort(["kind", "mention_status"]))
