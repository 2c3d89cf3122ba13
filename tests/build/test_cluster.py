"""Reaching a Dask cluster (analysis.build.cluster): unreachable schedulers and unfit workers are refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import paths
from analysis.build import build_derived, cluster
from analysis.build.cluster import check_workers
from analysis.build.inputs import code_digest
from analysis.errors import ParameterError

pytest.importorskip("distributed")


def test_an_unreachable_scheduler_is_a_parameter_error(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    shutil.copytree(paths.raw_dir(), paths.raw_dir(tmp_path))
    with pytest.raises(ParameterError, match="--scheduler tcp://127.0.0.1:9.*omit --scheduler"):
        build_derived(tmp_path, engine="dask", scheduler="tcp://127.0.0.1:9")


class FakeClient:
    """Answers ``client.run`` with prepared worker environments."""

    def __init__(self, environments: dict) -> None:
        self.environments = environments

    def run(self, _function, *_args):
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
