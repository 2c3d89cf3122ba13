"""Shared fixtures: rendered reports (fixture and real notebooks) and a headless chromium.

Chromium is Debian's package (``make chromium`` installs it with apt), driven by
playwright's python API; ``playwright install`` is never used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import paths

DATA = Path(__file__).resolve().parent / "data"
FIXTURE_NOTEBOOKS = DATA / "notebooks"
FIXTURE_PARAMS = FIXTURE_NOTEBOOKS / "params.yaml"
REAL_PARAMS = paths.notebooks_dir() / "params.yaml"

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium tries (and fails) to reach Google.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
]

@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's data/raw with its tables built: tests that add or remove articles work here."""
    import shutil

    from analysis.build import build_derived

    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    build_derived(tmp_path)
    return tmp_path


# Fixture notebooks are test data, not tests: never collect them (e.g. under --nbval).
collect_ignore_glob = ["data/notebooks/*"]


@dataclass
class Rendered:
    """The result of one ``render_notebooks`` call into ``out_dir``."""

    out_dir: Path
    params_file: Path
    results: list = field(default_factory=list)
    error: Exception | None = None
    previous_report: str = ""            # what an earlier render left in failing/zero.html

    def result(self, notebook: str, name: str):
        return next(r for r in self.results if r.run.notebook == notebook and r.run.name == name)


def _render(params_file: Path, out_dir: Path) -> Rendered:
    from analysis.render import render_error, render_notebooks

    rendered = Rendered(out_dir, params_file)
    rendered.results = render_notebooks(params_file=params_file, out_dir=out_dir, progress=False, check=False)
    failures = [r for r in rendered.results if not r.ok]
    if failures:
        rendered.error = render_error(failures, len(rendered.results), params_file, out_dir)
    return rendered


PREVIOUS_REPORT = "<p>a finished report from an earlier render</p>"


@pytest.fixture(scope="session")
def fixture_reports(tmp_path_factory) -> Rendered:
    """tests/data/notebooks/params.yaml rendered once: two good chart runs, one good and two failing runs.

    Before rendering, ``failing/zero.html`` holds an earlier finished report, which the
    failing run must leave untouched, and ``chart/default.chart-3.png`` a chart that an
    earlier version of the notebook drew, which the new render must remove.
    """
    out_dir = tmp_path_factory.mktemp("fixture-reports")
    (out_dir / "failing").mkdir()
    (out_dir / "failing" / "zero.html").write_text(PREVIOUS_REPORT, encoding="utf-8")
    (out_dir / "chart").mkdir()
    (out_dir / "chart" / "default.chart-3.png").write_bytes(b"a chart the notebook no longer draws")
    rendered = _render(FIXTURE_PARAMS, out_dir)
    rendered.previous_report = PREVIOUS_REPORT
    return rendered


def real_notebooks_present() -> bool:
    return REAL_PARAMS.is_file()


@pytest.fixture(scope="session")
def real_reports(tmp_path_factory) -> Rendered:
    """notebooks/params.yaml rendered once into a temporary directory (every notebook, every set)."""
    if not real_notebooks_present():
        pytest.skip(f"{REAL_PARAMS} does not exist yet")
    return _render(REAL_PARAMS, tmp_path_factory.mktemp("reports"))


# -- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium with `make chromium` "
                    "(apt-get install -y chromium); never `playwright install`", pytrace=False)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path) -> Iterator:
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the [test] extra installs playwright")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class WatchedPage:
    """A page with everything it logged, threw and requested recorded."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    console_warnings: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _watch(browser, width: int) -> Iterator[WatchedPage]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    watched = WatchedPage(page)
    logs = {"error": watched.console_errors, "warning": watched.console_warnings}
    page.on("console", lambda m: logs[m.type].append(m.text) if m.type in logs else None)
    page.on("pageerror", lambda e: watched.page_errors.append(str(e)))
    page.on("request", lambda r: watched.requests.append(r.url))

    def on_dialog(dialog) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield watched
    finally:
        context.close()


@pytest.fixture
def watched_page(browser) -> Iterator[WatchedPage]:
    """A desktop-wide page (1280 px)."""
    yield from _watch(browser, 1280)


@pytest.fixture
def phone_page(browser) -> Iterator[WatchedPage]:
    """A phone-wide page (420 px)."""
    yield from _watch(browser, 420)


# -- nothing lost: the test session must leave data/raw/ byte-identical --------------------------

def _raw_digest() -> dict[str, str]:
    import hashlib

    raw = paths.raw_dir()
    return {str(p.relative_to(raw)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(raw.rglob("*")) if p.is_file()}


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config._raw_digest_before = _raw_digest()  # type: ignore[attr-defined]


def pytest_sessionfinish(session: pytest.Session) -> None:
    before = getattr(session.config, "_raw_digest_before", None)
    if before is None:
        return
    after = _raw_digest()
    if after != before:
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter:
            reporter.write_line(f"FAILED: the test session changed data/raw/: {changed}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
