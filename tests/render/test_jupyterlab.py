"""Reading in JupyterLab: every committed notebook's charts (the timeline's above all) are drawn, offline.

Starts JupyterLab on 127.0.0.1 with a token set here, in a temporary root with its own
config, data, runtime, settings and workspace directories; opens each notebook in headless
chromium and checks that every chart output (``application/vnd.vegalite.v5+json``, drawn by
JupyterLab's built-in vega extension, which bundles Vega-Lite 5) shows a drawn chart.  Every
request that would leave the server is aborted and recorded; the server's news feed and
update check are off, and no kernel is started.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis import paths

pytestmark = pytest.mark.browser

CHART_MIMETYPE = "application/vnd.vegalite.v5+json"
# Chart outputs of the notebook on screen (not of a notebook in a hidden tab).
OUTPUTS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedVegaLite"
START_TIMEOUT_S = 90
DRAW_TIMEOUT_MS = 60_000


def chart_outputs(notebook: Path) -> int:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    return sum(CHART_MIMETYPE in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", []))


@dataclass
class Lab:
    base: str
    token: str
    root: Path

    def url(self, notebook: str) -> str:
        # ?reset: a fresh workspace, so the notebooks opened by earlier tests are not reopened
        return f"{self.base}/lab/tree/{notebook}?reset&token={self.token}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    pytest.importorskip("jupyterlab", reason="jupyterlab is in the [test] extra: pip install -e '.[test]'")
    root = tmp_path_factory.mktemp("lab")
    home = tmp_path_factory.mktemp("lab-home")
    token = secrets.token_hex(16)
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}", "--ServerApp.allow_root=True",
        "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.notebook_starts_kernel=False",
    ]
    # Every cell in the page at once (no windowing), so every chart output can be found.
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}), encoding="utf-8")
    log_path = home / "jupyterlab.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if server.poll() is not None:
                pytest.fail(f"JupyterLab exited with {server.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer in {START_TIMEOUT_S} s:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.2)
        yield Lab(base, token, root)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def open_in_lab(lab: Lab, browser, notebook: Path) -> tuple[object, object, list[str], list[str]]:
    """Open ``notebook`` (copied into the lab's root) with every non-loopback request aborted."""
    shutil.copyfile(notebook, lab.root / notebook.name)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    leaving: list[str] = []
    errors: list[str] = []

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith((lab.base + "/", "data:", "blob:")):
            request_route.continue_()
        else:
            leaving.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(lab.url(notebook.name))
    return context, page, leaving, errors


# The n-th chart output holds a drawn chart (a <canvas> or <svg> of class "marks") of a sensible size.
CHART_IS_DRAWN = """([selector, n]) => {
    const output = document.querySelectorAll(selector)[n];
    const marks = output && output.querySelector(".vega-embed .marks");
    if (!marks || !marks.checkVisibility()) return false;
    const box = marks.getBoundingClientRect();
    return box.width > 50 && box.height > 50;
}"""


def assert_charts_drawn(page, expected: int, screenshot: Path) -> None:
    """Each of the ``expected`` chart outputs, scrolled into view, shows a drawn chart."""
    outputs = page.locator(OUTPUTS)
    try:
        # cells appear one after another: wait for all of them
        page.wait_for_function("([selector, n]) => document.querySelectorAll(selector).length >= n",
                               arg=[OUTPUTS, expected], timeout=DRAW_TIMEOUT_MS)
        assert outputs.count() == expected, f"{outputs.count()} chart outputs on the page, {expected} in the file"
        for n in range(expected):
            outputs.nth(n).scroll_into_view_if_needed(timeout=DRAW_TIMEOUT_MS)
            page.wait_for_function(CHART_IS_DRAWN, arg=[OUTPUTS, n], timeout=DRAW_TIMEOUT_MS)
    except Exception as exc:
        page.screenshot(path=screenshot)
        raise AssertionError(f"a chart is not drawn in JupyterLab ({exc}); screenshot: {screenshot}") from None


def test_our_chart_output_is_drawn_by_jupyterlab_offline(lab, browser, fixture_reports):
    """The renderer's output, as papermill stores it, is drawn natively by JupyterLab."""
    notebook = lab.root.parent / "fixture-chart.ipynb"
    shutil.copyfile(fixture_reports.out_dir / "chart" / "default.ipynb", notebook)
    context, page, leaving, errors = open_in_lab(lab, browser, notebook)
    try:
        assert_charts_drawn(page, 2, lab.root.parent / "fixture-chart.png")
        assert leaving == [], "JupyterLab tried to reach the network"
        assert errors == []
    finally:
        context.close()


def _committed_notebooks() -> list:
    found = sorted(paths.notebooks_dir().glob("[0-9]*.ipynb"))
    if not found:
        return [pytest.param(None, marks=pytest.mark.skip(reason="no notebooks yet"), id="none")]
    return [pytest.param(path, id=path.stem) for path in found]


@pytest.mark.parametrize("notebook", _committed_notebooks())
def test_committed_notebook_charts_are_drawn_in_jupyterlab_offline(lab, browser, notebook: Path):
    """The timeline notebook above all; every committed notebook's charts, with JupyterLab's own vega."""
    expected = chart_outputs(notebook)
    if expected == 0:
        pytest.fail(f"{notebook} has no chart output committed: execute it (outputs are committed, "
                    "nbval compares them) and commit the result", pytrace=False)
    context, page, leaving, errors = open_in_lab(lab, browser, notebook)
    try:
        assert_charts_drawn(page, expected, lab.root.parent / f"{notebook.stem}.png")
        assert leaving == [], "JupyterLab tried to reach the network"
        assert errors == []
    finally:
        context.close()
