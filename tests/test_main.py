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
