"""The Dask build: same tables as the in-process build, row for row and byte for byte."""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from analysis import distributed, paths
from analysis.build import TABLE_NAMES, build_derived, load_table
from analysis.distributed import (
    DATASET_DIR,
    add_engine_arguments,
    build_from_cli,
    build_with_dask,
    check_workers,
    code_digest,
    remove_dataset_leftovers,
)
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

    with distributed.quiet_distributed_logs(), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
    ) as local:
        yield local.scheduler_address


def _project(raw: Path, root: Path) -> Path:
    shutil.copytree(raw, paths.raw_dir(root))
    return root


def test_dask_build_equals_the_in_process_build(raw_corpus: Path, cluster: str, tmp_path: Path):
    local, remote = _project(raw_corpus, tmp_path / "local"), _project(raw_corpus, tmp_path / "dask")
    build_derived(local)  # one batch of 105 articles
    written = build_with_dask(remote, scheduler=cluster, partition_size=10)  # 11 partitions
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
    build_with_dask(remote, partition_size=2, n_workers=2)
    assert _digest(paths.derived_dir(remote)) == _digest(paths.derived_dir(local))


def test_an_empty_corpus_gives_empty_tables_like_the_in_process_build(tmp_path: Path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    for root in (local, remote):
        paths.articles_dir(root).mkdir(parents=True)
    build_derived(local)
    build_with_dask(remote)  # nothing to distribute: no cluster is started
    assert _digest(paths.derived_dir(remote)) == _digest(paths.derived_dir(local))
    for name in TABLE_NAMES:
        assert _dataset(remote, name).is_empty() and _dataset(remote, name).columns == load_table(name, local).columns


def test_a_rebuild_replaces_the_dataset_whole(raw_corpus: Path, cluster: str, tmp_path: Path):
    """Fewer partitions than last time: no stale parts remain, the tables are the same bytes."""
    root = _project(raw_corpus, tmp_path)
    build_with_dask(root, scheduler=cluster, partition_size=10)
    first = _digest(paths.derived_dir(root))
    build_with_dask(root, scheduler=cluster, partition_size=50)
    assert _digest(paths.derived_dir(root)) == first
    for name in TABLE_NAMES:
        assert len(list((paths.derived_dir(root) / DATASET_DIR / name).iterdir())) == 3
        assert _dataset(root, name).equals(load_table(name, root))
    assert _hidden(root) == []


def test_an_error_on_a_worker_reaches_the_driver_as_itself(raw_corpus: Path, cluster: str, tmp_path: Path):
    """A checksum mismatch found by a worker is raised as ChecksumError with the in-process message."""
    root = _project(raw_corpus, tmp_path)
    build_with_dask(root, scheduler=cluster, partition_size=10)
    before = _digest(paths.derived_dir(root))
    article = paths.articles_dir(root) / "syn-000013-kettner-edelmetalle-2025-07-02.txt"
    article.write_bytes(article.read_bytes() + b"\nedited")
    with pytest.raises(ChecksumError, match="syn-000013-kettner-edelmetalle-2025-07-02.txt") as in_process:
        build_derived(root)
    with pytest.raises(ChecksumError) as on_worker:
        build_with_dask(root, scheduler=cluster, partition_size=10)
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
        build_with_dask(root, scheduler=cluster, partition_size=7)
    assert str(on_worker.value) == str(in_process.value)


def test_an_unreachable_scheduler_is_a_parameter_error(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    shutil.copytree(paths.raw_dir(), paths.raw_dir(tmp_path))
    with pytest.raises(ParameterError, match="--scheduler tcp://127.0.0.1:9.*omit --scheduler"):
        build_with_dask(tmp_path, scheduler="tcp://127.0.0.1:9")


class FakeClient:
    """Answers ``client.run`` with prepared worker environments."""

    def __init__(self, environments: dict) -> None:
        self.environments = environments

    def run(self, function, *args):
        return self.environments


@pytest.mark.parametrize("environment, message", [
    pytest.param({"articles_dir": False, "parts_dir": True}, "cannot see the project directory", id="blind"),
    pytest.param({"articles_dir": True, "parts_dir": False}, "cannot see the project directory", id="read-only"),
    pytest.param({"articles_dir": True, "parts_dir": True, "code": "0" * 64}, "run different code", id="stale-code"),
])
def test_workers_that_cannot_run_the_build_are_refused(tmp_path: Path, environment: dict, message: str):
    good = {"articles_dir": True, "parts_dir": True, "code": code_digest()}
    client = FakeClient({"tcp://a:1": good, "tcp://b:1": {**good, **environment}})
    with pytest.raises(ParameterError, match=rf"worker tcp://b:1.*1 of 2 worker\(s\) {message}"):
        check_workers(client, tmp_path, tmp_path)
    assert check_workers(FakeClient({"tcp://a:1": good}), tmp_path, tmp_path) == 1


def test_a_dataset_set_aside_by_a_killed_build_is_put_back(tmp_path: Path):
    old = tmp_path / ".dataset-old-x" / DATASET_DIR / "claims"
    old.mkdir(parents=True)
    (old / "part-00000.parquet").write_bytes(b"old")
    (tmp_path / ".dataset-new-y").mkdir()
    remove_dataset_leftovers(tmp_path)
    assert (tmp_path / DATASET_DIR / "claims" / "part-00000.parquet").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATASET_DIR]


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-review", action="store_true")
    add_engine_arguments(parser)
    return parser.parse_args(argv)


def test_engine_arguments():
    args = _parse("--engine", "dask", "--scheduler", "tcp://10.0.0.5:8786", "--batch-size", "20")
    assert (args.engine, args.scheduler, args.batch_size) == ("dask", "tcp://10.0.0.5:8786", 20)
    assert (_parse().engine, _parse().scheduler, _parse().batch_size) == ("local", None, 500)
    for bad in (["--batch-size", "0"], ["--batch-size", "x"], ["--engine", "spark"]):
        with pytest.raises(SystemExit):
            _parse(*bad)
    with pytest.raises(ParameterError, match="--engine dask"):
        build_from_cli(_parse("--scheduler", "tcp://10.0.0.5:8786"))


def test_build_from_cli_runs_either_engine(cluster: str, tmp_path: Path, monkeypatch):
    shutil.copytree(paths.raw_dir(), paths.raw_dir(tmp_path))
    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    assert build_from_cli(_parse("--batch-size", "2")) == 0
    local = _digest(paths.derived_dir(tmp_path))
    assert build_from_cli(_parse("--engine", "dask", "--scheduler", cluster, "--batch-size", "3")) == 0
    assert _digest(paths.derived_dir(tmp_path)) == local
    assert (paths.derived_dir(tmp_path) / DATASET_DIR / "mentions" / "part-00001.parquet").is_file()
