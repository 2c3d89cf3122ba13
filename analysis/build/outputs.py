"""Everything the build writes into ``data/derived/``, and reading a table back.

The single-file tables (CSV + Parquet), ``datapackage.json`` and ``README.md`` are
written together and atomically (:func:`write_tables`): one commit, its renames recorded
in ``.commit.json`` first, so a build killed between two renames is completed by the
next build or the next reader (:func:`finish_interrupted_commit`).  The Dask engine also
writes the partitioned dataset ``dataset/{articles,mentions,claims}/part-00000.parquet``
..., one part per batch, swapped in whole by the same commit as the tables (:func:`stage_dataset`).
Both are made from the batches' parts, after the claim-group pass.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import polars as pl

from .. import paths, schema
from ..errors import DerivedDataError
from ..storage import AtomicOutputs, exclusive, finish_commit, fsync_dir, make_temp_dir, sha256_of_file
from .batches import ARTICLES_PART, GROUPED_CLAIMS_PART, MENTIONS_PART, part_path

TABLE_NAMES = ("articles", "mentions", "claims")
# The batch part each table is made of.
TABLE_PARTS = {"articles": ARTICLES_PART, "mentions": MENTIONS_PART, "claims": GROUPED_CLAIMS_PART}
# Fixed, so a table's Parquet bytes do not depend on how the build cut the corpus into batches.
# The sinks buffer about one row group per table: measured on 50,000 articles, 16,384 rows gave a
# peak RSS of 276 MB against 319 MB with 65,536 rows, for files 2-19% larger.
ROW_GROUP_SIZE = 16_384
DATASET_DIR = "dataset"  # the partitioned dataset, inside data/derived/
COMMIT_JOURNAL = ".commit.json"  # the renames of the commit in progress (inside data/derived/)


def part_tables(parts: Path) -> dict[str, pl.LazyFrame]:
    """Every table as its batches' parts concatenated in order (lazily)."""
    return {name: pl.scan_parquet(parts / f"{TABLE_PARTS[name]}-*.parquet") for name in TABLE_NAMES}


