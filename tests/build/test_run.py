"""The build (analysis.build.run): validated tables, datapackage, byte-identical rebuilds, atomic and locked."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import paths, schema
from analysis.build import build_derived
from analysis.errors import ParameterError

ROOT = paths.repo_root()


def _tree_digest(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of data/raw/ in a scratch project root."""
    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    return tmp_path


def test_rebuild_twice_gives_identical_bytes(project: Path):
    build_derived(project)
    first = _tree_digest(paths.derived_dir(project))
    build_derived(project)
    assert _tree_digest(paths.derived_dir(project)) == first
    assert {"claims.csv", "claims.parquet", "mentions.csv", "mentions.parquet", "articles.csv",
            "datapackage.json", "README.md"} <= set(first)


def test_committed_derived_data_is_current(project: Path):
    build_derived(project)
    assert _tree_digest(paths.derived_dir(project)) == _tree_digest(paths.derived_dir()), \
        "data/derived/ is stale: run `python -m analysis build` and commit the result"


def test_frictionless_validates_the_datapackage(project: Path):
    from frictionless import validate

    build_derived(project)
    report = validate(str(paths.derived_dir(project) / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_every_field_is_defined_and_used():
    used = {name for table in schema.TABLES.values() for name in table.fields}
    assert used == set(schema.FIELDS)
    for table in schema.TABLES.values():
        assert set(table.primary_key) <= set(table.fields)
    assert all(f.description for f in schema.FIELDS.values())


def test_build_does_not_touch_raw_data(project: Path):
    before = _tree_digest(paths.raw_dir(project))
    build_derived(project)
    assert _tree_digest(paths.raw_dir(project)) == before


def _cli(project: Path, *args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "ANALYSIS_ROOT": str(project)}
    return subprocess.Popen([sys.executable, "-m", "analysis", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_killed_build_leaves_previous_outputs_intact(project: Path, tmp_path_factory):
    """Kill builds at many moments: every output is always either the old or the new file."""
    build_derived(project)
    old = _tree_digest(paths.derived_dir(project))
    (project / "data" / "raw" / "review.yaml").unlink()  # the next build writes different tables
    reference = tmp_path_factory.mktemp("reference")
    shutil.copytree(project / "data" / "raw", reference / "data" / "raw")
    build_derived(reference)
    new = _tree_digest(paths.derived_dir(reference))
    assert new != old
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 2.0, 2.5):
        proc = _cli(project, "build")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _tree_digest(paths.derived_dir(project))
        assert set(now) == set(old)
        for name, digest in now.items():
            assert digest in (old[name], new[name]), f"{name} is neither the old nor the new file after a kill at {delay} s"
    build_derived(project)  # the next build clears a killed build's temporaries
    assert not [p for p in paths.derived_dir(project).iterdir() if p.name.startswith(".parts-") or p.name.endswith(".tmp")]


def test_two_builds_at_once_do_not_corrupt_each_other(project: Path):
    first, second = _cli(project, "build"), _cli(project, "build")
    assert first.wait() == 0 and second.wait() == 0
    after_both = _tree_digest(paths.derived_dir(project))
    build_derived(project)
    assert _tree_digest(paths.derived_dir(project)) == after_both


def test_cli_error_is_one_readable_line_without_traceback(project: Path):
    (project / "data" / "raw" / "articles" / "kettner-edelmetalle-2025-04-28.txt").write_bytes(b"changed")
    proc = _cli(project, "build")
    _, err = proc.communicate()
    assert proc.returncode == 2
    assert "Traceback" not in err
    assert "error: " in err and "kettner-edelmetalle-2025-04-28.txt: expected sha256" in err
    debug = _cli(project, "--debug", "build")
    _, err = debug.communicate()
    assert "Traceback" in err


def test_batch_size_does_not_change_a_byte(project: Path, tmp_path_factory):
    """Claim groups spanning batches are found by the streamed grouping as by the in-memory one."""
    import polars as pl

    from analysis.build import load_table
    from analysis.claim_groups import assign_claim_groups
    from analysis.synthetic import generate_corpus

    generate_corpus(paths.articles_dir(project), 8, seed=5, seeds_dir=paths.articles_dir())  # 40 + 5 articles
    other = tmp_path_factory.mktemp("batched")
    shutil.copytree(paths.raw_dir(project), paths.raw_dir(other))
    build_derived(project, batch_size=500)  # one batch
    build_derived(other, batch_size=4)      # twelve batches
    assert _tree_digest(paths.derived_dir(other)) == _tree_digest(paths.derived_dir(project))
    in_memory = assign_claim_groups(load_table("claims", project))  # all claims at once, groups found again
    streamed = load_table("claims", other)
    assert streamed.equals(in_memory)
    spanning = streamed.group_by("claim_group").agg(pl.col("article_id").n_unique().alias("n"))
    assert spanning["n"].max() > 4, "some claim group spans several batches"
    assert streamed.filter(pl.col("is_first_report")).height == streamed["claim_group"].n_unique()


@pytest.mark.parametrize("size", [pytest.param(0, id="zero"), pytest.param(-3, id="negative")])
def test_batch_size_must_be_positive(project: Path, size: int):
    with pytest.raises(ParameterError, match=r"batch_size: expected a positive number of articles per batch"):
        build_derived(project, batch_size=size)
    assert not paths.derived_dir(project).exists(), "refused before anything is written"
