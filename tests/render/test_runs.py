"""analysis.render.runs: the parameter-set file, checked (pydantic models, then the notebooks) before anything runs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from render_helpers import params_beside_fixtures

from analysis import paths, render
from analysis.errors import ParameterError
from analysis.render import check_parameter, load_runs, notebook_parameters

# -- parameter sets -----------------------------------------------------------------------


def test_both_shapes_of_parameter_sets_are_read(tmp_path: Path):
    params = params_beside_fixtures(tmp_path, """\
        chart:
          - name: small
            parameters: {points: 2}
        failing.ipynb:
          plain: {}
          half: {divisor: 2}
    """)
    runs = load_runs(params)
    assert [(r.notebook, r.name, r.parameters) for r in runs] == [
        ("chart", "small", {"points": 2}), ("failing", "plain", {}), ("failing", "half", {"divisor": 2}),
    ]
    assert [r.label for r in load_runs(params, only=["failing"])] == ["failing/plain", "failing/half"]


@pytest.mark.parametrize(("text", "match"), [
    pytest.param("nope:\n  - name: a\n    parameters: {}\n", r"nope.*no such file", id="unknown-notebook"),
    pytest.param("chart:\n  - name: a\n    parameters: {colour: red}\n",
                 r"parameter 'colour'.*one of the notebook's parameters: label, points, title", id="unknown-parameter"),
    pytest.param("chart:\n  - name: a\n    parameters: {points: 'three'}\n",
                 r"expected a int like the notebook's default 4; found 'three'", id="string-for-number"),
    pytest.param("chart:\n  - name: a\n    parameters: {points: true}\n", r"found True \(bool\)", id="bool-for-number"),
    pytest.param("chart:\n  - name: a\n    parameters: {title: 2024-10-01}\n",
                 r"YAML reads an unquoted date as a date.*quote the value", id="unquoted-date"),
    pytest.param("chart:\n  - name: ../../etc\n    parameters: {}\n", r"letters, digits.*'\.\./\.\./etc'",
                 id="name-escaping-reports"),
    pytest.param("chart:\n  - name: a\n    parameters: {}\n  - name: a\n    parameters: {}\n",
                 r"'a'.*each set name once", id="duplicate-set"),
    pytest.param("chart: {a: {}}\nchart: {b: {}}\n", r"params.yaml:2: .*'chart' again \(first on line 1\)", id="duplicate-key"),
    pytest.param("chart:\n  - name: a\n    parameters: !!python/object/apply:os.system ['echo pwned']\n",
                 r"expected valid YAML.*python/object/apply", id="python-tag-refused"),
    pytest.param("- chart\n", r"a mapping of notebook name", id="not-a-mapping"),
    pytest.param("chart:\n  - a\n", r"a mapping with 'name', 'parameters'", id="set-without-name"),
])
def test_bad_parameter_file_fails_before_running_anything(tmp_path: Path, text: str, match: str):
    with pytest.raises(ParameterError, match=match):
        load_runs(params_beside_fixtures(tmp_path, text))


def test_only_names_a_listed_notebook(tmp_path: Path):
    params = params_beside_fixtures(tmp_path, "chart: {a: {}}\n")
    with pytest.raises(ParameterError, match=r"--only to name notebooks listed there \(chart\); found nope"):
        load_runs(params, only=["nope"])


def test_parameters_cell_must_hold_literals(tmp_path: Path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("points = 3\nlimit = compute_limit()")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(ParameterError, match=r"line 2.*a literal default.*found compute_limit\(\)"):
        notebook_parameters(path)


def test_parameter_types_follow_the_defaults():
    defaults = {"n": 1, "share": 0.5, "name": "x", "flag": False, "anything": None, "names": ["a"]}
    for name, value in [("n", 2), ("share", 1), ("name", "y"), ("flag", True), ("anything", "z"), ("names", [])]:
        check_parameter(name, value, defaults, "here")
    with pytest.raises(ParameterError, match="finite number"):
        check_parameter("share", float("nan"), defaults, "here")
    with pytest.raises(ParameterError, match=r"expected a str"):
        check_parameter("name", None, defaults, "here")


def test_output_paths_cannot_leave_the_reports_directory(tmp_path: Path):
    run = render.Run("chart", "../../outside", {}, tmp_path / "chart.ipynb")
    with pytest.raises(ParameterError, match="a file name inside"):
        run.output(tmp_path / "reports", ".html")


@pytest.mark.parametrize(("text", "where"), [
    pytest.param("chart:\n  - name: a\n    parameters: {}\n  - name: a\n    parameters: {}\n", r"params\.yaml:4: chart",
                 id="duplicate-set"),
    pytest.param("chart:\n  - name: ok\n  - name: ../x\n", r"params\.yaml:3: chart, parameter set 2", id="bad-name"),
    pytest.param("chart:\n  ok: {}\n  ../x: {}\n", r"params\.yaml:3: chart, parameter set 2", id="bad-name-mapping"),
    pytest.param("chart:\n  - name: a\n  - b\n", r"params\.yaml:3: chart, parameter set 2", id="set-without-name"),
    pytest.param("chart:\n  - name: a\n    colour: red\n", r"params\.yaml:3: chart, parameter set 1.*extra inputs.*colour", id="extra-field"),
    pytest.param("chart:\n  - name: a\n    parameters:\n      points: 3\n      colour: red\n",
                 r"params\.yaml:5: chart, parameter set 'a', parameter 'colour'", id="unknown-parameter"),
    pytest.param("chart:\n  a: {}\n  b: {points: 'x'}\n", r"params\.yaml:3: chart, parameter set 'b', parameter 'points'",
                 id="wrong-type-mapping"),
    pytest.param("chart:\n  - name: a\n    parameters: [1, 2]\n", r"params\.yaml:3: chart, parameter set 1.*a mapping of parameter",
                 id="parameters-not-a-mapping"),
    pytest.param("chart: 3\n", r"params\.yaml:1: chart: expected a list of parameter sets", id="notebook-not-a-list"),
    pytest.param("", r"params\.yaml: expected a mapping of notebook name.*an empty file", id="empty-file"),
])
def test_errors_name_the_file_and_line(tmp_path: Path, text: str, where: str):
    with pytest.raises(ParameterError, match=where):
        load_runs(params_beside_fixtures(tmp_path, text))


def test_the_real_parameter_file_is_valid():
    assert len(load_runs(paths.notebooks_dir() / "params.yaml")) >= 4
