"""One commit for the whole output set: a build killed (SIGKILL) before or after each step of putting
its tables in place leaves readers the complete previous build or the complete new one, never a mix,
and the next build recovers."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.build import build_derived
from analysis.build.outputs import COMMIT_JOURNAL, TABLE_NAMES

# Runs `python -m analysis ARGS` in a process that kills itself with SIGKILL just before (or just after)
# its AT-th os.replace: every rename of the commit, the journal's included, is one os.replace.
KILLER = textwrap.dedent("""
    import os, signal, sys
    from analysis.__main__ import main
    at, when, calls, real = int(sys.argv[1]), sys.argv[2], [0], os.replace
    def replace(source, target):
        calls[0] += 1
        if calls[0] == at and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        real(source, target)
        if calls[0] == at and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
    os.replace = replace
    sys.exit(main(sys.argv[3:]))
""")


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
            and not p.name.startswith(".")}


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".") and p.name != ".build.lock")


def _review_output(root: Path, monkeypatch, capsys) -> str:
    from analysis.__main__ import main

    monkeypatch.setenv("ANALYSIS_ROOT", str(root))
    capsys.readouterr()
    assert main(["-q", "review"]) == 0
    return capsys.readouterr().out


def _tables(root: Path) -> dict[str, pl.DataFrame]:
    from analysis.views.derived import load_derived  # with the notebooks' freshness check

    return {name: load_derived(name, root) for name in TABLE_NAMES}


def _renames_of_a_build(root: Path, monkeypatch) -> int:
    calls = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda source, target: (calls.append(target), real(source, target)))
    build_derived(root, review=False)
    monkeypatch.undo()
    return len(calls)


def test_a_kill_after_each_step_of_the_commit_leaves_one_whole_build(tmp_path: Path, monkeypatch, capsys):
    previous, new = tmp_path / "previous", tmp_path / "new"
    shutil.copytree(paths.raw_dir(), previous / "data" / "raw")
    build_derived(previous)                                   # with the review decisions
    shutil.copytree(previous, new)
    steps = _renames_of_a_build(new, monkeypatch)             # without them: other claims, another datapackage
    assert steps == 2 * len(TABLE_NAMES) + 3, "the journal, CSV + Parquet of each table, datapackage.json, README.md"
    expected = {"previous": (_tables(previous), _review_output(previous, monkeypatch, capsys)),
                "new": (_tables(new), _review_output(new, monkeypatch, capsys))}
    assert not expected["previous"][0]["claims"].equals(expected["new"][0]["claims"])
    assert expected["previous"][1] != expected["new"][1]
    new_files = _digest(paths.derived_dir(new))

    kills = [(1, "before")] + [(at, "after") for at in range(1, steps + 1)]
    for at, when in kills:
        step = f"killed {when} rename {at} of {steps}"
        killed = tmp_path / f"killed-{at}-{when}"
        shutil.copytree(previous, killed)
        env = {**os.environ, "ANALYSIS_ROOT": str(killed)}
        proc = subprocess.run([sys.executable, "-c", KILLER, str(at), when, "-q", "build", "--no-review"],
                              env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == -signal.SIGKILL, f"{step}: the build was not killed ({proc.stderr[-500:]})"
        # What a build killed after the journal is in place has done, a reader completes: it sees the new set.
        outcome = "previous" if at == 1 and when == "before" else "new"
        for_review, for_build = tmp_path / f"{killed.name}-review", tmp_path / f"{killed.name}-build"
        shutil.copytree(killed, for_review)
        shutil.copytree(killed, for_build)

        tables = _tables(killed)
        for name in TABLE_NAMES:
            assert tables[name].equals(expected[outcome][0][name]), f"{step}: {name} is not the {outcome} build's"
        assert _review_output(for_review, monkeypatch, capsys) == expected[outcome][1], step
        build_derived(for_build, review=False)                # the next build recovers
        assert _digest(paths.derived_dir(for_build)) == new_files, step
        assert _leftovers(paths.derived_dir(for_build)) == [], step
        assert not (paths.derived_dir(killed) / COMMIT_JOURNAL).exists(), f"{step}: the reader left the journal"


def test_a_reader_that_cannot_complete_the_commit_says_to_build(tmp_path: Path, monkeypatch):
    """The journal of a killed commit, and a data/derived/ this process may not lock: one message, no mix."""
    from analysis.build import outputs
    from analysis.errors import DerivedDataError

    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    build_derived(tmp_path)
    derived = paths.derived_dir(tmp_path)
    (derived / COMMIT_JOURNAL).write_text("[]", encoding="utf-8")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(derived / ".build.lock"))

    monkeypatch.setattr(outputs, "exclusive", refused)
    with pytest.raises(DerivedDataError, match=r"\.commit\.json: expected no build interrupted.*Permission denied"
                       r".*python -m analysis build"):
        outputs.load_table("claims", tmp_path)


def _dataset_claims(root: Path) -> pl.DataFrame:
    return pl.concat([pl.read_parquet(p) for p in sorted((paths.derived_dir(root) / "dataset" / "claims").glob("*.parquet"))])


def test_a_killed_dask_build_swaps_its_dataset_in_the_same_commit(tmp_path: Path):
    """The partitioned dataset is renamed by the tables' commit: killed anywhere, the tables and the dataset
    a reader or the next build finds come from one build (the old one set aside is put back, or the new
    one rolled forward)."""
    from analysis.build.outputs import load_table

    previous = tmp_path / "previous"
    shutil.copytree(paths.raw_dir(), previous / "data" / "raw")
    run = [sys.executable, "-m", "analysis", "-q", "build", "--engine", "dask"]
    subprocess.run(run, env={**os.environ, "ANALYSIS_ROOT": str(previous)}, check=True, timeout=300)
    steps = 2 * len(TABLE_NAMES) + 3 + 2     # the old dataset set aside, the journal, the files, the new dataset
    for at in (1, 2, steps - 1, steps):      # set aside; the journal; the last file; the dataset itself
        killed = tmp_path / f"killed-{at}"
        shutil.copytree(previous, killed)
        env = {**os.environ, "ANALYSIS_ROOT": str(killed)}
        proc = subprocess.run([sys.executable, "-c", KILLER, str(at), "after", "-q", "build", "--no-review", "--engine",
                               "dask"], env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == -signal.SIGKILL, f"rename {at}: the build was not killed ({proc.stderr[-500:]})"
        claims = load_table("claims", killed)                 # a reader completes a commit the journal names
        if at >= 2:                                           # the journal was written: the new tables, the new dataset
            assert _dataset_claims(killed).equals(claims), f"rename {at}: the dataset is not the tables' build"
        subprocess.run(run[:4] + ["build", "--no-review", "--engine", "dask"], env=env, check=True, timeout=300)
        assert _dataset_claims(killed).equals(load_table("claims", killed)), f"rename {at}: not recovered"
        assert _leftovers(paths.derived_dir(killed)) == [], f"rename {at}: leftovers"
