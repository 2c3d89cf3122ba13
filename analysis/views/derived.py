"""Loading a table of ``data/derived/``, after checking that it is fresh.

:func:`load_derived` fails with a :class:`~analysis.errors.DerivedDataError` that
says how to build the tables when the directory is missing, unreadable, built by
another schema, or stale: the articles it was built from differ from
``data/raw/articles/`` (read through :mod:`analysis.corpus`, with the same
validation and checksums as the build), or ``review.yaml`` or a vocabulary file
changed since the build.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from analysis import corpus, paths, schema
from analysis.build import REVIEW_NOT_APPLIED, build_inputs, load_table
from analysis.build.outputs import finish_interrupted_commit
from analysis.errors import DerivedDataError, ParameterError

BUILD_COMMAND = "python -m analysis build"


def _build_fix(root: Path | None) -> str:
    where = paths.repo_root() if root is None else Path(root)
    return (f"run `{BUILD_COMMAND}` in {where} with the project's environment "
            f"(e.g. `.venv/bin/python -m analysis build`), then run the notebook again")


# Per articles directory: the (name, mtime, size) of every text and record when last read, and their checksums.
_CHECKSUMS: dict[Path, tuple[tuple, dict[str, str]]] = {}


def _signature(directory: Path) -> tuple:
    files = sorted([*directory.glob(f"*{corpus.ARTICLE_SUFFIX}"), *directory.glob(f"*{corpus.PROVENANCE_SUFFIX}")])
    return tuple((path.name, stat.st_mtime_ns, stat.st_size) for path in files for stat in [path.stat()])


def provenance_checksums(root: Path | None = None) -> dict[str, str]:
    """``article_id -> sha256`` of every article of ``data/raw/articles/``.

    Read as the build reads them (:func:`analysis.corpus.list_article_ids` and
    :func:`analysis.corpus.load_article`): every text has its record, every record
    is validated and every text matches its sha256, or the corpus's own error says
    what to fix.  The articles are read again only when one was added, removed or
    rewritten (name, modification time or size changed): a notebook that loads
    three tables of 50,000 articles reads them once, not three times.
    """
    directory = paths.articles_dir(root)
    if not directory.is_dir():
        return {}
    signature = _signature(directory)
    key = directory.resolve()
    cached = _CHECKSUMS.get(key)
    if cached is not None and cached[0] == signature:
        return dict(cached[1])
    out = {article_id: corpus.load_article(directory, article_id).provenance.sha256
           for article_id in corpus.list_article_ids(directory)}
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
    if derived.is_dir():
        finish_interrupted_commit(derived)
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
    derived_pairs = dict(zip(built["article_id"].to_list(), built["sha256"].to_list(), strict=True))
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
    except DerivedDataError:
        raise                                      # already says what is wrong and to rebuild
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

