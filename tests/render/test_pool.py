"""analysis.render.pool: every run, the error naming each failed one, the command line, the real notebooks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from render_helpers import REPO, params_beside_fixtures, real_runs

from analysis import paths, render
from analysis.errors import RenderError


def test_failure_message_names_notebook_parameter_set_cell_and_error(fixture_reports):
    message = str(fixture_reports.error)
    assert isinstance(fixture_reports.error, RenderError)
    assert message.startswith("2 of 5 runs: expected every cell of every run to run without error")
    assert re.search(r"notebook failing\.ipynb with parameter set 'zero' \(divisor=0\): cell 5 "
                     r"\(In \[\d+\]: `result = 10 / divisor`\): ZeroDivisionError: division by zero", message)
    # the package's own ParameterError, raised inside the notebook, reaches the message intact
    assert re.search(r"parameter set 'negative' \(divisor=-1\): cell 4 .*ParameterError: divisor: "
                     r"expected a number >= 0; found -1\. How to fix: use 0 or more", message)
    assert "3 other run(s) finished" in message


def test_cli_exits_non_zero_and_prints_the_cell(tmp_path: Path):
    params = params_beside_fixtures(tmp_path, "failing:\n  - name: zero\n    parameters: {divisor: 0}\n")
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "render", "--params", str(params), "--out", str(tmp_path / "reports")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert re.search(r"error: notebook failing\.ipynb with parameter set 'zero' \(divisor=0\): expected every cell "
                     r"to run without error; found cell 5 .*ZeroDivisionError", done.stderr)


# -- the real notebooks ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("notebook", "name"), real_runs())
def test_every_notebook_runs_with_every_parameter_set(real_reports, notebook: str, name: str):
    result = real_reports.result(notebook, name)
    assert result.ok, f"{notebook}/{name}: {result.failure}"
    out = real_reports.out_dir / notebook
    assert (out / f"{name}.html").exists() and (out / f"{name}.ipynb").exists()
    charts = render.chart_specs(nbformat.read(out / f"{name}.ipynb", as_version=4))
    for number in range(1, len(charts) + 1):
        assert (out / f"{name}.chart-{number}.png").exists() and (out / f"{name}.chart-{number}.svg").exists()


@pytest.mark.slow
def test_bad_parameter_set_fails_with_the_package_message(tmp_path: Path):
    timeline = next(paths.notebooks_dir().glob("*timeline*.ipynb"), None)
    if timeline is None:
        pytest.skip("no timeline notebook yet")
    (tmp_path / timeline.name).write_bytes(timeline.read_bytes())
    params = tmp_path / "params.yaml"
    params.write_text(f"{timeline.stem}:\n  - name: typo\n    parameters: {{quantity: troops_deploy}}\n",
                      encoding="utf-8")
    with pytest.raises(RenderError) as caught:
        render.render_notebooks(params_file=params, out_dir=tmp_path / "reports", progress=False)
    message = str(caught.value)
    assert f"notebook {timeline.name} with parameter set 'typo' (quantity='troops_deploy')" in message
    assert re.search(r"ParameterError: .*'quantity'.*expected one of.*troops_deployed.*found 'troops_deploy'", message)
    assert not (tmp_path / "reports" / timeline.stem / "typo.html").exists()


def test_real_index_links_every_run(real_reports):
    index = (real_reports.out_dir / "index.html").read_text(encoding="utf-8")
    for result in real_reports.results:
        assert f'href="{result.run.notebook}/{result.run.name}.html"' in index