def write_tables(tables: dict[str, pl.DataFrame | pl.LazyFrame], out_dir: Path,
                 inputs: Mapping[str, str] | None = None, *, dataset: Path | None = None) -> list[Path]:
    """Write every table (CSV + Parquet) plus datapackage.json and README.md, atomically.

    ``inputs`` (:func:`analysis.build.build_inputs`) goes into datapackage.json as ``build_inputs``.
    ``dataset``: a staged partitioned dataset (:func:`stage_dataset`), swapped in by the same commit:
    the old one is set aside just before, and a commit killed halfway rolls forward both.
    """
    out = AtomicOutputs()
    try:
        for name, frame in tables.items():
            lazy = frame.lazy()
            out.stage(paths.contained(out_dir, f"{name}.csv"),
                      lambda tmp, lf=lazy: lf.sink_csv(tmp, line_terminator="\n"))
            out.stage(paths.contained(out_dir, f"{name}.parquet"),
                      lambda tmp, lf=lazy: lf.sink_parquet(tmp, compression="zstd", statistics=True,
                                                             row_group_size=ROW_GROUP_SIZE))
        descriptor = schema.datapackage_descriptor(list(tables))
        if inputs is not None:
            descriptor["build_inputs"] = dict(inputs)
        # One build, one set of tables: datapackage.json is renamed into place last and names the sha256
        # of every table file, so a reader can tell a set mixed by a crash between two renames.
        descriptor["build_files"] = dict(sorted(out.staged_sha256().items()))
        out.stage_text(out_dir / "datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
        out.stage_text(out_dir / "README.md", schema.schema_markdown())
    except BaseException:
        out.discard()
        raise
    if dataset is None:
        return out.commit(journal=out_dir / COMMIT_JOURNAL)
    target = out_dir / DATASET_DIR
    aside = None
    if target.exists():                            # killed from here to the journal: remove_leftovers puts it back
        aside = make_temp_dir(out_dir, prefix=f".{DATASET_DIR}-old-")
        os.replace(target, aside / DATASET_DIR)
    written = out.commit(journal=out_dir / COMMIT_JOURNAL, then=[(dataset, target)])
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
    return [w for w in written if w != target] + sorted(target.rglob("*.parquet"))


def finish_interrupted_commit(out_dir: Path) -> None:
    """Complete the commit of a build killed while renaming its tables into place, so that a reader
    sees the whole new set (never a mix); wait for a build that is committing right now."""
    journal = out_dir / COMMIT_JOURNAL
    if not journal.exists():
        return
    try:
        with exclusive(out_dir, timeout=60):
            finish_commit(journal)
    except OSError as exc:
        raise DerivedDataError(journal, expected="no build interrupted while putting its tables in place",
                               found=f"the record of one, which this process cannot complete ({exc.strerror or exc})",
                               fix="run `python -m analysis build` as a user who may write data/derived/") from None


def write_outputs(parts: Path, n_batches: int, out_dir: Path, inputs: Mapping[str, str], *,
                  dataset: bool) -> list[Path]:
    """The tables from the batches' parts into ``out_dir``, with the partitioned dataset if ``dataset``.

    The dataset is staged first and swapped in only after the single-file tables
    were written, so a failure leaves every output as it was.
    """
    staging = stage_dataset(out_dir, parts, n_batches) if dataset else None
    try:
        return write_tables(part_tables(parts), out_dir, inputs, dataset=staging)
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise


def check_same_build(path: Path) -> None:
    """``path`` (a table file of data/derived/) is the one the last build's datapackage.json names."""
    package = path.parent / "datapackage.json"
    try:
        recorded = json.loads(package.read_text(encoding="utf-8")).get("build_files") or {}
    except (OSError, ValueError):
        return                                     # no descriptor to compare with: the freshness check says so
    expected = recorded.get(path.name)
    if expected is None:
        return
    if _sha256_of_file(path) != expected:
        raise DerivedDataError(path, expected=f"the file the last build wrote (sha256 {expected[:12]}…, "
                               "from datapackage.json)", found="another file: the tables come from different builds "
                               "(a build was interrupted while putting them in place)",
                               fix="rebuild with `python -m analysis build`")


_HASHED: dict[tuple[str, int, int], str] = {}


def _sha256_of_file(path: Path) -> str:
    info = path.stat()
    key = (str(path), info.st_mtime_ns, info.st_size)
    if key not in _HASHED:                       # a notebook loads a table more than once: hash it once
        _HASHED[key] = sha256_of_file(path)
    return _HASHED[key]


def load_table(name: str, root: Path | None = None) -> pl.DataFrame:
    """Read a derived table (Parquet) for notebooks and reports; a missing or unreadable one says to rebuild,
    and so does a table that is not the one the last build's datapackage.json names."""
    path = paths.derived_dir(root) / f"{name}.parquet"
    finish_interrupted_commit(path.parent)
    if not path.is_file():
        raise DerivedDataError(path, expected=f"the built {name} table", found="no such file",
                               fix="run `python -m analysis build` (or `make report`)")
    try:
        table = pl.read_parquet(path)
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise DerivedDataError(path, expected="a readable Parquet file written by the build",
                               found=" ".join(str(exc).split())[:200],
                               fix="rebuild it with `python -m analysis build`") from None
    check_same_build(path)
    return table


# -- the partitioned dataset (Dask engine) -----------------------------------------------------


def dataset_part(dataset: Path, table: str, index: int) -> Path:
    """``dataset/<table>/part-00000.parquet`` (0-based)."""
    return dataset / table / f"part-{index:05d}.parquet"


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def stage_dataset(out_dir: Path, parts: Path, n_batches: int) -> Path:
    """The batches' parts as a partitioned dataset in a hidden directory beside ``dataset/``; return it.

    The parts are hard-linked (copied where links fail): batch N is part N-1 of each table.
    """
    staging = make_temp_dir(out_dir, prefix=f".{DATASET_DIR}-new-")
    try:
        for table in TABLE_NAMES:
            (staging / table).mkdir()
            for index in range(n_batches):
                _link_or_copy(part_path(parts, TABLE_PARTS[table], index + 1), dataset_part(staging, table, index))
        for directory in (staging, *(staging / t for t in TABLE_NAMES)):
            fsync_dir(directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


# -- a killed build's leftovers --------------------------------------------------------------


def remove_leftovers(out_dir: Path) -> None:
    """Temporaries of a build that was killed (we hold the lock, so no build is running).

    A commit that did not finish is completed, and a dataset set aside by a swap
    that did not finish is put back, first.
    """
    finish_commit(out_dir / COMMIT_JOURNAL)
    target = out_dir / DATASET_DIR
    for old in sorted(out_dir.glob(f".{DATASET_DIR}-old-*")):
        if not target.exists() and (old / DATASET_DIR).is_dir():
            os.replace(old / DATASET_DIR, target)
        shutil.rmtree(old, ignore_errors=True)
    for staging in out_dir.glob(f".{DATASET_DIR}-new-*"):
        shutil.rmtree(staging, ignore_errors=True)
    for leftover in out_dir.glob(".parts-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in out_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)

