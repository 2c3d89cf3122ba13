"""analysis.render.execute: one papermill run, its files written together, a failed run kept apart; nbval on its output."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from render_helpers import SANITIZE_FILE

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


def test_failed_run_leaves_the_finished_report_and_keeps_its_notebook_apart(fixture_reports):
    out = fixture_reports.out_dir
    zero = fixture_reports.result("failing", "zero")
    assert not zero.ok
    assert (out / "failing" / "zero.html").read_text(encoding="utf-8") == fixture_reports.previous_report
    assert not (out / "failing" / "zero.ipynb").exists()
    failed = nbformat.read(out / "failing" / "zero.failed.ipynb", as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in failed.cells for o in c.get("outputs", []))


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
