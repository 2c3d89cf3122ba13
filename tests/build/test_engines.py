"""The engines (analysis.build.engines): the Dask build gives the same tables as the local one,
row for row and byte for byte; errors on workers arrive as themselves."""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.__main__ import add_engine_arguments, build_from_cli
from analysis.build import TABLE_NAMES, build_derived, load_table
from analysis.build.cluster import quiet_distributed_logs
from analysis.build.engines import make_engine
from analysis.build.outputs import DATASET_DIR
from analysis.errors import ChecksumError, ParameterError, ReviewError
from analysis.synthetic import generate_corpus

pytest.importorskip("distributed")

SCALE = 20  # 100 synthetic articles, plus the 5 seed articles and their review decisions


def _digest(directory: Path) -> dict[str, str]:
    """sha256 of every visible file (the dataset and hidden temporaries left out)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _dataset(root: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(paths.derived_dir(root) / DATASET_DIR / table / "*.parquet")


def _hidden(root: Path) -> list[str]:
    return sorted(p.name for p in paths.derived_dir(root).iterdir() if p.name.startswith(".") and p.name != ".build.lock")


@pytest.fixture(scope="module")
def raw_corpus(tmp_path_factory) -> Path:
    """data/raw/ with the seed articles, review.yaml and 100 synthetic variants."""
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    shutil.copytree(paths.raw_dir(), raw)
    generate_corpus(raw / "articles", SCALE, seed=3, seeds_dir=paths.articles_dir())
    return raw


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """One local cluster of two worker processes, shared by the tests that give an address."""
    from distributed import LocalCluster

    with quiet_distributed_logs(), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
    ) as local:
        yield local.scheduler_address


def _project(raw: Path, root: Path) -> Path:
    shutil.copytree(raw, paths.raw_dir(root))
    return root


def test_dask_build_equals_the_in_process_build(raw_corpus: Path, cluster: str, tmp_path: Path):
    local, remote = _project(raw_corpus, tmp_path / "local"), _project(raw_corpus, tmp_path / "dask")
    build_derived(local)  # one batch of 105 articles
    written = build_derived(remote, engine="dask", scheduler=cluster, batch_size=10).written  # 11 partitions
    for name in TABLE_NAMES:
        expected = load_table(name, local)
        assert load_table(name, remote).equals(expected), f"{name} differs from the in-process build"
        assert _dataset(remote, name).equals(expected), f"the {name} dataset differs from {name}.parquet"
    assert _digest(paths.derived_dir(remote)) == _digest(paths.derived_dir(local))
    parts = sorted((paths.derived_dir(remote) / DATASET_DIR / "claims").iterdir())
    assert [p.name for p in parts] == [f"part-{i:05d}.parquet" for i in range(11)]
    assert set(parts) <= set(written)
    assert _hidden(remote) == []
    # Not trivial: review decisions applied, and claim groups spanning articles (and partitions).
    claims = load_table("claims", remote)
    assert claims.height > 500
    assert (claims["review_status"] != "auto").sum() > 0
    groups = claims.group_by("claim_group").agg(pl.col("article_id").n_unique().alias("n"))
    assert groups["n"].max() > 10


def test_without_an_address_a_local_cluster_is_started(tmp_path: Path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    for root in (local, remote):
        shutil.copytree(paths.raw_dir(), paths.raw_dir(root))
    build_derived(local)
    build_derived(remote, engine="dask", batch_size=2, n_workers=2)
    assert _digest(paths.derived_dir(remote)) == _digest(paths.derived_dir(local))


def test_an_empty_corpus_gives_empty_tables_like_the_in_process_build(tmp_path: Path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    for root in (local, remote):
        paths.articles_dir(root).mkdir(parents=True)
    build_derived(local)
    build_derived(remote, engine="dask")  # nothing to distribute: no cluster is started
    assert _digest(paths.derived_dir(remote)) == _digest(paths.derived_dir(local))
    for name in TABLE_NAMES:
        assert _dataset(remote, name).is_empty() and _dataset(remote, name).columns == load_table(name, local).columns


def test_a_rebuild_replaces_the_dataset_whole(raw_corpus: Path, cluster: str, tmp_path: Path):
    """Fewer partitions than last time: no stale parts remain, the tables are the same bytes."""
    root = _project(raw_corpus, tmp_path)
    build_derived(root, engine="dask", scheduler=cluster, batch_size=10)
    first = _digest(paths.derived_dir(root))
    build_derived(root, engine="dask", scheduler=cluster, batch_size=50)
    assert _digest(paths.derived_dir(root)) == first
    for name in TABLE_NAMES:
        assert len(list((paths.derived_dir(root) / DATASET_DIR / name).iterdir())) == 3
        assert _dataset(root, name).equals(load_table(name, root))
    assert _hidden(root) == []


def test_an_error_on_a_worker_reaches_the_driver_as_itself(raw_corpus: Path, cluster: str, tmp_path: Path):
    """A checksum mismatch found by a worker is raised as ChecksumError with the in-process message."""
    root = _project(raw_corpus, tmp_path)
    build_derived(root, engine="dask", scheduler=cluster, batch_size=10)
    before = _digest(paths.derived_dir(root))
    article = paths.articles_dir(root) / "syn-000013-kettner-edelmetalle-2025-07-02.txt"
    article.write_bytes(article.read_bytes() + b"\nedited")
    with pytest.raises(ChecksumError, match="syn-000013-kettner-edelmetalle-2025-07-02.txt") as in_process:
        build_derived(root)
    with pytest.raises(ChecksumError) as on_worker:
        build_derived(root, engine="dask", scheduler=cluster, batch_size=10)
    assert str(on_worker.value) == str(in_process.value)
    assert _digest(paths.derived_dir(root)) == before, "a failed build must leave the outputs as they were"
    assert _hidden(root) == []


def test_a_review_error_on_a_worker_reads_as_in_process(raw_corpus: Path, cluster: str, tmp_path: Path):
    """A decision that only the extraction can refute (confirm of a non-claim) fails on its worker."""
    root = _project(raw_corpus, tmp_path)
    build_derived(root)
    mention = (load_table("mentions", root)
               .filter(pl.col("mention_status") == "not_a_claim", ~pl.col("article_id").str.starts_with("syn-"))
               .row(0, named=True))
    with paths.review_file(root).open("a", encoding="utf-8") as review:
        review.write(f"  - {{article_id: {mention['article_id']}, char_start: {mention['char_start']}, "
                     f"number_text: \"{mention['number_text']}\", action: confirm}}\n")
    with pytest.raises(ReviewError, match="confirm only for a mention taken as a claim") as in_process:
        build_derived(root)
    with pytest.raises(ReviewError) as on_worker:
        build_derived(root, engine="dask", scheduler=cluster, batch_size=7)
    assert str(on_worker.value) == str(in_process.value)


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-review", action="store_true")
    add_engine_arguments(parser)
    return parser.parse_args(argv)


def test_build_from_cli_runs_either_engine(cluster: str, tmp_path: Path, monkeypatch):
    shutil.copytree(paths.raw_dir(), paths.raw_dir(tmp_path))
    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    assert build_from_cli(_parse("--batch-size", "2")) == 0
    local = _digest(paths.derived_dir(tmp_path))
    assert build_from_cli(_parse("--engine", "dask", "--scheduler", cluster, "--batch-size", "3")) == 0
    assert _digest(paths.derived_dir(tmp_path)) == local
    assert (paths.derived_dir(tmp_path) / DATASET_DIR / "mentions" / "part-00001.parquet").is_file()


@pytest.mark.parametrize("engine, options, message", [
    pytest.param("spark", {}, r"engine: expected one of local, dask; found 'spark'", id="unknown"),
    pytest.param("local", {"scheduler": "tcp://10.0.0.5:8786"}, r"engine='dask'.*found engine='local'", id="scheduler"),
    pytest.param("local", {"n_workers": 2}, r"engine='dask'.*found engine='local'", id="n-workers"),
])
def test_an_engine_that_does_not_fit_its_options_is_refused(engine: str, options: dict, message: str):
    with pytest.raises(ParameterError, match=message):
        make_engine(engine, **options)
