"""analysis.render: parameter sets, papermill runs, offline HTML, PNG/SVG, index page, errors."""

from __future__ import annotations

import configparser
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from analysis import paths, render
from analysis.errors import ParameterError, RenderError
from analysis.render import check_parameter, clean_html_output, load_runs, notebook_parameters, script_json

REPO = Path(__file__).resolve().parents[1]
SANITIZE_FILE = Path(__file__).resolve().parent / "nbval_sanitize.cfg"
FIXTURE_NOTEBOOKS = Path(__file__).resolve().parent / "data" / "notebooks"
REAL_PARAMS = paths.notebooks_dir() / "params.yaml"


def _params(tmp_path: Path, text: str) -> Path:
    """A parameter file beside copies of the fixture notebooks."""
    for notebook in FIXTURE_NOTEBOOKS.glob("*.ipynb"):
        (tmp_path / notebook.name).write_bytes(notebook.read_bytes())
    path = tmp_path / "params.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _real_runs() -> list:
    """One test id per real run, read at collection time from notebooks/params.yaml."""
    if not REAL_PARAMS.is_file():
        return [pytest.param("-", "-", marks=pytest.mark.skip(reason=f"{REAL_PARAMS} does not exist yet"),
                             id="no-parameter-file")]
    return [pytest.param(run.notebook, run.name, id=run.label) for run in load_runs(REAL_PARAMS)]


# -- parameter sets -----------------------------------------------------------------------


