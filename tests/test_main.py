"""The command line (analysis.__main__): the build's engine arguments."""

from __future__ import annotations

import argparse

import pytest

from analysis.__main__ import add_engine_arguments, build_from_cli
from analysis.errors import ParameterError


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


def test_review_without_built_tables_says_to_build(tmp_path, monkeypatch, capsys):
    from analysis.__main__ import main

    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    assert main(["review"]) == 2
    assert "run `python -m analysis build`" in capsys.readouterr().err


def test_review_into_a_closed_pipe_ends_quietly(tmp_path):
    import shutil
    import subprocess
    import sys

    from analysis import paths

    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    env = {"ANALYSIS_ROOT": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "analysis", "-q", "build", "--no-review"], env=env, check=True)
    review = subprocess.Popen([sys.executable, "-m", "analysis", "review"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    review.stdout.readline()
    review.stdout.close()                      # what `| head -1` does
    assert review.wait(timeout=60) == 0
    assert b"Traceback" not in review.stderr.read()