def test_both_shapes_of_parameter_sets_are_read(tmp_path: Path):
    params = _params(tmp_path, """\
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
    pytest.param("chart:\n  - a\n", r"a mapping with 'name' and 'parameters'", id="set-without-name"),
])
def test_bad_parameter_file_fails_before_running_anything(tmp_path: Path, text: str, match: str):
    with pytest.raises(ParameterError, match=match):
        load_runs(_params(tmp_path, text))


def test_only_names_a_listed_notebook(tmp_path: Path):
    params = _params(tmp_path, "chart: {a: {}}\n")
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


# -- HTML safety helpers ------------------------------------------------------------------


def test_script_json_cannot_close_its_script_element():
    text = script_json({"quote": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"quote": "</script><script>alert(1)</script> & <!--"}


@pytest.mark.parametrize(("html", "kept", "gone"), [
    pytest.param("<table><tr><th>a</th><td colspan='2'>b</td></tr></table>", "<td colspan=\"2\">b</td>", None, id="table"),
    pytest.param("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script", id="script"),
    pytest.param("<img src=x onerror=alert(1)>", "&lt;img", "<img", id="img-onerror"),
    pytest.param("<a href='javascript:alert(1)'>x</a>", "<a>x</a>", "javascript:", id="javascript-link"),
    pytest.param("<div><style>.x{}</style><small>shape</small></div>", "<small>shape</small>", "<style", id="style"),
])
def test_output_html_keeps_tables_and_shows_other_tags_as_text(html: str, kept: str, gone: str | None):
    cleaned = clean_html_output(html)
    assert kept in cleaned
    if gone:
        assert gone not in cleaned


# -- rendering the fixture notebooks --------------------------------------------------------


def test_every_run_writes_notebook_page_and_chart_files(fixture_reports):
    out = fixture_reports.out_dir
    for name in ("default", "hostile"):
        assert fixture_reports.result("chart", name).ok
        executed = nbformat.read(out / "chart" / f"{name}.ipynb", as_version=4)
        assert executed.metadata.papermill["output_path"] == f"chart/{name}.ipynb"
        for number in (1, 2):
            png = (out / "chart" / f"{name}.chart-{number}.png").read_bytes()
            assert png.startswith(b"\x89PNG\r\n\x1a\n")
            svg = (out / "chart" / f"{name}.chart-{number}.svg").read_text(encoding="utf-8")
            assert svg.lstrip().startswith("<svg") and "</svg>" in svg
        assert not (out / "chart" / f"{name}.chart-3.png").exists(), "stale chart files are removed"
    assert fixture_reports.result("failing", "ok").ok
    assert (out / "failing" / "ok.html").exists()
    assert not list(out.rglob("*.tmp")), "no temporary file is left behind"


def test_report_page_is_offline_with_vega_inlined_once(fixture_reports):
    page = (fixture_reports.out_dir / "chart" / "default.html").read_text(encoding="utf-8")
    assert page.count("window.vegaEmbed=") == 1
    assert page.count('class="nk-chart-spec"') == 2
    assert not re.search(r"<script[^>]+src=", page), "no script is loaded from elsewhere"
    assert not re.search(r"<link[^>]+href=\"?https?:", page)
    assert "require.min.js" not in page and "MathJax" not in page and "mermaid" not in page.lower()


def test_article_text_stays_text_in_the_page(fixture_reports):
    page = (fixture_reports.out_dir / "chart" / "hostile.html").read_text(encoding="utf-8")
    assert "<script>window.__xss" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    specs = re.findall(r'<script[^>]*class="nk-chart-spec"[^>]*>(.*?)</script>', page, re.S)
    assert len(specs) == 2
    assert all("<" not in spec for spec in specs)
    assert "\\u003cscript\\u003ewindow.__xss" in specs[0]


def test_failed_run_leaves_the_finished_report_and_keeps_its_notebook_apart(fixture_reports):
    out = fixture_reports.out_dir
    zero = fixture_reports.result("failing", "zero")
    assert not zero.ok
    assert (out / "failing" / "zero.html").read_text(encoding="utf-8") == fixture_reports.previous_report
    assert not (out / "failing" / "zero.ipynb").exists()
    failed = nbformat.read(out / "failing" / "zero.failed.ipynb", as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in failed.cells for o in c.get("outputs", []))


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


def test_index_page_links_every_report(fixture_reports):
    out = fixture_reports.out_dir
    index = (out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', index)
    for target in ("chart/default.html", "chart/hostile.html", "chart/hostile.chart-2.svg", "failing/ok.html",
                   "failing/zero.failed.ipynb"):
        assert target in links
    assert all((out / link).exists() for link in links)
    assert "&lt;script&gt;window.__xss" in index and "<script>window" not in index
    assert "failed: cell 5" in index


def test_cli_exits_non_zero_and_prints_the_cell(tmp_path: Path):
    params = _params(tmp_path, "failing:\n  - name: zero\n    parameters: {divisor: 0}\n")
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "render", "--params", str(params), "--out", str(tmp_path / "reports")],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert re.search(r"error: notebook failing\.ipynb with parameter set 'zero' \(divisor=0\): expected every cell "
                     r"to run without error; found cell 5 .*ZeroDivisionError", done.stderr)


# -- nbval compares the chart output ----------------------------------------------------------


def _nbval(notebook: Path) -> subprocess.CompletedProcess:
    ini = notebook.parent / "pytest.ini"
    ini.write_text("[pytest]\naddopts =\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ini), "-p", "no:cacheprovider", "--nbval",
         "--nbval-sanitize-with", str(SANITIZE_FILE), str(notebook)],
        capture_output=True, text=True, cwd=notebook.parent, timeout=300,
    )


@pytest.mark.slow
def test_nbval_fails_with_a_diff_when_a_chart_spec_drifts(fixture_reports, tmp_path: Path):
    executed = fixture_reports.out_dir / "chart" / "hostile.ipynb"
    same = tmp_path / "same.ipynb"
    same.write_bytes(executed.read_bytes())
    nb = nbformat.read(executed, as_version=4)
    spec = next(o.data["application/vnd.vegalite.v5+json"] for c in nb.cells for o in c.get("outputs", [])
                if "application/vnd.vegalite.v5+json" in o.get("data", {}))
    spec["mark"]["size"] = 50  # what a changed chart function in the package would produce
    drifted = tmp_path / "drifted.ipynb"
    nbformat.write(nb, drifted)

    assert _nbval(same).returncode == 0
    result = _nbval(drifted)
    assert result.returncode == 1
    assert "mismatch 'application/vnd.vegalite.v5+json'" in result.stdout
    assert re.search(r"'size': 50.*!=.*'size': 200", result.stdout)


def test_sanitizer_file_replaces_random_ids():
    parser = configparser.ConfigParser()  # how nbval reads it
    parser.read(SANITIZE_FILE)
    text = '<div id="altair-viz-0123456789abcdef0123456789abcdef"></div> <Foo object at 0x7f3a2c1d9e50>'
    for section in parser.sections():
        text = re.sub(parser.get(section, "regex"), parser.get(section, "replace"), text)
    assert text == '<div id="altair-viz-ID"></div> <Foo object at 0xADDRESS>'


# -- the real notebooks ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("notebook", "name"), _real_runs())
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
